// AES-256 CBC/GCM encoding and decoding of Returning.AI webhook bodies, exactly as the package format of
// the reference (webhooks.md §3): forms A (JSON envelope), B (raw base64) and C (hex with colons, decode only).
// Failures are DecodeError with a typed reason and a short message; neither ever contains key material.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'crypto';

export type AesMode = 'cbc' | 'gcm';
export type DecodeMode = 'auto' | AesMode;
/** A: JSON envelope `{iv, data, tag}`; B: `base64(iv || ciphertext || tag)`; C: `hex(iv):hex(ct)[:hex(tag)]`. */
export type EncryptedForm = 'A' | 'B' | 'C';

export type DecodeFailureReason =
	| 'invalidKey'
	| 'emptyBody'
	| 'invalidEnvelope'
	| 'invalidEncoding'
	| 'invalidLength'
	| 'modeMismatch'
	| 'authenticationFailed'
	| 'invalidPadding'
	| 'invalidUtf8'
	| 'invalidJson';

const MESSAGES: Record<DecodeFailureReason, string> = {
	invalidKey: 'The AES key must be exactly 32 bytes (32 plain characters)',
	emptyBody: 'The body is empty',
	invalidEnvelope: 'The encrypted envelope is not valid: it needs "iv" and "data" as strings',
	invalidEncoding: 'The encrypted body is not valid base64 or hex',
	invalidLength: 'The IV, tag or ciphertext has the wrong length',
	modeMismatch: 'The body does not use the configured encryption mode',
	authenticationFailed: 'Decryption failed: wrong key or tampered body',
	invalidPadding: 'Decryption failed: wrong key, wrong mode or corrupted body (bad padding)',
	invalidUtf8: 'The decrypted body is not UTF-8 text',
	invalidJson: 'The body is not valid JSON',
};

export class DecodeError extends Error {
	readonly reason: DecodeFailureReason;

	constructor(reason: DecodeFailureReason, message = MESSAGES[reason]) {
		super(message);
		this.name = 'DecodeError';
		this.reason = reason;
	}
}

export const KEY_LENGTH = 32;
const CBC_IV = 16;
const GCM_IV = 12;
const GCM_IV_LONG = 16;
const TAG = 16;
const BLOCK = 16;

/** The 32 key bytes of a key string (UTF-8, no derivation). Throws DecodeError('invalidKey'). */
export function keyBytes(key: string | Buffer): Buffer {
	const bytes = Buffer.isBuffer(key) ? key : Buffer.from(String(key ?? ''), 'utf8');
	if (bytes.length !== KEY_LENGTH) throw new DecodeError('invalidKey');
	return bytes;
}

/** Whether a key string is usable (exactly 32 bytes in UTF-8). */
export function isValidKey(key: unknown): boolean {
	return typeof key === 'string' && Buffer.byteLength(key, 'utf8') === KEY_LENGTH;
}

/** Whether an `x-encrypted` header value means "encrypted" (case-insensitive `true`). */
export function isEncryptedHeader(value: unknown): boolean {
	const v = Array.isArray(value) ? value[0] : value;
	return typeof v === 'string' && v.trim().toLowerCase() === 'true';
}

export interface EncryptOptions {
	mode: AesMode;
	/** A (default) or B; C is never sent. */
	form?: 'A' | 'B';
	/** Fixed IV/nonce, for tests only; random otherwise. */
	iv?: Buffer;
}

/** Encrypts the JSON text of `payload` (or a string as is) and returns the body text to send. */
export function encryptBody(payload: unknown, key: string | Buffer, options: EncryptOptions): string {
	const k = keyBytes(key);
	const plaintext = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload), 'utf8');
	const form = options.form ?? 'A';
	if (options.mode === 'cbc') {
		const iv = options.iv ?? randomBytes(CBC_IV);
		if (iv.length !== CBC_IV) throw new DecodeError('invalidLength');
		const cipher = createCipheriv('aes-256-cbc', k, iv);
		const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
		if (form === 'B') return Buffer.concat([iv, data]).toString('base64');
		return JSON.stringify({ iv: iv.toString('base64'), data: data.toString('base64') });
	}
	const iv = options.iv ?? randomBytes(GCM_IV);
	if (iv.length !== GCM_IV && iv.length !== GCM_IV_LONG) throw new DecodeError('invalidLength');
	const cipher = createCipheriv('aes-256-gcm', k, iv, { authTagLength: TAG });
	const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
	const tag = cipher.getAuthTag();
	if (form === 'B') return Buffer.concat([iv, data, tag]).toString('base64');
	return JSON.stringify({ iv: iv.toString('base64'), data: data.toString('base64'), tag: tag.toString('base64') });
}

