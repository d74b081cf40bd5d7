/* eslint-disable */
/**
 * The smoke workflow: a Manual Trigger wired to one node per registered action node, each running a
 * safe read operation against the sandbox. The operation comes from SMOKE (hand-picked, with
 * hand-written expectations) when that node offers it, otherwise the first usable GET operation of
 * the node is chosen automatically (required parameters filled with sample values, sandbox seeded so
 * the call finds something). Either way the e2e checks the exact request the sandbox recorded and
 * every output item.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { ROOT, SANDBOX_API_KEY, SANDBOX_COMMUNITY_ID } from './n8n';
import { SANDBOX_CREDENTIALS } from './workflow';
import { operationsOf, type BuiltNode, type NodeProperty, type OperationInfo } from './nodes';

/** A fixed ObjectId the sandbox is seeded with for Get operations. */
export const E2E_ID = 'e2e0000000000000000000a1';

export interface SmokeCase {
	resource?: string;
	operation: string;
	/** Parameters besides resource/operation (required ones not given here are filled automatically). */
	parameters?: Record<string, unknown>;
	/** Route id, when several routes share the operation's method and path. */
	route?: string;
	/** Exact query string the sandbox must receive. */
	query?: Record<string, string>;
	/** Exact JSON body the sandbox must receive. */
	body?: Record<string, unknown>;
	/** Output items, compared key by key (only the keys given). */
	items?: Array<Record<string, unknown>>;
	/** Sandbox control API seeds to apply first. */
	seeds?: Array<{ route: string; count: number; template?: Record<string, unknown>; params?: Record<string, string> }>;
}

/**
 * Hand-picked read operations per node (by the node's `name`). Values are what the seeded sandbox
 * (test/sandbox/seed.ts) holds. A node not listed, or whose listed operation does not exist, gets an
 * automatically chosen operation.
 */
export const SMOKE: Record<string, SmokeCase> = {
	returningAiStore: {
		resource: 'category',
		operation: 'getAll',
		parameters: { returnAll: false, limit: 2 },
		query: { skip: '0', limit: '2' },
		items: [
			{ name: 'Premium Rewards', displayOrder: 0, isArchived: false, viewType: 'full' },
			{ name: 'Merch', displayOrder: 1, isArchived: false, viewType: 'full' },
		],
	},
	returningAiAuthentication: {
		resource: 'auth',
		operation: 'register',
		parameters: { email: 'e2e-member@example.com', password: 'E2e-password-2026' },
		body: { email: 'e2e-member@example.com', password: 'E2e-password-2026', confirmPassword: 'E2e-password-2026' },
		query: {},
		items: [{ email: 'e2e-member@example.com' }],
	},
	returningAiApiKeys: {
		// describes the key of the request: the sandbox's all-permissions key
		resource: 'userApiKey',
		operation: 'getCurrent',
		query: {},
		items: [{ name: 'Sandbox key', permissions: ['*'], communityId: '6167dba9c548eb5c7ec28057', expireDate: '' }],
	},
	returningAiCommunityAnalytics: {
		// the reference documents no fields for the overview: the sandbox answers data {}
		resource: 'loyalty',
		operation: 'getOverview',
		query: {},
		items: [{}],
	},
	returningAiBulkOperations: {
		// no job has been queued yet in this sandbox: an empty list, read without error
		resource: 'bulkUpdate',
		operation: 'getAll',
		items: [],
	},
	returningAiChartAnalysis: {
		// no analysis exists yet in this channel: an empty list, read without error
		resource: 'analysis',
		operation: 'getAll',
		items: [],
	},
	returningAiEvents: {
		resource: 'incomingWebhook',
		operation: 'sendMessage',
		route: 'incomingWebhooks.sendMessage',
		parameters: { webhookUrl: E2E_ID, channelId: '663347f4361726479c6', message: 'Hello from the e2e', sender: 'e2e-bot@example.com' },
		body: { channelId: '663347f4361726479c6', message: 'Hello from the e2e', sender: 'e2e-bot@example.com' },
		query: {},
	},
	returningAiChannels: {
		// the demo channel of test/sandbox/seed.ts
		resource: 'channel',
		operation: 'getAll',
		items: [{ _id: '663347f4361726479c6', topic: 'General' }],
	},
	returningAiGamification: {
		resource: 'leaderboard',
		operation: 'getAll',
		parameters: { returnAll: false, limit: 1 },
		query: { page: '1', limit: '1' },
		// the first demo leaderboard of test/sandbox/seed.ts
		items: [{ name: 'Top Traders', slug: 'top-traders' }],
	},
};

interface RefEntry {
	id: string;
	method: string;
	path: string;
	baseUrl: string;
	operation: string;
	auth: string;
	pathParams: Array<{ name: string }>;
}
const reference = JSON.parse(readFileSync(join(ROOT, 'test/sandbox/reference/endpoints.json'), 'utf8')) as RefEntry[];

/** The reference entry (route) an operation's routing points at. */
export function routeOf(op: OperationInfo): RefEntry | undefined {
	return reference.find((e) => e.method === op.method && e.path === op.url);
}

