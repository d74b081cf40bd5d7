import {
	DecodeError,
	decodeBody,
	decryptBody,
	encryptBody,
	isEncryptedHeader,
	looksEncrypted,
	keyBytes,
	safeEqual,
	type AesMode,
	type DecodeMode,
} from '../../nodes/shared/crypto';
import { encryptedBodyOf } from '../sandbox/server';
import { CBC_IV, GCM_IV, KEY, PAYLOAD, PLAINTEXT, VECTORS } from './vectors';

const WRONG_KEY = 'fedcba9876543210fedcba9876543210';

function reasonOf(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(DecodeError);
		expect((error as Error).message).not.toContain(KEY);
		expect((error as Error).message).not.toContain(WRONG_KEY);
		return (error as DecodeError).reason;
	}
	throw new Error('expected a DecodeError');
}

describe('webhooks.md §3.3 test vectors', () => {
	const cases: Array<[AesMode, 'A' | 'B' | 'C']> = [
		['cbc', 'A'], ['cbc', 'B'], ['cbc', 'C'],
		['gcm', 'A'], ['gcm', 'B'], ['gcm', 'C'],
	];
	test.each(cases)('%s form %s decodes to the plaintext in auto mode and in its own mode', (mode, form) => {
		for (const decodeMode of ['auto', mode] as DecodeMode[]) {
			const out = decodeBody(VECTORS[mode][form], { encryptedHeader: 'true', key: KEY, mode: decodeMode });
			expect(out).toEqual({ payload: PAYLOAD, encrypted: true, form, cipher: mode });
		}
		expect(decryptBody(VECTORS[mode][form], KEY).plaintext.toString('utf8')).toBe(PLAINTEXT);
	});

	test.each(['cbc', 'gcm'] as AesMode[])('%s form B sent as a JSON string literal decodes too', (mode) => {
		const literal = JSON.stringify(VECTORS[mode].B);
		expect(decodeBody(literal, { encryptedHeader: 'TRUE', key: KEY }).payload).toEqual(PAYLOAD);
	});

	test('form B with URL-safe alphabet, no padding and line breaks decodes', () => {
		const urlSafe = VECTORS.gcm.B.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const wrapped = urlSafe.replace(/(.{40})/g, '$1\r\n');
		expect(decodeBody(wrapped, { encryptedHeader: 'true', key: KEY }).payload).toEqual(PAYLOAD);
	});

	test('form A aliases encryptedData/ciphertext and authTag are accepted, extra fields ignored', () => {
		const a = JSON.parse(VECTORS.gcm.A);
		const aliased = JSON.stringify({ iv: a.iv, encryptedData: a.data, authTag: a.tag, version: 1 });
		expect(decodeBody(aliased, { encryptedHeader: 'true', key: KEY }).payload).toEqual(PAYLOAD);
		const c = JSON.parse(VECTORS.cbc.A);
		expect(decodeBody(JSON.stringify({ iv: c.iv, ciphertext: c.data }), { encryptedHeader: 'true', key: KEY }).payload).toEqual(PAYLOAD);
	});

	test('encrypting with the fixed IVs reproduces forms A and B byte for byte', () => {
		const cbcIv = Buffer.from(CBC_IV, 'hex');
		const gcmIv = Buffer.from(GCM_IV, 'hex');
		expect(encryptBody(PLAINTEXT, KEY, { mode: 'cbc', iv: cbcIv })).toBe(VECTORS.cbc.A);
		expect(encryptBody(PLAINTEXT, KEY, { mode: 'cbc', iv: cbcIv, form: 'B' })).toBe(VECTORS.cbc.B);
		expect(encryptBody(PLAINTEXT, KEY, { mode: 'gcm', iv: gcmIv })).toBe(VECTORS.gcm.A);
		expect(encryptBody(PLAINTEXT, KEY, { mode: 'gcm', iv: gcmIv, form: 'B' })).toBe(VECTORS.gcm.B);
		expect(encryptedBodyOf(PAYLOAD, { key: KEY, mode: 'cbc', form: 'C', iv: CBC_IV })).toBe(VECTORS.cbc.C);
		expect(encryptedBodyOf(PAYLOAD, { key: KEY, mode: 'gcm', form: 'C', iv: GCM_IV })).toBe(VECTORS.gcm.C);
	});
});

