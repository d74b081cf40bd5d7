import { createCipheriv } from 'crypto';

import { ReturningAiTrigger } from '../../nodes/Trigger/ReturningAiTrigger.node';
import { encryptedBodyOf } from '../sandbox/server';
import { hookContext, runWebhook, type WebhookOutcome } from '../harness/webhook';
import { KEY, PAYLOAD, VECTORS } from './vectors';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const WRONG_KEY = 'fedcba9876543210fedcba9876543210';
const TOKEN = 'tok-9f8e7d6c5b4a';

// One sample payload per event (the real schemas are unconfirmed: webhooks.md §2).
const EVENTS: Record<string, Record<string, unknown>> = {
	userJoinsServer: { _id: '6502c9e514a3e564c5c09c0a', email: 'jane@example.com', username: 'jane', joinedAt: '2026-11-01T10:00:00.000Z' },
	userVisitsServer: { _id: '6502c9e514a3e564c5c09c0b', email: 'jane@example.com', visitedAt: '2026-11-02T10:00:00.000Z' },
	newMessageAnywhere: { messageId: 'm1', channelId: '663347f4361726479c6', message: 'gm', sender: 'jane' },
	newMessageInChannel: { messageId: 'm2', channelId: '663347f4361726479c6', message: 'hello channel', sender: 'joe' },
	purchasedStoreItem: { orderID: 'o-1', productId: 'p-100', email: 'jane@example.com', price: 250 },
	createAnalysis: { event: 'create_analysis', analysis: { _id: 'a1', title: 'BTC weekly' } },
	updateAnalysis: { event: 'update_analysis', analysis: { _id: 'a1', title: 'BTC weekly (v2)' } },
};

function expectAccepted(out: WebhookOutcome, event: string, encrypted: boolean, payload: Record<string, unknown>) {
	// The node leaves the answer to n8n: with an empty responseData, n8n sends this webhookResponse after
	// it has stored and queued the run (the real-n8n e2e checks the body it sends).
	expect(out.result.noWebhookResponse).toBeUndefined();
	expect(out.result.webhookResponse).toEqual({ received: true });
	expect(out.result.workflowData).toHaveLength(1);
	expect(out.items).toEqual([{ ...payload, _returningAi: { event, encrypted, receivedAt: expect.stringMatching(ISO) } }]);
	expect(out.response.body).toBeUndefined();
}

function expectRejected(out: WebhookOutcome, status: number, reason: string) {
	expect(out.result).toEqual({ noWebhookResponse: true });
	expect(out.result.workflowData).toBeUndefined();
	expect(out.items).toEqual([]);
	expect(out.response.statusCode).toBe(status);
	expect(out.response.body).toEqual({ received: false, reason, message: expect.any(String) });
	const text = JSON.stringify(out.response.body);
	for (const secret of [KEY, WRONG_KEY, TOKEN]) expect(text).not.toContain(secret);
}

