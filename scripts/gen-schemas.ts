/* eslint-disable */
/**
 * Output schemas for n8n's editor (schema view before a run) and its AI builder.
 *
 * n8n serves `GET /schemas/<nodeType>/<x.y.z>/<resource>/<operation>.json` from
 * `<folder of the node's .js>/__schema__/v<x.y.z>/<resource>/<operation>.json` (n8n-core's
 * resolveOutputSchemaPath; the HTTP route has no version fallback, so every version gets its folder).
 * The files live next to the node sources in nodes/<Category>/__schema__/ (committed, like n8n's own
 * nodes) and gulp copies them into dist/.
 *
 * One source, the sandbox, and the node's real code turning its answers into items: every operation of every
 * action node (in every version of its built `version`) runs through n8n-core's engine (test/harness/) twice,
 * against the sandbox answering every route with the reference's example response
 * (test/sandbox/reference/endpoints.json), and against the demo sandbox of `npm start` (seeded records, custom
 * handlers, records created by earlier runs; it fills in what the reference shows empty, e.g. a log list's
 * `"data": []`). The schema is inferred from the output items' json (with Simplify on and off). So the schemas
 * follow the node's unwrapping, Simplify, `{ deleted: true }` and escape hatches (bulk uploads that poll a job,
 * empty answers turned into success items) without a second implementation of any of them.
 * test/package/schemas.test.ts checks the files are up to date and validates both runs' items against them.
 *
 *   npm run schemas            writes nodes/<Category>/__schema__/**
 *   npm run schemas -- --check exits 1 when a committed file differs from what would be generated
 */
// n8n's logger (winston) logs every node error it handles; the runs below expect some (a 404 for a placeholder ID
// in the demo data), as test/harness/env.ts does for jest. Set before n8n-core is loaded.
process.env.N8N_LOG_LEVEL ??= 'silent';

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import {
	NodeHelpers,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyOptions,
	type INodeType,
} from 'n8n-workflow';

import { loadNodeTypes, PACKAGE, runNode } from '../test/harness/engine';
import { runWebhook } from '../test/harness/webhook';
import { Sandbox } from '../test/sandbox/server';
import { reference } from '../test/sandbox/reference';
import { DEMO_COMMUNITY_ID, seedDemo } from '../test/sandbox/seed';

const ROOT = join(__dirname, '..');

export interface SchemaOperation {
	/** Full node type, e.g. `n8n-nodes-returning-ai.returningAiStore`. */
	nodeType: string;
	/** Folder of the node under nodes/, e.g. `Store`. */
	folder: string;
	/** The node version as n8n pads it in the URL and the folder name: `1.0.0`, `1.1.0`. */
	version: string;
	typeVersion: number;
	resource: string;
	operation: string;
}

export type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	description?: string;
};

