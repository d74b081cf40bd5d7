import { runNode } from '../harness/engine';
import { byId, Sandbox, useSandbox } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';
const getAll = { resource: 'category', operation: 'getAll', limit: 10 };

function expectNoKey(value: unknown) {
	const text = JSON.stringify(value, (_k, v) => (v instanceof Error ? { ...v, message: v.message, description: (v as any).description } : v));
	expect(text).not.toContain(Sandbox.API_KEY);
	expect(text).not.toContain('wrong-key-abcdef');
}

describe('Store > errors the user sees', () => {
	test('401: an unknown key says to check the API key, and never echoes it', async () => {
		const r = await t.run(node, getAll, { apiKey: 'wrong-key-abcdef' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(r.error.description).toMatch(/Check the API Key in the Returning.AI API credential/);
		expect(r.error.description).toMatch(/Invalid API key/);
		expectNoKey(r.run.data.resultData);
	});

	test('403: a key without the store permission names the missing permission', async () => {
		const r = await t.run(node, getAll, { apiKey: Sandbox.LIMITED_KEY });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'store' permission");
		expect(r.error.description).toMatch(/Give the key the permission/);
	});

	test('an API message that echoes the key is redacted', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 400, body: { status: 'error', message: `bad key ${Sandbox.API_KEY} in request` } });
		const r = await t.run(node, getAll);
		expect(r.error.message).toBe('Returning.AI rejected the request: bad key [redacted] in request');
		expectNoKey(r.run.data.resultData);
	});

	test('a list 429 with Retry-After: 1 is waited for and the request sent again (issue 15)', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '1' } });
		const started = Date.now();
		const r = await t.run(node, getAll);
		expect(r.status).toBe('success');
		expect(t.sandbox.requests).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	test('a list 429 whose Retry-After is beyond the retry limit fails at once, naming the wait', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '120' } });
		const started = Date.now();
		const r = await t.run(node, getAll);
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI asked to wait 120 s before retrying (HTTP 429, Retry-After), more than the 60 s left of the 60 s retry limit');
		expect(r.error.description).toMatch(/Run the workflow again after that time.*Batching/);
		expect(t.sandbox.requests).toHaveLength(1);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	test.each([
		[500, 'Internal server error'],
		[502, 'Bad gateway'],
		[503, 'Service unavailable'],
	])('%i is reported as a service problem with a retry hint (Retry on Rate Limit off: one try)', async (status, text) => {
		t.sandbox.fault({ route: 'categories.get', kind: 'status', status });
		const r = await t.run(node, { resource: 'category', operation: 'get', categoryId: byId('507f1f77bcf86cd799439011'), requestOptions: { retryOnRateLimit: false } });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(r.error.message).toBe(`Returning.AI could not process the request (${status} ${text}): Injected failure`);
		expect(r.error.description).toMatch(/Try again later. Reads and updates are retried by themselves on 502, 503 and 504/);
	});

	test('HTTP 200 with a failure envelope is an error, not data', async () => {
		t.sandbox.fault({ route: 'categories.create', kind: 'failureEnvelope', body: 'Store service rejected the category' });
		const r = await t.run(node, { resource: 'category', operation: 'create', name: 'X' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI reported a failure: Store service rejected the category');
		expect(r.error.description).toMatch(/answered HTTP 200/);
	});

	test('a non-JSON 200 body (e.g. a proxy page) is an error that points at the Base URL', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'nonJson' });
		const r = await t.run(node, getAll);
		expect(r.error.message).toBe('Returning.AI answered with a body that is not JSON');
		expect(r.error.description).toMatch(/Base URL/);
		expect(r.error.description).toMatch(/Gateway page/);
	});

	test('a slow response still completes', async () => {
		t.sandbox.seed('categories.getMany', 2);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'slow', delayMs: 300 });
		const r = await t.run(node, getAll);
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(2);
	});

	test('a slow response past the node timeout fails with a timeout (a GET is tried again first, issue 15)', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'slow', delayMs: 1500, times: Infinity });
		const r = await t.run(node, { ...getAll, requestOptions: { timeout: 200, retryMaxTries: 2 } });
		expect(r.status).toBe('error');
		expect(String(r.error.message)).toMatch(/timed out|timeout|aborted/i);
		expect(t.sandbox.requests).toHaveLength(2);
	});

	test('a failing page (500, not retried) in the middle of Return All fails the item', async () => {
		t.sandbox.seed('categories.getMany', 250);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 500, path: '/v1/categories', times: 1 });
		const r = await t.run(node, { resource: 'category', operation: 'getAll', returnAll: true });
		expect(r.status).toBe('error');
		expect(t.sandbox.requests).toHaveLength(1);
	});

	test('the server being down gives n8n\'s connection error without the key', async () => {
		const r = await runNode({ type: node, parameters: getAll, baseUrl: 'http://127.0.0.1:9' });
		expect(r.status).toBe('error');
		expect(String(r.error.message)).toMatch(/refused|ECONNREFUSED|connect/i);
		expectNoKey(r.run.data.resultData);
	});

	test('Continue On Fail: a failing item becomes an error item and the others go on', async () => {
		const [a, b] = t.sandbox.seed('categories.get', 2);
		const r = await t.run(
			node,
			{ resource: 'category', operation: 'get', categoryId: byId('={{ $json.id }}') },
			{ continueOnFail: true, items: [{ json: { id: a._id } }, { json: { id: '507f1f77bcf86cd799439011' } }, { json: { id: 'not-an-id' } }, { json: { id: b._id } }] },
		);
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(4);
		expect(r.items[0].json).toEqual(a);
		expect(r.items[1].error?.message).toBe("The category with ID '507f1f77bcf86cd799439011' was not found");
		expect(r.items[2].error?.message).toBe("The parameter 'Category' must be a 24-character hexadecimal ID, got 'not-an-id'");
		expect(r.items[3].json).toEqual(b);
		// the invalid ID never reached the API
		expect(t.sandbox.requests.map((q) => q.path)).toEqual([`/v1/categories/${a._id}`, '/v1/categories/507f1f77bcf86cd799439011', `/v1/categories/${b._id}`]);
	});
});