describe('Returning.AI Trigger: description and webhook methods', () => {
	const node = new ReturningAiTrigger();
	test('is a programmatic POST webhook trigger with all seven events', () => {
		const d = node.description;
		expect(d.name).toBe('returningAiTrigger');
		expect(d.inputs).toEqual([]);
		expect(d.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }]);
		const event = d.properties.find((p) => p.name === 'event')!;
		expect((event.options as Array<{ name: string; value: string }>).map((o) => [o.name, o.value])).toEqual([
			['Analysis Created', 'createAnalysis'],
			['Analysis Updated', 'updateAnalysis'],
			['New Message Posted Anywhere', 'newMessageAnywhere'],
			['New Message Posted To Channel', 'newMessageInChannel'],
			['Purchased Store Item', 'purchasedStoreItem'],
			['User Joins Server', 'userJoinsServer'],
			['User Visits Server', 'userVisitsServer'],
		]);
		expect(d.properties.find((p) => p.type === 'notice')!.displayName).toMatch(/Test URL.*Production URL/);
		expect(d.triggerPanel).toMatchObject({ executionsHelp: { inactive: expect.stringContaining('Test URL'), active: expect.stringContaining('Production URL') } });
		// n8n 2.x "publishes" workflows; the paste-the-URL note sits right below n8n's Webhook URLs section, not in the panel
		const texts = [JSON.stringify(d.triggerPanel), d.properties.find((p) => p.type === 'notice')!.displayName];
		for (const text of texts) expect(text).not.toMatch(/\b(is active|activate)\b/i);
		expect(texts[1]).toMatch(/^Paste this node's URL \(Webhook URLs, just above\) into Returning\.AI/);
		expect(d.properties[0].type).toBe('notice');
		expect(JSON.stringify(d.triggerPanel)).not.toContain('Paste this URL');
		// no secret in node parameters
		expect(JSON.stringify(d.properties)).not.toMatch(/password/);
	});

	test('checkExists/create/delete succeed without any remote call', async () => {
		const m = node.webhookMethods.default;
		for (const credential of [undefined, {}, { webhookAesSecret: KEY }]) {
			const ctx = hookContext(credential);
			await expect(m.checkExists.call(ctx)).resolves.toBe(true);
			await expect(m.create.call(ctx)).resolves.toBe(true);
			await expect(m.delete.call(ctx)).resolves.toBe(true);
		}
	});

	test('create refuses a credential AES key that is not 32 characters, without echoing it', async () => {
		const promise = node.webhookMethods.default.create.call(hookContext({ webhookAesSecret: 'too-short-key' }));
		await expect(promise).rejects.toThrow('The Webhook AES Key in the Returning.AI credential must be exactly 32 characters');
		await promise.catch((e: Error) => expect(e.message).not.toContain('too-short-key'));
	});
});

describe('Returning.AI Trigger: accepted events (real WebhookContext)', () => {
	test.each(Object.keys(EVENTS))('%s: plain JSON, no credential', async (event) => {
		const out = await runWebhook({ parameters: { event }, raw: JSON.stringify(EVENTS[event]) });
		expectAccepted(out, event, false, EVENTS[event]);
	});

	const combos: Array<[string, 'cbc' | 'gcm', 'A' | 'B' | 'C']> = [];
	Object.keys(EVENTS).forEach((event, i) => {
		combos.push([event, i % 2 ? 'cbc' : 'gcm', (['A', 'B', 'C'] as const)[i % 3]]);
		combos.push([event, i % 2 ? 'gcm' : 'cbc', (['A', 'B', 'C'] as const)[(i + 1) % 3]]);
	});
	test.each(combos)('%s: encrypted %s form %s, auto mode', async (event, mode, form) => {
		const raw = encryptedBodyOf(EVENTS[event], { key: KEY, mode, form });
		const out = await runWebhook({
			parameters: { event },
			credential: { webhookAesSecret: KEY, webhookEncryptionMode: 'auto' },
			headers: { 'x-encrypted': 'true', 'content-type': form === 'A' ? 'application/json' : 'text/plain' },
			raw,
		});
		expectAccepted(out, event, true, EVENTS[event]);
	});

	test.each([
		['cbc', 'A'], ['cbc', 'B'], ['cbc', 'C'], ['gcm', 'A'], ['gcm', 'B'], ['gcm', 'C'],
	] as const)('the %s form %s test vector is accepted in its own mode', async (mode, form) => {
		const out = await runWebhook({
			parameters: { event: 'newMessageInChannel', options: { requireEncryption: true } },
			credential: { webhookAesSecret: KEY, webhookEncryptionMode: mode },
			headers: { 'X-Encrypted': 'True', 'content-type': form === 'A' ? 'application/json' : 'text/plain' },
			raw: VECTORS[mode][form],
		});
		expectAccepted(out, 'newMessageInChannel', true, PAYLOAD);
	});

	test('form B as a JSON string literal, and a server that keeps no rawBody (parsed body used)', async () => {
		const out = await runWebhook({
			parameters: { event: 'newMessageAnywhere' },
			credential: { webhookAesSecret: KEY },
			headers: { 'x-encrypted': 'true' },
			body: VECTORS.gcm.B,
			noRawBody: true,
		});
		expectAccepted(out, 'newMessageAnywhere', true, PAYLOAD);
		const envelope = await runWebhook({
			parameters: { event: 'newMessageAnywhere' },
			credential: { webhookAesSecret: KEY },
			headers: { 'x-encrypted': 'true' },
			body: JSON.parse(VECTORS.cbc.A),
			noRawBody: true,
		});
		expectAccepted(envelope, 'newMessageAnywhere', true, PAYLOAD);
	});

	test('with a key configured, plain events are still accepted unless encryption is required', async () => {
		const out = await runWebhook({ parameters: { event: 'userJoinsServer' }, credential: { webhookAesSecret: KEY }, raw: JSON.stringify(EVENTS.userJoinsServer) });
		expectAccepted(out, 'userJoinsServer', false, EVENTS.userJoinsServer);
	});

	test('token in the query or in x-webhook-token is accepted', async () => {
		const credential = { webhookToken: TOKEN };
		const q = await runWebhook({ parameters: { event: 'userVisitsServer' }, credential, query: { token: TOKEN }, raw: JSON.stringify(EVENTS.userVisitsServer) });
		expectAccepted(q, 'userVisitsServer', false, EVENTS.userVisitsServer);
		const h = await runWebhook({ parameters: { event: 'userVisitsServer' }, credential, headers: { 'X-Webhook-Token': TOKEN }, raw: JSON.stringify(EVENTS.userVisitsServer) });
		expectAccepted(h, 'userVisitsServer', false, EVENTS.userVisitsServer);
	});

	test('an array payload becomes one item per object; a payload _returningAi key is replaced by the metadata', async () => {
		const out = await runWebhook({ parameters: { event: 'purchasedStoreItem' }, raw: JSON.stringify([{ orderID: 'o1' }, { orderID: 'o2', _returningAi: 'x' }]) });
		expect(out.items).toEqual([
			{ orderID: 'o1', _returningAi: { event: 'purchasedStoreItem', encrypted: false, receivedAt: expect.stringMatching(ISO) } },
			{ orderID: 'o2', _returningAi: { event: 'purchasedStoreItem', encrypted: false, receivedAt: expect.stringMatching(ISO) } },
		]);
	});

	test('PUT is accepted like POST', async () => {
		const out = await runWebhook({ parameters: { event: 'userJoinsServer' }, method: 'PUT', raw: JSON.stringify(EVENTS.userJoinsServer) });
		expectAccepted(out, 'userJoinsServer', false, EVENTS.userJoinsServer);
	});
});