describe('round trip with random IVs', () => {
	const payload = { id: 'ünï©ødé ✓', n: 42, nested: { list: [1, 'two', null, true] } };
	for (const mode of ['cbc', 'gcm'] as AesMode[]) {
		for (const form of ['A', 'B', 'C'] as const) {
			test(`${mode} form ${form}`, () => {
				const body = encryptedBodyOf(payload, { key: KEY, mode, form });
				const again = encryptedBodyOf(payload, { key: KEY, mode, form });
				expect(body).not.toBe(again); // random IVs
				for (const decodeMode of ['auto', mode] as DecodeMode[]) {
					expect(decodeBody(body, { encryptedHeader: 'true', key: KEY, mode: decodeMode })).toEqual({ payload, encrypted: true, form, cipher: mode });
				}
			});
		}
	}
	test('a 16-byte GCM nonce is accepted when decoding (forms A and B)', () => {
		const iv = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
		expect(decodeBody(encryptBody(payload, KEY, { mode: 'gcm', iv }), { encryptedHeader: 'true', key: KEY }).payload).toEqual(payload);
		expect(decodeBody(encryptBody(payload, KEY, { mode: 'gcm', iv, form: 'B' }), { encryptedHeader: 'true', key: KEY }).payload).toEqual(payload);
	});
});