/** Encodes raw parts as form C (for tests and tools; the package never sends it). */
export function toFormC(iv: Buffer, data: Buffer, tag?: Buffer): string {
	return [iv, data, ...(tag ? [tag] : [])].map((b) => b.toString('hex')).join(':');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const HEX_FORM = /^[0-9a-fA-F]+(:[0-9a-fA-F]+){1,2}$/;

/** Strict base64 (standard or URL-safe, whitespace tolerated, padding optional). */
export function decodeBase64(text: string): Buffer {
	const s = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
	if (!s.length || !BASE64.test(s)) throw new DecodeError('invalidEncoding');
	const unpadded = s.replace(/=+$/, '');
	if (unpadded.length % 4 === 1) throw new DecodeError('invalidEncoding');
	if (s.length !== unpadded.length && s.length % 4 !== 0) throw new DecodeError('invalidEncoding');
	return Buffer.from(unpadded, 'base64');
}

function decodeHex(text: string): Buffer {
	if (text.length % 2 !== 0) throw new DecodeError('invalidEncoding');
	return Buffer.from(text, 'hex');
}

function cbc(key: Buffer, iv: Buffer, data: Buffer): Buffer {
	if (iv.length !== CBC_IV || data.length === 0 || data.length % BLOCK !== 0) throw new DecodeError('invalidLength');
	let plaintext: Buffer | undefined;
	try {
		const decipher = createDecipheriv('aes-256-cbc', key, iv);
		plaintext = Buffer.concat([decipher.update(data), decipher.final()]);
	} catch {
		plaintext = undefined;
	}
	if (!plaintext) throw new DecodeError('invalidPadding');
	return plaintext;
}

function gcm(key: Buffer, iv: Buffer, data: Buffer, tag: Buffer): Buffer {
	if ((iv.length !== GCM_IV && iv.length !== GCM_IV_LONG) || tag.length !== TAG) throw new DecodeError('invalidLength');
	let plaintext: Buffer | undefined;
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG });
		decipher.setAuthTag(tag);
		plaintext = Buffer.concat([decipher.update(data), decipher.final()]);
	} catch {
		plaintext = undefined;
	}
	if (!plaintext) throw new DecodeError('authenticationFailed');
	return plaintext;
}

function pick(obj: Record<string, unknown>, names: string[]): unknown {
	for (const n of names) if (obj[n] !== undefined && obj[n] !== null) return obj[n];
	return undefined;
}

export interface Decrypted {
	plaintext: Buffer;
	form: EncryptedForm;
	cipher: AesMode;
}

function decryptFormA(envelope: Record<string, unknown>, key: Buffer, mode: DecodeMode): Decrypted {
	const iv = envelope.iv;
	const data = pick(envelope, ['data', 'encryptedData', 'ciphertext']);
	const tag = pick(envelope, ['tag', 'authTag']);
	if (typeof iv !== 'string' || typeof data !== 'string' || (tag !== undefined && typeof tag !== 'string')) {
		throw new DecodeError('invalidEnvelope');
	}
	const ivBytes = decodeBase64(iv);
	const dataBytes = data === '' ? Buffer.alloc(0) : decodeBase64(data);
	if (tag !== undefined) {
		if (mode === 'cbc') throw new DecodeError('modeMismatch');
		return { plaintext: gcm(key, ivBytes, dataBytes, decodeBase64(tag as string)), form: 'A', cipher: 'gcm' };
	}
	if (mode === 'gcm') throw new DecodeError('modeMismatch');
	return { plaintext: cbc(key, ivBytes, dataBytes), form: 'A', cipher: 'cbc' };
}

function decryptFormC(text: string, key: Buffer, mode: DecodeMode): Decrypted {
	const parts = text.split(':').map(decodeHex);
	if (parts.length === 3) {
		if (mode === 'cbc') throw new DecodeError('modeMismatch');
		return { plaintext: gcm(key, parts[0], parts[1], parts[2]), form: 'C', cipher: 'gcm' };
	}
	if (mode === 'gcm') throw new DecodeError('modeMismatch');
	return { plaintext: cbc(key, parts[0], parts[1]), form: 'C', cipher: 'cbc' };
}

function decryptFormB(text: string, key: Buffer, mode: DecodeMode): Decrypted {
	const raw = decodeBase64(text);
	let failure: DecodeError | undefined;
	if (mode !== 'cbc') {
		for (const ivLength of [GCM_IV, GCM_IV_LONG]) {
			if (raw.length <= ivLength + TAG) {
				failure ??= new DecodeError('invalidLength');
				continue;
			}
			try {
				const plaintext = gcm(key, raw.subarray(0, ivLength), raw.subarray(ivLength, raw.length - TAG), raw.subarray(raw.length - TAG));
				return { plaintext, form: 'B', cipher: 'gcm' };
			} catch (error) {
				failure = error as DecodeError;
			}
		}
	}
	if (mode !== 'gcm') {
		try {
			return { plaintext: cbc(key, raw.subarray(0, CBC_IV), raw.subarray(CBC_IV)), form: 'B', cipher: 'cbc' };
		} catch (error) {
			// In auto mode, a GCM authentication failure says more than a CBC length/padding failure.
			if (!failure || failure.reason === 'invalidLength') failure = error as DecodeError;
		}
	}
	throw failure ?? new DecodeError('invalidEncoding');
}