/** n8n's padding of a node version (`1` → `1.0.0`), as its editor and n8n-core do it. */
export function padVersion(version: number | string): string {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

/** The folder (nodes/<Category>) of every node type, from package.json `n8n.nodes`. */
function nodeFolders(types: Record<string, INodeType>): Record<string, string> {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const out: Record<string, string> = {};
	for (const distPath of pkg.n8n.nodes as string[]) {
		const folder = distPath.split('/')[2];
		const file = distPath.split('/')[3].replace(/\.node\.js$/, '');
		const type = Object.keys(types).find((t) => types[t].constructor.name === file);
		if (type) out[type] = folder;
	}
	return out;
}

function versionsOf(node: INodeType): number[] {
	const v = node.description.version;
	return Array.isArray(v) ? v : [v];
}

function shown(property: INodeProperties | INodePropertyOptions, values: INodeParameters, node: INodeType, typeVersion: number): boolean {
	return NodeHelpers.displayParameter(values, property as INodeProperties, { typeVersion }, node.description);
}

/** Every operation of every action node (nodes with a Resource parameter), for every version of the node. */
export function schemaOperations(types: Record<string, INodeType> = loadNodeTypes()): SchemaOperation[] {
	const folders = nodeFolders(types);
	const out: SchemaOperation[] = [];
	for (const [nodeType, node] of Object.entries(types)) {
		const props = node.description.properties;
		for (const typeVersion of versionsOf(node)) {
			const resourceProp = props.find((p) => p.name === 'resource' && shown(p, {}, node, typeVersion));
			if (!resourceProp) continue;
			for (const r of resourceProp.options as INodePropertyOptions[]) {
				const resource = String(r.value);
				for (const opProp of props.filter((p) => p.name === 'operation' && shown(p, { resource }, node, typeVersion))) {
					for (const o of opProp.options as INodePropertyOptions[]) {
						if (o.displayOptions && !shown(o, { resource }, node, typeVersion)) continue;
						out.push({ nodeType, folder: folders[nodeType], version: padVersion(typeVersion), typeVersion, resource, operation: String(o.value) });
					}
				}
			}
		}
	}
	return out;
}

/** Where n8n looks for the schema of an operation, relative to the repository (source) or dist/. */
export function schemaFile(op: SchemaOperation, root = join(ROOT, 'nodes')): string {
	return join(root, op.folder, '__schema__', `v${op.version}`, op.resource, `${op.operation}.json`);
}

// ---------------------------------------------------------------------------------------------
// Parameters: each operation's defaults plus a value for every required parameter n8n reports missing.

const OBJECT_ID = '6502c9e514a3e564c5c09c0a';

/** Values by parameter name where a type's generic value would not pass the node's validation. */
const VALUES_BY_NAME: Array<[RegExp, unknown]> = [
	[/email|identifier/i, 'ada.lovelace@example.com'],
	[/domain|host/i, '127.0.0.1'],
	[/url|link|image$/i, 'https://example.com/image.png'],
	[/date|time/i, '2026-01-05T00:00:00.000Z'],
	[/json/i, '{"name":"Example"}'],
];

function valueFor(property: INodeProperties): unknown {
	if (property.type === 'resourceLocator') return { __rl: true, mode: 'id', value: OBJECT_ID };
	if (property.type === 'number') return 1;
	if (property.type === 'boolean') return true;
	if (property.type === 'options') return (property.options as INodePropertyOptions[])[0]?.value;
	if (property.type === 'multiOptions') return [(property.options as INodePropertyOptions[])[0]?.value];
	if (property.type === 'json') return '{"name":"Example"}';
	if (property.type === 'dateTime') return '2026-01-05T00:00:00.000Z';
	for (const [pattern, value] of VALUES_BY_NAME) if (pattern.test(`${property.name} ${property.displayName}`)) return value;
	return OBJECT_ID;
}

const LEVELS = {
	pivot: { price: 1.345, time: '2026-01-08T12:00:00', clientObjectId: 'pivot_main' },
	resistance: { price: 1.35, time: '2026-01-08T14:00:00', clientObjectId: 'res_1' },
	support: { price: 1.341, time: '2026-01-08T10:00:00', clientObjectId: 'sup_1' },
};
const DRAWINGS = { horizontalLine: [{ clientObjectId: 'target', pointTime: '2026-01-08T10:00:00', pointPrice: 1.355, color: '#FF0000', lineWidth: 2, lineStyle: 'SOLID' }] };

/** Per operation (`<resource>.<operation>`) where the generic values are not enough. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
	'product.createMany': { products: '[{"name": "Silver Voucher", "price": 50}]' },
	'product.updateMany': { products: '[{"productID": "507f1f77bcf86cd799439031", "price": 120}]' },
	'userFieldHistory.create': { field: 'department' },
	'userFieldHistory.createForUser': { field: 'department' },
	'analysis.create': { levels: LEVELS, drawings: DRAWINGS },
	'analysis.appendDrawings': { drawings: DRAWINGS },
};

/** The credential the runs use: a Default Community ID and an incoming webhook, so that no operation lacks one. */
export const CREDENTIAL = { communityId: DEMO_COMMUNITY_ID, incomingWebhookUrl: 'hook-abc123', incomingWebhookApiKey: 'sandbox-hook-key-0123456789' };

export function parametersFor(node: INodeType, op: SchemaOperation, overrides: Record<string, unknown> = {}): INodeParameters {
	return JSON.parse(JSON.stringify(fillParameters(node, op, overrides)));
}

function fillParameters(node: INodeType, op: SchemaOperation, overrides: Record<string, unknown>): INodeParameters {
	const props = node.description.properties;
	let values: INodeParameters = { resource: op.resource, operation: op.operation, ...(OVERRIDES[`${op.resource}.${op.operation}`] ?? {}), ...overrides };
	const nodeRef = { typeVersion: op.typeVersion };
	for (let round = 0; round < 5; round++) {
		const full = NodeHelpers.getNodeParameters(props, values, true, false, nodeRef as any, node.description) ?? {};
		const issues = NodeHelpers.getNodeParametersIssues(props, { id: 'x', name: 'x', type: op.nodeType, typeVersion: op.typeVersion, position: [0, 0], parameters: full } as any, node.description);
		const missing = Object.keys(issues?.parameters ?? {});
		if (!missing.length) {
			// An update needs at least one field: the first one of Update Fields.
			const update = props.find((p) => p.name === 'updateFields' && shown(p, full, node, op.typeVersion));
			const first = (update?.options as INodeProperties[] | undefined)?.[0];
			if (first && !Object.keys((full.updateFields as object) ?? {}).length) full.updateFields = { [first.name]: valueFor(first) as any };
			return full;
		}
		for (const name of missing) {
			const property = props.find((p) => p.name === name && shown(p, full, node, op.typeVersion));
			if (property) values = { ...values, [name]: valueFor(property) as any };
		}
	}
	return values;
}

/** One input item with a small CSV in binary `data` (what upload operations read by default). */
export function inputItems(): INodeExecutionData[] {
	const csv = 'email,coins_op,coins\nada.lovelace@example.com,add,10\n';
	return [{ json: {}, binary: { data: { data: Buffer.from(csv).toString('base64'), mimeType: 'text/csv', fileName: 'rows.csv' } } }];
}

/** Makes the sandbox answer every route with the reference's example response (and status). */
export function answerWithReferenceExamples(sandbox: Sandbox): void {
	for (const entry of reference) {
		if (entry.response.example === undefined) continue;
		sandbox.fault({ route: entry.id, kind: 'status', status: entry.response.status ?? 200, body: entry.response.example, times: Infinity });
	}
}

export interface OperationRun {
	op: SchemaOperation;
	json: unknown[];
	error?: string;
}

/** Order of the runs against the stateful demo sandbox: what needs no existing ID first (creates and uploads, then reads), then what names one, deletes last. */
function stage(op: SchemaOperation, parameters: INodeParameters): number {
	if (/^(delete|remove)/i.test(op.operation)) return 3;
	if (JSON.stringify(parameters).includes(OBJECT_ID)) return 2;
	return /^get/.test(op.operation) ? 1 : 0;
}

function idOf(json: unknown): string | undefined {
	if (!json || typeof json !== 'object') return undefined;
	const j = json as Record<string, unknown>;
	const id = j._id ?? j.id ?? j.jobId ?? j.analysisId;
	return typeof id === 'string' ? id : undefined;
}

/**
 * Runs every operation once against a sandbox (its current data and answers) and returns each one's output
 * items. With `chain`, an ID a run outputs is used by the later runs of the same node and resource (a Get after
 * a Create) in place of the placeholder ID, and the runs go in `stage` order.
 */
export async function runOperations(ops: SchemaOperation[], baseUrl: string, types: Record<string, INodeType>, chain = false): Promise<OperationRun[]> {
	const out: OperationRun[] = [];
	const host = new URL(baseUrl).host;
	const ids = new Map<string, string>();
	const planned = ops.map((op) => ({ op, parameters: parametersFor(types[op.nodeType], op) }));
	const ordered = chain ? [...planned].sort((a, b) => stage(a.op, a.parameters) - stage(b.op, b.parameters)) : planned;
	for (const { op, parameters } of ordered) {
		const known = ids.get(`${op.nodeType} ${op.resource}`);
		for (const [k, v] of Object.entries(parameters)) {
			// A route on the community's own domain (Secure Auth) is sent to the sandbox: plain http is accepted for 127.0.0.1.
			if (v === '127.0.0.1') parameters[k] = `http://${host}`;
			if (known && v === OBJECT_ID) parameters[k] = known;
			if (known && v && typeof v === 'object' && (v as any).__rl && (v as any).value === OBJECT_ID) parameters[k] = { ...(v as object), value: known } as any;
		}
		const type = op.nodeType.slice(PACKAGE.length + 1);
		const run = await runNode({ type, typeVersion: op.typeVersion, parameters, items: inputItems(), baseUrl, credential: CREDENTIAL });
		const error = run.error ? String(run.error.message ?? run.error) + (run.error.description ? ` (${run.error.description})` : '') : undefined;
		const json = [...run.json];
		// n8n asks for one schema per operation whatever Simplify says: it describes both outputs.
		if (parameters.simplify === true) {
			const raw = await runNode({ type, typeVersion: op.typeVersion, parameters: { ...parameters, simplify: false }, items: inputItems(), baseUrl, credential: CREDENTIAL });
			json.push(...raw.json);
		}
		const id = json.map(idOf).find(Boolean);
		if (chain && id && !known) ids.set(`${op.nodeType} ${op.resource}`, id);
		out.push({ op, json, error });
	}
	return chain ? ops.map((op) => out.find((r) => r.op === op)!) : out;
}

/** The demo sandbox of `npm start` and the e2e: seeded members, orders, badges..., its handlers and stateful model. */
export async function demoSandbox(): Promise<{ sandbox: Sandbox; baseUrl: string }> {
	const sandbox = new Sandbox();
	const baseUrl = await sandbox.start();
	seedDemo(sandbox);
	sandbox.webhook = { apiKey: CREDENTIAL.incomingWebhookApiKey, webhookId: CREDENTIAL.incomingWebhookUrl };
	return { sandbox, baseUrl };
}

// ---------------------------------------------------------------------------------------------
// Inference: the shape of one item's json, merged over all items (a key seen in any item is listed).

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	// "number", never "integer": a price of 50 in an example can be 12.5 in a real answer.
	if (typeof value === 'number') return 'number';
	return typeof value;
}

