/**
 * Fuzz: random and mutated bodies/headers against the decode path, through the trigger's webhook() with the
 * real WebhookContext. Seeded (reproducible). Asserts: no exception escapes, every rejection is a clean 4xx
 * with a known reason and no key material, and under GCM nothing is accepted that is not the genuine payload.
 */
import { DecodeError, decodeBody } from '../../nodes/shared/crypto';
import { runWebhook } from '../harness/webhook';
import { encryptedBodyOf } from '../sandbox/server';
import { KEY } from './vectors';

const REASONS = new Set([
	'emptyBody', 'invalidEnvelope', 'invalidEncoding', 'invalidLength', 'modeMismatch', 'authenticationFailed',
	'invalidPadding', 'invalidUtf8', 'invalidJson', 'invalidPayload', 'noKeyConfigured', 'encryptionRequired', 'payloadTooLarge',
]);

function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rand = prng(0x5eed1234);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)];
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_';
const HEX = '0123456789abcdefABCDEF:';
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');

const PAYLOAD = { orderID: 'o-1', productId: 'p-100', email: 'jane@example.com', price: 250 };
const GENUINE_JSON = JSON.stringify(PAYLOAD);
const genuine = (['A', 'B', 'C'] as const).map((form) => encryptedBodyOf(PAYLOAD, { key: KEY, mode: 'gcm', form }));
const genuineCbc = (['A', 'B', 'C'] as const).map((form) => encryptedBodyOf(PAYLOAD, { key: KEY, mode: 'cbc', form }));

function mutate(text: string): string {
	const buf = Buffer.from(text, 'utf8');
	switch (int(9)) {
		case 0: { // flip one bit
			const i = int(buf.length);
			buf[i] ^= 1 << int(8);
			return buf.toString('latin1');
		}
		case 1: // truncate
			return text.slice(0, int(text.length));
		case 2: // append junk
			return text + chars(B64, 1 + int(20));
		case 3: { // replace one character with one of the same alphabet
			const i = int(text.length);
			return text.slice(0, i) + pick(B64.split('')) + text.slice(i + 1);
		}
		case 4: { // delete a slice
			const i = int(text.length);
			return text.slice(0, i) + text.slice(i + 1 + int(8));
		}
		case 5: { // duplicate a slice
			const i = int(text.length);
			return text.slice(0, i) + text.slice(i, i + 1 + int(16)) + text.slice(i);
		}
		case 6: { // tamper inside a form A envelope field
			try {
				const env = JSON.parse(text);
				const field = pick(['iv', 'data', 'tag']);
				if (typeof env[field] === 'string') {
					const raw = Buffer.from(env[field], 'base64');
					if (raw.length) raw[int(raw.length)] ^= 1 + int(255);
					env[field] = raw.toString('base64');
				} else env[field] = chars(B64, 8);
				return JSON.stringify(env);
			} catch {
				return text.toUpperCase();
			}
		}
		case 7: // change case
			return rand() < 0.5 ? text.toUpperCase() : text.toLowerCase();
		default: // random bytes inserted
			return text.slice(0, int(text.length)) + bytes(1 + int(6)).toString('latin1');
	}
}

function randomBody(): string | Buffer {
	switch (int(8)) {
		case 0: return bytes(int(200));
		case 1: return chars(B64, int(300));
		case 2: return chars(HEX, int(300));
		case 3: return JSON.stringify({ iv: chars(B64, int(30)), data: chars(B64, int(200)), ...(rand() < 0.5 ? { tag: chars(B64, int(30)) } : {}) });
		case 4: return JSON.stringify(pick([null, 1, true, [], {}, 'x', { iv: 1 }, { data: [] }, chars(B64, 40)]));
		case 5: return mutate(pick(genuine));
		case 6: return mutate(mutate(pick([...genuine, ...genuineCbc])));
		default: return pick(['', ' ', '{', '{}', '[]', 'null', '"', '\u0000', '\uFEFF{}', '::', '00:00', '00:00:00']);
	}
}