describe('Returning.AI Trigger: encrypted bodies without the x-encrypted header', () => {
	const credential = { webhookAesSecret: KEY, webhookEncryptionMode: 'gcm' };
	test.each(['A', 'B', 'C'] as const)('GCM form %s without the header is detected and decrypted', async (form) => {
		const out = await runWebhook({ parameters: { event: 'newMessageAnywhere', options: { requireEncryption: true } }, credential, headers: { 'content-type': form === 'A' ? 'application/json' : 'text/plain' }, raw: VECTORS.gcm[form] });
		expectAccepted(out, 'newMessageAnywhere', true, PAYLOAD);
	});
	test('detection still authenticates: a wrong key is rejected', async () => {
		const raw = encryptedBodyOf(PAYLOAD, { key: WRONG_KEY, mode: 'gcm', form: 'A' });
		expectRejected(await runWebhook({ credential, raw }), 400, 'authenticationFailed');
	});
	test('a payload that merely has iv/data among other fields stays plain', async () => {
		const payload = { iv: 'x', data: 'y', user: 'jane' };
		const out = await runWebhook({ parameters: { event: 'userJoinsServer' }, credential, raw: JSON.stringify(payload) });
		expectAccepted(out, 'userJoinsServer', false, payload);
	});
	test('with Detect Encryption Without Header off, the body is treated as plain JSON (§3.2 step 1)', async () => {
		const parameters = { event: 'newMessageAnywhere', options: { detectEncryption: false } };
		const envelope = await runWebhook({ parameters, credential, raw: VECTORS.gcm.A });
		expectAccepted(envelope, 'newMessageAnywhere', false, JSON.parse(VECTORS.gcm.A));
		expectRejected(await runWebhook({ parameters, credential, raw: VECTORS.gcm.B, headers: { 'content-type': 'text/plain' } }), 400, 'invalidJson');
		const required = { event: 'newMessageAnywhere', options: { detectEncryption: false, requireEncryption: true } };
		expectRejected(await runWebhook({ parameters: required, credential, raw: VECTORS.gcm.A }), 400, 'encryptionRequired');
	});
	test('without a key nothing is detected: an envelope is plain JSON', async () => {
		const out = await runWebhook({ parameters: { event: 'newMessageAnywhere' }, raw: VECTORS.cbc.A });
		expectAccepted(out, 'newMessageAnywhere', false, JSON.parse(VECTORS.cbc.A));
	});
});