/** Decrypts an encrypted body (forms A, B, C) per the decoding algorithm of webhooks.md §3.2, steps 2-4. */
export function decryptBody(body: string | Buffer, key: string | Buffer, mode: DecodeMode = 'auto'): Decrypted {
	const k = keyBytes(key);
	let text = (Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '')).trim();
	if (!text) throw new DecodeError('emptyBody');
	let parsed: unknown;
	let isJson = false;
	try {
		parsed = JSON.parse(text);
		isJson = true;
	} catch {
		// not JSON: form B or C text
	}
	if (isJson) {
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
			return decryptFormA(parsed as Record<string, unknown>, k, mode);
		}
		if (typeof parsed !== 'string') throw new DecodeError('invalidEnvelope');
		text = parsed.trim();
		if (!text) throw new DecodeError('emptyBody');
	}
	if (HEX_FORM.test(text)) return decryptFormC(text, k, mode);
	return decryptFormB(text, k, mode);
}

const ENVELOPE_KEYS = new Set(['iv', 'data', 'encryptedData', 'ciphertext', 'tag', 'authTag']);

/**
 * Whether a body that came WITHOUT `x-encrypted: true` still has the shape of an encrypted body: a form A
 * envelope (only envelope keys, string iv and data), a JSON string literal, form C hex, or a long base64 text
 * that is not JSON. A lenient extension of §3.2 step 1 for senders that omit the header (unconfirmed for
 * Returning.AI's outgoing webhooks); a plain JSON payload object never matches.
 */
export function looksEncrypted(body: string | Buffer): boolean {
	const text = (Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '')).trim();
	if (!text) return false;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return HEX_FORM.test(text) || (text.length >= 40 && BASE64.test(text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/')));
	}
	if (typeof parsed === 'string') return looksEncrypted(parsed);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
	const env = parsed as Record<string, unknown>;
	const keys = Object.keys(env);
	return (
		keys.length > 0 &&
		keys.every((k) => ENVELOPE_KEYS.has(k)) &&
		typeof env.iv === 'string' &&
		typeof pick(env, ['data', 'encryptedData', 'ciphertext']) === 'string'
	);
}

/** Parses UTF-8 JSON text strictly (invalid UTF-8 and invalid JSON are DecodeErrors). */
export function parseJsonBytes(bytes: Buffer): unknown {
	const text = bytes.toString('utf8');
	if (!Buffer.from(text, 'utf8').equals(bytes)) throw new DecodeError('invalidUtf8');
	try {
		return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown }.value;
	} catch {
		return invalidJson();
	}
}

function invalidJson(): never {
	throw new DecodeError('invalidJson');
}

export interface DecodeOptions {
	/** The value of the `x-encrypted` header (anything but case-insensitive `true` means plain JSON). */
	encryptedHeader?: unknown;
	/** The 32-character key; required for encrypted bodies. */
	key?: string;
	mode?: DecodeMode;
}

export interface DecodedBody {
	payload: unknown;
	encrypted: boolean;
	form?: EncryptedForm;
	cipher?: AesMode;
}

/** The whole receiver algorithm (webhooks.md §3.2): plain JSON, or decrypt then parse JSON. */
export function decodeBody(body: string | Buffer, options: DecodeOptions): DecodedBody {
	const bytes = Buffer.isBuffer(body) ? body : Buffer.from(String(body ?? ''), 'utf8');
	if (!isEncryptedHeader(options.encryptedHeader)) {
		if (!bytes.length) throw new DecodeError('emptyBody');
		return { payload: parseJsonBytes(bytes), encrypted: false };
	}
	const decrypted = decryptBody(bytes, options.key ?? '', options.mode ?? 'auto');
	return { payload: parseJsonBytes(decrypted.plaintext), encrypted: true, form: decrypted.form, cipher: decrypted.cipher };
}

/** Constant-time string comparison (hashes first, so lengths leak nothing). */
export function safeEqual(a: string, b: string): boolean {
	const ha = createHash('sha256').update(String(a), 'utf8').digest();
	const hb = createHash('sha256').update(String(b), 'utf8').digest();
	return timingSafeEqual(ha, hb);
}