function schemaOfValue(value: unknown): JsonSchema {
	const type = typeOf(value);
	if (type === 'array') {
		const elements = value as unknown[];
		return elements.length ? { type, items: inferSchema(elements) } : { type };
	}
	if (type === 'object') {
		const properties: Record<string, JsonSchema> = {};
		for (const key of Object.keys(value as object).sort()) properties[key] = schemaOfValue((value as Record<string, unknown>)[key]);
		return { type, properties };
	}
	return { type: type === 'undefined' ? 'null' : type };
}

function types(schema: JsonSchema): string[] {
	return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
	const all = [...new Set([...types(a), ...types(b)])];
	const order = ['object', 'array', 'string', 'number', 'boolean', 'null'];
	all.sort((x, y) => order.indexOf(x) - order.indexOf(y));
	const out: JsonSchema = { type: all.length === 1 ? all[0] : all };
	if (a.properties || b.properties) {
		const properties: Record<string, JsonSchema> = {};
		for (const key of [...new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})])].sort()) {
			const x = a.properties?.[key];
			const y = b.properties?.[key];
			properties[key] = x && y ? merge(x, y) : (x ?? y)!;
		}
		out.properties = properties;
	}
	if (a.items || b.items) out.items = a.items && b.items ? merge(a.items, b.items) : (a.items ?? b.items);
	return out;
}

