/**
 * Operations whose one call can cover all input items (OperationSpec.allInputs) run as n8n custom operations
 * (nodes/shared/customOperation.ts) instead of through RoutingNode. Each case below runs twice through
 * n8n-core's WorkflowExecute, once on the custom path and once with it switched off (RoutingNode, as n8n runs
 * the node as an AI tool and as before this change), and requires the same requests and the same output.
 */
import { RoutingNode, WorkflowExecute } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import { useSandbox } from '../harness/sandbox';
import { loadNodeTypes, PACKAGE, type NodeRun, type RunNodeOptions } from '../harness/engine';
import type { RecordedRequest } from '../sandbox/server';
import { bulkOperationsResources } from '../../nodes/BulkOperations/ReturningAiBulkOperations.node';
import { legacyResources } from '../../nodes/Legacy/ReturningAiLegacy.node';
import { storeResources } from '../../nodes/Store/ReturningAiStore.node';

const t = useSandbox();
const COMMUNITY = '64b7f0c2a1b2c3d4e5f60718';

const csvItem = (text: string, fileName = 'users.csv') => ({
	json: {},
	binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName } },
});

/** What the API received, without what differs between two equal runs (multipart boundary, generated IDs). */
function received(requests: RecordedRequest[]) {
	return requests.map((q) => ({
		method: q.method,
		path: q.path,
		query: q.query,
		authorization: q.headers.authorization,
		accept: q.headers.accept,
		contentType: (q.headers['content-type'] ?? '').replace(/boundary=.*$/, 'boundary=…'),
		body: q.parts ? undefined : q.body,
		parts: q.parts?.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.text })),
		status: q.status,
	}));
}

const hexFree = (value: unknown) => JSON.parse(JSON.stringify(value ?? null).replace(/[0-9a-f]{24}/g, 'HEX'));

function output(r: NodeRun) {
	return {
		status: r.status,
		error: r.error ? { name: r.error.constructor?.name, message: r.error.message, description: r.error.description, itemIndex: r.error.context?.itemIndex } : undefined,
		items: r.items.map((item: INodeExecutionData) => ({
			json: hexFree(item.json),
			pairedItem: item.pairedItem,
			error: item.error ? { message: item.error.message, description: item.error.description } : undefined,
		})),
	};
}

async function runBoth(type: string, parameters: Record<string, unknown>, options: Partial<RunNodeOptions> = {}) {
	const routing = jest.spyOn(RoutingNode.prototype, 'runNode');
	t.sandbox.reset();
	const custom = await t.run(type, parameters, options);
	const customRequests = received(t.sandbox.requests);
	expect(routing).not.toHaveBeenCalled();

	const off = jest.spyOn(WorkflowExecute.prototype as unknown as { getCustomOperation(): unknown }, 'getCustomOperation').mockReturnValue(undefined);
	t.sandbox.reset();
	const declarative = await t.run(type, parameters, options);
	const declarativeRequests = received(t.sandbox.requests);
	expect(routing).toHaveBeenCalled();
	off.mockRestore();
	routing.mockRestore();
	return { custom: { requests: customRequests, out: output(custom) }, declarative: { requests: declarativeRequests, out: output(declarative) }, run: custom };
}

afterEach(() => jest.restoreAllMocks());

describe('custom operations: wiring', () => {
	test('every operation with allInputs is a custom operation of its node, and only those', () => {
		const types = loadNodeTypes();
		for (const [name, resources] of [
			['returningAiBulkOperations', bulkOperationsResources],
			['returningAiLegacy', legacyResources],
			['returningAiStore', storeResources],
		] as const) {
			const expected = resources.flatMap((r) => r.operations.filter((o) => o.allInputs).map((o) => `${r.value}.${o.value}`)).sort();
			const custom = types[`${PACKAGE}.${name}`].customOperations ?? {};
			const actual = Object.entries(custom).flatMap(([r, ops]) => Object.keys(ops).map((o) => `${r}.${o}`)).sort();
			expect(actual).toEqual(expected);
			expect(actual.length).toBeGreaterThan(0);
		}
	});

	test('an operation without allInputs still runs through RoutingNode', async () => {
		const routing = jest.spyOn(RoutingNode.prototype, 'runNode');
		const r = await t.run('returningAiBulkOperations', { resource: 'bulkUpdate', operation: 'getAll', returnAll: true });
		expect(r.status).toBe('success');
		expect(routing).toHaveBeenCalledTimes(1);
	});
});

