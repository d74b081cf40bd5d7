import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';
const KEY = 'sandbox-api-key-0123456789';

describe('Store > Category', () => {
	test('Create sends POST /v1/categories with the fields as JSON and both auth headers', async () => {
		const r = await t.run(node, {
			resource: 'category',
			operation: 'create',
			name: 'VIP Rewards',
			additionalFields: { displayOrder: 3, viewType: 'preview', isArchived: false, categoryPermission: '[]' },
		});
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({
			method: 'POST',
			path: '/v1/categories',
			query: {},
			body: { name: 'VIP Rewards', displayOrder: 3, viewType: 'preview', isArchived: false, categoryPermission: [] },
		});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(req.headers['x-api-key']).toBe(KEY);
		expect(req.headers['content-type']).toMatch(/application\/json/);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'VIP Rewards', displayOrder: 3, viewType: 'preview' });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('Get sends GET /v1/categories/{id} with the projection and outputs the category', async () => {
		const [cat] = t.sandbox.seed('categories.get', 1, () => ({ name: 'Merch' }));
		const r = await t.run(node, { resource: 'category', operation: 'get', categoryId: byId(cat._id), options: { fields: 'name, displayOrder' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/categories/${cat._id}`, query: { fields: 'name,displayOrder' }, body: undefined });
		expect(r.json).toEqual([cat]);
	});

	test('Update sends PUT with only the fields set', async () => {
		const [cat] = t.sandbox.seed('categories.get', 1, () => ({ name: 'Old', displayOrder: 1 }));
		const r = await t.run(node, { resource: 'category', operation: 'update', categoryId: byId(cat._id), updateFields: { name: 'New' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/v1/categories/${cat._id}`, query: {}, body: { name: 'New' } });
		expect(r.json[0]).toMatchObject({ _id: cat._id, name: 'New', displayOrder: 1 });
	});

	test('Delete sends DELETE and outputs { deleted: true }', async () => {
		const [cat] = t.sandbox.seed('categories.get', 1);
		const r = await t.run(node, { resource: 'category', operation: 'delete', categoryId: byId(cat._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/categories/${cat._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection('/v1/categories')).toHaveLength(0);
	});

	test('Get Many with Return All pages with skip/limit 100 until the total', async () => {
		t.sandbox.seed('categories.getMany', 250);
		const r = await t.run(node, { resource: 'category', operation: 'getAll', returnAll: true, filters: { filter: 'isArchived:false' }, options: { sort: 'displayOrder:asc' } });
		expect(r.json).toHaveLength(250);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([
			{ skip: '0', limit: '100', filter: 'isArchived:false', sort: 'displayOrder:asc' },
			{ skip: '100', limit: '100', filter: 'isArchived:false', sort: 'displayOrder:asc' },
			{ skip: '200', limit: '100', filter: 'isArchived:false', sort: 'displayOrder:asc' },
		]);
	});

	test('Get Many with Limit asks for no more than it needs', async () => {
		t.sandbox.seed('categories.getMany', 250);
		const r = await t.run(node, { resource: 'category', operation: 'getAll', returnAll: false, limit: 130 });
		expect(r.json).toHaveLength(130);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([
			{ skip: '0', limit: '100' },
			{ skip: '100', limit: '30' },
		]);
	});

	test('Search is sent as keyword:<value>', async () => {
		await t.run(node, { resource: 'category', operation: 'getAll', limit: 5, filters: { search: 'vip' } });
		expect(t.sandbox.lastRequest().query).toEqual({ skip: '0', limit: '5', search: 'keyword:vip' });
	});

	test('a bad ObjectId (here from an expression) is rejected before any request, naming the parameter', async () => {
		const r = await t.run(node, { resource: 'category', operation: 'get', categoryId: byId('={{ $json.id }}') }, { items: [{ json: { id: '../users' } }] });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The parameter 'Category' must be a 24-character hexadecimal ID, got '../users'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('an unknown ID gives a 404 that names the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'category', operation: 'delete', categoryId: byId('507f1f77bcf86cd799439011') });
		expect(r.error.message).toBe("The category with ID '507f1f77bcf86cd799439011' was not found");
		expect(r.error.description).toMatch(/Check the parameter 'Category'/);
	});

	test('a 400 names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'categories.create', kind: 'status', status: 400, body: { status: 'error', message: '"displayOrder" must be >= 0', meta: { statusCode: 400, status: 'error' } } });
		const r = await t.run(node, { resource: 'category', operation: 'create', name: 'X', additionalFields: { displayOrder: 1 } });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Display Order' must be >= 0");
		expect(r.error.description).toMatch(/Check the parameter 'Display Order'/);
	});

	test('invalid JSON in Category Permission is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'category', operation: 'create', name: 'X', additionalFields: { categoryPermission: '[{bad' } });
		expect(r.error.message).toBe("The parameter 'Category Permission (JSON)' is not valid JSON");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
