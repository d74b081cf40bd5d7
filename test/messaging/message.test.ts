import { CHANNELS, MESSAGES } from '../sandbox/handlers/messaging';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiMessaging';
const KEY = 'sandbox-api-key-0123456789';

/** The sandbox's channels, one per channel type of the reference. */
function seedChannels() {
	const list = t.sandbox.collection(CHANNELS);
	const channels = [
		{ _id: '663347f4361726479c1', topic: 'General', type: 'text' },
		{ _id: '663347f4361726479c2', topic: 'Ideas Forum', type: 'forum' },
		{ _id: '663347f4361726479c3', topic: 'DM john-jane', type: 'direct-private' },
		{ _id: '663347f4361726479c4', topic: 'Public Direct', type: 'direct-public' },
		{ _id: '663347f4361726479c5', topic: 'Live Chart', type: 'iframe' },
	];
	list.push(...channels);
	return channels;
}

function seedMessages(count: number, make: (i: number) => Record<string, unknown> = () => ({})) {
	const list = t.sandbox.collection(MESSAGES);
	for (let i = 0; i < count; i++) {
		list.push({
			id: `msg${String(i + 1).padStart(3, '0')}`,
			message: `Hello ${i + 1}`,
			user: { user_id: String(1000 + (i % 3)), email: `user${i % 3}@example.com` },
			channel: { channel_id: '663347f4361726479c1', name: 'General' },
			timestamp: '2025-08-05T01:39:43.561Z',
			...make(i),
		});
	}
	return list;
}

describe('Messaging > Message > Send, for every channel type', () => {
	const base = { resource: 'message', operation: 'send', message: 'Welcome!', sender: 'john@example.com' };

	test.each([
		['text', '663347f4361726479c1'],
		['direct-private', '663347f4361726479c3'],
		['direct-public', '663347f4361726479c4'],
		['iframe', '663347f4361726479c5'],
	])('%s channel: POST /v1/messages/send {channelId, message, sender}, no topic', async (channelType, channelId) => {
		seedChannels();
		const r = await t.run(node, { ...base, channelType, channelId: byId(channelId) });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/messages/send',
			query: {},
			body: { channelId, message: 'Welcome!', sender: 'john@example.com' },
		});
		expect(t.sandbox.lastRequest().headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toEqual([{ status: 'success', message: 'Message send successfully' }]);
		expect(t.sandbox.collection(MESSAGES)).toHaveLength(1);
	});

	test('forum channel: the Forum Topic ID is sent as forumTopicId', async () => {
		seedChannels();
		const r = await t.run(node, { ...base, channelType: 'forum', channelId: byId('663347f4361726479c2'), forumTopicId: 'topic-42' });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/messages/send',
			query: {},
			body: { channelId: '663347f4361726479c2', forumTopicId: 'topic-42', message: 'Welcome!', sender: 'john@example.com' },
		});
		expect(r.json).toEqual([{ status: 'success', message: 'Message send successfully' }]);
		expect(t.sandbox.collection(MESSAGES)[0]).toMatchObject({ forumTopicId: 'topic-42', channel: { channel_id: '663347f4361726479c2' } });
	});

	test('forum channel without a topic is rejected before the call', async () => {
		const r = await t.run(node, { ...base, channelType: 'forum', channelId: byId('663347f4361726479c2'), forumTopicId: '={{ $json.topic }}' });
		expect(r.error.message).toBe("The parameter 'Forum Topic ID' is required");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a topic left over from Forum is not sent once the type is Text (the field is hidden)', async () => {
		seedChannels();
		// n8n drops parameters that the current Channel Type hides, so the stored topic does not reach the API.
		await t.run(node, { ...base, channelType: 'text', channelId: byId('663347f4361726479c1'), forumTopicId: 'stale-topic' });
		expect(t.sandbox.lastRequest().body).toEqual({ channelId: '663347f4361726479c1', message: 'Welcome!', sender: 'john@example.com' });
	});

	test('the API refusing a forum post without topic (wrong Channel Type chosen) names the parameter', async () => {
		seedChannels();
		const r = await t.run(node, { ...base, channelType: 'text', channelId: byId('663347f4361726479c2') });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Forum Topic ID' is required for a forum channel");
		expect(r.error.description).toMatch(/Check the parameter 'Forum Topic ID'/);
	});

	test('an unknown channel gives a 404', async () => {
		seedChannels();
		const r = await t.run(node, { ...base, channelType: 'text', channelId: byId('nope') });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Channel not found');
	});

	test('a 429 says how long to wait and how to send fewer requests (Retry on Rate Limit off)', async () => {
		seedChannels();
		t.sandbox.fault({ route: 'messages.send', kind: 'status', status: 429, headers: { 'Retry-After': '7' } });
		const r = await t.run(node, { ...base, channelType: 'text', channelId: byId('663347f4361726479c1'), requestOptions: { retryOnRateLimit: false } });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.collection(MESSAGES)).toHaveLength(0);
		expect(r.error.message).toBe('Returning.AI is rate limiting the requests (429 Too Many Requests)');
		expect(r.error.description).toMatch(/^Wait 7 seconds and try again\..*Batching/);
	});

	test('the channel picker can be used From List too (value of the list mode)', async () => {
		seedChannels();
		await t.run(node, { ...base, channelType: 'text', channelId: { __rl: true, mode: 'list', value: '663347f4361726479c1', cachedResultName: 'General' } });
		expect(t.sandbox.lastRequest().body.channelId).toBe('663347f4361726479c1');
	});
});