describe('custom operations behave as RoutingNode did', () => {
	const cases: Array<[string, string, Record<string, unknown>, Partial<RunNodeOptions>]> = [
		[
			'Bulk Update › users, Build From Input Items',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', numericOperator: 'add' },
			{ items: [{ json: { email: 'a@example.com', xp: 1 } }, { json: { email: 'b@example.com', xp: 2, xp_op: 'overwrite' } }] },
		],
		[
			'Bulk Update › users, Binary File per item',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'binary' },
			{ items: [csvItem('email,xp_op,xp\na@example.com,add,1', 'a.csv'), csvItem('email,xp_op,xp\nb@example.com,add,2', 'b.csv')] },
		],
		[
			'Bulk Update › currency, Build From Input Items with options',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updatePremiumCurrencyFromCsv', csvSource: 'items', numericOperator: 'subtract', columns: 'email,amount', options: { fileName: 'c.csv' } },
			{ items: [{ json: { email: 'a@example.com', amount: 3, other: 'x' } }] },
		],
		[
			'Bulk Update › Continue On Fail: an item without a file',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv' },
			{ items: [{ json: {} }, csvItem('email,xp_op,xp\na@example.com,add,1')], continueOnFail: true },
		],
		[
			'Bulk Update › error naming the parameter (no file)',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv' },
			{ items: [csvItem('email,xp_op,xp\na@example.com,add,1'), { json: {} }] },
		],
		[
			'Bulk Update › a bad operator in an input item',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items' },
			{ items: [{ json: { email: 'a@example.com', xp: 1, xp_op: 'multiply' } }] },
		],
		[
			'Bulk Update › 400 from the API (no data rows)',
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv' },
			{ items: [csvItem('email,xp_op,xp')] },
		],
		[
			'Legacy › Import Users, Build From Input Items, community from the credential',
			'returningAiLegacy',
			{ resource: 'bulkImport', operation: 'importUsersFromCsv', csvSource: 'items', communityId: '' },
			{ items: [{ json: { email: 'a@example.com', username: 'a' } }, { json: { email: 'b@example.com', username: 'b' } }], credential: { communityId: COMMUNITY } },
		],
		[
			'Legacy › Import Users, Binary File',
			'returningAiLegacy',
			{ resource: 'bulkImport', operation: 'importUsersFromCsv', communityId: COMMUNITY },
			{ items: [csvItem('email,username\na@example.com,a', 'import.csv')] },
		],
		[
			'Store › Create Many, JSON Array per item',
			'returningAiStore',
			{ resource: 'product', operation: 'createMany', source: 'json', products: '[{"name": "Silver", "price": 50}]' },
			{ items: [{ json: {} }, { json: {} }] },
		],
		[
			'Store › Create Many, From Input Items',
			'returningAiStore',
			{ resource: 'product', operation: 'createMany', source: 'items' },
			{ items: [{ json: { name: 'Silver', price: 50 } }, { json: { name: 'Gold', price: 120 } }] },
		],
		[
			'Store › Create Many, bad JSON names the parameter',
			'returningAiStore',
			{ resource: 'product', operation: 'createMany', source: 'json', products: '[{"name": ' },
			{},
		],
		[
			'Store › Update Many, From Input Items, Continue On Fail on an empty record',
			'returningAiStore',
			{ resource: 'product', operation: 'updateMany', source: 'items' },
			{ items: [{ json: {} }], continueOnFail: true },
		],
	];

	test.each(cases)('%s', async (_, type, parameters, options) => {
		const { custom, declarative } = await runBoth(type, parameters, options);
		expect(custom).toEqual(declarative);
		expect(custom.requests.length + (custom.out.error ? 1 : 0) + custom.out.items.length).toBeGreaterThan(0);
	});

	test('a 429 on the upload is waited for and the one upload sent again (Retry-After: 0)', async () => {
		const fault = () => t.sandbox.fault({ route: 'bulkUpdates.updateUsersFromCsv', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, times: 1 });
		const routing = jest.spyOn(RoutingNode.prototype, 'runNode');
		fault();
		const r = await t.run('returningAiBulkOperations', { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items' }, { items: [{ json: { email: 'a@example.com', xp: 1 } }] });
		expect(routing).not.toHaveBeenCalled();
		expect(r.status).toBe('success');
		expect(t.sandbox.requests.map((q) => q.status)).toEqual([429, 200]);
		expect(r.json).toHaveLength(1);
	});

	test('the credential\'s Allowed Domains apply as with RoutingNode (a list without the Base URL\'s host)', async () => {
		const credential = { allowedHttpRequestDomains: 'domains', allowedDomains: 'example.com' };
		const { custom, declarative } = await runBoth(
			'returningAiBulkOperations',
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items' },
			{ items: [{ json: { email: 'a@example.com', xp: 1 } }], credential },
		);
		expect(custom).toEqual(declarative);
	});
});

describe('custom operations: many input items', () => {
	test('10,000 input items make ONE upload with 10,000 rows, paired with every item', async () => {
		const items = Array.from({ length: 10_000 }, (_, i) => ({ json: { email: `user${i}@example.com`, xp: i } }));
		const routing = jest.spyOn(RoutingNode.prototype, 'runNode');
		const started = Date.now();
		const r = await t.run('returningAiBulkOperations', { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', numericOperator: 'add' }, { items });
		const ms = Date.now() - started;
		expect(routing).not.toHaveBeenCalled();
		expect(r.status).toBe('success');
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.lastRequest().status).toBe(200);
		const lines = t.sandbox.lastRequest().parts![0].text!.split('\n');
		expect(lines).toHaveLength(10_001);
		expect(lines[0]).toBe('email,xp_op,xp');
		expect(lines[10_000]).toBe('user9999@example.com,add,9999');
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toHaveLength(10_000);
		// Generous bound for a loaded CI machine (RoutingNode took about 8 ms per item: 80 s here).
		expect(ms).toBeLessThan(20_000);
	}, 60_000);
});
