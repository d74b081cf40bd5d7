/**
 * Issue 15: the package's own request loops (Return All pages, pickers) retry 429/503 (and 502/504/resets
 * for GET) in one place (nodes/shared/retry.ts): the failed page alone is sent again, the pages read stay.
 */
import { retryAfterMs, withRetry } from '../../nodes/shared/retry';
import { runListSearch } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiStore';
const getAll = { resource: 'category', operation: 'getAll', returnAll: true };

/** Requests needed for `pages` pages when every `every`th request is refused once (each refusal costs one more). */
function expectedRequests(pages: number, every: number): number {
	let sent = 0;
	for (let ok = 0; ok < pages; ) if (++sent % every !== 0) ok++;
	return sent;
}

describe('retry of list requests (429/503 and friends)', () => {
	test('Return All over 20,000 records with a 429 (Retry-After: 0) on every 7th request gives exactly all records once', async () => {
		const seeded = t.sandbox.seed('categories.getMany', 20_000);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, every: 7 });
		const r = await t.run(node, getAll);
		expect(r.status).toBe('success');
		const ids = r.json.map((j: any) => j._id);
		expect(ids).toHaveLength(20_000);
		expect(new Set(ids).size).toBe(20_000);
		expect([...ids].sort()).toEqual(seeded.map((s: any) => s._id).sort());
		const requests = t.sandbox.requests;
		expect(requests).toHaveLength(expectedRequests(200, 7)); // 233: 200 pages + 33 refused
		// each refused page is asked for again, alone: the skips sent are 0, 100, … with the 7th, 14th, … repeated
		const skips = requests.map((q) => Number(q.query.skip));
		expect([...new Set(skips)]).toEqual(Array.from({ length: 200 }, (_, i) => i * 100));
		for (let i = 6; i < requests.length; i += 7) expect(skips[i + 1]).toBe(skips[i]);
	}, 60_000);

	test('a burst of 503s (no Retry-After) is retried with backoff; a 504 and a reset on a GET too', async () => {
		t.sandbox.seed('categories.getMany', 250);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 503, times: 2 });
		let r = await t.run(node, getAll);
		expect(r.json).toHaveLength(250);
		expect(t.sandbox.requests).toHaveLength(5);
		t.sandbox.requests.length = 0;
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 504, every: 2, times: 1 });
		t.sandbox.fault({ route: 'categories.getMany', kind: 'reset', times: 1 });
		r = await t.run(node, getAll);
		expect(r.json).toHaveLength(250);
		expect(new Set(r.json.map((j: any) => j._id)).size).toBe(250);
	}, 30_000);

	test('five 429s in a row end with an error that says how long it waited and what to do', async () => {
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, times: Infinity });
		const r = await t.run(node, getAll);
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI still answered HTTP 429 after 5 tries (waited 0 s in all)');
		expect(r.error.description).toMatch(/Run the workflow again later.*Batching/);
		expect(t.sandbox.requests).toHaveLength(5);
	});

	test('the list picker retries a 429 too', async () => {
		t.sandbox.seed('categories.getMany', 3, (i) => ({ name: `Category ${i + 1}` }));
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '0' } });
		const out = await runListSearch({ type: node, method: 'searchCategories', baseUrl: t.sandbox.baseUrl });
		expect(out.results.map((x: any) => x.name)).toEqual(['Category 1', 'Category 2', 'Category 3']);
		expect(t.sandbox.requests).toHaveLength(2);
	});

	test('a POST is retried on 429/503 only: 502, 504 and a reset are handed back after one try', async () => {
		const ctx = { getNode: () => ({ name: 'N' }) as any };
		const answers = (statuses: Array<number | 'reset'>) => {
			let calls = 0;
			const send = async () => {
				const next = statuses[Math.min(calls++, statuses.length - 1)];
				if (next === 'reset') throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
				return { statusCode: next, headers: { 'retry-after': '0' }, body: {} };
			};
			return { send, calls: () => calls };
		};
		for (const status of [502, 504]) {
			const a = answers([status, 200]);
			expect((await withRetry(ctx, 'POST', a.send)).response.statusCode).toBe(status);
			expect(a.calls()).toBe(1);
			const g = answers([status, 200]);
			expect((await withRetry(ctx, 'GET', g.send)).response.statusCode).toBe(200);
			expect(g.calls()).toBe(2);
		}
		const reset = answers(['reset', 200]);
		await expect(withRetry(ctx, 'POST', reset.send)).rejects.toThrow('socket hang up');
		expect(reset.calls()).toBe(1);
		for (const status of [429, 503]) {
			const p = answers([status, 201]);
			expect(await withRetry(ctx, 'POST', p.send)).toEqual({ response: { statusCode: 201, headers: { 'retry-after': '0' }, body: {} }, tries: 2, waitedMs: 0 });
		}
	});

	test('Retry-After is read as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-12-03T12:00:00Z');
		expect(retryAfterMs('0', now)).toBe(0);
		expect(retryAfterMs('7', now)).toBe(7000);
		expect(retryAfterMs('Thu, 03 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
		expect(retryAfterMs('Thu, 03 Dec 2026 11:00:00 GMT', now)).toBe(0);
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs(undefined, now)).toBeUndefined();
	});
});