const HEADER_VALUES = ['true', 'TRUE', 'True', ' true ', 'false', '1', '', 'yes'];

describe('fuzz: decode path of the Returning.AI Trigger', () => {
	const N = 10_000;

	test(`${N} random and mutated requests: no crash, clean 4xx, no accepted GCM forgery`, async () => {
		const started = Date.now();
		let accepted = 0;
		let rejected = 0;
		const problems: string[] = [];
		const reasons: Record<string, number> = {};
		for (let i = 0; i < N; i++) {
			const raw = randomBody();
			const encryptedHeader = rand() < 0.8 ? pick(HEADER_VALUES.slice(0, 4)) : pick(HEADER_VALUES);
			const headerOn = encryptedHeader.trim().toLowerCase() === 'true';
			const gcmOnly = rand() < 0.7;
			const credential = rand() < 0.9 ? { webhookAesSecret: KEY, webhookEncryptionMode: gcmOnly ? 'gcm' : pick(['auto', 'cbc']) } : {};
			const options = rand() < 0.2 ? { requireEncryption: true, maxBodySizeKb: 1 } : {};
			const out = await runWebhook({
				parameters: { event: 'purchasedStoreItem', options },
				credential,
				headers: { 'x-encrypted': encryptedHeader, 'content-type': pick(['application/json', 'text/plain', 'application/octet-stream']) },
				raw,
			});
			if (out.result.workflowData) {
				accepted++;
				if (!out.items.length) problems.push(`case ${i}: accepted without items`);
				if (out.response.statusCode !== 200) problems.push(`case ${i}: accepted with status ${out.response.statusCode}`);
				for (const item of out.items) {
					const { _returningAi, ...payload } = item;
					if (headerOn && _returningAi.encrypted !== true) problems.push(`case ${i}: x-encrypted body accepted as plain`);
					// under GCM, only the genuine payload may ever come out of a decryption (with or without the header)
					if (gcmOnly && 'webhookAesSecret' in credential && _returningAi.encrypted && JSON.stringify(payload) !== GENUINE_JSON) {
						problems.push(`case ${i}: forgery accepted ${JSON.stringify(item)}`);
					}
				}
			} else {
				rejected++;
				const body = out.response.body as { received: boolean; reason: string; message: string };
				const status = out.response.statusCode;
				if (out.result.noWebhookResponse !== true || Object.keys(out.result).length !== 1) problems.push(`case ${i}: result ${JSON.stringify(out.result)}`);
				if (!(status >= 400 && status < 500)) problems.push(`case ${i}: status ${status}`);
				if (body?.received !== false || !REASONS.has(body.reason) || typeof body.message !== 'string') problems.push(`case ${i}: body ${JSON.stringify(body)}`);
				if (JSON.stringify(body).includes(KEY)) problems.push(`case ${i}: key material in the response`);
				reasons[body?.reason] = (reasons[body?.reason] ?? 0) + 1;
			}
		}
		expect(problems).toEqual([]);
		expect(accepted + rejected).toBe(N);
		// the generator reaches the interesting failure classes
		for (const reason of ['authenticationFailed', 'invalidEncoding', 'invalidLength', 'invalidJson', 'invalidEnvelope', 'modeMismatch']) {
			expect(reasons[reason]).toBeGreaterThan(0);
		}
		expect(accepted).toBeGreaterThan(0);
		expect(Date.now() - started).toBeLessThan(60_000);
	}, 120_000);

	test('decodeBody alone: only DecodeError is ever thrown, and GCM never yields anything but the genuine payload', () => {
		for (let i = 0; i < 2_000; i++) {
			const raw = randomBody();
			try {
				const out = decodeBody(raw, { encryptedHeader: 'true', key: KEY, mode: 'gcm' });
				expect(out.payload).toEqual(PAYLOAD);
			} catch (error) {
				if (!(error instanceof DecodeError)) throw error;
			}
		}
	});
});
