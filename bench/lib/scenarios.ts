/* eslint-disable */
/**
 * The scenario table. Each scenario is a small config entry; bench/run.ts turns it into the three
 * variants: (A) the package's node, (B) n8n's HTTP Request node doing the same requests, (C) a bare
 * `fetch` loop in plain Node (bench/bare/loop.mjs).
 */
import { chain, httpRequestNode, splitOutNode, uuidFrom, webhookNode, workflowId, credentials, type Workflow, type WfNode } from './workflows';

/** Scenario 1: a skip/limit list read with Return All. */
export interface ListScenario {
	key: string;
	label: string;
	/** Sandbox route id whose collection is seeded, and the record template. */
	seedRoute: string;
	template: Record<string, unknown>;
	/** The list path (the same the node's route uses) and its page size (the API's maximum). */
	path: string;
	pageSize: number;
	/** Our node: node name in package.json + parameters. */
	ours: { node: string; parameters: Record<string, unknown> };
}

/** Scenario 2: one request per input item; the item carries the record ID in `id`. */
export interface PerItemScenario {
	key: string;
	label: string;
	seedRoute: string;
	/** Where to read the seeded records' IDs (GET, skip/limit, max 100). */
	listPath: string;
	/** The request per item; `{id}` is the item's ID. */
	method: string;
	path: string;
	body?: Record<string, unknown>;
	ours: { node: string; parameters: Record<string, unknown> };
}

export const LIST_SCENARIO: ListScenario = {
	key: 'products.getMany',
	label: 'Store › Product › Get Many, Return All',
	seedRoute: 'products.getMany',
	template: {
		name: 'Gold Voucher',
		price: 120,
		type: 'voucher',
		stocks: 50,
		displayOrder: 1,
		isArchived: false,
		categoryID: '6502c9e514a3e564c5c09c0b',
		description: '<p>A voucher for the community store, redeemable once.</p>',
		image: 'https://cdn.example.com/store/gold-voucher.png',
	},
	path: '/v1/products',
	pageSize: 100,
	// Simplify off: the node outputs the records as the API returns them, like the HTTP Request node.
	ours: { node: 'returningAiStore', parameters: { resource: 'product', operation: 'getAll', returnAll: true, simplify: false } },
};

