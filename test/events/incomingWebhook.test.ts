import { decodeBody } from '../../nodes/shared/crypto';
import { useSandbox } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiEvents';
const API_KEY = 'sandbox-api-key-0123456789';
const HOOK_KEY = 'whk-live-5f2a9c';
const AES = '0123456789abcdef0123456789abcdef';
const WRONG_AES = 'fedcba9876543210fedcba9876543210';

const sendMessage = {
	resource: 'incomingWebhook',
	operation: 'sendMessage',
	channelId: '663347f4361726479c6',
	message: 'Hello from n8n',
	sender: 'johndoe@gmail.com',
};
const updateCustomFields = {
	resource: 'incomingWebhook',
	operation: 'updateCustomFields',
	email: 'john@example.com',
	customFields: '[{"fieldIdorName": "customerid", "value": "123456"}]',
};
const updateCurrency = { resource: 'incomingWebhook', operation: 'updateCurrency', email: 'john@example.com', coinsOp: 'subtract', coins: 25 };

describe('Events > Incoming Webhook (plain)', () => {
	test('Send Message Into Channel: POST to the full URL verbatim, x-api-key = incoming webhook key, no community key', async () => {
		t.sandbox.webhook = { apiKey: HOOK_KEY, webhookId: 'hook-abc123' };
		const url = `${t.baseUrl}/v1/incoming-webhooks/hook-abc123`;
		const r = await t.run(node, { ...sendMessage, webhookUrl: url, additionalFields: { forumTopicId: 'topic-7' } }, { credential: { incomingWebhookApiKey: HOOK_KEY } });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path, query: req.query }).toEqual({ method: 'POST', path: '/v1/incoming-webhooks/hook-abc123', query: {} });
		expect(req.body).toEqual({ channelId: '663347f4361726479c6', message: 'Hello from n8n', sender: 'johndoe@gmail.com', forumTopicId: 'topic-7' });
		expect(req.decoded).toEqual(req.body);
		expect(req.routeId).toBe('incomingWebhooks.sendMessage');
		expect(req.headers['x-api-key']).toBe(HOOK_KEY);
		expect(req.headers.authorization).toBeUndefined();
		expect(req.headers['x-returning-ai-auth-mode']).toBeUndefined();
		expect(req.headers['x-encrypted']).toBeUndefined();
		expect(req.headers['content-type']).toMatch(/^application\/json/);
		expect(JSON.stringify(req.headers)).not.toContain(API_KEY);
		expect(r.json).toEqual([{ status: 'success' }]);
	});

	test('Update Custom User Fields: URL from the credential default, no x-api-key when none is configured', async () => {
		const r = await t.run(node, updateCustomFields, { credential: { incomingWebhookUrl: `${t.baseUrl}/v1/incoming-webhooks/community-42?source=n8n` } });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path, query: req.query }).toEqual({ method: 'POST', path: '/v1/incoming-webhooks/community-42', query: { source: 'n8n' } });
		expect(req.decoded).toEqual({ email: 'john@example.com', customFields: [{ fieldIdorName: 'customerid', value: '123456' }] });
		expect(req.headers['x-api-key']).toBeUndefined();
		expect(req.headers.authorization).toBeUndefined();
		expect(req.routeId).toBe('incomingWebhooks.updateCustomFields');
	});

	test('Update In-Game Currency: a bare webhook ID goes to Base URL + the route table path', async () => {
		const r = await t.run(node, { ...updateCurrency, webhookUrl: 'hook-xyz' });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path }).toEqual({ method: 'POST', path: '/v1/incoming-webhooks/hook-xyz' });
		expect(req.decoded).toEqual({ email: 'john@example.com', coins_op: 'subtract', coins: 25 });
		expect(req.routeId).toBe('incomingWebhooks.updateCurrency');
	});

	test('many items: one request per item, in order', async () => {
		const items = [1, 2, 3].map((i) => ({ json: { email: `m${i}@example.com`, coins: i * 10 } }));
		const r = await t.run(node, { ...updateCurrency, webhookUrl: 'hook-many', email: '={{ $json.email }}', coinsOp: 'add', coins: '={{ $json.coins }}' }, { items });
		expect(r.status).toBe('success');
		expect(t.sandbox.requests.map((q) => q.decoded)).toEqual([
			{ email: 'm1@example.com', coins_op: 'add', coins: 10 },
			{ email: 'm2@example.com', coins_op: 'add', coins: 20 },
			{ email: 'm3@example.com', coins_op: 'add', coins: 30 },
		]);
		expect(r.json).toEqual([{ status: 'success' }, { status: 'success' }, { status: 'success' }]);
	});
});

