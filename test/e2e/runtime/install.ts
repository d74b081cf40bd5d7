/* eslint-disable */
/**
 * `npm run runtime:install`: fills the runtime cache (~/.cache/n8n-nodes-returning-ai/, $RAI_CACHE_DIR)
 * with every n8n of test/e2e/runtime/ (the pinned one and each <version>/), without running a test;
 * `-- --n8n=<version>` (or E2E_N8N_VERSION) installs only that one. A runtime already installed from the
 * same lockfile is kept. Prints the time each one took.
 */
import { spawnSync } from 'child_process';

import { availableVersions, ensureRuntime, N8N_VERSION, NODE_BIN_VERSION, RUNTIME_DIR } from '../lib/n8n';

async function main(): Promise<void> {
	const one = process.argv.some((a) => a.startsWith('--n8n=')) || process.env.E2E_N8N_VERSION;
	if (!one) {
		for (const version of availableVersions()) {
			const tsNode = require.resolve('ts-node/dist/bin.js');
			const r = spawnSync(process.execPath, [tsNode, '--transpile-only', __filename, `--n8n=${version}`], { stdio: 'inherit', env: process.env });
			if (r.status !== 0) process.exit(r.status ?? 1);
		}
		return;
	}
	const t0 = Date.now();
	const result = await ensureRuntime();
	console.log(`n8n ${N8N_VERSION} on Node ${NODE_BIN_VERSION}: ${result} in ${((Date.now() - t0) / 1000).toFixed(1)} s (${RUNTIME_DIR})`);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
