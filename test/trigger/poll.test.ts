import { useSandbox, wire } from '../harness/sandbox';
import { Poller, type PollerOptions } from '../harness/poll';
import { MAX_REMEMBERED_ORDERS } from '../../nodes/PollingTrigger/state';

const t = useSandbox();
const ORDERS = '/v1/redemption-transactions';
const STATUSES = {
	pending: { _id: '695e2f8b3358520a2ecf86e3', name: 'Pending', category: 'incomplete' },
	shipping: { _id: '695e2f8b3358520a2ecf86e4', name: 'Shipping', category: 'incomplete' },
};
const at = (s: number) => new Date(Date.UTC(2026, 5, 1, 12, 0, s)).toISOString();

let orderNo = 0;
/** Store purchases: redemption orders with a creation time (seconds after 12:00:00) and a product. */
function orders(seconds: number[], extra: Record<string, unknown> = {}) {
	return t.sandbox.seed('redemptionOrders.getMany', seconds.length, (i) => ({
		transactionId: `ORD20260601${String(++orderNo).padStart(4, '0')}`,
		createdAt: at(seconds[i]),
		statusId: STATUSES.pending._id,
		status: STATUSES.pending,
		productID: '507f1f77bcf86cd799439031',
		categoryID: '650906d314a3e564c56f3450',
		...extra,
	}));
}

function poller(parameters: Record<string, unknown> = {}, options: Partial<PollerOptions> = {}) {
	return new Poller({ baseUrl: t.baseUrl, parameters: { event: 'newRedemptionOrder', ...parameters }, ...options });
}

const ids = (json: any[]) => json.map((o) => o.transactionId);

