/* eslint-disable */
/**
 * The Returning.AI sandbox: a local simulator of the whole reference on 127.0.0.1.
 * - serves every route of test/sandbox/reference/endpoints.json (custom handlers for special
 *   routes in handlers/, a generic stateful REST model for the rest);
 * - checks auth (401 without a valid key, 403 for a key lacking the category's permission);
 * - validates path ids, query names and bodies against the reference (400 in the API's error shape);
 * - paginates in each documented style; seeds thousands of records on request;
 * - injects faults (status + headers, slow responses, non-JSON bodies, 200 failure envelopes, resets);
 * - records every request (method, path, query, headers, parsed body, multipart parts).
 */
import { randomBytes } from 'crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { encryptBody, toFormC, type AesMode, type DecodeMode, type EncryptedForm } from '../../nodes/shared/crypto';
import { envelopeOf, permissionOf, reference, type RefEntry, type RefField } from './reference';
import { handlers } from './handlers';

export interface MultipartPart {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
	text: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
	rawBody: Buffer;
	body: any;
	parts?: MultipartPart[];
	routeId?: string;
	status?: number;
	/** Incoming webhooks: the decoded (decrypted) JSON body the handler accepted. */
	decoded?: any;
	/** Incoming webhooks: whether the body arrived encrypted. */
	encrypted?: boolean;
}

export interface Fault {
	/** Route id or a predicate; omitted = every route. */
	route?: string;
	method?: string;
	path?: RegExp | string;
	kind: 'status' | 'slow' | 'nonJson' | 'failureEnvelope' | 'reset';
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	/** How many requests it applies to; default 1. Infinity for all. */
	times?: number;
	/** Applies to every Nth matching request only (the Nth, 2Nth, …), up to `times` of them (default: no limit). */
	every?: number;
	/** Matching requests seen so far (with `every`). */
	seen?: number;
}

export interface KeySpec {
	/** Permissions: category names (e.g. 'store', 'users'), or '*' for all. */
	permissions: string[] | '*';
}

export interface HandlerContext {
	sandbox: Sandbox;
	entry: RefEntry;
	req: RecordedRequest;
	params: Record<string, string>;
	/** Formats a success response in the entry's envelope. */
	ok(data: unknown, extra?: { status?: number; message?: string; meta?: Record<string, unknown>; top?: Record<string, unknown> }): HandlerResult;
	fail(status: number, message: string): HandlerResult;
}

export interface HandlerResult {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
	raw?: boolean;
}

export interface WebhookSettings {
	apiKey?: string;
	aesKey?: string;
	mode?: DecodeMode;
	requireEncryption?: boolean;
	webhookId?: string;
}

/** An outgoing event to deliver to a URL (e.g. a Returning.AI Trigger), plain or encrypted in any form/mode. */
export interface Delivery {
	url: string;
	/** The event payload (JSON-serialised), or a string sent as is. */
	payload?: unknown;
	/** Sent instead of the (encrypted) payload, verbatim: for malformed bodies. */
	rawBody?: string;
	method?: string;
	headers?: Record<string, string>;
	/** Encrypt the payload; adds x-encrypted: true. Form C is hex with colons. `iv` (hex) fixes the IV for tests. */
	encrypt?: { key: string; mode: AesMode; form?: EncryptedForm; iv?: string };
}

export interface DeliveryResult {
	status: number;
	headers: Record<string, string>;
	body: unknown;
	/** The exact body text that was sent. */
	sent: string;
}

