import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { AUTH_MODE_HEADER, ReturningAiApi } from '../../credentials/ReturningAiApi.credentials';
import { nodeTypesMap } from '../harness/engine';

/**
 * n8n's UX and verification rules, checked on the descriptions as n8n loads them (the lint rules
 * only see literal objects; these descriptions are built from operation specs).
 */
const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nodes = Object.entries(nodeTypesMap());

function walk(props: INodeProperties[], visit: (p: INodeProperties, path: string) => void, path = '') {
	for (const p of props) {
		visit(p, `${path}${p.name}`);
		for (const o of (p.options ?? []) as Array<INodeProperties | INodePropertyOptions | { values: INodeProperties[] }>) {
			if ('type' in o && 'displayName' in o) walk([o as INodeProperties], visit, `${path}${p.name}.`);
			if ('values' in o) walk(o.values, visit, `${path}${p.name}.`);
		}
	}
}

const isTitleCase = (s: string) => s.split(/\s+/).every((w) => /^(a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|with)$/.test(w) || /^[A-Z0-9(.]/.test(w) || /^e\.g\./.test(w));

describe('package.json', () => {
	test('is an n8n community package with no runtime dependencies and only n8n-workflow as peer', () => {
		expect(pkg.name).toBe('n8n-nodes-returning-ai');
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
		expect(pkg.n8n.strict).toBe(true);
		expect(pkg.n8n.credentials).toEqual(['dist/credentials/ReturningAiApi.credentials.js']);
	});

	test('every listed node has its source, its codex file and icons', () => {
		for (const p of pkg.n8n.nodes as string[]) {
			const source = join(ROOT, p.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
			expect(existsSync(source)).toBe(true);
			const codex = JSON.parse(readFileSync(source.replace(/\.ts$/, '.json'), 'utf8'));
			expect(codex.node).toMatch(/^n8n-nodes-returning-ai\./);
			for (const c of codex.categories) expect(['Data & Storage', 'Finance & Accounting', 'Marketing & Content', 'Productivity', 'Miscellaneous', 'Sales', 'Development', 'Analytics', 'Communication', 'Utility']).toContain(c);
			expect(codex.subcategories).toBeUndefined();
		}
	});
});

describe('credential', () => {
	test('sends the key as Bearer and x-api-key (not to incoming webhooks), has a test request and both icons', async () => {
		const cred = new ReturningAiApi();
		expect(cred.name).toBe('returningAiApi');
		expect(cred.displayName).toBe('Returning.AI API');
		const signed = await cred.authenticate({ apiKey: 'k-123' }, { url: '/v1/stores', headers: { Accept: 'application/json' } });
		expect(signed.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer k-123', 'x-api-key': 'k-123' });
		const webhook = await cred.authenticate({ apiKey: 'k-123' }, { url: '/v1/incoming-webhooks/x', headers: { [AUTH_MODE_HEADER]: 'incoming-webhook', 'x-api-key': 'hook-key' } });
		expect(webhook.headers).toEqual({ 'x-api-key': 'hook-key' });
		expect(cred.test.request.url).toBe('/v1/stores');
		expect(cred.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(true);
		expect(cred.properties.find((p) => p.name === 'baseUrl')?.default).toBe('https://api.returning.ai');
		const icon = cred.icon as { light: string; dark: string };
		for (const f of [icon.light, icon.dark]) expect(existsSync(join(ROOT, 'credentials', f.replace('file:', '')))).toBe(true);
		expect(cred.httpRequestNode?.name).toBe('Returning.AI');
	});
});

describe.each(nodes)('%s description', (_type, node) => {
	const d = node.description;
	test('has the fields n8n requires: icons, subtitle, usableAsTool, version, credential', () => {
		const icon = d.icon as { light: string; dark: string };
		expect(icon.light).not.toBe(icon.dark);
		expect(d.displayName).toMatch(/^Returning\.AI /);
		expect(d.subtitle || d.group.includes('trigger')).toBeTruthy();
		if (!d.group.includes('trigger')) expect(d.usableAsTool).toBe(true);
		expect(d.credentials?.map((c) => c.name)).toEqual(['returningAiApi']);
	});

	test('options are sorted, names are Title Case, booleans start with "Whether"', () => {
		const problems: string[] = [];
		walk(d.properties, (p, path) => {
			if (p.type !== 'notice' && !isTitleCase(p.displayName)) problems.push(`${path}: displayName '${p.displayName}' is not Title Case`);
			if (p.type === 'boolean' && p.description && !/^Whether /.test(p.description)) problems.push(`${path}: boolean description must start with "Whether"`);
			if ((p.type === 'options' || p.type === 'multiOptions') && Array.isArray(p.options)) {
				const names = (p.options as INodePropertyOptions[]).map((o) => o.name);
				const sorted = [...names].sort((a, b) => a.localeCompare(b));
				if (JSON.stringify(names) !== JSON.stringify(sorted)) problems.push(`${path}: options not sorted: ${names.join(', ')}`);
				for (const n of names) if (!isTitleCase(n)) problems.push(`${path}: option '${n}' is not Title Case`);
			}
			if (p.type === 'collection' && Array.isArray(p.options)) {
				const names = (p.options as INodeProperties[]).map((o) => o.displayName);
				if (JSON.stringify(names) !== JSON.stringify([...names].sort((a, b) => a.localeCompare(b)))) problems.push(`${path}: collection options not sorted`);
			}
		});
		expect(problems).toEqual([]);
	});

	test('every operation has an action and a description; Get Many lists have Return All and Limit', () => {
		const problems: string[] = [];
		for (const opProp of d.properties.filter((p) => p.name === 'operation')) {
			const resource = (opProp.displayOptions?.show?.resource as string[] | undefined)?.[0];
			for (const o of opProp.options as INodePropertyOptions[]) {
				if (!o.action) problems.push(`${resource}.${o.value}: no action`);
				if (!o.description) problems.push(`${resource}.${o.value}: no description`);
				if (/^Get Many/.test(o.name)) {
					const shown = d.properties.filter((p) => (p.displayOptions?.show?.operation as string[] | undefined)?.includes(String(o.value)) && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(String(resource)));
					for (const n of ['returnAll', 'limit']) if (!shown.some((p) => p.name === n)) problems.push(`${resource}.${o.value}: no ${n}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});
