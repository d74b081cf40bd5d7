import { checkRoutes, renderReport, suggestions, verdictOf } from '../../scripts/routes-check';
import { ROUTES } from '../../nodes/shared/routes';
import { Sandbox } from '../sandbox/server';

/** The route check of scripts/routes-check.ts, against the sandbox (which answers unknown routes like NestJS). */
const sandbox = new Sandbox();
let base = '';
beforeAll(async () => {
	base = await sandbox.start();
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

describe('routes:check', () => {
	test('every probed route of the path table exists in the sandbox; writes are all refused, nothing changes', async () => {
		const rows = await checkRoutes({ base, key: Sandbox.API_KEY, hostname: 'community.example.com' });
		expect(rows.map((r) => r.id)).toEqual(Object.keys(ROUTES));
		const probed = rows.filter((r) => r.verdict !== 'skipped');
		expect(probed.filter((r) => r.verdict !== 'exists').map((r) => `${r.id} ${r.httpStatus} ${r.note}`)).toEqual([]);
		expect(probed.length).toBeGreaterThan(90);
		// Only reads were answered with success; every write the sandbox got was refused.
		const writes = sandbox.requests.filter((q) => q.method !== 'GET');
		expect(writes.length).toBeGreaterThan(20);
		expect(writes.filter((q) => (q.status ?? 0) < 400).map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([]);
		expect(rows.find((r) => r.id === 'products.update')).toMatchObject({ verdict: 'exists', httpStatus: 400, probe: { method: 'PUT', url: `${base}/v1/products/not-an-objectid`, body: {} } });
		expect(rows.find((r) => r.id === 'products.get')).toMatchObject({ verdict: 'exists', httpStatus: 404, probe: { method: 'GET', url: `${base}/v1/products/000000000000000000000000` } });
		expect(rows.find((r) => r.id === 'streaks.updateDefinition')).toMatchObject({ verdict: 'exists', httpStatus: 400, probe: { body: {} } });
		// The changes: every inferred or guessed route that answered becomes documented.
		const changes = suggestions(rows);
		expect(changes).toContain("'streaks.updateDefinition': status 'inferred' -> 'documented' (PUT /v1/streaks exists)");
		expect(changes.some((c) => c.startsWith("'products.get'"))).toBe(false);
	});

	test("a route the server's router does not know is reported missing, with the change to make", async () => {
		sandbox.fault({ route: 'streaks.getManyLogs', kind: 'status', status: 404, body: { statusCode: 404, message: 'Cannot GET /v1/streaks/logs', error: 'Not Found' } });
		const rows = await checkRoutes({ base, key: Sandbox.API_KEY });
		expect(rows.find((r) => r.id === 'streaks.getManyLogs')).toMatchObject({ verdict: 'missing', httpStatus: 404, note: 'Cannot GET /v1/streaks/logs' });
		const report = renderReport(rows, Sandbox.API_KEY);
		expect(report).toContain("- 'streaks.getManyLogs': GET /v1/streaks/logs does not exist (router 404, path is guessed): correct the path");
		expect(report).toContain('| streaks.getManyLogs | GET | `/v1/streaks/logs` | guessed | 404 | missing: Cannot GET /v1/streaks/logs |');
		expect(report).not.toContain(Sandbox.API_KEY);
	});

	test('verdicts: router 404 vs ID 404 vs refusals', () => {
		expect(verdictOf('GET', 404, { statusCode: 404, message: 'Cannot GET /v1/x', error: 'Not Found' }).verdict).toBe('missing');
		expect(verdictOf('GET', 404, { meta: { status: 'error', statusCode: 404 }, message: 'Product not found' }).verdict).toBe('exists');
		expect(verdictOf('PUT', 422, {}).verdict).toBe('exists');
		expect(verdictOf('PUT', 200, {}).note).toBe('ACCEPTED a write meant to be refused: check the data');
		expect(verdictOf('GET', 502, {}).verdict).toBe('unknown');
	});
});
