/**
 * Issue 15 (trigger): every body form the trigger decodes is accepted whatever Content-Type the sender puts on
 * it, including application/json on a body that is not JSON (raw base64 or hex of an encrypted event), which
 * n8n 2.41.1 itself answers 422 for start nodes whose body it parses. The harness hands the body over as n8n
 * does (n8nBody: parseRequestBody of webhook-helpers.js for the node's version and options).
 */
import { ReturningAiTrigger } from '../../nodes/Trigger/ReturningAiTrigger.node';
import { runWebhook, type WebhookOutcome } from '../harness/webhook';
import { KEY, PAYLOAD, VECTORS } from './vectors';

const WRONG_KEY = 'fedcba9876543210fedcba9876543210';
const EVENT = { userId: 'u-1', email: 'jane@example.com', joinedAt: '2024-05-01T10:00:00Z' };
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/octet-stream', ''];

/** Each body form the trigger decodes (webhooks.md §2), with what it must yield. */
const FORMS: Array<{ name: string; raw: string; encrypted: boolean; payload: Record<string, unknown> }> = [
	{ name: 'plain JSON event', raw: JSON.stringify(EVENT), encrypted: false, payload: EVENT },
	{ name: 'CBC JSON envelope', raw: VECTORS.cbc.A, encrypted: true, payload: PAYLOAD },
	{ name: 'CBC raw base64', raw: VECTORS.cbc.B, encrypted: true, payload: PAYLOAD },
	{ name: 'CBC hex iv:data', raw: VECTORS.cbc.C, encrypted: true, payload: PAYLOAD },
	{ name: 'GCM JSON envelope', raw: VECTORS.gcm.A, encrypted: true, payload: PAYLOAD },
	{ name: 'GCM raw base64', raw: VECTORS.gcm.B, encrypted: true, payload: PAYLOAD },
	{ name: 'GCM hex iv:data', raw: VECTORS.gcm.C, encrypted: true, payload: PAYLOAD },
];

function expectEvent(out: WebhookOutcome, encrypted: boolean, payload: Record<string, unknown>) {
	expect(out.n8nRejected).toBeUndefined();
	expect(out.response.body).toBeUndefined();
	expect(out.result.webhookResponse).toEqual({ received: true });
	expect(out.items).toEqual([{ ...payload, _returningAi: { event: 'userJoinsServer', encrypted, receivedAt: expect.any(String) } }]);
}

function expectNoRun(out: WebhookOutcome, status: number) {
	expect(out.result.workflowData).toBeUndefined();
	expect(out.items).toEqual([]);
	expect(out.n8nRejected?.status ?? out.response.statusCode).toBe(status);
}

const call = (raw: string, contentType: string, extra: { typeVersion?: number; header?: boolean; key?: string; options?: Record<string, unknown> } = {}) =>
	runWebhook({
		n8nBody: true,
		typeVersion: extra.typeVersion,
		parameters: { event: 'userJoinsServer', ...(extra.options ? { options: extra.options } : {}) },
		credential: { webhookAesSecret: extra.key ?? KEY },
		headers: { 'content-type': contentType, ...(extra.header ? { 'x-encrypted': 'true' } : {}) },
		raw,
	});

describe('Trigger: any Content-Type (version 1, the default)', () => {
	test('version 1 is the default and has Accept Any Content Type (options.binaryData) on without saving it', () => {
		const d = new ReturningAiTrigger().description;
		expect(d.defaultVersion).toBe(1);
		const options = d.properties.find((p) => p.name === 'options')!;
		expect(options.default).toEqual({ binaryData: true });
		const accept = (options.options as any[]).find((o) => o.name === 'binaryData');
		expect(accept).toMatchObject({ type: 'boolean', default: true, displayOptions: { show: { '@version': [1] } } });
	});

	for (const form of FORMS) {
		for (const contentType of CONTENT_TYPES) {
			test(`${form.name} as ${contentType || 'no content type'} is decoded (with and without x-encrypted)`, async () => {
				expectEvent(await call(form.raw, contentType, { typeVersion: 1 }), form.encrypted, form.payload);
				if (form.encrypted) expectEvent(await call(form.raw, contentType, { typeVersion: 1, header: true }), true, form.payload);
			});
		}
	}

	test('forged (another key) and garbled bodies get 400 and no execution, for every content type', async () => {
		const garbled = VECTORS.gcm.B.slice(0, 20) + (VECTORS.gcm.B[20] === 'A' ? 'B' : 'A') + VECTORS.gcm.B.slice(21);
		for (const contentType of CONTENT_TYPES) {
			for (const raw of [VECTORS.gcm.A, VECTORS.gcm.B, VECTORS.gcm.C]) {
				expectNoRun(await call(raw, contentType, { typeVersion: 1, key: WRONG_KEY }), 400);
				expectNoRun(await call(raw, contentType, { typeVersion: 1, key: WRONG_KEY, header: true }), 400);
			}
			expectNoRun(await call(garbled, contentType, { typeVersion: 1, header: true }), 400);
			expectNoRun(await call('not json, not base64 !!', contentType, { typeVersion: 1 }), 400);
			expectNoRun(await call('{"userId": "u-1",', contentType, { typeVersion: 1 }), 400);
		}
	});
});

describe('Trigger: where n8n parses the body itself (version 1.1, or Accept Any Content Type off)', () => {
	for (const setup of [{ typeVersion: 1.1 }, { typeVersion: 1, options: { binaryData: false } }]) {
		const label = setup.options ? 'version 1 with the option off' : 'version 1.1';
		test(`${label}: raw base64 or hex labelled application/json is answered 422 by n8n, the node does not run`, async () => {
			for (const raw of [VECTORS.gcm.B, VECTORS.gcm.C, VECTORS.cbc.B]) {
				const out = await call(raw, 'application/json', setup);
				expect(out.n8nRejected).toEqual({ status: 422, message: 'Failed to parse request body' });
				expectNoRun(out, 422);
			}
		});
		test(`${label}: every form is still decoded as text/plain, application/octet-stream or without a content type`, async () => {
			for (const form of FORMS) {
				for (const contentType of ['text/plain', 'application/octet-stream', '']) {
					expectEvent(await call(form.raw, contentType, setup), form.encrypted, form.payload);
				}
			}
		});
	}
});