/** Encrypts a payload into the body text of form A, B or C (webhooks.md §3.1). */
export function encryptedBodyOf(payload: unknown, encrypt: NonNullable<Delivery['encrypt']>): string {
	const iv = encrypt.iv ? Buffer.from(encrypt.iv, 'hex') : undefined;
	const form = encrypt.form ?? 'A';
	if (form !== 'C') return encryptBody(payload, encrypt.key, { mode: encrypt.mode, form, iv });
	const envelope = JSON.parse(encryptBody(payload, encrypt.key, { mode: encrypt.mode, form: 'A', iv }));
	const b = (v: string | undefined) => (v === undefined ? undefined : Buffer.from(v, 'base64'));
	return toFormC(b(envelope.iv)!, b(envelope.data)!, b(envelope.tag));
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

interface CompiledRoute {
	entry: RefEntry;
	regex: RegExp;
	paramNames: string[];
	literalCount: number;
}

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;

export function objectId(): string {
	return randomBytes(12).toString('hex');
}

function compile(entry: RefEntry): CompiledRoute {
	const paramNames: string[] = [];
	const segments = entry.path.split('/').filter(Boolean);
	const regex = new RegExp(
		'^/' +
			segments
				.map((s) => {
					const m = /^\{(\w+)\}$/.exec(s);
					if (m) {
						paramNames.push(m[1]);
						return '([^/]+)';
					}
					return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				})
				.join('/') +
			'/?$',
	);
	return { entry, regex, paramNames, literalCount: segments.length - paramNames.length };
}

export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!m) return [];
	const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
	const parts: MultipartPart[] = [];
	let start = body.indexOf(boundary);
	while (start !== -1) {
		const next = body.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const chunk = body.subarray(start + boundary.length + 2, next - 2); // skip CRLF after boundary, before next
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const head = chunk.subarray(0, headerEnd).toString('utf8');
			const data = chunk.subarray(headerEnd + 4);
			const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
			const filename = /filename="([^"]*)"/i.exec(head)?.[1];
			const ct = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
			parts.push({ name, filename, contentType: ct, data, text: data.toString('utf8') });
		}
		start = next;
	}
	return parts;
}

/** Checks a value against a reference type string such as `integer`, `array<string>`, `string (24-hex ObjectId)`. */
function typeProblem(field: RefField, value: unknown): string | undefined {
	const t = field.type.toLowerCase();
	if (value === null) return t.includes('null') ? undefined : `"${field.name}" must not be null`;
	if (t.startsWith('file')) return undefined;
	if (t === 'any') return undefined;
	if (t.startsWith('array')) return Array.isArray(value) ? undefined : `"${field.name}" must be an array`;
	if (t.startsWith('object')) return typeof value === 'object' && !Array.isArray(value) ? undefined : `"${field.name}" must be an object`;
	if (t === 'integer') return Number.isInteger(value) ? undefined : `"${field.name}" must be an integer`;
	if (t === 'number') return typeof value === 'number' ? undefined : `"${field.name}" must be a number`;
	if (t === 'boolean') return typeof value === 'boolean' ? undefined : `"${field.name}" must be a boolean`;
	if (t.startsWith('string')) {
		if (typeof value !== 'string') return `"${field.name}" must be a string`;
		if (t.includes('objectid') && !OBJECT_ID.test(value)) return `"${field.name}" must be a valid ObjectId`;
		if (t.includes('dd/mm/yyyy') && !/^\d{2}\/\d{2}\/\d{4}$/.test(value)) return `"${field.name}" must be a date in DD/MM/YYYY format`;
		return undefined;
	}
	return undefined;
}

function firstArrayPath(value: unknown, prefix = ''): string | undefined {
	if (Array.isArray(value)) return prefix;
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (Array.isArray(v)) return prefix ? `${prefix}.${k}` : k;
		}
	}
	return undefined;
}

function dataOfExample(entry: RefEntry): unknown {
	const ex = entry.response.example as any;
	if (!ex || typeof ex !== 'object') return ex;
	const env = envelopeOf(entry);
	if (env === 'legacy') return ex.body;
	if (env === 'management' || env === 'integration') return 'data' in ex ? ex.data : undefined;
	return ex;
}

function setAt(obj: any, path: string, value: unknown): any {
	if (!path) return value;
	const keys = path.split('.');
	const root = { ...(obj ?? {}) };
	let t = root;
	for (const k of keys.slice(0, -1)) {
		t[k] = { ...(t[k] ?? {}) };
		t = t[k];
	}
	t[keys[keys.length - 1]] = value;
	return root;
}

function idOf(record: any): string | undefined {
	return record?._id ?? record?.id ?? record?.uuid;
}

