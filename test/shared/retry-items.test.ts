/**
 * Issue 15, the per-item (single-request) operations: every operation sends its request through
 * nodes/shared/retry.ts (sendOnce), so a 429/503 is waited for and the one request sent again, a 502/504 or
 * a reset again only for GET/PUT/DELETE, and a POST that may have been carried out is never repeated.
 * Asserted on the sandbox's state (what was applied), not only on the output; run through n8n-core's
 * WorkflowExecute + RoutingNode (test/harness/engine.ts).
 */
import { CHANNELS, MESSAGES } from '../sandbox/handlers/messaging';
import { RETRY } from '../../nodes/shared/retry';
import { nodeTypesMap } from '../harness/engine';
import { byId, useSandbox } from '../harness/sandbox';

const t = useSandbox();
const CHANNEL = '663347f4361726479c1';
const sendMessage = { resource: 'message', operation: 'send', channelType: 'text', channelId: byId(CHANNEL), message: '={{ $json.text }}', sender: 'john@example.com' };
const getCategory = (id: string) => ({ resource: 'category', operation: 'get', categoryId: byId(id) });
const createCategory = { resource: 'category', operation: 'create', name: '={{ $json.name }}' };
const updateCurrency = { resource: 'incomingWebhook', operation: 'updateCurrency', webhookUrl: 'hook-coins', email: '={{ $json.email }}', coinsOp: 'add', coins: '={{ $json.coins }}' };
const off = (extra: Record<string, unknown> = {}) => ({ requestOptions: { retryOnRateLimit: false, ...extra } });

function seedChannel() {
	t.sandbox.collection(CHANNELS).push({ _id: CHANNEL, topic: 'General', type: 'text' });
}
const texts = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { text: `Message ${i + 1}` } }));
const statuses = () => t.sandbox.requests.map((q) => q.status);
const count = (list: Array<number | undefined>, status: number) => list.filter((s) => s === status).length;

