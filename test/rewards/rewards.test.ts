import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiRewards';
const STATUS_ID = '695e2f8b3358520a2ecf86e4';

function seedOrders() {
	t.sandbox.collection('/v1/redemption-transactions').push(
		{ transactionId: 'ORD202507013831', email: 'john@example.com', statusId: '695dcc370ab8622381f27918' },
		{ transactionId: 'ORD202507013832', email: 'jane@example.com', statusId: '695dcc370ab8622381f27918' },
		{ transactionId: 'ORD202507013833', email: 'John@Example.com', statusId: STATUS_ID },
	);
}

function seedStatus() {
	t.sandbox.collection('/v1/redemption-statuses').push({ _id: STATUS_ID, name: 'Shipping', category: 'incomplete', color: '#3EA1FD' });
}

describe('Rewards & Redemptions > Redemption Order', () => {
	test('Update Status sends PUT /v1/redemption-transactions/status with the order and status IDs', async () => {
		seedOrders();
		seedStatus();
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'updateStatus', transactionId: 'ORD202507013831', statusId: byId(STATUS_ID) });
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: '/v1/redemption-transactions/status',
			query: {},
			body: { transactionId: 'ORD202507013831', statusId: STATUS_ID },
		});
		expect(r.json).toEqual([
			{ transactionId: 'ORD202507013831', statusId: STATUS_ID, status: { _id: STATUS_ID, name: 'Shipping', category: 'incomplete', color: '#3EA1FD' } },
		]);
	});

	test('Update Status: the status picker value is checked as an ObjectId before any call', async () => {
		const r = await t.run(
			node,
			{ resource: 'redemptionOrder', operation: 'updateStatus', transactionId: 'ORD1', statusId: byId('={{ $json.status }}') },
			{ items: [{ json: { status: 'Shipping' } }] },
		);
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The parameter 'Status' must be a 24-character hexadecimal ID, got 'Shipping'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Update Status: an unknown order is a 404 that says what the API said', async () => {
		seedStatus();
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'updateStatus', transactionId: 'ORD000', statusId: byId(STATUS_ID) });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Transaction not found');
		expect(r.error.description).toBe('Check the values entered in this node.');
	});

	test('Get Many sends GET /v1/redemption-transactions and outputs one item per order; Limit trims', async () => {
		seedOrders();
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/redemption-transactions', query: {}, body: undefined });
		expect(r.json.map((o) => o.transactionId)).toEqual(['ORD202507013831', 'ORD202507013832', 'ORD202507013833']);
		const limited = await t.run(node, { resource: 'redemptionOrder', operation: 'getAll', returnAll: false, limit: 2 });
		expect(limited.json.map((o) => o.transactionId)).toEqual(['ORD202507013831', 'ORD202507013832']);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([{}, {}]);
	});

	test('Get Many by Email sends POST /v1/redemption-transactions/user with the email', async () => {
		seedOrders();
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'getManyByEmail', email: 'john@example.com', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/redemption-transactions/user', query: {}, body: { email: 'john@example.com' } });
		expect(r.json.map((o) => o.transactionId)).toEqual(['ORD202507013831', 'ORD202507013833']);
	});

	test('Get Many by Email rejects a value that is not an email before the call', async () => {
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'getManyByEmail', email: 'john', returnAll: true });
		expect(r.error.message).toBe("The parameter 'Email' must be an email address, got 'john'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get Status History sends GET .../{transactionId}/status-history and outputs each change', async () => {
		seedOrders();
		seedStatus();
		await t.run(node, { resource: 'redemptionOrder', operation: 'updateStatus', transactionId: 'ORD202507013832', statusId: byId(STATUS_ID) });
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'getStatusHistory', transactionId: 'ORD202507013832' });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'GET',
			path: '/v1/redemption-transactions/ORD202507013832/status-history',
			query: {},
			body: undefined,
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ statusId: STATUS_ID, status: { _id: STATUS_ID, name: 'Shipping' } });
	});

	test('Get Status History: an unknown order is a 404 naming the order ID', async () => {
		const r = await t.run(node, { resource: 'redemptionOrder', operation: 'getStatusHistory', transactionId: 'ORD-NOPE' });
		expect(r.error.message).toBe("The redemption order with ID 'ORD-NOPE' was not found");
		expect(r.error.description).toMatch(/Check the parameter 'Order ID'/);
	});
});

