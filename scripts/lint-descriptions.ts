/**
 * n8n's node rules on the descriptions as n8n sees them when it loads the package: buildProperties()
 * builds most parameters at run time, where the rules (which read object literals) never see them.
 * This writes every node's built description out as a literal `<Name>.node.ts` (in memory, at a path
 * under nodes/ so the project's eslint.config.mjs applies the node rule sets) and lints it.
 *
 * `npm run lint:descriptions` prints the errors per rule and per node; `--verbose` every finding.
 * Exits 1 on any error. NOT in `npm test`/`.ci/run` yet: the descriptions still have errors (issue 12).
 *
 * Artifacts of writing them out, not findings: connection types as strings, credentials defined in
 * another file, webhook methods outside the description, functions (routing hooks) left out.
 */
import { ESLint } from 'eslint';
import { join } from 'path';

const ROOT = join(__dirname, '..');

/** Rules that only fire because the description is written out (see above): counted apart, not errors. */
const ARTIFACTS = new Set([
	'@n8n/community-nodes/node-connection-type-literal',
	'@n8n/community-nodes/webhook-lifecycle-complete',
]);

interface Pkg {
	n8n: { nodes: string[] };
}

function literal(className: string, description: unknown): string {
	// Keys unquoted, as in a hand-written description: the rules match identifier keys only.
	const json = JSON.stringify(description, null, '\t').replace(/^(\t*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:');
	return [
		"import type { INodeType, INodeTypeDescription } from 'n8n-workflow';",
		'',
		`export class ${className} implements INodeType {`,
		`\tdescription: INodeTypeDescription = ${json.replace(/\n/g, '\n\t')};`,
		'}',
		'',
	].join('\n');
}

/** The `name` of the object a finding is in (the nearest one above it, or its own a few lines below). */
function nameAt(lines: string[], line: number): string {
	for (let i = line - 1; i < Math.min(lines.length, line + 4); i++) {
		const match = /^\s*name: "(.*)",?$/.exec(lines[i]);
		if (match) return `name "${match[1]}"`;
	}
	for (let i = line - 2; i >= 0; i--) {
		const match = /^\s*name: "(.*)",?$/.exec(lines[i]);
		if (match) return `in name "${match[1]}"`;
	}
	return 'no name';
}

async function main(): Promise<number> {
	const pkg = require(join(ROOT, 'package.json')) as Pkg;
	const eslint = new ESLint({ cwd: ROOT });
	const perRule = new Map<string, number>();
	const verbose = process.argv.includes('--verbose');
	let total = 0;
	let artifacts = 0;
	for (const entry of pkg.n8n.nodes) {
		const source = join(ROOT, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const mod = require(source) as Record<string, new () => { description: unknown }>;
		for (const [className, NodeClass] of Object.entries(mod)) {
			if (typeof NodeClass !== 'function') continue;
			const description = new NodeClass().description;
			if (!description) continue;
			const text = literal(className, description);
			const lines = text.split('\n');
			const [result] = await eslint.lintText(text, { filePath: source });
			const all = result.messages.filter((m) => m.severity === 2);
			artifacts += all.filter((m) => ARTIFACTS.has(m.ruleId ?? '')).length;
			const errors = all.filter((m) => !ARTIFACTS.has(m.ruleId ?? ''));
			total += errors.length;
			process.stdout.write(`${className}: ${errors.length} error${errors.length === 1 ? '' : 's'}\n`);
			for (const m of errors) {
				const rule = m.ruleId ?? '(parse)';
				perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
				if (verbose) process.stdout.write(`  ${m.line}:${m.column} ${rule} ${m.message}\n      ${lines[m.line - 1].trim()} (${nameAt(lines, m.line)})\n`);
			}
		}
	}
	process.stdout.write('== per rule\n');
	for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)} ${rule}\n`);
	process.stdout.write(`== built descriptions: ${total} errors (and ${artifacts} artifacts of writing them out, ignored)\n`);
	return total ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
