import { Sandbox } from './sandbox/server';

/** The simulator itself: auth, validation against the reference, paging styles, faults, control API. */
const sandbox = new Sandbox();
let base = '';
beforeAll(async () => {
	base = await sandbox.start();
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

const KEY = Sandbox.API_KEY;
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${KEY}` }) {
	const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
	const text = await res.text();
	let json: any;
	try {
		json = JSON.parse(text);
	} catch {
		json = text;
	}
	return { status: res.status, body: json, headers: res.headers };
}

describe('sandbox', () => {
	test('401 without a key, 401 for an unknown key, 403 for a key lacking the permission', async () => {
		expect((await call('GET', '/v1/categories', undefined, {})).status).toBe(401);
		expect((await call('GET', '/v1/categories', undefined, { authorization: 'Bearer nope' })).body).toEqual({ status: 'error', message: 'Invalid API key', meta: { statusCode: 401, status: 'error' } });
		const limited = await call('GET', '/v1/categories', undefined, { authorization: `Bearer ${Sandbox.LIMITED_KEY}` });
		expect(limited.status).toBe(403);
	});

	test('legacy routes read x-api-key and answer in the legacy envelope', async () => {
		expect((await call('GET', '/badges', undefined, { authorization: `Bearer ${KEY}` })).body).toEqual({ meta: { success: false, message: 'Missing API key', devMessage: 'Missing API key' } });
		const ok = await call('GET', '/badges', undefined, { 'x-api-key': KEY });
		expect(ok.status).toBe(200);
		expect(ok.body.meta.success).toBe(true);
	});

	test('validates bodies, query names and ObjectIds against the reference', async () => {
		expect((await call('POST', '/v1/categories', {})).body.message).toBe('"name" is required');
		expect((await call('POST', '/v1/categories', { name: 'x', viewType: 'grid' })).body.message).toBe('"viewType" must be one of full, preview');
		expect((await call('POST', '/v1/categories', { name: 'x', displayOrder: '1' })).body.message).toBe('"displayOrder" must be an integer');
		expect((await call('GET', '/v1/categories?colour=red')).body.message).toBe('Unknown query parameter "colour"');
		expect((await call('GET', '/v1/categories?limit=500')).body.message).toBe('"limit" must be at most 100');
		expect((await call('GET', '/v1/categories/abc')).body.message).toBe('Invalid categoryID: must be a valid ObjectId');
	});

	test("an unknown route is the framework's 404 (before auth), unlike the envelope 404 of an unknown ID", async () => {
		for (const [method, path] of [['GET', '/v1/nothing-here'], ['DELETE', '/v1/stores'], ['POST', '/v1/categories/507f1f77bcf86cd799439011']]) {
			const res = await call(method, path, undefined, {});
			expect([res.status, res.body]).toEqual([404, { statusCode: 404, message: `Cannot ${method} ${path}`, error: 'Not Found' }]);
		}
		const missing = await call('GET', '/v1/categories/507f1f77bcf86cd799439011');
		expect(missing.status).toBe(404);
		expect(missing.body.error).toBeUndefined();
		expect(missing.body.message).not.toMatch(/^Cannot /);
		expect(missing.body.meta).toEqual({ status: 'error', statusCode: 404 });
	});

	test('create, get, update and delete agree', async () => {
		const created = await call('POST', '/v1/categories', { name: 'A' });
		expect(created.status).toBe(201);
		const id = created.body.data._id;
		expect((await call('GET', `/v1/categories/${id}`)).body.data.name).toBe('A');
		expect((await call('PUT', `/v1/categories/${id}`, { name: 'B' })).body.data.name).toBe('B');
		expect((await call('DELETE', `/v1/categories/${id}`)).status).toBe(200);
		expect((await call('GET', `/v1/categories/${id}`)).status).toBe(404);
	});

	test('pages in the skip, page (query), page (body) and cursor styles', async () => {
		sandbox.seed('categories.getMany', 45);
		const skip = await call('GET', '/v1/categories?skip=40&limit=20');
		expect(skip.body.meta).toMatchObject({ skip: 40, limit: 20, total: 45 });
		expect(skip.body.data).toHaveLength(5);
		sandbox.seed('leaderboards.getMany', 45);
		const page = await call('GET', '/v1/leaderboards?page=3&limit=20');
		expect(page.body.meta).toMatchObject({ page: 3, limit: 20, total: 45 });
		expect(page.body.data).toHaveLength(5);
		sandbox.seed('userActivity.getDailyHistory', 45);
		const body = await call('POST', '/v1/users/activity/daily', { page: 2, limit: 40, date: '20/01/2026', identifier: ['a@b.c'], identifier_type: 'email' });
		expect(body.body.data.pagination).toMatchObject({ page: 2, limit: 40, total: 45, total_pages: 2 });
		expect(body.body.data.results).toHaveLength(5);
		sandbox.seed('users.getManyFiltered', 450);
		const first = await call('POST', '/v1/users/filter', { fields: ['email'] });
		expect(first.body.data).toHaveLength(200);
		const second = await call('POST', '/v1/users/filter', { fields: ['email'], cursor: first.body.next_cursor });
		const third = await call('POST', '/v1/users/filter', { fields: ['email'], cursor: second.body.next_cursor });
		expect(third.body.data).toHaveLength(50);
		expect(third.body.next_cursor).toBeUndefined();
	});

	test('injects faults: status with headers, non-JSON, failure envelope, reset; each once by default', async () => {
		sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '3' } });
		const limited = await call('GET', '/v1/categories');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('3');
		expect((await call('GET', '/v1/categories')).status).toBe(200);
		sandbox.fault({ kind: 'nonJson' });
		expect(typeof (await call('GET', '/v1/categories')).body).toBe('string');
		sandbox.fault({ kind: 'failureEnvelope', route: 'categories.getMany' });
		expect((await call('GET', '/v1/categories')).body).toEqual({ meta: { status: 'error', statusCode: 400 }, message: 'Operation failed' });
		sandbox.fault({ kind: 'reset' });
		await expect(call('GET', '/v1/categories')).rejects.toThrow();
	});

	test('records requests and offers an HTTP control API', async () => {
		await call('GET', '/v1/categories?skip=0');
		const recorded = (await (await fetch(`${base}/__sandbox/requests`)).json()) as any[];
		expect(recorded).toHaveLength(1);
		expect(recorded[0]).toMatchObject({ method: 'GET', path: '/v1/categories', query: { skip: '0' }, routeId: 'categories.getMany', status: 200 });
		await fetch(`${base}/__sandbox/seed`, { method: 'POST', body: JSON.stringify({ route: 'products.getMany', count: 1000 }) });
		expect((await call('GET', '/v1/products?limit=1')).body.meta.total).toBe(1000);
		await fetch(`${base}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'status', status: 503 }) });
		expect((await call('GET', '/v1/products')).status).toBe(503);
		await fetch(`${base}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'status', status: 429, every: 2 }) });
		await fetch(`${base}/__sandbox/faults`, { method: 'DELETE' });
		expect([(await call('GET', '/v1/products')).status, (await call('GET', '/v1/products')).status]).toEqual([200, 200]);
	});
});