/** Scenario 2's operation: change this entry (or add one and pick it in run.ts) to bench another operation. */
export const PER_ITEM_SCENARIO: PerItemScenario = {
	key: 'categories.get',
	label: 'Store › Category › Get, ID from an expression',
	seedRoute: 'categories.getMany',
	listPath: '/v1/categories',
	method: 'GET',
	path: '/v1/categories/{id}',
	ours: {
		node: 'returningAiStore',
		parameters: { resource: 'category', operation: 'get', categoryId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
	},
};

/** n8n's Batching option (Options > Batching / Request Options > Batching) for scenario 2's second case. */
export const BATCHING = { batchSize: 100, batchInterval: 20 };

export type NodeTypes = Record<string, { type: string; version: number }>;

function oursNode(types: NodeTypes, name: string, node: string, parameters: Record<string, unknown>): WfNode {
	const t = types[node];
	if (!t) throw new Error(`node ${node} is not registered in package.json n8n.nodes`);
	return { name, type: t.type, typeVersion: t.version, parameters, credentials };
}

export interface Variant {
	workflow: Workflow;
	webhookPath: string;
	/** Nodes whose executionTime is the variant's work. */
	timed: string[];
	/** Node whose output is the result (its item count is checked). */
	output: string;
}

export function listVariants(s: ListScenario, types: NodeTypes, sandboxUrl: string): { A: Variant; B: Variant } {
	const a = `bench-${s.key}-ours`.replace(/\./g, '-');
	const b = `bench-${s.key}-http`.replace(/\./g, '-');
	return {
		A: {
			workflow: chain(`${s.label} (node)`, [webhookNode(a, 'lastNode'), oursNode(types, 'Returning.AI', s.ours.node, s.ours.parameters)]),
			webhookPath: a,
			timed: ['Returning.AI'],
			output: 'Returning.AI',
		},
		B: {
			workflow: chain(`${s.label} (HTTP Request)`, [
				webhookNode(b, 'lastNode'),
				httpRequestNode(
					'HTTP Request',
					{ method: 'GET', url: `${sandboxUrl}${s.path}`, query: { skip: '0', limit: String(s.pageSize) } },
					{
						pagination: {
							pagination: {
								paginationMode: 'updateAParameterInEachRequest',
								parameters: { parameters: [{ type: 'qs', name: 'skip', value: `={{ $pageCount * ${s.pageSize} }}` }] },
								paginationCompleteWhen: 'other',
								// the same stop rule as the node (and the bare loop): skip + page length reaches meta.total
								completeExpression: '={{ $response.body.data.length === 0 || $response.body.meta.skip + $response.body.data.length >= $response.body.meta.total }}',
								limitPagesFetched: false,
								requestInterval: 0,
							},
						},
					},
				),
				// the HTTP Request node outputs one item per page; Split Out makes one item per record
				splitOutNode('Split Out', 'data'),
			]),
			webhookPath: b,
			timed: ['HTTP Request', 'Split Out'],
			output: 'Split Out',
		},
	};
}

export function perItemVariants(s: PerItemScenario, types: NodeTypes, sandboxUrl: string, batching: boolean): { A: Variant; B: Variant } {
	const suffix = batching ? '-batching' : '';
	const a = `bench-${s.key}-ours${suffix}`.replace(/\./g, '-');
	const b = `bench-${s.key}-http${suffix}`.replace(/\./g, '-');
	const batch = { batching: { batch: { ...BATCHING } } };
	const label = `${s.label}${batching ? ' + Batching' : ''}`;
	const [before, after] = s.path.split('{id}');
	return {
		A: {
			workflow: chain(`${label} (node)`, [
				webhookNode(a, 'lastNode'),
				splitOutNode('Items', 'body.items'),
				oursNode(types, 'Returning.AI', s.ours.node, { ...s.ours.parameters, ...(batching ? { requestOptions: batch } : {}) }),
			]),
			webhookPath: a,
			timed: ['Returning.AI'],
			output: 'Returning.AI',
		},
		B: {
			workflow: chain(`${label} (HTTP Request)`, [
				webhookNode(b, 'lastNode'),
				splitOutNode('Items', 'body.items'),
				httpRequestNode('HTTP Request', { method: s.method, url: `=${sandboxUrl}${before}{{ $json.id }}${after ?? ''}`, body: s.body }, batching ? batch : {}),
			]),
			webhookPath: b,
			timed: ['HTTP Request'],
			output: 'HTTP Request',
		},
	};
}

/** Header Auth credential for the authenticated Webhook node of scenario 3 (imported with the others). */
export const HEADER_AUTH_CREDENTIAL = {
	id: 'rAiBenchHdrAuth1',
	name: 'Bench header auth',
	type: 'httpHeaderAuth',
	data: { name: 'x-webhook-token', value: 'bench-header-token-3f9a' },
};

/**
 * Scenario 3's n8n side: n8n's Webhook node receiving plain JSON (answers once the execution is
 * stored), then a No Op. With `headerAuth`, the node checks a Header Auth credential on every request
 * (n8n's own way to protect a webhook, the counterpart of the trigger's token).
 */
export function webhookBaseline(headerAuth = false): Variant {
	const path = headerAuth ? 'bench-events-webhook-auth' : 'bench-events-webhook';
	const webhook = webhookNode(path, 'onReceived');
	if (headerAuth) {
		webhook.parameters.authentication = 'headerAuth';
		webhook.credentials = { httpHeaderAuth: { id: HEADER_AUTH_CREDENTIAL.id, name: HEADER_AUTH_CREDENTIAL.name } };
	}
	return {
		workflow: chain(`Events (Webhook node${headerAuth ? ', Header Auth' : ''})`, [webhook, { name: 'After Trigger', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} }]),
		webhookPath: path,
		timed: [],
		output: 'After Trigger',
	};
}

/**
 * Scenario 2's further variants in the same run: (M) the minimal declarative node (bench/lib/patch.ts,
 * the floor of any declarative node), and ours and M under the patched RoutingNode (AP, MP: the same
 * nodes named "… [patched]", which the patched copy loaded by bench/lib/preload.cjs recognises).
 */
export function perItemFloorVariants(s: PerItemScenario, types: NodeTypes, minimalType: string, patchedSuffix: string): { M: Variant; AP: Variant; MP: Variant } {
	const make = (key: string, label: string, node: WfNode): Variant => ({
		workflow: chain(`${s.label} (${label})`, [webhookNode(`bench-${s.key}-${key}`.replace(/\./g, '-'), 'lastNode'), splitOutNode('Items', 'body.items'), node]),
		webhookPath: `bench-${s.key}-${key}`.replace(/\./g, '-'),
		timed: [node.name],
		output: node.name,
	});
	const minimal = (name: string): WfNode => ({ name, type: minimalType, typeVersion: 1, parameters: { id: '={{ $json.id }}' }, credentials });
	return {
		M: make('minimal', 'minimal declarative node', minimal('Minimal')),
		AP: make('ours-patched', 'node, patched RoutingNode', oursNode(types, `Returning.AI${patchedSuffix}`, s.ours.node, s.ours.parameters)),
		MP: make('minimal-patched', 'minimal declarative node, patched RoutingNode', minimal(`Minimal${patchedSuffix}`)),
	};
}