/** A path filled the way the smoke workflow fills it. */
export function fillPath(template: string): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => (/community/i.test(name) ? SANDBOX_COMMUNITY_ID : E2E_ID));
}

function sampleString(name: string): string {
	if (/community/i.test(name)) return SANDBOX_COMMUNITY_ID;
	if (/email/i.test(name)) return 'ada@example.com';
	if (/id$/i.test(name)) return E2E_ID;
	return 'e2e';
}

/** A value n8n accepts for a required parameter: resource locators by ID, options by default, sample text. */
export function sampleValue(prop: NodeProperty): unknown {
	switch (prop.type) {
		case 'resourceLocator':
			// By ID takes an ID whatever the parameter is called (e.g. Users 1.1 'user').
			return { __rl: true, mode: 'id', value: /community/i.test(prop.name) ? SANDBOX_COMMUNITY_ID : E2E_ID };
		case 'options':
			return prop.default ?? prop.options?.[0]?.value;
		case 'multiOptions':
			return prop.options?.length ? [prop.options[0].value] : [];
		case 'number':
			return typeof prop.default === 'number' && prop.default > 0 ? prop.default : 1;
		case 'boolean':
			return prop.default ?? false;
		case 'string':
			return typeof prop.default === 'string' && prop.default !== '' ? prop.default : sampleString(prop.name);
		default:
			return prop.default;
	}
}

const UNFILLABLE = new Set(['json', 'fixedCollection']);

function autoPick(node: BuiltNode): OperationInfo | undefined {
	const ops = operationsOf(node).filter((op) => {
		const route = routeOf(op);
		if (!route || route.baseUrl !== 'https://api.returning.ai') return false; // a custom host (e.g. incoming webhooks)
		return op.method === 'GET' && op.required.every((p) => !UNFILLABLE.has(p.type));
	});
	const rank = (op: OperationInfo) => (op.operation === 'getAll' ? 0 : /^get/.test(op.operation) && !op.url.includes('{') ? 1 : op.operation === 'get' ? 2 : 3);
	return ops.sort((a, b) => rank(a) - rank(b) || a.url.split('{').length - b.url.split('{').length)[0];
}

export interface SmokeStep {
	node: BuiltNode;
	nodeName: string;
	op: OperationInfo;
	route: RefEntry;
	parameters: Record<string, unknown>;
	/** 'table' = hand-written case from SMOKE, 'auto' = chosen from the description. */
	source: 'table' | 'auto';
	expected: { method: string; path: string; query?: Record<string, string>; body?: Record<string, unknown>; items?: Array<Record<string, unknown>>; minItems: number };
	seeds: NonNullable<SmokeCase['seeds']>;
	notice?: string;
}

export function planSmoke(nodes: BuiltNode[]): SmokeStep[] {
	const steps: SmokeStep[] = [];
	const errors: string[] = [];
	for (const node of nodes.filter((n) => !n.isTrigger)) {
		try {
			steps.push(planStep(node));
		} catch (error) {
			errors.push((error as Error).message);
		}
	}
	if (errors.length) throw new Error(`cannot plan the smoke workflow:\n  ${errors.join('\n  ')}`);
	return steps;
}

function planStep(node: BuiltNode): SmokeStep {
	{
		const ops = operationsOf(node);
		const wanted = SMOKE[node.description.name];
		let notice: string | undefined;
		let op = wanted && ops.find((o) => o.operation === wanted.operation && (wanted.resource === undefined || o.resource === wanted.resource));
		if (wanted && !op) notice = `SMOKE case ${wanted.resource}/${wanted.operation} does not exist in ${node.description.name}: chose one automatically`;
		const source: SmokeStep['source'] = op ? 'table' : 'auto';
		op ??= autoPick(node);
		if (!op) throw new Error(`${node.description.displayName}: no read operation the e2e can call automatically; add an entry for '${node.description.name}' to SMOKE in test/e2e/lib/smoke.ts`);
		const route = source === 'table' && wanted!.route ? reference.find((e) => e.id === wanted!.route) : routeOf(op);
		if (!route) throw new Error(`${node.description.name} ${op.resource}/${op.operation}: ${op.method} ${op.url} is not a route of the reference`);
		const parameters: Record<string, unknown> = { ...(op.resource !== undefined ? { resource: op.resource } : {}), operation: op.operation };
		const given = source === 'table' ? (wanted!.parameters ?? {}) : {};
		for (const p of op.required) parameters[p.name] = given[p.name] ?? sampleValue(p);
		Object.assign(parameters, given);
		if (source === 'auto' && op.visible.some((p) => p.name === 'limit')) Object.assign(parameters, { returnAll: false, limit: 2 });
		// Seeds: the hand-written ones, or records with a known id in the route's collection.
		let seeds = source === 'table' ? (wanted!.seeds ?? []) : [];
		const itemParam = /\/\{(\w+)\}$/.exec(route.path)?.[1];
		if (source === 'auto') {
			const params: Record<string, string> = {};
			for (const p of route.pathParams) if (p.name !== itemParam || !/(Get|Update|Delete)$/.test(route.operation)) params[p.name] = /community/i.test(p.name) ? SANDBOX_COMMUNITY_ID : E2E_ID;
			seeds = [{ route: route.id, count: itemParam && route.operation === 'Get' ? 1 : 2, template: itemParam && route.operation === 'Get' ? { _id: E2E_ID } : { name: 'E2E record' }, params }];
		}
		return {
			node,
			nodeName: node.description.displayName,
			op,
			route,
			parameters,
			source,
			expected: {
				method: op.method,
				path: fillPath(route.path),
				query: source === 'table' ? wanted!.query : undefined,
				body: source === 'table' ? wanted!.body : undefined,
				items: source === 'table' ? wanted!.items : undefined,
				minItems: source === 'table' && wanted!.items ? wanted!.items.length : 1,
			},
			seeds,
			notice,
		};
	}
}

