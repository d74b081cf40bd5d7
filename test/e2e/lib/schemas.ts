/* eslint-disable */
/**
 * The output schemas in a real n8n: the URL the editor asks for when a node of the package is opened
 * (`GET /schemas/<nodeType>/<x.y.z>/<resource>/<operation>.json`, sent without credentials, as the editor
 * does) must answer 200 with the file the package ships in dist/nodes/<Category>/__schema__/. Checked for the
 * operation every action node opens on, in each of its versions, and for the last operation of each node;
 * an operation the node does not have must answer 404 (the route is n8n's, not a catch-all).
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

import { ROOT } from './n8n';
import { operationsOf, type BuiltNode } from './nodes';

export function padVersion(version: number): string {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

interface Probe {
	node: BuiltNode;
	version: number;
	resource: string;
	operation: string;
	/** The file n8n should serve, or undefined for the 404 probe. */
	file?: string;
}

/** The operation a node opens on: the Resource default, then that resource's Operation default. */
function defaultOperation(node: BuiltNode): { resource: string; operation: string } | undefined {
	const props = node.description.properties;
	const resource = props.find((p) => p.name === 'resource')?.default;
	if (typeof resource !== 'string') return undefined;
	const opProp = props.find((p) => p.name === 'operation' && (p.displayOptions?.show?.resource ?? []).includes(resource));
	return typeof opProp?.default === 'string' ? { resource, operation: opProp.default } : undefined;
}

export function planSchemaProbes(built: BuiltNode[]): Probe[] {
	const probes: Probe[] = [];
	for (const node of built) {
		const first = defaultOperation(node);
		if (!first) continue;
		const dir = join(ROOT, dirname(node.file), '__schema__');
		const file = (v: number, r: string, o: string) => join(dir, `v${padVersion(v)}`, r, `${o}.json`);
		for (const version of node.versions) probes.push({ node, version, ...first, file: file(version, first.resource, first.operation) });
		const last = operationsOf(node).at(-1)!;
		probes.push({ node, version: node.latestVersion, resource: last.resource!, operation: last.operation, file: file(node.latestVersion, last.resource!, last.operation) });
	}
	const any = probes[0];
	if (any) probes.push({ node: any.node, version: any.version, resource: any.resource, operation: 'noSuchOperation' });
	return probes;
}

export async function checkSchemas(options: { n8nUrl: string; built: BuiltNode[]; pass: (m: string) => void; fail: (m: string) => void }): Promise<void> {
	const { n8nUrl, built, pass, fail } = options;
	const probes = planSchemaProbes(built);
	if (!probes.length) return fail('no action node with a Resource parameter to ask a schema for');
	let served = 0;
	for (const p of probes) {
		const path = `/schemas/${p.node.type}/${padVersion(p.version)}/${p.resource}/${p.operation}.json`;
		const res = await fetch(`${n8nUrl}${path}`);
		const body = await res.text();
		if (!p.file) {
			if (res.status === 404) pass(`GET ${path}: 404 for an operation the node does not have`);
			else fail(`GET ${path}: expected 404 for an unknown operation, got HTTP ${res.status}`);
			continue;
		}
		if (!existsSync(p.file)) {
			fail(`${p.file} is not in dist/ (npm run build copies nodes/*/__schema__/)`);
			continue;
		}
		if (res.status !== 200) {
			fail(`GET ${path}: HTTP ${res.status} ${body.slice(0, 120)}`);
			continue;
		}
		let json: any;
		try {
			json = JSON.parse(body);
		} catch {
			fail(`GET ${path}: not JSON: ${body.slice(0, 120)}`);
			continue;
		}
		if (JSON.stringify(json) !== JSON.stringify(JSON.parse(readFileSync(p.file, 'utf8')))) fail(`GET ${path}: the JSON differs from ${p.file}`);
		else if (json.type !== 'object' || typeof json.properties !== 'object') fail(`GET ${path}: not an object schema with properties (the editor rejects it)`);
		else served++;
	}
	if (served) pass(`${served} schema URL(s) of ${built.filter((b) => defaultOperation(b)).length} action node(s) answer 200 with the file the package ships, e.g. /schemas/${probes[0].node.type}/${padVersion(probes[0].version)}/${probes[0].resource}/${probes[0].operation}.json`);
}