describe('Events > Incoming Webhook (batching)', () => {
	test("n8n's batching options (Request Options > Batching) space the per-item requests", async () => {
		const items = [1, 2, 3].map((i) => ({ json: { email: `b${i}@example.com` } }));
		const started = Date.now();
		const r = await t.run(
			node,
			{ ...updateCurrency, webhookUrl: 'hook-batch', email: '={{ $json.email }}', requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 150 } } } },
			{ items },
		);
		expect(r.status).toBe('success');
		expect(t.sandbox.requests.map((q) => q.decoded.email)).toEqual(['b1@example.com', 'b2@example.com', 'b3@example.com']);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
	});
});

describe('Events > Incoming Webhook (encrypted)', () => {
	const modes = [
		['gcm', 'gcm', 'envelope'],
		['gcm', 'gcm', 'base64'],
		['cbc', 'cbc', 'envelope'],
		['cbc', 'cbc', 'base64'],
		['auto', 'gcm', 'envelope'],
	] as const;
	test.each(modes)('credential mode %s -> %s, format %s: x-encrypted, and the body the sandbox decrypts is what was entered', async (setting, cipher, format) => {
		t.sandbox.webhook = { aesKey: AES, mode: cipher, requireEncryption: true, apiKey: HOOK_KEY };
		const credential = { webhookAesSecret: AES, webhookEncryptionMode: setting, incomingWebhookApiKey: HOOK_KEY, incomingWebhookUrl: `${t.baseUrl}/v1/incoming-webhooks/enc-1` };
		for (const [params, expected] of [
			[sendMessage, { channelId: '663347f4361726479c6', message: 'Hello from n8n', sender: 'johndoe@gmail.com' }],
			[updateCustomFields, { email: 'john@example.com', customFields: [{ fieldIdorName: 'customerid', value: '123456' }] }],
			[updateCurrency, { email: 'john@example.com', coins_op: 'subtract', coins: 25 }],
		] as const) {
			t.sandbox.reset();
			t.sandbox.webhook = { aesKey: AES, mode: cipher, requireEncryption: true, apiKey: HOOK_KEY };
			const r = await t.run(node, { ...params, options: { encryptedBodyFormat: format } }, { credential });
			expect(r.status).toBe('success');
			const req = t.sandbox.lastRequest();
			expect(req.headers['x-encrypted']).toBe('true');
			expect(req.headers['x-api-key']).toBe(HOOK_KEY);
			expect(req.headers.authorization).toBeUndefined();
			expect(req.encrypted).toBe(true);
			expect(req.decoded).toEqual(expected);
			const raw = req.rawBody.toString('utf8');
			expect(raw).not.toContain('john');
			expect(raw).not.toContain('Hello');
			if (format === 'envelope') {
				expect(req.headers['content-type']).toMatch(/^application\/json/);
				expect(Object.keys(JSON.parse(raw)).sort()).toEqual(cipher === 'gcm' ? ['data', 'iv', 'tag'] : ['data', 'iv']);
			} else {
				expect(req.headers['content-type']).toMatch(/^text\/plain/);
				expect(raw).toMatch(/^[A-Za-z0-9+/]+=*$/);
			}
			// independent check: decode what went over the wire with the package algorithm in the fixed mode
			expect(decodeBody(raw, { encryptedHeader: 'true', key: AES, mode: cipher }).payload).toEqual(expected);
		}
	});
});