describe('Messaging > Message > Reply and React, for every channel type', () => {
	const types = ['text', 'forum', 'direct-private', 'direct-public', 'iframe'];

	test.each(types)('Reply in a %s channel sends {messageId, message, sender}', async (channelType) => {
		seedMessages(1);
		const r = await t.run(node, { resource: 'message', operation: 'reply', channelType, messageId: 'msg001', message: 'Thanks for sharing!', sender: 'jane@example.com' });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/messages/reply',
			query: {},
			body: { messageId: 'msg001', message: 'Thanks for sharing!', sender: 'jane@example.com' },
		});
		expect(r.json).toEqual([{ status: 'success', message: 'Message reply successfully' }]);
		expect(t.sandbox.collection(MESSAGES)[1]).toMatchObject({ replyTo: 'msg001', message: 'Thanks for sharing!' });
	});

	test.each(types)('React in a %s channel sends {messageId, emoji, sender}', async (channelType) => {
		seedMessages(1);
		const r = await t.run(node, { resource: 'message', operation: 'react', channelType, messageId: 'msg001', emoji: ':sparkling_heart:', sender: 'jane@example.com' });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/messages/react',
			query: {},
			body: { messageId: 'msg001', emoji: ':sparkling_heart:', sender: 'jane@example.com' },
		});
		expect(r.json).toEqual([{ status: 'success', message: 'Reaction added successfully' }]);
		expect(t.sandbox.collection(MESSAGES)[0].reactions).toEqual([{ emoji: ':sparkling_heart:', sender: 'jane@example.com' }]);
	});

	test('React with an emoji that is not a shortcode: 400 naming the parameter', async () => {
		seedMessages(1);
		const r = await t.run(node, { resource: 'message', operation: 'react', channelType: 'text', messageId: 'msg001', emoji: '💖', sender: 'jane@example.com' });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Emoji' must be a shortcode like :smile:");
	});

	test('Reply to an unknown message: 404', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'reply', channelType: 'text', messageId: 'gone', message: 'Hi', sender: 'jane@example.com' });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Message not found');
		expect(r.error.description).toMatch(/POST \/v1\/messages\/reply is inferred/);
	});

	test('Continue On Fail: a reaction to a missing message fails, the others are sent', async () => {
		seedMessages(2);
		const r = await t.run(
			node,
			{ resource: 'message', operation: 'react', channelType: 'text', messageId: '={{ $json.id }}', emoji: ':fire:', sender: 'jane@example.com' },
			{ continueOnFail: true, items: [{ json: { id: 'msg001' } }, { json: { id: 'msg999' } }, { json: { id: 'msg002' } }] },
		);
		expect(t.sandbox.requests.map((q) => q.body.messageId)).toEqual(['msg001', 'msg999', 'msg002']);
		expect(r.json[0]).toEqual({ status: 'success', message: 'Reaction added successfully' });
		expect(r.json[1].error).toBe('Returning.AI answered 404 Not Found: Message not found');
		expect(r.json[2]).toEqual({ status: 'success', message: 'Reaction added successfully' });
	});
});

describe('Messaging > Message > Get Many', () => {
	test('sends GET /v1/messages with the filters and the Limit as count; one item per message', async () => {
		seedMessages(10);
		const r = await t.run(node, {
			resource: 'message',
			operation: 'getAll',
			limit: 2,
			filters: { channelId: byId('663347f4361726479c1'), email: 'user1@example.com' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'GET',
			path: '/v1/messages',
			query: { channel_id: '663347f4361726479c1', email: 'user1@example.com', count: '2' },
			body: undefined,
		});
		expect(t.sandbox.requests).toHaveLength(1);
		expect(r.json.map((m) => m.id)).toEqual(['msg005', 'msg008']);
		expect(r.json[0]).toEqual({
			id: 'msg005',
			message: 'Hello 5',
			user: { user_id: '1001', email: 'user1@example.com' },
			channel: { channel_id: '663347f4361726479c1', name: 'General' },
			timestamp: '2025-08-05T01:39:43.561Z',
		});
	});

	test('Return All sends no count and returns what the one call returns', async () => {
		seedMessages(30);
		const r = await t.run(node, { resource: 'message', operation: 'getAll', returnAll: true, filters: { userId: '1002' } });
		expect(t.sandbox.lastRequest().query).toEqual({ user_id: '1002' });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(r.json).toHaveLength(10);
	});

	test('a key without the messaging permission gives 403; the limited messaging key works', async () => {
		t.sandbox.keys.set('sandbox-users-only-key-0123456789', { permissions: ['users'] });
		const denied = await t.run(node, { resource: 'message', operation: 'getAll', limit: 5 }, { apiKey: 'sandbox-users-only-key-0123456789' });
		expect(denied.error.message).toBe("The API key is not allowed to do this: API key lacks the 'messaging' permission");
		seedMessages(1);
		const allowed = await t.run(node, { resource: 'message', operation: 'getAll', limit: 5 }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(allowed.json).toHaveLength(1);
	});

	test('an unknown key gives 401', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'getAll', limit: 5 }, { apiKey: 'who-am-i-0000' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
	});
});
