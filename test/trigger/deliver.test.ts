/**
 * The sandbox's outgoing direction: Sandbox.deliver() and POST /__sandbox/deliver send events (plain or
 * encrypted, any form and mode) to a URL. Here the URL is a small HTTP server that hands each request, with
 * its raw body, to the Returning.AI Trigger's webhook() (real WebhookContext) and answers as n8n would.
 */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

import { runWebhook } from '../harness/webhook';
import { Sandbox } from '../sandbox/server';
import { CBC_IV, GCM_IV, KEY, PAYLOAD, VECTORS } from './vectors';

const sandbox = new Sandbox();
let server: Server;
let hookUrl = '';
let credential: Record<string, unknown> = {};
const emitted: unknown[][] = [];
const received: Array<{ method: string; headers: Record<string, string | string[] | undefined>; raw: string }> = [];

beforeAll(async () => {
	await sandbox.start();
	server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const raw = Buffer.concat(chunks);
		received.push({ method: req.method ?? '', headers: req.headers, raw: raw.toString('utf8') });
		const url = new URL(req.url ?? '/', 'http://x');
		const out = await runWebhook({
			parameters: { event: 'newMessageInChannel' },
			credential,
			method: req.method,
			headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
			query: Object.fromEntries(url.searchParams),
			raw,
		});
		// as n8n does: a rejection is answered by the node itself (noWebhookResponse); an accepted event
		// starts a run and n8n answers with the webhook's responseData ({"received":true}, checked in the e2e)
		if (out.result.workflowData) emitted.push(out.items);
		const answered = out.result.noWebhookResponse === true;
		res.writeHead(answered ? out.response.statusCode : 200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(answered ? out.response.body : { received: true }));
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/abc/webhook`;
});

afterAll(async () => {
	await sandbox.stop();
	await new Promise<void>((r) => {
		server.close(() => r());
		server.closeAllConnections();
	});
});

beforeEach(() => {
	emitted.length = 0;
	received.length = 0;
	credential = { webhookAesSecret: KEY, webhookEncryptionMode: 'auto' };
});

const withMeta = (encrypted: boolean) => ({ ...PAYLOAD, _returningAi: { event: 'newMessageInChannel', encrypted, receivedAt: expect.any(String) } });

describe('Sandbox.deliver -> Returning.AI Trigger', () => {
	test('plain JSON event', async () => {
		const r = await sandbox.deliver({ url: hookUrl, payload: PAYLOAD });
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ received: true });
		expect(r.sent).toBe(JSON.stringify(PAYLOAD));
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].headers['x-encrypted']).toBeUndefined();
		expect(emitted).toEqual([[withMeta(false)]]);
	});

	test.each([
		['cbc', 'A', CBC_IV, 'application/json'],
		['cbc', 'B', CBC_IV, 'text/plain'],
		['cbc', 'C', CBC_IV, 'text/plain'],
		['gcm', 'A', GCM_IV, 'application/json'],
		['gcm', 'B', GCM_IV, 'text/plain'],
		['gcm', 'C', GCM_IV, 'text/plain'],
	] as const)('encrypted %s form %s with the vector IV sends exactly the webhooks.md vector', async (mode, form, iv, contentType) => {
		const r = await sandbox.deliver({ url: hookUrl, payload: PAYLOAD, encrypt: { key: KEY, mode, form, iv } });
		expect(r.status).toBe(200);
		expect(r.sent).toBe(VECTORS[mode][form]);
		expect(received[0].raw).toBe(VECTORS[mode][form]);
		expect(received[0].headers['x-encrypted']).toBe('true');
		expect(received[0].headers['content-type']).toBe(contentType);
		expect(emitted).toEqual([[withMeta(true)]]);
	});

	test('wrong key and token: the trigger answers 4xx and emits nothing', async () => {
		const wrong = await sandbox.deliver({ url: hookUrl, payload: PAYLOAD, encrypt: { key: 'fedcba9876543210fedcba9876543210', mode: 'gcm' } });
		expect(wrong.status).toBe(400);
		expect(wrong.body).toEqual({ received: false, reason: 'authenticationFailed', message: 'Decryption failed: wrong key or tampered body' });
		credential = { webhookToken: 'tok-1' };
		const noToken = await sandbox.deliver({ url: hookUrl, payload: PAYLOAD });
		expect(noToken.status).toBe(401);
		const withToken = await sandbox.deliver({ url: `${hookUrl}?token=tok-1`, payload: PAYLOAD });
		expect(withToken.status).toBe(200);
		expect(emitted).toEqual([[withMeta(false)]]);
	});

	test('malformed raw bodies, custom headers and methods', async () => {
		const garbled = await sandbox.deliver({ url: hookUrl, rawBody: '%%%', headers: { 'x-encrypted': 'true', 'content-type': 'text/plain' } });
		expect(garbled.status).toBe(400);
		expect((garbled.body as { reason: string }).reason).toBe('invalidEncoding');
		const put = await sandbox.deliver({ url: hookUrl, payload: PAYLOAD, method: 'PUT' });
		expect(put.status).toBe(200);
		expect(received.map((r) => r.method)).toEqual(['POST', 'PUT']);
	});

	test('POST /__sandbox/deliver does the same over HTTP (for out-of-process use)', async () => {
		const res = await fetch(`${sandbox.baseUrl}/__sandbox/deliver`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ url: hookUrl, payload: PAYLOAD, encrypt: { key: KEY, mode: 'gcm', form: 'B' } }),
		});
		expect(res.status).toBe(200);
		const result = (await res.json()) as { status: number; body: unknown; sent: string };
		expect(result.status).toBe(200);
		expect(result.body).toEqual({ received: true });
		expect(result.sent).toMatch(/^[A-Za-z0-9+/]+=*$/);
		expect(emitted).toEqual([[withMeta(true)]]);
		const bad = await fetch(`${sandbox.baseUrl}/__sandbox/deliver`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		expect(bad.status).toBe(400);
	});
});