describe('retry of per-item requests (RoutingNode operations)', () => {
	test('50 × Send Message with every 10th request answered 429 (Retry-After: 0): each message posted exactly once', async () => {
		seedChannel();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, every: 10 });
		const r = await t.run('returningAiMessaging', sendMessage, { items: texts(50) });
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(50);
		expect(r.json.every((j: any) => j.status === 'success')).toBe(true);
		// the sandbox's state: 50 messages, each text once
		const posted = t.sandbox.collection(MESSAGES).map((m) => m.message);
		expect([...posted].sort()).toEqual(texts(50).map((i) => i.json.text).sort());
		// 55 requests: 50 taken, 5 refused (the 10th, 20th, … request), each refused one sent once more
		expect(t.sandbox.requests).toHaveLength(55);
		expect(count(statuses(), 429)).toBe(5);
		expect(count(statuses(), 200)).toBe(50);
	}, 30_000);

	test('50 × Update In-Game Currency with every 10th request answered 429 without Retry-After: every member credited once', async () => {
		t.sandbox.fault({ path: '/v1/incoming-webhooks/', kind: 'status', status: 429, every: 10 });
		const items = Array.from({ length: 50 }, (_, i) => ({ json: { email: `m${i + 1}@example.com`, coins: i + 1 } }));
		const r = await t.run('returningAiEvents', updateCurrency, { items });
		expect(r.status).toBe('success');
		expect(r.json).toEqual(items.map(() => ({ status: 'success' })));
		const log = t.sandbox.state.get('incomingWebhooks') as Array<{ action: string; body: any }>;
		expect(log).toHaveLength(50);
		expect(log.every((e) => e.action === 'incomingWebhooks.updateCurrency')).toBe(true);
		expect([...log.map((e) => e.body)].sort((a, b) => a.coins - b.coins)).toEqual(items.map((i) => ({ email: i.json.email, coins_op: 'add', coins: i.json.coins })));
		expect(t.sandbox.requests).toHaveLength(55);
		expect(count(statuses(), 429)).toBe(5);
	}, 30_000);

	test('a burst of 503s on a Get is waited out with backoff; a reset connection and a 504 on a Get are retried too', async () => {
		const [cat] = t.sandbox.seed('categories.get', 1, () => ({ name: 'Shoes' }));
		t.sandbox.fault({ route: 'categories.get', kind: 'status', status: 503, times: 3 });
		let r = await t.run('returningAiStore', getCategory(cat._id));
		expect(r.status).toBe('success');
		expect(r.json.map((j: any) => j.data?.name ?? j.name)).toEqual(['Shoes']);
		expect(statuses()).toEqual([503, 503, 503, 200]);
		t.sandbox.requests.length = 0;
		t.sandbox.fault({ route: 'categories.get', kind: 'reset', times: 1 });
		t.sandbox.fault({ route: 'categories.get', kind: 'status', status: 504, times: 1 });
		r = await t.run('returningAiStore', getCategory(cat._id));
		expect(r.status).toBe('success');
		// the reset request is recorded without a status (the socket was destroyed)
		expect(statuses()).toEqual([undefined, 504, 200]);
	}, 30_000);

	test("a Get that times out (the node's Timeout) is sent again; a create that times out is not (it may have been carried out)", async () => {
		const [cat] = t.sandbox.seed('categories.get', 1, () => ({ name: 'Shoes' }));
		t.sandbox.fault({ route: 'categories.get', kind: 'slow', delayMs: 2500, times: 1 });
		const r = await t.run('returningAiStore', { ...getCategory(cat._id), requestOptions: { timeout: 1000 } });
		expect(r.status).toBe('success');
		expect(r.json.map((j: any) => j.data?.name ?? j.name)).toEqual(['Shoes']);
		expect(t.sandbox.requests.filter((q) => q.routeId === 'categories.get')).toHaveLength(2);
		t.sandbox.reset();
		t.sandbox.fault({ route: 'categories.create', kind: 'slow', delayMs: 2500, times: 1 });
		const post = await t.run('returningAiStore', { ...createCategory, requestOptions: { timeout: 1000 } }, { items: [{ json: { name: 'Slow' } }] });
		expect(post.status).toBe('error');
		expect(post.error.message).toMatch(/aborted/);
		// the slow request still reaches the API: one request, one category, nothing sent twice
		await new Promise((r) => setTimeout(r, 2000));
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.collection(t.sandbox.collectionPath('categories.create'))).toHaveLength(1);
	}, 30_000);

	test('a 500, a 502 and a reset on a POST are not retried: error items, the other items still created (Continue On Fail)', async () => {
		t.sandbox.fault({ route: 'categories.create', kind: 'status', status: 500, every: 2, times: 1 });
		const items = ['A', 'B', 'C'].map((name) => ({ json: { name } }));
		let r = await t.run('returningAiStore', createCategory, { items, continueOnFail: true });
		expect(r.status).toBe('success');
		expect(t.sandbox.requests).toHaveLength(3);
		expect(count(statuses(), 500)).toBe(1);
		expect(r.items.filter((i) => i.error)).toHaveLength(1);
		expect(r.items.filter((i) => i.error)[0].error!.message).toMatch(/500 Internal server error/);
		expect(t.sandbox.collection(t.sandbox.collectionPath('categories.create'))).toHaveLength(2);

		for (const fault of [{ kind: 'status' as const, status: 502 }, { kind: 'reset' as const }]) {
			t.sandbox.reset();
			t.sandbox.fault({ route: 'categories.create', ...fault, times: 1 });
			r = await t.run('returningAiStore', createCategory, { items: [{ json: { name: 'Only' } }], continueOnFail: true });
			expect(t.sandbox.requests).toHaveLength(1);
			expect(r.items).toHaveLength(1);
			expect(r.items[0].error).toBeDefined();
		}
	}, 30_000);

	test('a 429 on a POST is retried (the API did not carry it out): created once', async () => {
		t.sandbox.fault({ route: 'categories.create', kind: 'status', status: 429, times: 2 });
		const r = await t.run('returningAiStore', createCategory, { items: [{ json: { name: 'Once' } }] });
		expect(r.status).toBe('success');
		expect(statuses()).toEqual([429, 429, 201]);
		expect(t.sandbox.collection(t.sandbox.collectionPath('categories.create')).map((c) => c.name)).toEqual(['Once']);
	}, 30_000);

	test('a multipart upload refused with a 429 is sent again whole: the same file parts arrive', async () => {
		const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
		t.sandbox.fault({ route: 'messages.uploadImages', kind: 'status', status: 429, headers: { 'Retry-After': '0' } });
		const r = await t.run('returningAiMessaging', { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'data' }, {
			items: [{ json: {}, binary: { data: { data: png.toString('base64'), mimeType: 'image/png', fileName: 'chart.png' } } }],
		});
		expect(r.status).toBe('success');
		expect(statuses()).toEqual([429, 200]);
		for (const req of t.sandbox.requests) {
			expect(req.parts!.map((p) => [p.name, p.filename, p.contentType])).toEqual([['images', 'chart.png', 'image/png']]);
			expect(req.parts![0].data.equals(png)).toBe(true);
		}
		expect(r.json).toEqual([{ id: 'img1', name: 'chart.png', url: 'https://cdn.returning.ai/messages/chart.png', type: 'image/png', size: png.length }]);
	});

	test('a Retry-After beyond the 60 s limit fails at once with an error that names the wait and what to do', async () => {
		seedChannel();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 429, headers: { 'Retry-After': '3600' } });
		const started = Date.now();
		const r = await t.run('returningAiMessaging', sendMessage, { items: texts(1) });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI asked to wait 3600 s before retrying (HTTP 429, Retry-After), more than the 60 s left of the 60 s retry limit');
		expect(r.error.description).toBe(
			"Nothing more was sent after 1 try (waited 0 s in all). Run the workflow again after that time, send fewer requests at once (Batching in the node's Request Options), or allow a longer wait with Retry Max Wait (Seconds) in the node's Request Options.",
		);
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.collection(MESSAGES)).toHaveLength(0);
	});
});