export class Sandbox {
	readonly requests: RecordedRequest[] = [];
	readonly keys = new Map<string, KeySpec>();
	/** Collections of the generic REST model, keyed by concrete collection path (e.g. /v1/categories). */
	readonly collections = new Map<string, any[]>();
	/** Free-form state for custom handlers. */
	readonly state = new Map<string, any>();
	faults: Fault[] = [];
	/**
	 * Incoming-webhook settings, used by handlers/events.ts: the x-api-key the webhook demands, the AES key
	 * and mode it decrypts with, whether it refuses plain bodies, and the one webhook ID it knows (others: 404).
	 */
	webhook: WebhookSettings = {};
	private server?: Server;
	private routes: CompiledRoute[];
	baseUrl = '';

	static readonly API_KEY = 'sandbox-api-key-0123456789';
	static readonly LIMITED_KEY = 'sandbox-limited-key-0123456789';

	constructor(options: { keys?: Record<string, KeySpec> } = {}) {
		this.routes = reference.map(compile).sort((a, b) => b.literalCount - a.literalCount);
		this.keys.set(Sandbox.API_KEY, { permissions: '*' });
		this.keys.set(Sandbox.LIMITED_KEY, { permissions: ['messaging'] });
		for (const [k, v] of Object.entries(options.keys ?? {})) this.keys.set(k, v);
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error) => {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ status: 'error', message: `sandbox crashed: ${error?.message}` }));
			});
		});
		this.server.keepAliveTimeout = 1000;
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `http://${host}:${address.port}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		const server = this.server;
		this.server = undefined;
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
	}

	/** Forget requests, faults, data and handler state (keys stay). */
	reset(): void {
		this.requests.length = 0;
		this.faults = [];
		this.collections.clear();
		this.state.clear();
		this.webhook = {};
	}

	fault(fault: Fault): void {
		this.faults.push({ ...fault, times: fault.times ?? (fault.every ? Infinity : 1) });
	}

	/** Requests that reached a route (control requests excluded). */
	apiRequests(): RecordedRequest[] {
		return this.requests;
	}

	lastRequest(): RecordedRequest {
		const r = this.requests[this.requests.length - 1];
		if (!r) throw new Error('The sandbox received no request');
		return r;
	}

	/** The concrete collection path a route works on, with its path params filled in. */
	collectionPath(routeId: string, params: Record<string, string> = {}): string {
		const e = reference.find((x) => x.id === routeId);
		if (!e) throw new Error(`unknown route ${routeId}`);
		let template = e.path;
		if (/(Get|Update|Delete)$/.test(e.operation) && !/Many|Logs|History/.test(e.operation) && /\/\{\w+\}$/.test(template)) {
			template = template.replace(/\/\{\w+\}$/, '');
		}
		return template.replace(/\{(\w+)\}/g, (_, n) => params[n] ?? `{${n}}`);
	}

	collection(path: string): any[] {
		let list = this.collections.get(path);
		if (!list) {
			list = [];
			this.collections.set(path, list);
		}
		return list;
	}

	/** Puts `count` records into the collection of a route; `make(i)` shapes each one. Returns them. */
	seed(routeId: string, count: number, make?: (i: number) => Record<string, unknown>, params: Record<string, string> = {}): any[] {
		const list = this.collection(this.collectionPath(routeId, params));
		const created: any[] = [];
		const now = new Date('2026-01-01T00:00:00.000Z').getTime();
		for (let i = 0; i < count; i++) {
			const record = { _id: objectId(), name: `Record ${list.length + 1}`, createdAt: new Date(now + i * 1000).toISOString(), ...(make ? make(i) : {}) };
			list.push(record);
			created.push(record);
		}
		return created;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v ?? '');
		const query: Record<string, string | string[]> = {};
		for (const key of new Set(url.searchParams.keys())) {
			const all = url.searchParams.getAll(key);
			query[key] = all.length > 1 ? all : all[0];
		}
		const contentType = headers['content-type'] ?? '';
		let body: any;
		let parts: MultipartPart[] | undefined;
		let bodyProblem: string | undefined;
		if (contentType.includes('multipart/form-data')) {
			parts = parseMultipart(rawBody, contentType);
		} else if (rawBody.length) {
			const text = rawBody.toString('utf8');
			try {
				body = JSON.parse(text);
			} catch {
				body = text;
				if (contentType.includes('json')) bodyProblem = 'Request body is not valid JSON';
			}
		}
		const method = (req.method ?? 'GET').toUpperCase();
		const path = url.pathname;

		if (path.startsWith('/__sandbox/')) return this.control(path, method, body, res);

		const recorded: RecordedRequest = { method, path, query, headers, rawBody, body, parts };
		this.requests.push(recorded);
		const send = (result: HandlerResult) => {
			recorded.status = result.status;
			if (result.raw) {
				res.writeHead(result.status, { 'content-type': 'text/html', ...(result.headers ?? {}) });
				res.end(String(result.body));
				return;
			}
			res.writeHead(result.status, { 'content-type': 'application/json', ...(result.headers ?? {}) });
			res.end(result.body === undefined ? '' : JSON.stringify(result.body));
		};

		// Route
		const candidates = this.routes.filter((r) => r.entry.method === method && r.regex.test(path));
		// Reference duplicates (same method and path, e.g. an Integration and an Application variant) may differ in
		// their query names: take the first variant that knows every query name sent.
		const route =
			candidates.find((r) => r.entry.path === candidates[0].entry.path && Object.keys(query).every((q) => r.entry.query.some((x) => x.name === q))) ??
			candidates[0];
		if (!route) {
			// No such route (or not with this method): the web framework's own 404 (NestJS / Express), before any
			// auth or validation, unlike the API's "not found" for an ID, which comes in the route's envelope.
			return send({ status: 404, body: { statusCode: 404, message: `Cannot ${method} ${path}`, error: 'Not Found' } });
		}
		const { entry } = route;
		recorded.routeId = entry.id;
		const params: Record<string, string> = {};
		const m = route.regex.exec(path)!;
		route.paramNames.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
		const ctx = this.context(entry, recorded, params);

		// Faults
		const fault = this.takeFault(entry, method, path);
		if (fault) {
			if (fault.kind === 'reset') {
				req.socket.destroy();
				return;
			}
			if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
			if (fault.kind === 'status') {
				const status = fault.status ?? 500;
				return send({ status, body: fault.body ?? ctx.fail(status, fault.status === 429 ? 'Too many requests' : 'Injected failure').body, headers: fault.headers });
			}
			if (fault.kind === 'nonJson') return send({ status: 200, raw: true, body: fault.body ?? '<html><body>Gateway page</body></html>' });
			if (fault.kind === 'failureEnvelope') {
				const env = envelopeOf(entry);
				const message = String(fault.body ?? 'Operation failed');
				const bodyOut =
					env === 'legacy'
						? { meta: { success: false, message } }
						: env === 'management'
							? { meta: { status: 'error', statusCode: 400 }, message }
							: { status: 'error', message };
				return send({ status: 200, body: bodyOut });
			}
		}

		// Auth
		const authProblem = this.checkAuth(entry, headers);
		if (authProblem) return send(ctx.fail(authProblem.status, authProblem.message));

		// Validation (incoming-webhook handlers decrypt first, then validate themselves)
		// So do the handlers of routes whose body has several forms (a raw JSON array or a multipart upload).
		const selfValidating = handlers[entry.id] !== undefined && (entry.auth === 'incoming-webhook' || / or /.test(entry.body?.contentType ?? ''));
		const problem = selfValidating ? undefined : (bodyProblem ?? this.validate(entry, params, query, body, parts));
		if (problem) return send(ctx.fail(400, problem));

		const handler = handlers[entry.id];
		const result = handler ? await handler(ctx) : this.generic(ctx);
		return send(result);
	}

	private takeFault(entry: RefEntry, method: string, path: string): Fault | undefined {
		const index = this.faults.findIndex((f) => {
			const matches =
				(!f.route || f.route === entry.id) &&
				(!f.method || f.method.toUpperCase() === method) &&
				(!f.path || (typeof f.path === 'string' ? path.startsWith(f.path) : f.path.test(path)));
			if (!matches || !f.every) return matches;
			f.seen = (f.seen ?? 0) + 1;
			return f.seen % f.every === 0;
		});
		if (index === -1) return undefined;
		const fault = this.faults[index];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	private checkAuth(entry: RefEntry, headers: Record<string, string>): { status: number; message: string } | undefined {
		if (entry.auth === 'incoming-webhook') return undefined;
		let key: string | undefined;
		if (entry.auth === 'bearer') {
			const m = /^Bearer (.+)$/.exec(headers.authorization ?? '');
			key = m?.[1];
		} else if (entry.auth === 'x-api-key') {
			key = headers['x-api-key'];
		} else if (entry.auth === 'secure-auth') {
			key = headers.apikey;
			if (!headers.hostname) return { status: 400, message: 'hostname header is required' };
		}
		if (!key) return { status: 401, message: 'Missing API key' };
		const spec = this.keys.get(key);
		if (!spec) return { status: 401, message: 'Invalid API key' };
		const needed = permissionOf(entry);
		if (spec.permissions !== '*' && !spec.permissions.includes(needed)) {
			return { status: 403, message: `API key lacks the '${needed}' permission` };
		}
		return undefined;
	}

	validate(entry: RefEntry, params: Record<string, string>, query: Record<string, unknown>, body: any, parts?: MultipartPart[]): string | undefined {
		for (const p of entry.pathParams) {
			const value = params[p.name];
			if (p.type.toLowerCase().includes('objectid') && !OBJECT_ID.test(value ?? '')) return `Invalid ${p.name}: must be a valid ObjectId`;
		}
		const known = new Set(entry.query.map((q) => q.name));
		for (const name of Object.keys(query)) {
			if (!known.has(name)) return `Unknown query parameter "${name}"`;
		}
		for (const q of entry.query) {
			const v = query[q.name];
			if (v === undefined) {
				if (q.required) return `"${q.name}" is required`;
				continue;
			}
			if (q.type === 'integer' && !/^-?\d+$/.test(String(v))) return `"${q.name}" must be an integer`;
			if (q.enum && !q.enum.map(String).includes(String(v))) return `"${q.name}" must be one of ${q.enum.join(', ')}`;
			if (q.name === 'limit' && entry.pagination.pageSizeMax && Number(v) > entry.pagination.pageSizeMax) return `"limit" must be at most ${entry.pagination.pageSizeMax}`;
		}
		if (!entry.body) return undefined;
		if (entry.body.contentType === 'multipart/form-data') {
			for (const f of entry.body.fields) {
				if (f.required && !(parts ?? []).some((p) => p.name === f.name)) return `"${f.name}" is required`;
			}
			return undefined;
		}
		if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
			return entry.body.fields.some((f) => f.required) ? 'Request body must be a JSON object' : undefined;
		}
		for (const f of entry.body.fields) {
			// Dotted names (metadata.title) describe keys of nested objects.
			const v = f.name.includes('.') ? f.name.split('.').reduce((o: any, k) => (o && typeof o === 'object' ? o[k] : undefined), body) : body[f.name];
			if (v === undefined) {
				if (f.required) return `"${f.name}" is required`;
				continue;
			}
			const problem = typeProblem(f, v);
			if (problem) return problem;
			if (f.enum && f.enum.length && !(Array.isArray(v) ? v : [v]).every((x) => f.enum!.map(String).includes(String(x)))) {
				return `"${f.name}" must be one of ${f.enum.join(', ')}`;
			}
		}
		return undefined;
	}

	context(entry: RefEntry, req: RecordedRequest, params: Record<string, string>): HandlerContext {
		const env = envelopeOf(entry);
		return {
			sandbox: this,
			entry,
			req,
			params,
			ok: (data, extra = {}) => {
				const status = extra.status ?? entry.response.status ?? 200;
				const message = extra.message ?? `${entry.operation} ${entry.resource} success.`;
				if (env === 'management') return { status, body: { meta: { status: 'success', statusCode: status, ...(extra.meta ?? {}) }, message, data, ...(extra.top ?? {}) } };
				if (env === 'integration') return { status, body: { status: 'success', message, data, ...(extra.top ?? {}) } };
				if (env === 'legacy') return { status, body: { meta: { success: true, message, devMessage: message, ...(extra.meta ?? {}) }, body: data } };
				return { status, body: data };
			},
			fail: (status, message) => {
				if (env === 'legacy') return { status, body: { meta: { success: false, message, devMessage: message } } };
				if (env === 'management') return { status, body: { status: 'error', message, meta: { statusCode: status, status: 'error' } } };
				return { status, body: { status: 'error', message } };
			},
		};
	}

	/** The generic stateful REST model: Create / Get / Get Many / Update / Delete on collections; other operations answer the reference example. */
	generic(ctx: HandlerContext): HandlerResult {
		const { entry, req, params } = ctx;
		const op = entry.operation;
		const example = dataOfExample(entry);
		const itemTemplate = (Array.isArray(example) ? example[0] : example) as any;
		const itemParam = /\/\{(\w+)\}$/.exec(entry.path)?.[1];
		const kind =
			entry.pagination.style !== 'none' ? 'list'
			: op === 'Create' ? 'create'
			: /^Get Many/.test(op) || (op === 'Get' && !itemParam) ? (Array.isArray(example) || firstArrayPath(example) !== undefined ? 'list' : 'other')
			: op === 'Get' && itemParam ? 'get'
			: op === 'Update' && itemParam ? 'update'
			: op === 'Delete' && itemParam ? 'delete'
			: 'other';
		const collectionKey = this.collectionPath(entry.id, params);
		const list = this.collection(collectionKey);
		const label = entry.resource.replace(/ies$/, 'y').replace(/s$/, '');
		const find = () => {
			const id = params[itemParam!];
			return list.findIndex((r) => idOf(r) === id || r.orderID === id || r.slug === id);
		};
		switch (kind) {
			case 'create': {
				const record = { ...(itemTemplate && typeof itemTemplate === 'object' ? itemTemplate : {}), ...(req.body ?? {}), _id: objectId(), createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
				list.push(record);
				return ctx.ok(record);
			}
			case 'get': {
				const i = find();
				if (i === -1) return ctx.fail(404, `${label} not found`);
				return ctx.ok(list[i]);
			}
			case 'update': {
				const i = find();
				if (i === -1) return ctx.fail(404, `${label} not found`);
				list[i] = { ...list[i], ...(req.body ?? {}), updatedAt: new Date().toISOString() };
				return ctx.ok(list[i]);
			}
			case 'delete': {
				const i = find();
				if (i === -1) return ctx.fail(404, `${label} not found`);
				list.splice(i, 1);
				return ctx.ok(undefined, { message: `Delete ${label.toLowerCase()} success.` });
			}
			case 'list': {
				// A documented `filter=field:value` query (the partner lists: products, categories) drops the records whose
				// field has another value (records without the field are kept: generic seeds carry few fields).
				const filter = typeof req.query.filter === 'string' && entry.query.some((q) => q.name === 'filter') ? /^([^:]+):(.*)$/.exec(req.query.filter) : null;
				return this.listResponse(ctx, filter ? list.filter((r) => r[filter[1]] === undefined || String(r[filter[1]]) === filter[2]) : list, example);
			}
			default:
				return { status: entry.response.status ?? 200, body: entry.response.example };
		}
	}

	/** Pages `records` in the entry's documented style, placed where the reference example keeps its array. */
	listResponse(ctx: HandlerContext, records: any[], example = dataOfExample(ctx.entry)): HandlerResult {
		const { entry, req } = ctx;
		const style = entry.pagination.style;
		const arrayPath = firstArrayPath(example) ?? '';
		const source = { ...req.query, ...(req.body && typeof req.body === 'object' ? req.body : {}) } as any;
		const max = entry.pagination.pageSizeMax ?? 100;
		const defaultLimit = (entry.pagination as any).defaults?.limit ?? 20;
		if (style === 'skip') {
			const skip = Number(source.skip ?? 0);
			const limit = Number(source.limit ?? defaultLimit);
			const page = records.slice(skip, skip + limit);
			return ctx.ok(setAt(example, arrayPath, page), { meta: { skip, limit, total: records.length } });
		}
		if (style === 'page') {
			const page = Number(source.page ?? 1);
			const limit = Math.min(Number(source.limit ?? defaultLimit), max);
			const slice = records.slice((page - 1) * limit, page * limit);
			const totalPages = Math.ceil(records.length / limit);
			if (entry.pagination.in === 'body') {
				const data = setAt(setAt(example, arrayPath, slice), 'pagination', { page, limit, total: records.length, total_pages: totalPages, found: slice.length });
				return ctx.ok(data);
			}
			const env = envelopeOf(entry);
			if (env === 'management') return ctx.ok(setAt(example, arrayPath, slice), { meta: { page, limit, total: records.length } });
			return ctx.ok(setAt(example, arrayPath, slice), {
				top: { pagination: { total: records.length, currentPage: page, totalPages, hasNextPage: page < totalPages, hasPrevPage: page > 1 } },
			});
		}
		if (style === 'cursor') {
			const size = entry.pagination.pageSize ?? 200;
			const start = source.cursor ? Number(Buffer.from(String(source.cursor), 'base64url').toString('utf8')) : source.page ? (Number(source.page) - 1) * size : 0;
			const slice = records.slice(start, start + size);
			const next = start + size < records.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
			return ctx.ok(setAt(example, arrayPath, slice), {
				top: { ...(next ? { next_cursor: next } : {}), total_pages: Math.ceil(records.length / size), current_page: Math.floor(start / size) + 1 },
			});
		}
		return ctx.ok(setAt(example, arrayPath, records));
	}

	/** Sends an outgoing event (plain or encrypted, form A/B/C, CBC/GCM) to a URL, as Returning.AI would. */
	async deliver(delivery: Delivery): Promise<DeliveryResult> {
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		let sent: string;
		if (delivery.rawBody !== undefined) {
			sent = delivery.rawBody;
		} else if (delivery.encrypt) {
			sent = encryptedBodyOf(delivery.payload ?? {}, delivery.encrypt);
			headers['x-encrypted'] = 'true';
			if ((delivery.encrypt.form ?? 'A') !== 'A') headers['content-type'] = 'text/plain';
		} else {
			sent = typeof delivery.payload === 'string' ? delivery.payload : JSON.stringify(delivery.payload ?? {});
		}
		if (delivery.encrypt && delivery.rawBody !== undefined) headers['x-encrypted'] = 'true';
		Object.assign(headers, delivery.headers ?? {});
		const response = await fetch(delivery.url, { method: delivery.method ?? 'POST', headers, body: sent });
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			// not JSON: keep the text
		}
		const outHeaders: Record<string, string> = {};
		response.headers.forEach((v, k) => (outHeaders[k] = v));
		return { status: response.status, headers: outHeaders, body: parsed, sent };
	}

	/** HTTP control API for out-of-process use (npm run sandbox, the e2e and benchmarks). */
	private async control(path: string, method: string, body: any, res: ServerResponse): Promise<void> {
		const json = (status: number, data: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(data));
		};
		if (path === '/__sandbox/requests/count' && method === 'GET') return json(200, { count: this.requests.length });
		if (path === '/__sandbox/requests' && method === 'GET') {
			return json(200, this.requests.map(({ rawBody, parts, ...r }) => ({ ...r, parts: parts?.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.filename ? undefined : p.text, size: p.data.length })) })));
		}
		if (path === '/__sandbox/reset' && method === 'POST') {
			this.reset();
			return json(200, { ok: true });
		}
		if (path === '/__sandbox/faults' && method === 'POST') {
			const fault = { ...body, times: body?.times === 'Infinity' ? Infinity : body?.times };
			this.fault(fault);
			return json(200, { ok: true, faults: this.faults.length });
		}
		if (path === '/__sandbox/faults' && method === 'DELETE') {
			this.faults = [];
			return json(200, { ok: true, faults: 0 });
		}
		if (path === '/__sandbox/seed' && method === 'POST') {
			const created = this.seed(body.route, Number(body.count ?? 1), body.template ? (i) => ({ ...body.template, name: `${body.template.name ?? 'Record'} ${i + 1}` }) : undefined, body.params ?? {});
			return json(200, { ok: true, count: created.length });
		}
		if (path === '/__sandbox/deliver' && method === 'POST') {
			if (!body || typeof body.url !== 'string') return json(400, { message: 'deliver needs {url, payload?, rawBody?, headers?, method?, encrypt?: {key, mode, form, iv}}' });
			try {
				return json(200, await this.deliver(body as Delivery));
			} catch (error: any) {
				return json(502, { message: `delivery failed: ${error?.message}` });
			}
		}
		if (path === '/__sandbox/webhook' && method === 'POST') {
			this.webhook = { ...(body ?? {}) };
			return json(200, { ok: true });
		}
		if (path === '/__sandbox/keys' && method === 'POST') {
			this.keys.set(body.key, { permissions: body.permissions ?? '*' });
			return json(200, { ok: true });
		}
		return json(404, { message: 'unknown control route' });
	}
}