describe('Returning.AI Trigger: payload filter (no API calls)', () => {
	const parameters = { event: 'purchasedStoreItem', options: { filterField: 'productId', filterValues: 'p-100, p-200' } };
	test('a matching purchase runs the workflow', async () => {
		const out = await runWebhook({ parameters, raw: JSON.stringify(EVENTS.purchasedStoreItem) });
		expectAccepted(out, 'purchasedStoreItem', false, EVENTS.purchasedStoreItem);
	});
	test('another product is acknowledged with 200 and ignored', async () => {
		const out = await runWebhook({ parameters, raw: JSON.stringify({ ...EVENTS.purchasedStoreItem, productId: 'p-999' }) });
		expect(out.result).toEqual({ noWebhookResponse: true });
		expect(out.items).toEqual([]);
		expect(out.response.statusCode).toBe(200);
		expect(out.response.body).toEqual({ received: true, ignored: true });
	});
	test('nested fields, arrays and presence-only filters', async () => {
		const nested = { event: 'updateAnalysis', options: { filterField: 'analysis.tags', filterValues: 'btc' } };
		const yes = await runWebhook({ parameters: nested, raw: JSON.stringify({ analysis: { tags: ['eth', 'btc'] } }) });
		expect(yes.items).toHaveLength(1);
		const no = await runWebhook({ parameters: nested, raw: JSON.stringify({ analysis: { tags: ['eth'] } }) });
		expect(no.items).toEqual([]);
		const presence = { event: 'newMessageAnywhere', options: { filterField: 'forumTopicId' } };
		expect((await runWebhook({ parameters: presence, raw: '{"forumTopicId":"t1"}' })).items).toHaveLength(1);
		expect((await runWebhook({ parameters: presence, raw: '{"channelId":"c1"}' })).items).toEqual([]);
	});
	test('filter on the decrypted payload', async () => {
		const raw = encryptedBodyOf({ ...EVENTS.purchasedStoreItem, productId: 'p-200' }, { key: KEY, mode: 'gcm', form: 'A' });
		const out = await runWebhook({ parameters, credential: { webhookAesSecret: KEY }, headers: { 'x-encrypted': 'true' }, raw });
		expect(out.items).toEqual([{ ...EVENTS.purchasedStoreItem, productId: 'p-200', _returningAi: { event: 'purchasedStoreItem', encrypted: true, receivedAt: expect.stringMatching(ISO) } }]);
	});
});

