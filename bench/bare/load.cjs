/* eslint-disable */
/**
 * Scenario 4, the package's own share of n8n's start-up: in a fresh Node process (the runtime's Node 24),
 * loads n8n-core from the n8n runtime, then times n8n's community-package loader on the installed package
 * (PackageDirectoryLoader.loadAll(): requires every node and credential file and builds their descriptions,
 * what `n8n start` does for each community package). Prints one JSON line.
 *   node load.cjs <runtime node_modules> <installed package dir>
 */
const { join } = require('path');

const [modules, packageDir] = process.argv.slice(2);
const t0 = performance.now();
const { PackageDirectoryLoader } = require(join(modules, 'n8n-core'));
const coreMs = performance.now() - t0;

(async () => {
	const t1 = performance.now();
	const loader = new PackageDirectoryLoader(packageDir);
	await loader.loadAll();
	const loadMs = performance.now() - t1;
	const nodes = Object.keys(loader.nodeTypes ?? {}).length;
	const credentials = Object.keys(loader.credentialTypes ?? {}).length;
	console.log(JSON.stringify({ coreMs, loadMs, nodes, credentials }));
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
