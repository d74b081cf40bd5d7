/**
 * n8n's node rules on the descriptions as n8n sees them when it loads the package: buildProperties()
 * builds most parameters at run time, where the rules (which read object literals) never see them.
 * This writes every node's built description out as a literal `<Name>.node.ts` (in memory, at a path
 * under nodes/ so the project's eslint.config.mjs applies the node rule sets) and lints it.
 *
 * `npm run lint:descriptions` (part of `npm run lint`) prints the errors per node and per rule, with
 * the parameter each is in; exits 1 on any error that is not a reviewed exception (EXCEPTIONS below).
 *
 * Artifacts of writing them out, not findings: connection types as strings, credentials defined in
 * another file, webhook methods outside the description, functions (routing hooks) left out.
 */
import { ESLint } from 'eslint';
import { join } from 'path';

import pkg from '../package.json';

const ROOT = join(__dirname, '..');

/** Reviewed findings that are not defects (or wait for a node version), by node, rule and parameter name. */
const EXCEPTIONS: Array<{ node: string; rule: string; name: string; reason: string }> = [
	{
		node: 'ReturningAiLegacy',
		rule: 'n8n-nodes-base/node-param-type-options-password-missing',
		name: 'apiKeyId',
		reason: 'the ID of an API key (24-hex ObjectId in the path), not a secret; the rule matches the name',
	},
	...['Delete', 'Restore'].map((name) => ({
		node: 'ReturningAiUsers',
		rule: 'n8n-nodes-base/node-param-operation-option-without-action',
		name,
		reason: "Manage Account's Action parameter, node version 1 only (released, kept for saved workflows); version 1.1 has Delete and Restore as operations",
	})),
];

/** Rules that only fire because the description is written out (see above): counted apart, not errors. */
const ARTIFACTS = new Set([
	'@n8n/community-nodes/node-connection-type-literal',
	'@n8n/community-nodes/webhook-lifecycle-complete',
]);

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
		if (match) return match[1];
	}
	for (let i = line - 2; i >= 0; i--) {
		const match = /^\s*name: "(.*)",?$/.exec(lines[i]);
		if (match) return match[1];
	}
	return '';
}

async function main(): Promise<number> {
	const eslint = new ESLint({ cwd: ROOT });
	const perRule = new Map<string, number>();
	const verbose = process.argv.includes('--verbose');
	let total = 0;
	let artifacts = 0;
	let excepted = 0;
	for (const entry of pkg.n8n.nodes) {
		const source = join(ROOT, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const mod = (await import(source)) as Record<string, new () => { description: unknown }>;
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
			const findings: string[] = [];
			let count = 0;
			for (const m of errors) {
				const rule = m.ruleId ?? '(parse)';
				const name = nameAt(lines, m.line);
				const exception = EXCEPTIONS.find((e) => e.node === className && e.rule === rule && e.name === name);
				if (exception) {
					excepted++;
					findings.push(`  excepted: ${rule} on "${name}": ${exception.reason}`);
					continue;
				}
				count++;
				perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
				findings.push(`  ${m.line}:${m.column} ${rule} on "${name}": ${m.message}\n      ${lines[m.line - 1].trim()}`);
			}
			total += count;
			process.stdout.write(`${className}: ${count} error${count === 1 ? '' : 's'}\n`);
			if (verbose || count) process.stdout.write(findings.map((f) => `${f}\n`).join(''));
		}
	}
	if (perRule.size) process.stdout.write('== per rule\n');
	for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)} ${rule}\n`);
	process.stdout.write(`== built descriptions: ${total} errors (${excepted} reviewed exceptions, ${artifacts} artifacts of writing them out)\n`);
	return total ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
