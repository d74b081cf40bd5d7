import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';

describe('Store > Product', () => {
	test('Create sends name and price top level plus Additional Fields', async () => {
		const r = await t.run(node, {
			resource: 'product',
			operation: 'create',
			name: 'Gold Voucher',
			price: 120,
			additionalFields: { type: 'voucher', categoryID: '650906d314a3e564c56f3450', image: 'https://example.com/p.png' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/products',
			query: {},
			body: { name: 'Gold Voucher', price: 120, type: 'voucher', categoryID: '650906d314a3e564c56f3450', image: 'https://example.com/p.png' },
		});
		expect(r.json[0]).toMatchObject({ name: 'Gold Voucher', price: 120, type: 'voucher' });
	});

	test('Get simplifies by default and returns the raw product when Simplify is off', async () => {
		const [p] = t.sandbox.seed('products.get', 1, () => ({ name: 'Mug', price: 10, type: 'physical', stocks: 4, description: '<p>x</p>', totalOrders: 9 }));
		const simple = await t.run(node, { resource: 'product', operation: 'get', productId: byId(p._id), options: { lang: 'th' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/products/${p._id}`, query: { lang: 'th' }, body: undefined });
		expect(simple.json).toEqual([{ _id: p._id, name: 'Mug', price: 10, type: 'physical', stocks: 4 }]);
		const raw = await t.run(node, { resource: 'product', operation: 'get', productId: byId(p._id), simplify: false });
		expect(raw.json[0]).toEqual(p);
	});

	test('Update sends PUT /v1/products/{id} with the update fields', async () => {
		const [p] = t.sandbox.seed('products.get', 1, () => ({ name: 'Mug', price: 10 }));
		const r = await t.run(node, { resource: 'product', operation: 'update', productId: byId(p._id), updateFields: { price: 12, description: 'New' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/v1/products/${p._id}`, query: {}, body: { price: 12, description: 'New' } });
		expect(r.json[0]).toMatchObject({ name: 'Mug', price: 12, description: 'New' });
	});

	test('Delete sends DELETE and outputs { deleted: true }', async () => {
		const [p] = t.sandbox.seed('products.get', 1);
		const r = await t.run(node, { resource: 'product', operation: 'delete', productId: byId(p._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/products/${p._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
	});

	test('Get Many pages with skip/limit, sends filters and language, and simplifies', async () => {
		t.sandbox.seed('products.getMany', 205, (i) => ({ name: `P${i}`, price: i, type: 'voucher', secret: 'x' }));
		const r = await t.run(node, { resource: 'product', operation: 'getAll', returnAll: true, filters: { filter: 'type:voucher' }, options: { lang: 'th', fields: ['name', 'price'] } });
		expect(r.json).toHaveLength(205);
		expect(r.json[204]).toEqual({ _id: expect.any(String), name: 'P204', price: 204, type: 'voucher' });
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([
			{ skip: '0', limit: '100', filter: 'type:voucher', lang: 'th', fields: 'name,price' },
			{ skip: '100', limit: '100', filter: 'type:voucher', lang: 'th', fields: 'name,price' },
			{ skip: '200', limit: '100', filter: 'type:voucher', lang: 'th', fields: 'name,price' },
		]);
	});

	test('Get Many with Limit 20 makes one request for 20', async () => {
		t.sandbox.seed('products.getMany', 50);
		const r = await t.run(node, { resource: 'product', operation: 'getAll', limit: 20 });
		expect(r.json).toHaveLength(20);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([{ skip: '0', limit: '20' }]);
	});

	test('a filter that is not field:value is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'product', operation: 'getAll', limit: 5, filters: { filter: 'voucher' } });
		expect(r.error.message).toBe("The filter 'Filter' must look like field:value (e.g. type:voucher), got 'voucher'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('each input item is one request; the product ID can come from an expression', async () => {
		const seeded = t.sandbox.seed('products.get', 3);
		const r = await t.run(node, { resource: 'product', operation: 'get', productId: byId('={{ $json.id }}'), simplify: false }, { items: seeded.map((p) => ({ json: { id: p._id } })) });
		expect(t.sandbox.requests.map((q) => q.path)).toEqual(seeded.map((p) => `/v1/products/${p._id}`));
		expect(r.json.map((j) => j._id)).toEqual(seeded.map((p) => p._id));
	});
});