describe('Request Options > Retry on Rate Limit, Retry Max Tries, Retry Max Wait', () => {
	test("n8n's loader merges the three options into its Request Options; the defaults keep the retry on, 5 tries, 60 s", () => {
		expect(RETRY).toMatchObject({ maxTries: 5, maxTotalWaitMs: 60_000 });
		for (const [type, nodeType] of Object.entries(nodeTypesMap())) {
			if (nodeType.description.group.includes('trigger')) continue;
			const requestOptions = nodeType.description.properties.filter((p) => p.name === 'requestOptions');
			expect({ type, count: requestOptions.length }).toEqual({ type, count: 1 });
			const options = (requestOptions[0].options ?? []) as Array<{ name: string; default?: unknown }>;
			expect(options.map((o) => o.name)).toEqual(['batching', 'allowUnauthorizedCerts', 'proxy', 'retryMaxTries', 'retryMaxWait', 'retryOnRateLimit', 'timeout']);
			expect(Object.fromEntries(options.filter((o) => o.name.startsWith('retry')).map((o) => [o.name, o.default]))).toEqual({ retryOnRateLimit: true, retryMaxTries: 5, retryMaxWait: 60 });
		}
	});

	test('switched off: the first 429 is an error; with Continue On Fail only that item fails and nothing is sent twice', async () => {
		seedChannel();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, every: 10 });
		let r = await t.run('returningAiMessaging', { ...sendMessage, ...off() }, { items: texts(10) });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI is rate limiting the requests (429 Too Many Requests)');
		expect(r.error.description).toBe(
			"Wait 0 seconds and try again. To send fewer requests at once, use Batching in the node's Request Options; switch Retry on Rate Limit on there (the default) so that the node waits and tries again by itself.",
		);
		expect(t.sandbox.requests).toHaveLength(10);
		t.sandbox.reset();
		seedChannel();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 429, headers: { 'Retry-After': '0' }, every: 10 });
		r = await t.run('returningAiMessaging', { ...sendMessage, ...off() }, { items: texts(20), continueOnFail: true });
		expect(t.sandbox.requests).toHaveLength(20);
		expect(r.items.filter((i) => i.error)).toHaveLength(2);
		expect(t.sandbox.collection(MESSAGES)).toHaveLength(18);
	});

	test('switched off for a Return All: the first 429 ends the list with the 429 error (one request)', async () => {
		t.sandbox.seed('categories.getMany', 250);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '0' } });
		const r = await t.run('returningAiStore', { resource: 'category', operation: 'getAll', returnAll: true, ...off() });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI is rate limiting the requests (429 Too Many Requests)');
		expect(t.sandbox.requests).toHaveLength(1);
	});

	test('Retry Max Tries 2: two tries, then the error names them and the option', async () => {
		seedChannel();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 503, headers: { 'Retry-After': '0' }, times: Infinity });
		const r = await t.run('returningAiMessaging', { ...sendMessage, requestOptions: { retryMaxTries: 2 } }, { items: texts(1) });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI still answered HTTP 503 after 2 tries (waited 0 s in all)');
		expect(r.error.description).toMatch(/Retry Max Tries in the node's Request Options/);
		expect(t.sandbox.requests).toHaveLength(2);
	});

	test('Retry Max Wait 2 s: a Retry-After of 1 s is waited for, the next one (1 s more would be 2 s) too, a third is refused at once', async () => {
		t.sandbox.seed('categories.getMany', 10);
		t.sandbox.fault({ route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '1' }, times: 3 });
		const started = Date.now();
		const r = await t.run('returningAiStore', { resource: 'category', operation: 'getAll', returnAll: true, requestOptions: { retryMaxWait: 2 } });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI asked to wait 1 s before retrying (HTTP 429, Retry-After), more than the 0 s left of the 2 s retry limit');
		expect(r.error.description).toMatch(/^Nothing more was sent after 3 tries \(waited 2 s in all\)/);
		expect(t.sandbox.requests).toHaveLength(3);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
	}, 20_000);
});
