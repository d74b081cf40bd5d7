/* eslint-disable */
/**
 * Bench only, never shipped: (1) a patched copy of n8n-core's RoutingNode (the engine of every
 * declarative node), written outside the clone and loaded into the bench's n8n by bench/lib/preload.cjs;
 * (2) a minimal declarative node (the floor any declarative node pays) as an n8n custom extension.
 *
 * The patch (what n8n would need to change, see bench/README.md), for nodes named "... [patched]" only:
 *   a. `requestDefaults` values that do not refer to the item are evaluated once per execution, not per item;
 *   b. the base-URL ownership check (`resolveBaseUrl`, which evaluates requestDefaults.baseURL and every
 *      parameter of the node a second time per item) runs only when its result is used: when the
 *      credential restricts domains (`allowedHttpRequestDomains` = 'domains' or 'none').
 *      getCredentialAllowedDomains ignores `credentialOwnedSurface` in every other mode, so b. changes nothing else.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { dirname, join } from 'path';

export const PATCH_CACHE = join(process.env.RAI_CACHE_DIR ?? join(homedir(), '.cache', 'n8n-nodes-returning-ai'), 'bench-patched');
export const PATCHED_SUFFIX = ' [patched]';

const REPLACEMENTS: Array<[string, string]> = [
	[
		`        const { credentials, credentialDescription } = await this.prepareCredentials();\n`,
		`        const { credentials, credentialDescription } = await this.prepareCredentials();\n` +
			`        const __benchPatched = node.name.endsWith(${JSON.stringify(PATCHED_SUFFIX)});\n` +
			`        const __benchDefaults = new Map();\n` +
			`        const __benchItemFree = (v) => !/\\$json|\\$input|\\$binary|\\$\\(|\\$node|\\$item|\\$parameter|\\$rawParameter|\\$position|\\$runIndex|\\$data|\\$self|\\$prevNode|\\$fromAI|\\$response|\\$value/.test(typeof v === 'string' ? v : JSON.stringify(v ?? null));\n` +
			`        const __benchMode = credentials?.allowedHttpRequestDomains;\n` +
			`        const __benchNeedsOwnership = !__benchPatched || __benchMode === 'domains' || __benchMode === 'none';\n`,
	],
	[
		`                        let value = nodeType.description.requestDefaults[key];\n` +
			`                        value = this.getParameterValue(value, itemIndex, runIndex, executeData, { ...additionalKeys, $credentials: credentials, $version: node.typeVersion }, false);\n`,
		`                        let value = nodeType.description.requestDefaults[key];\n` +
			`                        if (__benchPatched && __benchDefaults.has(key)) {\n` +
			`                            const cached = __benchDefaults.get(key);\n` +
			`                            value = typeof cached === 'object' && cached !== null ? structuredClone(cached) : cached;\n` +
			`                        } else {\n` +
			`                            const itemFree = __benchItemFree(value);\n` +
			`                            value = this.getParameterValue(value, itemIndex, runIndex, executeData, { ...additionalKeys, $credentials: credentials, $version: node.typeVersion }, false);\n` +
			`                            if (__benchPatched && itemFree) __benchDefaults.set(key, typeof value === 'object' && value !== null ? structuredClone(value) : value);\n` +
			`                        }\n`,
	],
	[
		`                const baseUrlIsNodeOwned = (0, n8n_workflow_1.toHostname)(itemContext[itemIndex].requestData.options.baseURL) ===\n`,
		`                const baseUrlIsNodeOwned = __benchNeedsOwnership && (0, n8n_workflow_1.toHostname)(itemContext[itemIndex].requestData.options.baseURL) ===\n`,
	],
];

/** Writes the patched routing-node.js next to nothing of the clone; returns its path. */
export function writePatchedRoutingNode(runtimeModules: string): string {
	const original = join(runtimeModules, 'n8n-core/dist/execution-engine/routing-node.js');
	let text = readFileSync(original, 'utf8');
	for (const [from, to] of REPLACEMENTS) {
		if (text.split(from).length !== 2) throw new Error(`patch: expected exactly one occurrence in ${original} of:\n${from}`);
		text = text.replace(from, to);
	}
	// relative requires of the original resolve from its own folder
	text = text.replace(/require\("\.\//g, `require(${JSON.stringify(dirname(original) + '/').slice(0, -1)}`);
	mkdirSync(PATCH_CACHE, { recursive: true });
	const file = join(PATCH_CACHE, 'routing-node.js');
	// bare requires (lodash, n8n-workflow, …) resolve from the original's folder too, so the same module instances load
	const paths = `module.paths = require('module')._nodeModulePaths(${JSON.stringify(dirname(original))});\n`;
	writeFileSync(file, `// Bench only: n8n-core ${JSON.parse(readFileSync(join(runtimeModules, 'n8n-core/package.json'), 'utf8')).version} routing-node.js, patched by bench/lib/patch.ts\n${paths}${text}`);
	return file;
}

/**
 * The minimal declarative node as an n8n custom extension (N8N_CUSTOM_EXTENSIONS): one string parameter
 * `id` whose routing sets the URL, the package's credential and request defaults, nothing else (no preSend).
 * The same node as `minimalDeclarative` in test/shared/evaluations.test.ts. n8n registers it as
 * `CUSTOM.minimalDeclarative`.
 */
export function writeMinimalNode(dir: string, requestDefaults: unknown, credentials: unknown): string {
	mkdirSync(dir, { recursive: true });
	const description = {
		displayName: 'Minimal Declarative',
		name: 'minimalDeclarative',
		group: ['transform'],
		version: 1,
		description: 'Bench only',
		defaults: { name: 'Minimal Declarative' },
		inputs: ['main'],
		outputs: ['main'],
		credentials,
		requestDefaults,
		properties: [{ displayName: 'ID', name: 'id', type: 'string', default: '', routing: { request: { method: 'GET', url: '=/v1/categories/{{$value}}' } } }],
	};
	writeFileSync(join(dir, 'MinimalDeclarative.node.js'), `// Bench only (bench/lib/patch.ts)\nclass MinimalDeclarative {\n\tconstructor() {\n\t\tthis.description = ${JSON.stringify(description)};\n\t}\n}\nmodule.exports = { MinimalDeclarative };\n`);
	return 'CUSTOM.minimalDeclarative';
}
