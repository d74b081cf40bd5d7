import { runListSearch } from '../harness/listSearch';
import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiChannels';
const KEY = 'sandbox-api-key-0123456789';

const seedChannels = (count: number) => t.sandbox.seed('channels.getMany', count, (i) => ({ topic: ['Rules', 'General', 'Announcements', 'Trading Ideas', 'Support'][i % 5] + (i >= 5 ? ` ${i}` : '') }));

describe('Channels > Channel > Get Many', () => {
	test('sends GET /v1/channels and outputs one item per channel ({_id, topic})', async () => {
		const seeded = seedChannels(3);
		const r = await t.run(node, { resource: 'channel', operation: 'getAll', returnAll: true });
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({ method: 'GET', path: '/v1/channels', query: {}, body: undefined });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(t.sandbox.requests).toHaveLength(1);
		expect(r.json).toHaveLength(3);
		expect(r.json.map((c) => [c._id, c.topic])).toEqual(seeded.map((c) => [c._id, c.topic]));
		expect(r.json.map((c) => c.topic)).toEqual(['Rules', 'General', 'Announcements']);
	});

	test('Limit trims the one call (the API documents no paging and no size parameter)', async () => {
		seedChannels(12);
		const r = await t.run(node, { resource: 'channel', operation: 'getAll', limit: 4 });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.lastRequest().query).toEqual({});
		expect(r.json.map((c) => c.topic)).toEqual(['Rules', 'General', 'Announcements', 'Trading Ideas']);
	});

	test('401, 403, 404 and a 400 are explained', async () => {
		const unknown = await t.run(node, { resource: 'channel', operation: 'getAll', limit: 5 }, { apiKey: 'nobody-key-12345' });
		expect(unknown.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(JSON.stringify({ ...unknown.error, node: undefined })).not.toContain('nobody-key-12345');

		const limited = await t.run(node, { resource: 'channel', operation: 'getAll', limit: 5 }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(limited.error.message).toBe("The API key is not allowed to do this: API key lacks the 'channels' permission");

		t.sandbox.fault({ route: 'channels.getMany', kind: 'status', status: 404, body: { status: 'error', message: 'Cannot GET /v1/channels' } });
		const missing = await t.run(node, { resource: 'channel', operation: 'getAll', limit: 5 });
		expect(missing.error.message).toBe('Returning.AI answered 404 Not Found: Cannot GET /v1/channels');
		expect(missing.error.description).toMatch(/The path GET \/v1\/channels is inferred/);

		t.sandbox.fault({ route: 'channels.getMany', kind: 'status', status: 400, body: { status: 'error', message: 'Community is not set up for integrations' } });
		const bad = await t.run(node, { resource: 'channel', operation: 'getAll', limit: 5 });
		expect(bad.error.message).toBe('Returning.AI rejected the request: Community is not set up for integrations');
	});

	test('Continue On Fail: a 400 on the first item does not stop the second', async () => {
		seedChannels(2);
		t.sandbox.fault({ route: 'channels.getMany', kind: 'status', status: 400, body: { status: 'error', message: 'Bad things' } });
		const r = await t.run(node, { resource: 'channel', operation: 'getAll', returnAll: true }, { continueOnFail: true, items: [{ json: { a: 1 } }, { json: { a: 2 } }] });
		expect(t.sandbox.requests).toHaveLength(2);
		expect(r.json[0].error).toBe('Returning.AI rejected the request: Bad things');
		expect(r.json.slice(1).map((c) => c.topic)).toEqual(['Rules', 'General']);
	});
});

describe('Channel picker (nodes/shared/pickers.ts: searchChannels), as used by Messaging', () => {
	test('lists every channel as topic -> _id from GET /v1/channels, no paging token', async () => {
		const seeded = seedChannels(3);
		const result = await runListSearch({ type: 'returningAiMessaging', method: 'searchChannels', baseUrl: t.baseUrl });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/channels', query: {}, body: undefined });
		expect(t.sandbox.lastRequest().headers.authorization).toBe(`Bearer ${KEY}`);
		expect(result).toEqual({
			results: [
				{ name: 'Rules', value: seeded[0]._id, url: undefined },
				{ name: 'General', value: seeded[1]._id, url: undefined },
				{ name: 'Announcements', value: seeded[2]._id, url: undefined },
			],
			paginationToken: undefined,
		});
	});

	test('filters the list by the typed text (case-insensitive), or by ID', async () => {
		const seeded = seedChannels(7);
		const byName = await runListSearch({ type: 'returningAiMessaging', method: 'searchChannels', baseUrl: t.baseUrl, filter: 'rul' });
		expect(byName.results.map((r) => r.name)).toEqual(['Rules', 'Rules 5']);
		expect(t.sandbox.lastRequest().query).toEqual({});
		const byIdResult = await runListSearch({ type: 'returningAiMessaging', method: 'searchChannels', baseUrl: t.baseUrl, filter: seeded[3]._id });
		expect(byIdResult.results).toEqual([{ name: 'Trading Ideas', value: seeded[3]._id, url: undefined }]);
	});

	test('a failing key is explained in the list', async () => {
		await expect(runListSearch({ type: 'returningAiMessaging', method: 'searchChannels', baseUrl: t.baseUrl, apiKey: 'bad-key-1234567' })).rejects.toThrow(
			'Could not load the list from Returning.AI (401): Invalid API key',
		);
	});
});