/** A JSON Schema (draft-07 subset n8n's own nodes ship: type, properties, items) describing every sample. */
export function inferSchema(samples: unknown[]): JsonSchema {
	return samples.map(schemaOfValue).reduce((acc, s) => merge(acc, s));
}

function text(schema: JsonSchema): string {
	return `${JSON.stringify(schema, null, '\t')}\n`;
}

export const EMPTY = 'The Returning.AI reference shows this answer without fields (an empty list or object), so no fields are known before a run.';

function objectsOf(json: unknown[]): unknown[] {
	return json.filter((j) => j && typeof j === 'object' && Object.keys(j as object).length);
}

/**
 * Every schema file the package ships: path (relative to the repository) → content. Each schema describes the
 * items of two runs of the operation: against the sandbox answering with the reference's example response, and
 * against the demo sandbox (which fills in what the reference leaves empty, e.g. `"data": []` of a log list).
 */
export async function generate(): Promise<{ files: Map<string, string>; problems: string[] }> {
	const types = loadNodeTypes();
	const ops = schemaOperations(types);
	const files = new Map<string, string>();
	const problems: string[] = [];
	const examples = new Sandbox();
	const examplesUrl = await examples.start();
	const demo = await demoSandbox();
	try {
		answerWithReferenceExamples(examples);
		const fromExamples = await runOperations(ops, examplesUrl, types);
		const fromDemo = await runOperations(ops, demo.baseUrl, types, true);
		ops.forEach((op, i) => {
			const objects = [...objectsOf(fromExamples[i].json), ...objectsOf(fromDemo[i].json)];
			const label = `${op.nodeType} v${op.version} ${op.resource}.${op.operation}`;
			if (fromExamples[i].error) problems.push(`${label}: the reference example gave an error: ${fromExamples[i].error}`);
			// The reference documents some answers without fields (`"data": []`, `"data": {}`) and the demo data has
			// none either: the file says so (n8n then shows no preview, instead of a 404).
			const schema: JsonSchema = objects.length ? inferSchema(objects) : { type: 'object', description: EMPTY, properties: {} };
			files.set(relative(ROOT, schemaFile(op)), text(schema));
		});
		// The trigger (no resource or operation: n8n asks for `/schemas/<nodeType>/<x.y.z>.json`, served from
		// `__schema__/v<x.y.z>.json`): an event's own fields are the sender's and not documented, so the schema holds
		// what the trigger itself adds to every event, from its real output for an event without fields.
		for (const [nodeType, node] of Object.entries(types)) {
			if (!node.webhook) continue;
			for (const typeVersion of versionsOf(node)) {
				const out = await runWebhook({ type: nodeType.split('.')[1], typeVersion, parameters: { event: 'purchasedStoreItem' }, raw: '{}' });
				const json = (out.result.workflowData?.[0] ?? []).map((item) => item.json);
				if (!json.length) problems.push(`${nodeType} v${padVersion(typeVersion)}: the trigger output no item for a plain event`);
				const schema = { ...inferSchema(json), description: TRIGGER };
				files.set(relative(ROOT, join(ROOT, 'nodes', nodeFolders(types)[nodeType], '__schema__', `v${padVersion(typeVersion)}.json`)), text(schema));
			}
		}
	} finally {
		await examples.stop();
		await demo.sandbox.stop();
	}
	return { files, problems };
}

