import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiCommunityAnalytics';
const KEY = 'sandbox-api-key-0123456789';

const OVERVIEW = { members: 1250, activeMembers: 430, pointsIssued: 98000, redemptions: 57 };

describe('Community Analytics > Loyalty > Get Overview', () => {
	test('sends GET /v1/analytics/loyalty-overview with no query and outputs the data object', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'status', status: 200, body: { meta: { status: 'success', statusCode: 200 }, data: OVERVIEW } });
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({ method: 'GET', path: '/v1/analytics/loyalty-overview', query: {}, body: undefined });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toEqual([OVERVIEW]);
	});

	test("the reference's example answer (empty data) becomes one empty item", async () => {
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' });
		expect(r.json).toEqual([{}]);
	});

	test('one item out per item in', async () => {
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' }, { items: [{ json: {} }, { json: {} }] });
		expect(t.sandbox.requests).toHaveLength(2);
		expect(r.json).toHaveLength(2);
	});

	test('503 from the analytics backend says to try again later', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'status', status: 503, body: { status: 'error', message: 'Analytics service temporarily unavailable' } });
		// Retry on Rate Limit off: the 503 is the answer (with it on, it is waited out, test/shared/retry-items.test.ts)
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview', requestOptions: { retryOnRateLimit: false } });
		expect(r.error.message).toBe('Returning.AI could not process the request (503 Service unavailable): Analytics service temporarily unavailable');
		expect(r.error.description).toMatch(/Try again later. Reads and updates are retried by themselves/);
	});

	test('a 200 with a failure envelope is an error, not an empty result', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'failureEnvelope', body: 'Analytics not enabled for this community' });
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' });
		expect(r.error.message).toBe('Returning.AI reported a failure: Analytics not enabled for this community');
	});

	test('a 400 keeps the API message', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'status', status: 400, body: { status: 'error', message: 'Analytics range is invalid' } });
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' });
		expect(r.error.message).toBe('Returning.AI rejected the request: Analytics range is invalid');
	});

	test('404 (route not served) says the path is guessed and how to work around it', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'status', status: 404, body: { status: 'error', message: 'Cannot GET /v1/analytics/loyalty-overview' } });
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview' });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Cannot GET /v1/analytics/loyalty-overview');
		expect(r.error.description).toMatch(/The path GET \/v1\/analytics\/loyalty-overview is guessed/);
	});

	test('401 for an unknown key, 403 for a key without the permission', async () => {
		const unknown = await t.run(node, { resource: 'loyalty', operation: 'getOverview' }, { apiKey: 'nope-nope-nope' });
		expect(unknown.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		const limited = await t.run(node, { resource: 'loyalty', operation: 'getOverview' }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(limited.error.message).toBe("The API key is not allowed to do this: API key lacks the 'community analytics' permission");
	});

	test('Continue On Fail: the failing item gets the error, the next one is output', async () => {
		t.sandbox.fault({ route: 'analytics.getLoyaltyOverview', kind: 'status', status: 503, body: { status: 'error', message: 'busy' } });
		const r = await t.run(node, { resource: 'loyalty', operation: 'getOverview', requestOptions: { retryOnRateLimit: false } }, { continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(2);
		expect(r.items[0].json.error).toBe('Returning.AI could not process the request (503 Service unavailable): busy');
		expect(r.items[1].json).toEqual({});
	});
});
