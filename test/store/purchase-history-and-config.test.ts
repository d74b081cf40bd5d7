import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';

describe('Store > Purchase History', () => {
	test('Update by order ID sends PATCH with instructions, voucher code and a DD/MM/YYYY expiry converted from an ISO date', async () => {
		t.sandbox.seed('purchaseHistories.update', 1, () => ({ orderID: 'ORD202641612055614747', product: { name: 'Gold' } }));
		const r = await t.run(node, {
			resource: 'purchaseHistory',
			operation: 'update',
			purchaseHistoryId: 'ORD202641612055614747',
			updateFields: { redemptionInstructions: 'Collect at the counter', voucherCode: 'GOLD-1', voucherExpiryDate: '2026-12-31T00:00:00' },
		});
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PATCH',
			path: '/v1/purchase-histories/ORD202641612055614747',
			query: {},
			body: { redemptionInstructions: 'Collect at the counter', voucherCode: 'GOLD-1', voucherExpiryDate: '31/12/2026' },
		});
		expect(r.json[0]).toMatchObject({ orderID: 'ORD202641612055614747', voucher: { code: 'GOLD-1', expiryDate: '31/12/2026' } });
	});

	test('an order ID with a slash is URL-encoded and cannot change the route', async () => {
		const r = await t.run(node, { resource: 'purchaseHistory', operation: 'update', purchaseHistoryId: '../categories', updateFields: { redemptionInstructions: 'x' } });
		expect(t.sandbox.lastRequest().path).toBe('/v1/purchase-histories/..%2Fcategories');
		expect(r.error.message).toBe("The order with ID '../categories' was not found");
	});

	test('voucher code without expiry is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'purchaseHistory', operation: 'update', purchaseHistoryId: 'ORD1', updateFields: { voucherCode: 'A' } });
		expect(r.error.message).toBe("'Voucher Code' and 'Voucher Expiry Date' must be set together (only 'Voucher Code' is set)");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('an impossible date is rejected, naming the parameter', async () => {
		const r = await t.run(node, { resource: 'purchaseHistory', operation: 'update', purchaseHistoryId: 'ORD1', updateFields: { voucherCode: 'A', voucherExpiryDate: '31/02/2026' } });
		expect(r.error.message).toBe("The parameter 'Voucher Expiry Date' is not a valid date: '31/02/2026'");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Store > Store Configuration', () => {
	test('Get sends GET /v1/stores and outputs the configuration', async () => {
		const r = await t.run(node, { resource: 'storeConfiguration', operation: 'get', options: { fields: 'title,isEnabled' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/stores', query: { fields: 'title,isEnabled' }, body: undefined });
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toHaveProperty('title');
	});

	test('Update sends PUT /v1/stores with parsed JSON objects, and Get then reads the change', async () => {
		const r = await t.run(node, {
			resource: 'storeConfiguration',
			operation: 'update',
			updateFields: { isEnabled: true, title: 'Rewards Shop', currency: '{"name": "Gems"}' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: '/v1/stores', query: {}, body: { isEnabled: true, title: 'Rewards Shop', currency: { name: 'Gems' } } });
		expect(r.json[0]).toMatchObject({ isEnabled: true, title: 'Rewards Shop', currency: { name: 'Gems' } });
		const read = await t.run(node, { resource: 'storeConfiguration', operation: 'get' });
		expect(read.json[0]).toMatchObject({ title: 'Rewards Shop', currency: { name: 'Gems' } });
	});

	test('a title over 32 characters is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'storeConfiguration', operation: 'update', updateFields: { title: 'x'.repeat(33) } });
		expect(r.error.message).toBe("The field 'Title' is 33 characters long; the maximum is 32");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a JSON field that is not an object is rejected', async () => {
		const r = await t.run(node, { resource: 'storeConfiguration', operation: 'update', updateFields: { widget: '[1]' } });
		expect(r.error.message).toBe("The field 'Widget (JSON)' must be a JSON object");
	});
});