/**
 * Scenario 5 (issue 17): Bulk Operations › Update Users From CSV at scale. The items (email, xp_op, xp)
 * arrive in the webhook's body; Split Out makes one item each.
 *   A  — ours, CSV built from the input items (csvSource = items);
 *   AB — Convert to File (CSV) then ours with the binary (csvSource = binary);
 *   B  — Convert to File (CSV) then the HTTP Request node, multipart/form-data with the file as `data`.
 */
export const BULK_PATH = '/v1/users/bulk-update';
export function bulkVariants(types: NodeTypes, sandboxUrl: string, patchedSuffix: string): { A: Variant; AP: Variant; AB: Variant; B: Variant } {
	const fileName = 'bulk-update.csv';
	const convert: WfNode = { name: 'Convert to File', type: 'n8n-nodes-base.convertToFile', typeVersion: 1.1, parameters: { operation: 'csv', binaryPropertyName: 'data', options: { fileName } } };
	const ours = (parameters: Record<string, unknown>, name = 'Returning.AI') => oursNode(types, name, 'returningAiBulkOperations', { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', ...parameters });
	const http: WfNode = {
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${sandboxUrl}${BULK_PATH}`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'returningAiApi',
			sendBody: true,
			contentType: 'multipart-form-data',
			bodyParameters: { parameters: [{ parameterType: 'formBinaryData', name: 'data', inputDataFieldName: 'data' }] },
			options: {},
		},
		credentials,
	};
	const v = (key: string, label: string, nodes: WfNode[], timed: string[]): Variant => ({
		// answered at once: a run can take longer than fetch waits for an answer (the bench polls the execution)
		workflow: chain(`Bulk update users (${label})`, [webhookNode(`bench-bulk-${key}`, 'onReceived'), splitOutNode('Items', 'body.items'), ...nodes]),
		webhookPath: `bench-bulk-${key}`,
		timed,
		output: nodes[nodes.length - 1].name,
	});
	return {
		A: v('items', 'node, CSV built from the items', [ours({ csvSource: 'items', numericOperator: 'add' })], ['Returning.AI']),
		AP: v('items-patched', 'node, CSV built from the items, patched RoutingNode', [ours({ csvSource: 'items', numericOperator: 'add' }, `Returning.AI${patchedSuffix}`)], [`Returning.AI${patchedSuffix}`]),
		AB: v('binary', 'Convert to File + node', [convert, ours({ csvSource: 'binary', binaryPropertyName: 'data' })], ['Convert to File', 'Returning.AI']),
		B: v('http', 'Convert to File + HTTP Request', [convert, http], ['Convert to File', 'HTTP Request']),
	};
}

/** Scenario 6's HTTP Request node: scenario 1's, with n8n's node setting Retry On Fail at its maximum (5 tries, 5 s apart). */
/**
 * With `statusAware`, the Complete When expression also requires HTTP 200, so that n8n's pagination throws on a
 * 429 (it throws on a non-2xx answer only when the expression says "continue") and Retry On Fail can act;
 * scenario 1's expression ends the pagination on the 429's body instead.
 */
export function withRetryOnFail(v: Variant, name: string, statusAware = false): Variant {
	const wf: Workflow = JSON.parse(JSON.stringify(v.workflow));
	const path = `${v.webhookPath}-retry${statusAware ? '-status' : ''}`;
	wf.name = `${wf.name} + Retry On Fail${statusAware ? ', status-aware Complete When' : ''}`;
	wf.id = workflowId(wf.name);
	for (const n of wf.nodes) {
		if (n.name === name) Object.assign(n, { retryOnFail: true, maxTries: 5, waitBetweenTries: 5000 });
		if (n.name === name && statusAware) {
			const p = (n.parameters.options as any).pagination.pagination;
			p.completeExpression = `={{ $response.statusCode === 200 && (${String(p.completeExpression).replace(/^=\{\{\s*|\s*\}\}$/g, '')}) }}`;
		}
		if (n.type === 'n8n-nodes-base.webhook') Object.assign(n, { webhookId: uuidFrom(`webhook ${path}`), parameters: { ...n.parameters, path } });
	}
	return { ...v, workflow: wf, webhookPath: path };
}
