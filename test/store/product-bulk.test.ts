import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';
const HEX = /^[0-9a-f]{24}$/;

const csvItem = (text: string, fileName = 'products.csv') => ({
	json: {},
	binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName } },
});
const parts = (req = t.sandbox.lastRequest()) =>
	(req.parts ?? []).map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.text }));
const products = () => t.sandbox.collection('/v1/products');

describe('Store > Product > Create Many', () => {
	test('from a JSON array: POST /v1/products/bulk with the raw array as the body', async () => {
		const r = await t.run(node, {
			resource: 'product',
			operation: 'createMany',
			source: 'json',
			products: '[{"name": "Silver Voucher", "price": 50, "type": "voucher"}, {"name": "Gold Voucher", "price": 120}]',
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/products/bulk',
			query: {},
			body: [{ name: 'Silver Voucher', price: 50, type: 'voucher' }, { name: 'Gold Voucher', price: 120 }],
		});
		expect(t.sandbox.lastRequest().headers['content-type']).toContain('application/json');
		expect(t.sandbox.lastRequest().status).toBe(201);
		expect(r.json).toEqual([{ success: true, sent: 2 }]);
		expect(products().map((p) => [p.name, p.price, HEX.test(p._id)])).toEqual([['Silver Voucher', 50, true], ['Gold Voucher', 120, true]]);
	});

	test('from input items: one request for all items, one output item paired with every input', async () => {
		const r = await t.run(
			node,
			{ resource: 'product', operation: 'createMany', source: 'items' },
			{ items: [{ json: { name: 'A', price: 1 } }, { json: { name: 'B', price: 2, type: 'voucher' } }, { json: { name: 'C', price: 3 } }] },
		);
		expect(t.sandbox.requests).toHaveLength(1);
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/products/bulk',
			query: {},
			body: [{ name: 'A', price: 1 }, { name: 'B', price: 2, type: 'voucher' }, { name: 'C', price: 3 }],
		});
		expect(r.json).toEqual([{ success: true, sent: 3 }]);
		expect(r.items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('from a CSV binary: multipart with the file in the part "file"', async () => {
		const csv = 'name,price,type\nSilver Voucher,50,voucher\nGold Voucher,120,voucher';
		const r = await t.run(node, { resource: 'product', operation: 'createMany', source: 'binary', binaryPropertyName: 'data' }, { items: [csvItem(csv)] });
		const req = t.sandbox.lastRequest();
		expect([req.method, req.path, req.headers['content-type'].split(';')[0]]).toEqual(['POST', '/v1/products/bulk', 'multipart/form-data']);
		expect(parts(req)).toEqual([{ name: 'file', filename: 'products.csv', contentType: 'text/csv', text: csv }]);
		expect(r.json).toEqual([{ success: true }]);
		expect(products().map((p) => [p.name, p.price])).toEqual([['Silver Voucher', 50], ['Gold Voucher', 120]]);
	});

	test('a product without a price is named before the call', async () => {
		const r = await t.run(node, { resource: 'product', operation: 'createMany', source: 'json', products: '[{"name": "A", "price": 1}, {"name": "B"}]' });
		expect(r.error.message).toBe("The parameter 'Products (JSON)': entry 2 has no numeric 'price' (got undefined)");
		expect(r.error.description).toBe('Send an array of objects, e.g. [{"name": "Silver Voucher", "price": 50}].');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a JSON object instead of an array, and bad JSON, are rejected before the call', async () => {
		const obj = await t.run(node, { resource: 'product', operation: 'createMany', source: 'json', products: '{"name": "A", "price": 1}' });
		expect(obj.error.message).toBe("The parameter 'Products (JSON)' must be a JSON array of products");
		const bad = await t.run(node, { resource: 'product', operation: 'createMany', source: 'json', products: '[{"name": }]' });
		expect(bad.error.message).toBe("The parameter 'Products (JSON)' is not valid JSON");
		const empty = await t.run(node, { resource: 'product', operation: 'createMany', source: 'json', products: '[]' });
		expect(empty.error.message).toBe("The parameter 'Products (JSON)' is required");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test("the sandbox refuses what the API refuses: a wrapped object, and a CSV row's unknown column", async () => {
		const base = `${t.baseUrl}/v1/products/bulk`;
		const headers = { Authorization: 'Bearer sandbox-api-key-0123456789', 'Content-Type': 'application/json' };
		const wrapped = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ products: [{ name: 'A', price: 1 }] }) });
		expect([wrapped.status, ((await wrapped.json()) as { message: string }).message]).toEqual([400, 'Request body must be a JSON array of products']);
		const r = await t.run(node, { resource: 'product', operation: 'createMany', source: 'binary', binaryPropertyName: 'data' }, { items: [csvItem('name,price,colour\nA,1,red')] });
		expect(r.error.message).toContain('Unknown CSV columns: colour');
		expect(products()).toHaveLength(0);
	});
});