describe('Rewards & Redemptions > Redemption Status', () => {
	test('Create sends POST /v1/redemption-statuses with name, category and color', async () => {
		const r = await t.run(node, {
			resource: 'redemptionStatus',
			operation: 'create',
			name: 'Shipping',
			additionalFields: { category: 'incomplete', color: '#3EA1FD' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/redemption-statuses',
			query: {},
			body: { name: 'Shipping', category: 'incomplete', color: '#3EA1FD' },
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'Shipping', category: 'incomplete', color: '#3EA1FD' });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('Create rejects a colour that is not hex', async () => {
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'create', name: 'X', additionalFields: { color: 'blue' } });
		expect(r.error.message).toBe("The field 'Color' must be a hex colour like #3EA1FD, got 'blue'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get sends GET /v1/redemption-statuses/{id}', async () => {
		seedStatus();
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'get', statusId: byId(STATUS_ID) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/redemption-statuses/${STATUS_ID}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ _id: STATUS_ID, name: 'Shipping', category: 'incomplete', color: '#3EA1FD' }]);
	});

	test('Get: an unknown status is a 404 naming the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'get', statusId: byId('507f1f77bcf86cd799439011') });
		expect(r.error.message).toBe("The redemption status with ID '507f1f77bcf86cd799439011' was not found");
		expect(r.error.description).toMatch(/Check the parameter 'Status'/);
	});

	test('Get Many sends GET /v1/redemption-statuses and outputs each status', async () => {
		seedStatus();
		t.sandbox.collection('/v1/redemption-statuses').push({ _id: '695dcc370ab8622381f27918', name: 'Delivered', category: 'complete', color: '#00AA00' });
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/redemption-statuses', query: {}, body: undefined });
		expect(r.json.map((s) => s.name)).toEqual(['Shipping', 'Delivered']);
	});
});

describe('Rewards & Redemptions > status picker', () => {
	test('lists the redemption statuses by name, filtered on the page received', async () => {
		seedStatus();
		t.sandbox.collection('/v1/redemption-statuses').push({ _id: '695dcc370ab8622381f27918', name: 'Delivered', category: 'complete', color: '#00AA00' });
		const all = await runListSearch({ type: node, method: 'searchRedemptionStatuses', baseUrl: t.baseUrl });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/redemption-statuses', query: {}, body: undefined });
		expect(all).toEqual({
			results: [
				{ name: 'Shipping', value: STATUS_ID, url: undefined },
				{ name: 'Delivered', value: '695dcc370ab8622381f27918', url: undefined },
			],
			paginationToken: undefined,
		});
		const filtered = await runListSearch({ type: node, method: 'searchRedemptionStatuses', baseUrl: t.baseUrl, filter: 'deliv' });
		expect(filtered.results.map((r: { name: string }) => r.name)).toEqual(['Delivered']);
	});

	test('a key without the permission gets a clear error in the picker', async () => {
		await expect(runListSearch({ type: node, method: 'searchRedemptionStatuses', baseUrl: t.baseUrl, apiKey: 'sandbox-limited-key-0123456789' })).rejects.toThrow(
			"Could not load the list from Returning.AI (403): API key lacks the 'rewards & redemptions' permission",
		);
	});
});

describe('Rewards & Redemptions > errors', () => {
	test('a key without the permission gets a 403 that says how to fix it', async () => {
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'getAll', returnAll: true }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'rewards & redemptions' permission");
		expect(r.error.description).toMatch(/Give the key the permission/);
	});

	test('an unknown key gets a 401', async () => {
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'getAll', returnAll: true }, { apiKey: 'not-a-key-0000' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
	});

	test('a 400 names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'redemptionStatuses.create', kind: 'status', status: 400, body: { status: 'error', message: '"color" must be a valid hex colour' } });
		const r = await t.run(node, { resource: 'redemptionStatus', operation: 'create', name: 'X', additionalFields: { color: '#123456' } });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Color' must be a valid hex colour");
	});

	test('Continue On Fail: the failing item gets an error, the others go on', async () => {
		seedOrders();
		seedStatus();
		const r = await t.run(
			node,
			{ resource: 'redemptionOrder', operation: 'updateStatus', transactionId: '={{ $json.order }}', statusId: byId(STATUS_ID) },
			{ continueOnFail: true, items: [{ json: { order: 'ORD202507013831' } }, { json: { order: 'ORD-MISSING' } }, { json: { order: 'ORD202507013832' } }] },
		);
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(3);
		expect(r.json[0]).toMatchObject({ transactionId: 'ORD202507013831', statusId: STATUS_ID });
		expect(r.json[1].error).toBe('Returning.AI answered 404 Not Found: Transaction not found');
		expect(r.json[2]).toMatchObject({ transactionId: 'ORD202507013832', statusId: STATUS_ID });
		expect(t.sandbox.requests).toHaveLength(3);
	});
});