describe('decoding failures have typed reasons without key material', () => {
	const enc = { encryptedHeader: 'true', key: KEY };
	test('plain JSON without the header', () => {
		expect(decodeBody('{"a":1}', {})).toEqual({ payload: { a: 1 }, encrypted: false });
		expect(reasonOf(() => decodeBody('{"a":', {}))).toBe('invalidJson');
		expect(reasonOf(() => decodeBody('', {}))).toBe('emptyBody');
		expect(reasonOf(() => decodeBody(Buffer.from([0x7b, 0xff, 0x7d]), {}))).toBe('invalidUtf8');
	});
	test('wrong key: GCM fails authentication, CBC fails padding or JSON', () => {
		expect(reasonOf(() => decodeBody(VECTORS.gcm.A, { ...enc, key: WRONG_KEY }))).toBe('authenticationFailed');
		expect(reasonOf(() => decodeBody(VECTORS.gcm.C, { ...enc, key: WRONG_KEY }))).toBe('authenticationFailed');
		expect(['invalidPadding', 'invalidJson', 'invalidUtf8']).toContain(reasonOf(() => decodeBody(VECTORS.cbc.A, { ...enc, key: WRONG_KEY })));
	});
	test('tampered GCM ciphertext, tag or nonce is rejected', () => {
		const a = JSON.parse(VECTORS.gcm.A);
		const flip = (b64: string, i: number) => {
			const b = Buffer.from(b64, 'base64');
			b[i] ^= 1;
			return b.toString('base64');
		};
		for (const field of ['data', 'tag', 'iv']) {
			expect(reasonOf(() => decodeBody(JSON.stringify({ ...a, [field]: flip(a[field], 3) }), enc))).toBe('authenticationFailed');
		}
	});
	test('mode mismatches', () => {
		expect(reasonOf(() => decodeBody(VECTORS.cbc.A, { ...enc, mode: 'gcm' }))).toBe('modeMismatch');
		expect(reasonOf(() => decodeBody(VECTORS.gcm.A, { ...enc, mode: 'cbc' }))).toBe('modeMismatch');
		expect(reasonOf(() => decodeBody(VECTORS.cbc.C, { ...enc, mode: 'gcm' }))).toBe('modeMismatch');
		expect(reasonOf(() => decodeBody(VECTORS.gcm.C, { ...enc, mode: 'cbc' }))).toBe('modeMismatch');
		// a GCM form B body read as CBC: 12+97+16 bytes is no whole number of blocks
		expect(reasonOf(() => decodeBody(VECTORS.gcm.B, { ...enc, mode: 'cbc' }))).toBe('invalidLength');
		expect(reasonOf(() => decodeBody(VECTORS.cbc.B, { ...enc, mode: 'gcm' }))).toBe('authenticationFailed');
	});
	test('garbled encodings, lengths and envelopes', () => {
		expect(reasonOf(() => decodeBody('not base64 at all!', enc))).toBe('invalidEncoding');
		expect(reasonOf(() => decodeBody('QUJD=A', enc))).toBe('invalidEncoding');
		expect(reasonOf(() => decodeBody('abc:12', enc))).toBe('invalidEncoding'); // odd hex length
		expect(reasonOf(() => decodeBody('{"iv":"AAEC","data":"###"}', enc))).toBe('invalidEncoding');
		expect(reasonOf(() => decodeBody('{"iv":1,"data":"AAEC"}', enc))).toBe('invalidEnvelope');
		expect(reasonOf(() => decodeBody('{"hello":"world"}', enc))).toBe('invalidEnvelope');
		expect(reasonOf(() => decodeBody('[1,2]', enc))).toBe('invalidEnvelope');
		expect(reasonOf(() => decodeBody('QUJD', enc))).toBe('invalidLength');
		expect(reasonOf(() => decodeBody('   ', enc))).toBe('emptyBody');
		expect(reasonOf(() => decodeBody('""', enc))).toBe('emptyBody');
		const a = JSON.parse(VECTORS.gcm.A);
		expect(reasonOf(() => decodeBody(JSON.stringify({ ...a, tag: a.tag.slice(0, 8) }), enc))).toBe('invalidLength');
		expect(reasonOf(() => decodeBody(JSON.stringify({ ...a, iv: 'AAECAwQF' }), enc))).toBe('invalidLength');
	});
	test('bad padding under CBC', () => {
		// a valid-length ciphertext whose last block decrypts to garbage padding
		const body = Buffer.concat([Buffer.from(CBC_IV, 'hex'), Buffer.alloc(32, 7)]).toString('base64');
		expect(['invalidPadding', 'invalidJson', 'invalidUtf8']).toContain(reasonOf(() => decodeBody(body, { ...enc, mode: 'cbc' })));
	});
	test('non-JSON plaintext and non-UTF-8 plaintext', () => {
		expect(reasonOf(() => decodeBody(encryptBody('hello, not json', KEY, { mode: 'gcm' }), enc))).toBe('invalidJson');
		expect(reasonOf(() => decodeBody(encryptBody('not json', KEY, { mode: 'cbc' }), enc))).toBe('invalidJson');
	});
	test('keys must be exactly 32 bytes; the header is case-insensitive true only', () => {
		expect(reasonOf(() => keyBytes('short'))).toBe('invalidKey');
		expect(reasonOf(() => keyBytes('é'.repeat(32)))).toBe('invalidKey'); // 64 bytes in UTF-8
		expect(reasonOf(() => decodeBody(VECTORS.gcm.A, { encryptedHeader: 'true' }))).toBe('invalidKey');
		expect(keyBytes(KEY)).toHaveLength(32);
		expect([isEncryptedHeader('true'), isEncryptedHeader(' True '), isEncryptedHeader(['TRUE'])]).toEqual([true, true, true]);
		expect([isEncryptedHeader('false'), isEncryptedHeader('1'), isEncryptedHeader(undefined), isEncryptedHeader('yes')]).toEqual([false, false, false, false]);
	});
	test('looksEncrypted: envelopes, base64, hex and string literals yes; payload objects no', () => {
		for (const body of [VECTORS.cbc.A, VECTORS.cbc.B, VECTORS.cbc.C, VECTORS.gcm.A, VECTORS.gcm.B, VECTORS.gcm.C, JSON.stringify(VECTORS.gcm.B)]) {
			expect(looksEncrypted(body)).toBe(true);
		}
		for (const body of ['{"a":1}', '{"iv":"x","data":"y","user":"u"}', '[1]', '"hello"', 'short', '', '{"iv":1,"data":"x"}', PLAINTEXT]) {
			expect(looksEncrypted(body)).toBe(false);
		}
	});
	test('safeEqual compares exactly', () => {
		expect(safeEqual('s3cret', 's3cret')).toBe(true);
		expect(safeEqual('s3cret', 's3cret ')).toBe(false);
		expect(safeEqual('', 'x')).toBe(false);
	});
});