describe('Store > Product > Update Many', () => {
	test('from a JSON array: PUT /v1/products/bulk, the products change', async () => {
		const [a, b] = t.sandbox.seed('products.get', 2, (i) => ({ name: `P${i}`, price: 10 }));
		const r = await t.run(node, {
			resource: 'product',
			operation: 'updateMany',
			source: 'json',
			products: JSON.stringify([{ productID: a._id, price: 120 }, { productID: b._id, name: 'Gold Voucher' }]),
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: '/v1/products/bulk',
			query: {},
			body: [{ productID: a._id, price: 120 }, { productID: b._id, name: 'Gold Voucher' }],
		});
		expect(r.json).toEqual([{ success: true, sent: 2 }]);
		expect(products().map((p) => [p.name, p.price])).toEqual([['P0', 120], ['Gold Voucher', 10]]);
	});

	test('from input items: one request, every item one product', async () => {
		const seeded = t.sandbox.seed('products.get', 2, () => ({ price: 1 }));
		const r = await t.run(node, { resource: 'product', operation: 'updateMany', source: 'items' }, { items: seeded.map((p, i) => ({ json: { productID: p._id, price: 5 + i } })) });
		expect(t.sandbox.requests.map(wire)).toEqual([
			{ method: 'PUT', path: '/v1/products/bulk', query: {}, body: seeded.map((p, i) => ({ productID: p._id, price: 5 + i })) },
		]);
		expect(r.json).toEqual([{ success: true, sent: 2 }]);
		expect(products().map((p) => p.price)).toEqual([5, 6]);
	});

	test('from a CSV binary: the file goes in the part "file"', async () => {
		const [a] = t.sandbox.seed('products.get', 1, () => ({ name: 'Mug', price: 1 }));
		const csv = `productID,price\n${a._id},42`;
		const r = await t.run(node, { resource: 'product', operation: 'updateMany', source: 'binary', binaryPropertyName: 'data' }, { items: [csvItem(csv, 'prices.csv')] });
		expect([t.sandbox.lastRequest().method, t.sandbox.lastRequest().path]).toEqual(['PUT', '/v1/products/bulk']);
		expect(parts()).toEqual([{ name: 'file', filename: 'prices.csv', contentType: 'text/csv', text: csv }]);
		expect(r.json).toEqual([{ success: true }]);
		expect(products()[0]).toMatchObject({ name: 'Mug', price: 42 });
	});

	test('an input item without a valid productID is named before the call', async () => {
		const r = await t.run(node, { resource: 'product', operation: 'updateMany', source: 'items' }, { items: [{ json: { productID: 'abc', price: 1 } }] });
		expect(r.error.message).toBe("The input items: entry 1 needs 'productID', a 24-character hexadecimal ID (got \"abc\")");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('an unknown product ID is a 404 from the API, shown as an error', async () => {
		const r = await t.run(node, { resource: 'product', operation: 'updateMany', source: 'json', products: '[{"productID": "507f1f77bcf86cd799439031", "price": 1}]' });
		expect(t.sandbox.lastRequest().status).toBe(404);
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Products not found: 507f1f77bcf86cd799439031');
		expect(r.json).toEqual([]);
	});
});