describe('Returning.AI Trigger: rejections (4xx, reason, no workflow run)', () => {
	const enc = { 'x-encrypted': 'true' };
	const gcm = { webhookAesSecret: KEY, webhookEncryptionMode: 'gcm' };

	test('wrong key under GCM -> 400 authenticationFailed', async () => {
		const raw = encryptedBodyOf(PAYLOAD, { key: WRONG_KEY, mode: 'gcm', form: 'A' });
		expectRejected(await runWebhook({ credential: gcm, headers: enc, raw }), 400, 'authenticationFailed');
	});
	test('tampered GCM ciphertext -> 400 authenticationFailed', async () => {
		const a = JSON.parse(VECTORS.gcm.A);
		const data = Buffer.from(a.data, 'base64');
		data[0] ^= 0x80;
		const raw = JSON.stringify({ ...a, data: data.toString('base64') });
		expectRejected(await runWebhook({ credential: gcm, headers: enc, raw }), 400, 'authenticationFailed');
	});
	test('wrong key under CBC -> 400 (padding or JSON)', async () => {
		const raw = encryptedBodyOf(PAYLOAD, { key: WRONG_KEY, mode: 'cbc', form: 'B' });
		const out = await runWebhook({ credential: { webhookAesSecret: KEY, webhookEncryptionMode: 'cbc' }, headers: enc, raw });
		expect(['invalidPadding', 'invalidJson', 'invalidUtf8']).toContain((out.response.body as { reason: string }).reason);
		expectRejected(out, 400, (out.response.body as { reason: string }).reason);
	});
	test('garbled base64 -> 400 invalidEncoding', async () => {
		expectRejected(await runWebhook({ credential: gcm, headers: { ...enc, 'content-type': 'text/plain' }, raw: '%%%not*base64%%%' }), 400, 'invalidEncoding');
	});
	test('garbled hex (form C) -> 400 invalidEncoding', async () => {
		expectRejected(await runWebhook({ credential: gcm, headers: { ...enc, 'content-type': 'text/plain' }, raw: '0011223:abcd:ef' }), 400, 'invalidEncoding');
	});
	test('bad padding (CBC) -> 400 invalidPadding', async () => {
		// 32 bytes ending in 0x00, encrypted without padding: the PKCS#7 check must fail after decryption
		const iv = Buffer.alloc(16, 9);
		const cipher = createCipheriv('aes-256-cbc', Buffer.from(KEY), iv).setAutoPadding(false);
		const plain = Buffer.concat([Buffer.from('{"a":"0123456789012345678901"}'), Buffer.from([0x20, 0x00])]);
		const data = Buffer.concat([cipher.update(plain), cipher.final()]);
		const out = await runWebhook({ credential: { webhookAesSecret: KEY, webhookEncryptionMode: 'cbc' }, headers: enc, raw: JSON.stringify({ iv: iv.toString('base64'), data: data.toString('base64') }) });
		expectRejected(out, 400, 'invalidPadding');
	});
	test('non-JSON plaintext -> 400 invalidJson', async () => {
		const raw = encryptedBodyOf('this is not json', { key: KEY, mode: 'gcm', form: 'A' });
		expectRejected(await runWebhook({ credential: gcm, headers: enc, raw }), 400, 'invalidJson');
	});
	test('non-JSON plain body -> 400 invalidJson', async () => {
		expectRejected(await runWebhook({ raw: 'hello=world', headers: { 'content-type': 'text/plain' } }), 400, 'invalidJson');
	});
	test('empty body -> 400 emptyBody', async () => {
		expectRejected(await runWebhook({ raw: '' }), 400, 'emptyBody');
	});
	test('a JSON value that is not an object -> 400 invalidPayload', async () => {
		expectRejected(await runWebhook({ raw: '"just a string"' }), 400, 'invalidPayload');
		expectRejected(await runWebhook({ raw: '[1,2]' }), 400, 'invalidPayload');
	});
	test('encrypted body when no key is set -> 400 noKeyConfigured', async () => {
		expectRejected(await runWebhook({ headers: enc, raw: VECTORS.gcm.A }), 400, 'noKeyConfigured');
		expectRejected(await runWebhook({ credential: { webhookToken: '' }, headers: enc, raw: VECTORS.gcm.A }), 400, 'noKeyConfigured');
	});
	test('plain body when the node requires encryption -> 400 encryptionRequired', async () => {
		const out = await runWebhook({ parameters: { event: 'userJoinsServer', options: { requireEncryption: true } }, credential: gcm, raw: JSON.stringify(EVENTS.userJoinsServer) });
		expectRejected(out, 400, 'encryptionRequired');
	});
	test('missing or wrong token -> 401 invalidToken', async () => {
		const credential = { webhookToken: TOKEN };
		const raw = JSON.stringify(EVENTS.userJoinsServer);
		expectRejected(await runWebhook({ credential, raw }), 401, 'invalidToken');
		expectRejected(await runWebhook({ credential, raw, query: { token: `${TOKEN}x` } }), 401, 'invalidToken');
		expectRejected(await runWebhook({ credential, raw, headers: { 'x-webhook-token': TOKEN.slice(1) } }), 401, 'invalidToken');
		expectRejected(await runWebhook({ credential, raw, query: { token: ['a', 'b'] } }), 401, 'invalidToken');
	});
	test('oversized body -> 413 payloadTooLarge (actual size and declared Content-Length)', async () => {
		const parameters = { event: 'userJoinsServer', options: { maxBodySizeKb: 1 } };
		expectRejected(await runWebhook({ parameters, raw: JSON.stringify({ pad: 'x'.repeat(2000) }) }), 413, 'payloadTooLarge');
		expectRejected(await runWebhook({ parameters, raw: '{}', headers: { 'content-length': '5000' } }), 413, 'payloadTooLarge');
		expectRejected(await runWebhook({ raw: JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) }) }), 413, 'payloadTooLarge');
	});
	test('wrong method -> 405 methodNotAllowed', async () => {
		expectRejected(await runWebhook({ method: 'GET', raw: '{}' }), 405, 'methodNotAllowed');
		expectRejected(await runWebhook({ method: 'DELETE', raw: '{}' }), 405, 'methodNotAllowed');
	});
	test('mode mismatch (CBC body, GCM-only credential) -> 400 modeMismatch', async () => {
		expectRejected(await runWebhook({ credential: gcm, headers: enc, raw: VECTORS.cbc.A }), 400, 'modeMismatch');
	});
	test('a credential key that is not 32 characters -> 500 keyMisconfigured (plain or encrypted), key not echoed', async () => {
		for (const call of [{ headers: enc, raw: VECTORS.gcm.A }, { raw: '{"a":1}' }]) {
			const out = await runWebhook({ credential: { webhookAesSecret: 'short-key-123' }, ...call });
			expectRejected(out, 500, 'keyMisconfigured');
			expect(JSON.stringify(out.response.body)).not.toContain('short-key-123');
		}
	});
	test('a selected credential that cannot be loaded -> 500 credentialUnavailable (fail closed, token not skipped)', async () => {
		expectRejected(await runWebhook({ credentialFails: true, raw: '{"a":1}' }), 500, 'credentialUnavailable');
	});
	test('nothing with key material reaches the console during rejections', async () => {
		const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
		try {
			await runWebhook({ credential: gcm, headers: enc, raw: encryptedBodyOf(PAYLOAD, { key: WRONG_KEY, mode: 'gcm' }) });
			await runWebhook({ credential: { ...gcm, webhookToken: TOKEN }, raw: '{}' });
			const printed = spies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(' '))).join('\n');
			for (const secret of [KEY, WRONG_KEY, TOKEN]) expect(printed).not.toContain(secret);
		} finally {
			spies.forEach((s) => s.mockRestore());
		}
	});
});

