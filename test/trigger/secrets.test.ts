/**
 * The trigger reuses a credential's webhook secrets for a short time in production (loading a credential
 * in n8n's webhook phase costs a database read, a decryption and an expression isolate per request).
 * These tests guard what that must not change: who gets in, how soon a changed token counts, and that
 * test webhooks and broken credentials are never served from memory.
 */
import { SECRETS_TTL_MS } from '../../nodes/Trigger/secrets';
import { credentialLoads, runWebhook, type WebhookCall } from '../harness/webhook';

const OLD = 'old-token-5d1c9a';
const NEW = 'new-token-77b2e0';
const RAW = JSON.stringify({ orderID: 'o-1' });
let n = 0;
/** A credential ID no other test uses (the cache is per credential ID and per process). */
const freshId = () => `secrets-test-${++n}`;

async function deliver(call: WebhookCall): Promise<number> {
	const out = await runWebhook({ parameters: { event: 'purchasedStoreItem' }, raw: RAW, ...call });
	return out.result.workflowData ? 200 : out.response.statusCode;
}

afterEach(() => jest.restoreAllMocks());

test('production events with the same credential load it once per period, and every one is still checked', async () => {
	const id = freshId();
	const before = credentialLoads();
	for (let i = 0; i < 20; i++) expect(await deliver({ credentialId: id, credential: { webhookToken: OLD }, query: { token: OLD } })).toBe(200);
	expect(credentialLoads() - before).toBe(1);
	// a wrong token is still refused (and makes the trigger look at the credential again before refusing)
	expect(await deliver({ credentialId: id, credential: { webhookToken: OLD }, query: { token: 'guess' } })).toBe(401);
	expect(credentialLoads() - before).toBe(2);
});

test('a burst of concurrent events that finds no secrets in memory loads the credential once, and each is checked', async () => {
	const id = freshId();
	const before = credentialLoads();
	const tokens = [OLD, OLD, 'guess', OLD, OLD, OLD, OLD, OLD];
	const statuses = await Promise.all(tokens.map((token) => deliver({ credentialId: id, credential: { webhookToken: OLD }, query: { token } })));
	expect(statuses).toEqual([200, 200, 401, 200, 200, 200, 200, 200]);
	// one shared load for the burst, one more for the refused request (checked again with fresh secrets)
	expect(credentialLoads() - before).toBe(2);
});

test('a changed token is accepted at once; once it has arrived, the old one is refused', async () => {
	const id = freshId();
	expect(await deliver({ credentialId: id, credential: { webhookToken: OLD }, query: { token: OLD } })).toBe(200);
	// the user changes the token in the credential: the new token works on the first request
	const before = credentialLoads();
	expect(await deliver({ credentialId: id, credential: { webhookToken: NEW }, query: { token: NEW } })).toBe(200);
	expect(credentialLoads() - before).toBe(1);
	expect(await deliver({ credentialId: id, credential: { webhookToken: NEW }, query: { token: OLD } })).toBe(401);
});

test('the old token passes for at most the period after a change', async () => {
	const id = freshId();
	const t0 = Date.now();
	const now = jest.spyOn(Date, 'now').mockReturnValue(t0);
	expect(await deliver({ credentialId: id, credential: { webhookToken: OLD }, query: { token: OLD } })).toBe(200);
	// changed in n8n, but only old-token requests arrive: they pass with what was read before the change...
	now.mockReturnValue(t0 + SECRETS_TTL_MS - 1);
	expect(await deliver({ credentialId: id, credential: { webhookToken: NEW }, query: { token: OLD } })).toBe(200);
	// ...until the period is over
	now.mockReturnValue(t0 + SECRETS_TTL_MS);
	expect(await deliver({ credentialId: id, credential: { webhookToken: NEW }, query: { token: OLD } })).toBe(401);
	expect(await deliver({ credentialId: id, credential: { webhookToken: NEW }, query: { token: NEW } })).toBe(200);
	// a clock that goes backwards does not extend a period
	const id2 = freshId();
	now.mockReturnValue(t0);
	expect(await deliver({ credentialId: id2, credential: { webhookToken: OLD }, query: { token: OLD } })).toBe(200);
	now.mockReturnValue(t0 - 1);
	expect(await deliver({ credentialId: id2, credential: { webhookToken: NEW }, query: { token: OLD } })).toBe(401);
});

test('an AES key changed in the credential decrypts the next event (reloaded when the cached key fails)', async () => {
	const { encryptedBodyOf } = await import('../sandbox/server');
	const id = freshId();
	const keyA = '0123456789abcdef0123456789abcdef';
	const keyB = 'fedcba9876543210fedcba9876543210';
	const body = (key: string) => encryptedBodyOf({ orderID: 'o-2' }, { key, mode: 'gcm' });
	const enc = { 'x-encrypted': 'true' };
	expect(await deliver({ credentialId: id, credential: { webhookAesSecret: keyA }, headers: enc, raw: body(keyA) })).toBe(200);
	const out = await runWebhook({ parameters: { event: 'purchasedStoreItem' }, credentialId: id, credential: { webhookAesSecret: keyB }, headers: enc, raw: body(keyB) });
	expect(out.items).toEqual([{ orderID: 'o-2', _returningAi: { event: 'purchasedStoreItem', encrypted: true, receivedAt: expect.any(String) } }]);
});

test('test webhooks (manual mode) read the credential on every request', async () => {
	const id = freshId();
	const before = credentialLoads();
	for (let i = 0; i < 3; i++) expect(await deliver({ mode: 'manual', credentialId: id, credential: { webhookToken: OLD }, query: { token: OLD } })).toBe(200);
	expect(credentialLoads() - before).toBe(3);
});

test('a credential that cannot be loaded is not remembered: each request tries again and fails closed', async () => {
	const before = credentialLoads();
	expect(await deliver({ credentialId: 'broken-credential', credentialFails: true })).toBe(500);
	expect(await deliver({ credentialId: 'broken-credential', credentialFails: true })).toBe(500);
	expect(credentialLoads() - before).toBe(2);
});

test('no credential selected: nothing is loaded', async () => {
	const before = credentialLoads();
	expect(await deliver({})).toBe(200);
	expect(credentialLoads() - before).toBe(0);
});