export const TRIGGER = 'The event as Returning.AI sends it (its fields are not documented; see the trigger output of a real event), plus _returningAi, which the trigger adds to every event.';

/** The schema files now in nodes/<Category>/__schema__/. */
export function committedFiles(): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.json')) out.set(relative(ROOT, path), readFileSync(path, 'utf8'));
		}
	};
	for (const folder of readdirSync(join(ROOT, 'nodes'))) {
		const dir = join(ROOT, 'nodes', folder, '__schema__');
		if (existsSync(dir)) walk(dir);
	}
	return out;
}

async function main() {
	const check = process.argv.includes('--check');
	const { files, problems } = await generate();
	if (problems.length) {
		console.error(`gen-schemas: ${problems.length} operation(s) gave no output to infer a schema from:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	const committed = committedFiles();
	if (check) {
		const stale = [...files].filter(([p, c]) => committed.get(p) !== c).map(([p]) => p);
		const extra = [...committed.keys()].filter((p) => !files.has(p));
		if (stale.length || extra.length) {
			console.error(`gen-schemas: out of date (run npm run schemas):\n  ${[...stale, ...extra.map((p) => `${p} (no such operation)`)].join('\n  ')}`);
			process.exit(1);
		}
		console.log(`gen-schemas: ${files.size} schema files up to date`);
		return;
	}
	for (const path of committed.keys()) if (!files.has(path)) rmSync(join(ROOT, path));
	for (const [path, content] of files) {
		mkdirSync(dirname(join(ROOT, path)), { recursive: true });
		writeFileSync(join(ROOT, path), content);
	}
	console.log(`gen-schemas: wrote ${files.size} schema files under nodes/*/__schema__/`);
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