describe('node versions', () => {
	test('1 is the default (n8n hands it any body unparsed); 1.1 stays available and decodes the same', async () => {
		const d = new ReturningAiTrigger().description;
		expect(d.version).toEqual([1, 1.1]);
		expect(d.defaultVersion).toBe(1);
		for (const typeVersion of [1, 1.1]) {
			expectAccepted(await runWebhook({ typeVersion, parameters: { event: 'userJoinsServer' }, raw: JSON.stringify(EVENTS.userJoinsServer) }), 'userJoinsServer', false, EVENTS.userJoinsServer);
			const credential = { webhookAesSecret: KEY, webhookToken: TOKEN };
			const encrypted = await runWebhook({ typeVersion, parameters: { event: 'newMessageAnywhere' }, credential, query: { token: TOKEN }, headers: { 'x-encrypted': 'true' }, raw: VECTORS.gcm.A });
			expectAccepted(encrypted, 'newMessageAnywhere', true, PAYLOAD);
			expectRejected(await runWebhook({ typeVersion, credential, query: { token: 'nope' }, raw: VECTORS.gcm.A }), 401, 'invalidToken');
		}
	});

	test('a body n8n left unread (content type it does not parse) is read by the node', async () => {
		// From version 1.1 on, n8n reads only JSON, text, form and XML bodies for the trigger.
		const credential = { webhookAesSecret: KEY };
		const octet = await runWebhook({ unreadBody: true, parameters: { event: 'newMessageAnywhere' }, credential, headers: { 'content-type': 'application/octet-stream', 'x-encrypted': 'true' }, raw: VECTORS.gcm.B });
		expectAccepted(octet, 'newMessageAnywhere', true, PAYLOAD);
		const none = await runWebhook({ unreadBody: true, parameters: { event: 'userJoinsServer' }, headers: { 'content-type': '' }, raw: JSON.stringify(EVENTS.userJoinsServer) });
		expectAccepted(none, 'userJoinsServer', false, EVENTS.userJoinsServer);
		expectRejected(await runWebhook({ unreadBody: true, headers: { 'content-type': 'application/octet-stream' } }), 400, 'emptyBody');
	});
});