describe('Events > Incoming Webhook (errors)', () => {
	test('wrong AES key -> clear message naming the key and mode, no key material', async () => {
		t.sandbox.webhook = { aesKey: AES, mode: 'gcm' };
		const r = await t.run(node, { ...sendMessage, webhookUrl: 'hook-1' }, { credential: { webhookAesSecret: WRONG_AES, webhookEncryptionMode: 'gcm' } });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI rejected the request: Could not decrypt the body: Decryption failed: wrong key or tampered body');
		expect(r.error.description).toMatch(/Webhook AES Key.*Encryption Mode/);
		expect(JSON.stringify(r.error)).not.toContain(WRONG_AES);
		expect(JSON.stringify(r.error)).not.toContain(AES);
	});

	test('AES key of the wrong length -> node error before any request', async () => {
		const r = await t.run(node, { ...sendMessage, webhookUrl: 'hook-1' }, { credential: { webhookAesSecret: 'only-16-chars-xx' } });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('The Webhook AES Key in the Returning.AI credential must be exactly 32 characters');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('plain body to a webhook that requires encryption -> 400 with the encryption hint', async () => {
		t.sandbox.webhook = { aesKey: AES, requireEncryption: true };
		const r = await t.run(node, { ...updateCurrency, webhookUrl: 'hook-1' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI rejected the request: Encryption is enabled for this webhook: send an encrypted body with x-encrypted: true');
	});

	test('missing or wrong incoming-webhook API key -> 401 naming the Incoming Webhook API Key', async () => {
		t.sandbox.webhook = { apiKey: HOOK_KEY };
		const missing = await t.run(node, { ...updateCurrency, webhookUrl: 'hook-1' });
		expect(missing.status).toBe('error');
		expect(missing.error.message).toBe('Authorization failed: the incoming webhook did not accept the request (401): Missing x-api-key header');
		expect(missing.error.description).toMatch(/Incoming Webhook API Key/);
		const wrong = await t.run(node, { ...updateCurrency, webhookUrl: 'hook-1' }, { credential: { incomingWebhookApiKey: 'not-the-key' } });
		expect(wrong.error.message).toBe('Authorization failed: the incoming webhook did not accept the request (401): Invalid x-api-key');
		expect(JSON.stringify(wrong.error)).not.toContain('not-the-key');
	});

	test('a 2xx whose body says status error is reported as a failure; a 5xx names the service', async () => {
		t.sandbox.fault({ path: '/v1/incoming-webhooks', kind: 'failureEnvelope', body: 'Channel is archived' });
		const r = await t.run(node, { ...sendMessage, webhookUrl: 'hook-1' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe('Returning.AI reported a failure: Channel is archived');
		t.sandbox.fault({ path: '/v1/incoming-webhooks', kind: 'status', status: 503 });
		const down = await t.run(node, { ...sendMessage, webhookUrl: 'hook-1', requestOptions: { retryOnRateLimit: false } });
		expect(down.error.message).toBe('Returning.AI could not process the request (503 Service unavailable): Injected failure');
	});

	test('unknown webhook -> 404 naming the Webhook URL parameter', async () => {
		t.sandbox.webhook = { webhookId: 'the-right-one' };
		const r = await t.run(node, { ...sendMessage, webhookUrl: 'not-this-one' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The incoming webhook with ID 'not-this-one' was not found");
		expect(r.error.description).toMatch(/'Webhook URL'/);
	});

	test('400 from validation names the field; invalid JSON custom fields are caught before sending', async () => {
		const bad = await t.run(node, { ...updateCustomFields, webhookUrl: 'hook-1', customFields: '{"fieldIdorName": "x"}' });
		expect(bad.status).toBe('error');
		expect(bad.error.message).toMatch(/Custom Fields \(JSON\)/);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('no URL in the parameter nor the credential -> clear error', async () => {
		const r = await t.run(node, sendMessage);
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The parameter 'Webhook URL' is required");
		expect(r.error.description).toMatch(/credential/);
	});

	test('a URL that is not http(s) -> clear error', async () => {
		const r = await t.run(node, { ...sendMessage, webhookUrl: 'ftp://example.com/hook' });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The parameter 'Webhook URL' must be an http(s) URL, got 'ftp://example.com/hook'");
	});

	test('Continue On Fail: the failing item gets an error, the others go on', async () => {
		t.sandbox.webhook = { apiKey: HOOK_KEY };
		const items = [{ json: { k: "a" } }, { json: { k: "bad" } }, { json: { k: "c" } }];
		// item 2 has no email: it fails validation before its request; items 1 and 3 are sent
		const r = await t.run(
			node,
			{ ...updateCurrency, webhookUrl: 'hook-1', email: '={{ $json.k === "bad" ? "" : "ok@example.com" }}' },
			{ items, continueOnFail: true, credential: { incomingWebhookApiKey: HOOK_KEY } },
		);
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(3);
		expect(r.json[0]).toEqual({ status: 'success' });
		expect(r.json[1].error).toMatch(/'Email' is required/);
		expect(r.json[2]).toEqual({ status: 'success' });
		expect(t.sandbox.requests).toHaveLength(2);
	});
});