describe('Polling Trigger: New Redemption Order', () => {
	test('first check notes what exists and emits nothing; later checks emit only what came after, once, oldest first', async () => {
		const old = orders([1, 2, 3]);
		const p = poller();
		const first = await p.poll('trigger', 'activate');
		expect(first.error).toBeUndefined();
		expect(first.items).toBeNull();
		expect(t.sandbox.requests.map(wire)).toEqual([{ method: 'GET', path: ORDERS, query: {}, body: undefined }]);
		expect(t.sandbox.lastRequest().headers.authorization).toBe('Bearer sandbox-api-key-0123456789');
		expect(p.state().returningAi).toMatchObject({ v: 1, since: { t: Date.parse(at(3)), ids: [old[2]._id] } });

		expect((await p.poll()).items).toBeNull();
		const fresh = orders([5, 4]);
		const second = await p.poll();
		expect(ids(second.json)).toEqual([fresh[1].transactionId, fresh[0].transactionId]);
		expect(second.json[0]).toEqual(fresh[1]);
		expect((await p.poll()).items).toBeNull();
	});

	test('ties on equal timestamps: told apart by ID, none emitted twice, none skipped (also when a check stops mid-tie)', async () => {
		const before = orders([10, 10]);
		const p = poller({ options: { maxPerPoll: 2 } });
		await p.poll();
		expect(p.state().returningAi).toMatchObject({ since: { t: Date.parse(at(10)), ids: expect.arrayContaining(before.map((o) => o._id)) } });
		// Three more with the same second as the newest known ones, one later.
		const same = orders([10, 10, 10]);
		const later = orders([11]);
		const seen: string[] = [];
		for (let i = 0; i < 4; i++) seen.push(...ids((await p.poll()).json));
		const expected = [...same].sort((a, b) => (a._id < b._id ? -1 : 1)).map((o) => o.transactionId);
		expect(seen).toEqual([...expected, later[0].transactionId]);
		expect(p.warnings).toEqual([
			"Returning.AI Polling Trigger 'Poll Under Test': 2 new redemption orders started the workflow, 2 more follow on the next checks (Options > Max Records per Check is 2)",
		]);
	});

	test('restart with the saved state: a new process emits what came while it was down, and nothing twice', async () => {
		orders([1]);
		const p = poller();
		await p.poll();
		const a = orders([2]);
		expect(ids((await p.poll()).json)).toEqual([a[0].transactionId]);
		const saved = p.saved();
		const b = orders([3, 4]);
		const restarted = poller({}, { staticData: saved });
		expect(ids((await restarted.poll('trigger', 'init')).json)).toEqual(b.map((o) => o.transactionId));
		expect((await restarted.poll()).items).toBeNull();
	});

	test('restart before any event: the activation check is what n8n saved; what came after is emitted once, also across a second restart', async () => {
		orders([1]);
		const p = poller({ filters: { status: 'Pending' } });
		expect((await p.poll('trigger', 'activate')).items).toBeNull();
		// A later check that emits nothing changes the state only in memory (here: it steps over an order the
		// filter leaves out); n8n does not save it, a restart goes back to the activation's state.
		orders([2], { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
		expect((await p.poll()).items).toBeNull();
		expect(p.state().returningAi).toMatchObject({ since: { t: Date.parse(at(2)) } });
		expect(p.saved()).toEqual({ 'node:Poll Under Test': { returningAi: expect.objectContaining({ since: { t: Date.parse(at(1)), ids: [expect.any(String)] } }) } });

		const made = orders([3]);
		const restarted = poller({ filters: { status: 'Pending' } }, { staticData: p.saved() });
		expect(ids((await restarted.poll('trigger', 'init')).json)).toEqual([made[0].transactionId]);
		expect((await restarted.poll()).items).toBeNull();
		const again = poller({ filters: { status: 'Pending' } }, { staticData: restarted.saved() });
		expect((await again.poll('trigger', 'init')).items).toBeNull();
		expect((await again.poll()).items).toBeNull();
	});

	test('an empty store starts from nothing: the first purchase after activation is emitted', async () => {
		const p = poller();
		expect((await p.poll()).items).toBeNull();
		expect(p.state().returningAi).toMatchObject({ since: { t: -1, ids: [] } });
		const first = orders([1]);
		expect(ids((await p.poll()).json)).toEqual([first[0].transactionId]);
	});

	test('records without a time field use the creation time in their ObjectId', async () => {
		const p = poller();
		t.sandbox.collection(ORDERS).push({ _id: '6a0000000000000000000001', transactionId: 'ORD-A' });
		await p.poll();
		t.sandbox.collection(ORDERS).push({ _id: '6a0000010000000000000002', transactionId: 'ORD-B' });
		expect(ids((await p.poll()).json)).toEqual(['ORD-B']);
	});

	test('filters: one product, one category, one status (name in any case or ID)', async () => {
		const run = async (filters: Record<string, string>) => {
			t.sandbox.reset();
			const p = poller({ filters });
			await p.poll();
			orders([1], { productID: 'p-other' });
			orders([2], { categoryID: 'c-other', product: { _id: 'p-x', categoryID: 'c-other' } });
			orders([3], { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
			orders([4]);
			return (await p.poll()).json.map((o) => o.createdAt);
		};
		expect(await run({ productId: '507f1f77bcf86cd799439031' })).toEqual([at(2), at(3), at(4)]);
		expect(await run({ categoryId: '650906d314a3e564c56f3450' })).toEqual([at(1), at(3), at(4)]);
		expect(await run({ status: 'shipping' })).toEqual([at(3)]);
		expect(await run({ status: STATUSES.pending._id })).toEqual([at(1), at(2), at(4)]);
	});

	test('changing the event or the filters starts again from now', async () => {
		orders([1]);
		const p = poller();
		await p.poll();
		p.workflow.getNode('Poll Under Test')!.parameters.filters = { status: 'Pending' };
		orders([2]);
		expect((await p.poll()).items).toBeNull();
		const c = orders([3]);
		expect(ids((await p.poll()).json)).toEqual([c[0].transactionId]);
	});

	test('Fetch Test Event (manual): the most recent real order, state untouched; a clear error when there is none', async () => {
		const p = poller();
		const none = await p.poll('manual');
		expect(none.error?.message).toBe('No redemption order found to use as a test event');
		expect(none.error?.description).toContain('Create one in Returning.AI');
		const made = orders([7, 9, 8]);
		const test = await p.poll('manual');
		expect(test.json).toEqual([made[1]]);
		expect(p.state()).toEqual({});
	});
});

describe('Polling Trigger: API errors', () => {
	test('a failing check leaves the state as it was, and the next check emits what it missed', async () => {
		orders([1]);
		const p = poller();
		await p.poll();
		const before = p.state();
		const missed = orders([2]);
		t.sandbox.fault({ route: 'redemptionOrders.getMany', kind: 'status', status: 500 });
		const failed = await p.poll();
		expect(failed.error?.message).toBe('Returning.AI could not process the request (500 Internal server error): Injected failure');
		expect(p.state()).toEqual(before);
		expect(ids((await p.poll()).json)).toEqual([missed[0].transactionId]);
	});

	test('wrong key: the action nodes\' message, the key never shown', async () => {
		const p = poller({}, { apiKey: 'wrong-key-0123456789' });
		const out = await p.poll();
		expect(out.error?.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(out.error?.httpCode).toBe('401');
		expect(JSON.stringify(out.error)).not.toContain('wrong-key-0123456789');
		expect(p.state()).toEqual({});
	});

	test('404 on a guessed route names the path and how to check it', async () => {
		t.sandbox.fault({ route: 'redemptionOrders.getMany', kind: 'status', status: 404, body: { status: 'error', message: 'Cannot GET' } });
		const out = await poller().poll();
		expect(out.error?.message).toBe('Returning.AI answered 404 Not Found: Cannot GET');
		expect(out.error?.description).toContain('The path GET /v1/redemption-transactions is guessed');
	});

	test('records with neither a time nor an ObjectId: a clear error instead of silently emitting nothing', async () => {
		t.sandbox.collection(ORDERS).push({ transactionId: 'ORD202507013831', status: STATUSES.pending });
		const out = await poller().poll();
		expect(out.error?.message).toBe('Returning.AI returned 1 redemption order, none with both a time and an ID, so new ones cannot be told from old ones');
		expect(out.error?.description).toContain('the records have the keys transactionId, status');
		expect(poller().state()).toEqual({});
	});

	test('a 503 is retried (shared retry) and the check goes on', async () => {
		orders([1]);
		const p = poller();
		t.sandbox.fault({ route: 'redemptionOrders.getMany', kind: 'status', status: 503, headers: { 'retry-after': '0' } });
		expect((await p.poll()).error).toBeUndefined();
		expect(t.sandbox.requests.map((r) => r.status)).toEqual([503, 200]);
	});
});

describe('Polling Trigger: many pages (New Product, skip + limit)', () => {
	test('every page is read; at most Max Records per Check per check, the rest on the next checks, each once', async () => {
		t.sandbox.seed('products.getMany', 5);
		const p = poller({ event: 'newProduct' });
		await p.poll();
		const base = Date.parse('2026-03-01T00:00:00.000Z');
		const fresh = t.sandbox.seed('products.getMany', 250, (i) => ({ createdAt: new Date(base + Math.floor(i / 3) * 1000).toISOString() }));
		t.sandbox.requests.length = 0;
		const first = await p.poll();
		expect(t.sandbox.requests.map((r) => r.query)).toEqual([
			{ skip: '0', limit: '100' },
			{ skip: '100', limit: '100' },
			{ skip: '200', limit: '100' },
		]);
		const seen = first.json.map((r) => r._id);
		expect(seen).toHaveLength(100);
		for (let i = 0; i < 3; i++) seen.push(...(await p.poll()).json.map((r) => r._id));
		const order = fresh
			.map((r) => ({ id: r._id, t: Date.parse(r.createdAt) }))
			.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1))
			.map((r) => r.id);
		expect(seen).toEqual(order);
		expect(p.warnings).toHaveLength(2);
		expect(p.warnings[0]).toContain('100 new products started the workflow, 150 more follow on the next checks');
	});

	test('a failure on page 2 changes nothing: the next check reads every page again and emits all', async () => {
		const p = poller({ event: 'newProduct' });
		await p.poll();
		const fresh = t.sandbox.seed('products.getMany', 150, (i) => ({ createdAt: new Date(Date.parse('2026-03-01T00:00:00.000Z') + i * 1000).toISOString() }));
		const before = p.state();
		t.sandbox.fault({ route: 'products.getMany', kind: 'status', status: 500, every: 2, times: 1 });
		const failed = await p.poll();
		expect(failed.error?.message).toBe('Returning.AI could not process the request (500 Internal server error): Injected failure');
		expect(t.sandbox.requests.slice(-2).map((r) => [r.query.skip, r.status])).toEqual([['0', 200], ['100', 500]]);
		expect(p.state()).toEqual(before);
		expect((await p.poll()).json.map((r) => r._id)).toEqual(fresh.slice(0, 100).map((r) => r._id));
		expect((await p.poll()).json.map((r) => r._id)).toEqual(fresh.slice(100).map((r) => r._id));
	});

	test('Category filter goes to the API as filter=categoryID:<id>', async () => {
		const p = poller({ event: 'newProduct', productFilters: { categoryId: '650906d314a3e564c56f3450' } });
		await p.poll();
		const inCategory = t.sandbox.seed('products.getMany', 1, () => ({ categoryID: '650906d314a3e564c56f3450', createdAt: at(1) }));
		t.sandbox.seed('products.getMany', 1, () => ({ categoryID: '650906d314a3e564c56f3451', createdAt: at(2) }));
		const out = await p.poll();
		expect(t.sandbox.lastRequest().query).toEqual({ skip: '0', limit: '100', filter: 'categoryID:650906d314a3e564c56f3450' });
		expect(out.json).toEqual([inCategory[0]]);
	});
});

describe('Polling Trigger: other events', () => {
	test('Redemption Order Status Changed: each change once, with the previous status; new orders are not changes', async () => {
		const [a, b] = orders([1, 2]);
		const p = poller({ event: 'redemptionOrderStatusChanged' });
		expect((await p.poll()).items).toBeNull();
		const moved = t.sandbox.collection(ORDERS).find((o) => o._id === a._id);
		Object.assign(moved, { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
		orders([3]);
		const out = await p.poll();
		expect(out.json).toEqual([{ ...moved, previousStatus: { _id: STATUSES.pending._id, name: 'Pending' } }]);
		expect((await p.poll()).items).toBeNull();
		// Only changes to Shipping.
		const q = poller({ event: 'redemptionOrderStatusChanged', filters: { status: 'Shipping' } });
		await q.poll();
		Object.assign(t.sandbox.collection(ORDERS).find((o) => o._id === a._id), { status: STATUSES.pending, statusId: STATUSES.pending._id });
		Object.assign(t.sandbox.collection(ORDERS).find((o) => o._id === b._id), { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
		expect(ids((await q.poll()).json)).toEqual([b.transactionId]);
	});

	test('Status Changed across restarts: a change after the saved activation state is emitted once; a second restart does not repeat it', async () => {
		const [a] = orders([1, 2]);
		const p = poller({ event: 'redemptionOrderStatusChanged' });
		await p.poll('trigger', 'activate');
		Object.assign(t.sandbox.collection(ORDERS).find((o) => o._id === a._id), { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
		const restarted = poller({ event: 'redemptionOrderStatusChanged' }, { staticData: p.saved() });
		const out = await restarted.poll('trigger', 'init');
		expect(ids(out.json)).toEqual([a.transactionId]);
		expect(out.json[0].previousStatus).toEqual({ _id: STATUSES.pending._id, name: 'Pending' });
		const again = poller({ event: 'redemptionOrderStatusChanged' }, { staticData: restarted.saved() });
		expect((await again.poll('trigger', 'init')).items).toBeNull();
	});

	test(`Status Changed remembers at most ${MAX_REMEMBERED_ORDERS} orders, the most recently updated; a forgotten order's next change is not emitted`, async () => {
		const n = MAX_REMEMBERED_ORDERS + 3;
		const made = t.sandbox.seed('redemptionOrders.getMany', n, (i) => ({
			transactionId: `ORDCAP${String(i).padStart(5, '0')}`,
			createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
			statusId: STATUSES.pending._id,
			status: STATUSES.pending,
		}));
		const p = poller({ event: 'redemptionOrderStatusChanged' });
		await p.poll();
		const statuses = (p.state().returningAi as any).statuses as Record<string, unknown>;
		expect(Object.keys(statuses)).toHaveLength(MAX_REMEMBERED_ORDERS);
		expect(Object.keys(statuses).sort()).toEqual(made.slice(3).map((o) => o._id).sort());
		expect(JSON.stringify(p.saved()).length).toBeLessThan(MAX_REMEMBERED_ORDERS * 80);
		// The oldest order (forgotten) and a remembered one both move to Shipping, with a new updatedAt.
		const moved = (o: any) => Object.assign(t.sandbox.collection(ORDERS).find((x) => x._id === o._id), { status: STATUSES.shipping, statusId: STATUSES.shipping._id, updatedAt: new Date(Date.UTC(2026, 5, 1)).toISOString() });
		moved(made[0]);
		moved(made[10]);
		expect(ids((await p.poll()).json)).toEqual([made[10].transactionId]);
		// Now remembered again (updated most recently, the oldest remembered one dropped): its next change is emitted.
		const after = (p.state().returningAi as any).statuses as Record<string, unknown>;
		expect(Object.keys(after)).toHaveLength(MAX_REMEMBERED_ORDERS);
		expect(after[made[0]._id]).toEqual([STATUSES.shipping._id, 'Shipping']);
		expect(after[made[3]._id]).toBeUndefined();
		Object.assign(t.sandbox.collection(ORDERS).find((x) => x._id === made[0]._id), { status: STATUSES.pending, statusId: STATUSES.pending._id });
		expect(ids((await p.poll()).json)).toEqual([made[0].transactionId]);
	});

	test('Status Changed with Max Records per Check: the changes left over come on the next check, each once', async () => {
		const made = orders([1, 2, 3]);
		const p = poller({ event: 'redemptionOrderStatusChanged', options: { maxPerPoll: 2 } });
		await p.poll();
		for (const o of t.sandbox.collection(ORDERS)) Object.assign(o, { status: STATUSES.shipping, statusId: STATUSES.shipping._id });
		expect(ids((await p.poll()).json)).toEqual(made.slice(0, 2).map((o) => o.transactionId));
		expect(ids((await p.poll()).json)).toEqual([made[2].transactionId]);
		expect((await p.poll()).items).toBeNull();
		expect(p.warnings).toEqual([
			"Returning.AI Polling Trigger 'Poll Under Test': 2 status changes started the workflow, 1 more follows on the next checks (Options > Max Records per Check is 2)",
		]);
	});

	test('Bulk Update Job Finished: a job is emitted once when it completes or fails; Outcome filters', async () => {
		const job = (jobId: string, status: string, s: number) => ({ jobId, type: 'users', status, totalRows: 2, createdAt: at(0), updatedAt: at(s), rows: [], polls: 0, pollsToFinish: 3 });
		const jobs = [job('j1', 'completed', 1), job('j2', 'processing', 2)];
		t.sandbox.state.set('bulk.jobs', jobs);
		const p = poller({ event: 'bulkJobFinished' });
		const failedOnly = poller({ event: 'bulkJobFinished', jobOutcome: 'failed' });
		await p.poll();
		await failedOnly.poll();
		expect(t.sandbox.lastRequest().path).toBe('/v1/users/bulk-update');
		Object.assign(jobs[1], { status: 'failed', updatedAt: at(5) });
		jobs.push(job('j3', 'completed', 6));
		expect((await p.poll()).json.map((j) => j.jobId)).toEqual(['j2', 'j3']);
		expect((await failedOnly.poll()).json.map((j) => j.jobId)).toEqual(['j2']);
		expect((await p.poll()).items).toBeNull();
	});

	test('New Message in a Channel: channel_id and count sent; asks for more until it reaches the last one seen', async () => {
		const channel = { channel_id: '663347f4361726479c6', name: 'General' };
		const msg = (i: number) => ({ id: `m${String(i).padStart(4, '0')}`, message: `hi ${i}`, user: { user_id: 'u1' }, channel, timestamp: at(i % 60) });
		const list = t.sandbox.collection('/v1/messages');
		list.push(msg(0));
		const p = poller({ event: 'newMessage', channelId: '663347f4361726479c6' });
		await p.poll();
		expect(t.sandbox.lastRequest().query).toEqual({ channel_id: '663347f4361726479c6', count: '50' });
		for (let i = 1; i <= 59; i++) list.push(msg(i));
		list.push({ ...msg(30), id: 'other', channel: { channel_id: 'c2' } });
		t.sandbox.requests.length = 0;
		const out = await p.poll();
		expect(t.sandbox.requests.map((r) => r.query.count)).toEqual(['50', '200']);
		expect(out.json.map((m) => m.id)).toEqual(Array.from({ length: 59 }, (_, i) => `m${String(i + 1).padStart(4, '0')}`));
	});

	test('New User: the credential Default Community ID fills the path; a clear error without one', async () => {
		const community = { communityId: '6502c9e514a3e564c5c09c0a' };
		t.sandbox.seed('communityUsers.getMany', 2, undefined, community);
		const p = poller({ event: 'newUser' }, { credential: { communityId: '6502c9e514a3e564c5c09c0a' } });
		await p.poll();
		expect(t.sandbox.lastRequest().path).toBe('/v1/communities/6502c9e514a3e564c5c09c0a/users');
		const joined = t.sandbox.seed('communityUsers.getMany', 1, () => ({ email: 'new@example.com', createdAt: at(1) }), community);
		expect((await p.poll()).json).toEqual(joined);
		const missing = await poller({ event: 'newUser' }).poll();
		expect(missing.error?.message).toBe("The parameter 'Community ID' is empty and the credential has no Default Community ID");
	});
});

describe('Polling Trigger: found in the node panel', () => {
	test('named and described so that "Returning" and "store purchase" find it; a polling trigger without webhooks', () => {
		const { ReturningAiPollingTrigger } = require('../../nodes/PollingTrigger/ReturningAiPollingTrigger.node');
		const { description } = new ReturningAiPollingTrigger();
		const codex = require('../../nodes/PollingTrigger/ReturningAiPollingTrigger.node.json');
		expect(description).toMatchObject({ displayName: 'Returning.AI Polling Trigger', polling: true, group: ['trigger'], inputs: [] });
		expect(description.webhooks).toBeUndefined();
		expect(description.description).toContain('store purchases');
		expect(codex.alias).toEqual(expect.arrayContaining(['Returning AI', 'store purchase', 'polling']));
		expect(description.properties.find((p: { name: string }) => p.name === 'event').options.map((o: { name: string }) => o.name)).toEqual([
			'Bulk Update Job Finished',
			'New Message in a Channel',
			'New Product',
			'New Redemption Order',
			'New User',
			'Redemption Order Status Changed',
		]);
	});
});