export const SMOKE_WORKFLOW_ID = 'rAiE2eSmokeWf001';

/** The smoke workflow: Manual Trigger → every step, each on its own branch. */
export function smokeWorkflow(steps: SmokeStep[]): Record<string, unknown> {
	const nodes: Array<Record<string, unknown>> = [
		{ id: 'e2e-start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
	];
	const targets: Array<{ node: string; type: string; index: number }> = [];
	steps.forEach((step, i) => {
		nodes.push({
			id: `e2e-node-${i}`,
			name: step.nodeName,
			type: step.node.type,
			typeVersion: step.node.latestVersion,
			position: [300, i * 160],
			parameters: step.parameters,
			credentials: SANDBOX_CREDENTIALS,
			// a failing node reports its error as an item, so every node is still run and checked
			onError: 'continueRegularOutput',
		});
		targets.push({ node: step.nodeName, type: 'main', index: 0 });
	});
	return {
		id: SMOKE_WORKFLOW_ID,
		name: 'E2E: one operation of every Returning.AI node',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: { Start: { main: [targets] } },
		pinData: {},
	};
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
	body?: unknown;
	routeId?: string;
	status?: number;
}

function partialMismatch(actual: Record<string, unknown>, expected: Record<string, unknown>): string | undefined {
	for (const [k, v] of Object.entries(expected)) {
		if (JSON.stringify(actual[k]) !== JSON.stringify(v)) return `${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(actual[k])}`;
	}
	return undefined;
}

/** Checks one step's output items and the request(s) the sandbox recorded for it; returns problems. */
export function checkStep(step: SmokeStep, items: Array<{ json: Record<string, unknown> }> | undefined, requests: RecordedRequest[]): string[] {
	const problems: string[] = [];
	const mine = requests.filter((r) => r.method === step.expected.method && r.path === step.expected.path);
	if (mine.length !== 1) {
		problems.push(`expected exactly 1 request ${step.expected.method} ${step.expected.path}, the sandbox recorded ${mine.length} (all: ${requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'})`);
	}
	const req = mine[0];
	if (req) {
		if (req.routeId !== step.route.id) problems.push(`request matched route ${req.routeId}, expected ${step.route.id}`);
		if (!(req.status! >= 200 && req.status! < 300)) problems.push(`sandbox answered HTTP ${req.status}`);
		const auth = req.headers['authorization'] ?? '';
		const apiKey = req.headers['x-api-key'] ?? '';
		// incoming webhooks authenticate with their own optional key, not the API key
		if (step.route.auth !== 'incoming-webhook' && auth !== `Bearer ${SANDBOX_API_KEY}` && apiKey !== SANDBOX_API_KEY) problems.push(`request carried no sandbox API key (authorization: '${auth}')`);
		if (step.expected.query && JSON.stringify(req.query) !== JSON.stringify(step.expected.query)) {
			problems.push(`query: expected ${JSON.stringify(step.expected.query)}, got ${JSON.stringify(req.query)}`);
		}
		if (step.expected.body && JSON.stringify(req.body) !== JSON.stringify(step.expected.body)) {
			problems.push(`body: expected ${JSON.stringify(step.expected.body)}, got ${JSON.stringify(req.body)}`);
		}
	}
	if (!items) {
		problems.push('the node produced no output');
		return problems;
	}
	if (items.length < step.expected.minItems) problems.push(`expected at least ${step.expected.minItems} item(s), got ${items.length}`);
	if (step.expected.items && items.length !== step.expected.items.length) problems.push(`expected ${step.expected.items.length} items, got ${items.length}`);
	items.forEach((item, i) => {
		const json = item.json;
		if (!json || typeof json !== 'object' || Array.isArray(json) || (!step.expected.items && !Object.keys(json).length)) problems.push(`item ${i}: not a non-empty object: ${JSON.stringify(json)}`);
		else if ('error' in json) problems.push(`item ${i}: error ${JSON.stringify(json.error)}`);
		const want = step.expected.items?.[i];
		if (want) {
			const m = partialMismatch(json, want);
			if (m) problems.push(`item ${i}: ${m}`);
		}
		if (!step.expected.items && step.source === 'auto' && step.seeds.some((s) => s.template?._id) && json._id !== undefined && json._id !== E2E_ID) {
			problems.push(`item ${i}: _id ${String(json._id)} is not the seeded ${E2E_ID}`);
		}
	});
	return problems;
}
