import { NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PreSendAction,
} from 'n8n-workflow';

import { AUTH_MODE_HEADER } from '../../credentials/ReturningAiApi.credentials';
import { CREDENTIAL } from './description';
import { checkResponse, redactDeep, toItems, type ErrorContext } from './response';
import { requestWithRetry, retryLimits } from './retry';
import { ROUTES } from './routes';
import type { FieldSpec, OperationSpec } from './types';
import { collectValues, getPath, setPath, type FilePart } from './values';

/**
 * The path values each item's request was built with, so that a 404 can name the ID that was not found.
 * Keyed by the item's execution context: RoutingNode hands the same one to preSend and postReceive.
 */
const pathValuesOf = new WeakMap<object, Array<[FieldSpec, unknown]>>();

/** Values of `password: true` fields each item's request was built with: redacted from errors and output like the API key. */
const secretValuesOf = new WeakMap<object, string[]>();

/** localhost / 127.0.0.1 with an optional port: the only hosts a `host` field may reach over plain http. */
const LOOPBACK = /^(localhost|127\.0\.0\.1)(:\d{1,5})?$/i;

const HOSTNAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+(:\d{1,5})?$/i;

function fillTemplate(template: string, params: Record<string, string>, encode: boolean, op: OperationSpec): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) {
			// A programming error in the operation spec, caught by test/catalogue.test.ts.
			throw new Error(`Operation '${op.value}' has no path field for {${name}} in ${template}`);
		}
		return encode ? encodeURIComponent(value) : value;
	});
}

/** Builds the whole request of an operation from its spec and the node's parameters. */
export function buildRequest(op: OperationSpec): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const route = ROUTES[op.route];
		const values = await collectValues(this, op.fields ?? []);
		const pathParams: Record<string, string> = {};
		const hostParams: Record<string, string> = {};
		const qs: IDataObject = { ...(op.staticQuery as IDataObject) };
		const body: IDataObject = { ...(op.staticBody as IDataObject) };
		const headers: IDataObject = { ...(requestOptions.headers as IDataObject) };
		const formParts: Array<[string, unknown]> = [];
		let plainHttp = false;
		const spread: IDataObject[] = [];
		for (const [field, value] of values) {
			const wire = field.wire ?? field.name;
			switch (field.in) {
				case 'path':
					pathParams[wire] = String(value);
					break;
				case 'host': {
					const entered = String(value).trim();
					const host = entered.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
					// Plain http only for this machine (local development and the test sandbox), never for a real domain.
					if (/^http:\/\//i.test(entered)) {
						if (!LOOPBACK.test(host)) {
							throw new NodeOperationError(this.getNode(), `The parameter '${field.label}' must use https, got '${entered}'`, {
								description: "Enter the domain without 'http://' (the call always uses https). Plain http is accepted only for localhost and 127.0.0.1.",
								itemIndex: this.getItemIndex(),
							});
						}
						plainHttp = true;
					}
					if (!HOSTNAME.test(host) && !LOOPBACK.test(host)) {
						throw new NodeOperationError(this.getNode(), `The parameter '${field.label}' must be a domain name, got '${host}'`, {
							description: 'Enter the community\'s own domain without a path, e.g. community.example.com.',
							itemIndex: this.getItemIndex(),
						});
					}
					hostParams[wire] = host;
					break;
				}
				case 'query':
					qs[wire] = Array.isArray(value) ? value.join(',') : (value as IDataObject[string]);
					break;
				case 'body':
					if (field.spread && value && typeof value === 'object' && !Array.isArray(value)) {
						spread.push(value as IDataObject);
					} else {
						setPath(body, wire, value);
					}
					break;
				case 'header':
					headers[wire] = String(value);
					break;
				case 'form':
					formParts.push([wire, value]);
					break;
				default:
					break;
			}
		}
		for (const extra of spread) {
			for (const [key, value] of Object.entries(extra)) if (!(key in body)) body[key] = value;
		}
		requestOptions.method = route.method;
		requestOptions.url = fillTemplate(route.path, pathParams, true, op);
		if (route.host) {
			const baseURL = fillTemplate(route.host, hostParams, false, op);
			requestOptions.baseURL = plainHttp ? baseURL.replace(/^https:\/\//i, 'http://') : baseURL;
		}
		requestOptions.qs = { ...(requestOptions.qs ?? {}), ...qs };
		// Incoming webhooks are not authenticated with the community API key (see the credential).
		if (route.auth === 'incoming-webhook') headers[AUTH_MODE_HEADER] = 'incoming-webhook';
		requestOptions.headers = headers;
		if (formParts.length) {
			requestOptions.body = buildForm(formParts, body);
		} else if (Object.keys(body).length || ['POST', 'PUT', 'PATCH'].includes(route.method)) {
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), ...body };
			requestOptions.json = true;
		} else {
			delete requestOptions.body;
		}
		requestOptions.ignoreHttpStatusErrors = true;
		requestOptions.returnFullResponse = true;
		pathValuesOf.set(this, [...values].filter(([f]) => f.in === 'path'));
		secretValuesOf.set(this, [...values].filter(([f]) => f.password).map(([, v]) => String(v)));
		return op.preSend ? await op.preSend.call(this, requestOptions) : requestOptions;
	};
}

/** Multipart body: binary fields become file parts (repeated for several files), others text parts. */
function buildForm(parts: Array<[string, unknown]>, body: IDataObject): FormData {
	const form = new FormData();
	const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
	const isFile = (value: unknown): value is FilePart => !!value && typeof value === 'object' && (value as FilePart).__file === true;
	for (const [name, value] of Object.entries(body)) form.append(name, text(value));
	for (const [name, value] of parts) {
		const files = Array.isArray(value) ? value : [value];
		if (files.every(isFile)) {
			for (const file of files) form.append(name, new Blob([file.data], { type: file.mimeType }), file.fileName);
		} else {
			form.append(name, text(value));
		}
	}
	return form;
}

function errorContext(op: OperationSpec, resourceName: string, ctx: object): ErrorContext {
	// The paginator's context is created from the item's context (Object.create), so look one level up too.
	const pathValues = pathValuesOf.get(ctx) ?? pathValuesOf.get(Object.getPrototypeOf(ctx) as object);
	const secrets = secretValuesOf.get(ctx) ?? secretValuesOf.get(Object.getPrototypeOf(ctx) as object);
	return { op, resourceName, pathValues, secrets };
}

/** Replaces the values of password fields anywhere in the output items (should the API ever echo them). */
function hideSecrets(items: INodeExecutionData[], secrets: string[] | undefined): INodeExecutionData[] {
	if (!secrets?.length) return items;
	return items.map((item) => ({ ...item, json: redactDeep(item.json, secrets) as IDataObject }));
}

function simplifyOn(ctx: IExecuteSingleFunctions, op: OperationSpec): boolean {
	if (!op.simplify) return false;
	try {
		return ctx.getNodeParameter('simplify', true) as boolean;
	} catch {
		return true;
	}
}

/** The answer of a single-call operation: errors, envelope, output shape. */
async function shapeResponse(ctx: IExecuteSingleFunctions, op: OperationSpec, resourceName: string, response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const context = errorContext(op, resourceName, ctx);
	const payload = await checkResponse(ctx, response, context);
	const items = hideSecrets(toItems(payload, op, simplifyOn(ctx, op)), context.secrets);
	return op.postProcess ? await op.postProcess.call(ctx, items) : items;
}

/**
 * The pagination function of a single-call operation (issue 15): sends the request preSend built, with the
 * retry of nodes/shared/retry.ts, and shapes the answer (errors, envelope, output). RoutingNode would send it itself,
 * but then a reset connection throws before any postReceive, and a 429 could only be re-sent from there
 * with a second copy of the request. Here the one request is sent again as it is: a POST only after a
 * 429/503 (not carried out by the API), so nothing is applied twice. No expression is added per item.
 */
export function sendOnce(op: OperationSpec, resourceName: string) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const response = await requestWithRetry(this, CREDENTIAL, requestData.options as IHttpRequestOptions);
		return await shapeResponse(this, op, resourceName, response);
	};
}

interface PageState {
	page: number;
	skip: number;
	cursor?: string;
}

function readNumber(body: unknown, paths: string[]): number | undefined {
	for (const path of paths) {
		const value = getPath(body, path);
		if (typeof value === 'number' && Number.isFinite(value)) return value;
		if (typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) return Number(value);
	}
	return undefined;
}

/** Whether another page exists, from whatever the API reports (total, total_pages, hasNextPage), else from a full page. */
function hasMore(body: unknown, fetched: number, pageItems: number, pageSize: number, state: PageState): boolean {
	if (pageItems === 0) return false;
	const hasNext = ['pagination.hasNextPage', 'data.pagination.hasNextPage', 'meta.hasNextPage']
		.map((p) => getPath(body, p))
		.find((v) => typeof v === 'boolean');
	if (hasNext !== undefined) return hasNext as boolean;
	const totalPages = readNumber(body, ['data.pagination.total_pages', 'pagination.total_pages', 'pagination.totalPages', 'meta.totalPages', 'total_pages', 'data.total_pages']);
	if (totalPages !== undefined) return state.page < totalPages;
	const total = readNumber(body, ['meta.total', 'pagination.total', 'data.pagination.total', 'total']);
	if (total !== undefined) return fetched < total;
	return pageItems >= pageSize;
}

/**
 * The paginator for every list operation (page, pageBody, skip, cursor, none). Return All fetches
 * every page; otherwise it asks for at most Limit records and stops as soon as it has them.
 */
export function paginate(op: OperationSpec, resourceName: string) {
	const list = op.list!;
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Math.max(1, Number(this.getNodeParameter('limit', 50)));
		const limitParam = list.limitParam ?? 'limit';
		const simplify = simplifyOn(this, op);
		const results: INodeExecutionData[] = [];
		const state: PageState = { page: 1, skip: 0 };
		const base = requestData.options as IHttpRequestOptions;
		// The credential is read (and, in n8n, decrypted) once for all pages instead of once per page.
		const credential = this.getNode().credentials?.[CREDENTIAL];
		const credentialsDecrypted: ICredentialsDecrypted = {
			id: credential?.id ?? '',
			name: credential?.name ?? '',
			type: CREDENTIAL,
			data: await this.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL),
		};
		const limits = retryLimits(this);
		for (;;) {
			// Page-numbered styles need the same page size on every page (page 2 of 30 is not records 101-130);
			// offset styles can ask for exactly what is still missing.
			const pageSize =
				list.style === 'page' || list.style === 'pageBody'
					? Math.min(list.maxPageSize, limit)
					: Math.min(list.maxPageSize, limit - results.length);
			const options: IHttpRequestOptions = {
				...base,
				url: base.url ?? '',
				qs: { ...(base.qs ?? {}) },
				body: base.body && typeof base.body === 'object' && !(base.body instanceof FormData) ? { ...(base.body as IDataObject) } : base.body,
			};
			const qs = options.qs as IDataObject;
			const body = options.body as IDataObject;
			switch (list.style) {
				case 'page':
					Object.assign(qs, { page: state.page, [limitParam]: pageSize });
					break;
				case 'pageBody':
					Object.assign(body, { page: state.page, [limitParam]: pageSize });
					break;
				case 'skip':
					Object.assign(qs, { skip: state.skip, [limitParam]: pageSize });
					break;
				case 'cursor':
					// A page number sent by the operation (a "jump to page" field) switches to page mode: go on from there.
					if (typeof body.page === 'number') body.page = body.page + state.page - 1;
					else if (state.cursor) body.cursor = state.cursor;
					break;
				case 'none':
					// Undocumented paging, but a documented size parameter (e.g. `count`): ask for no more than Limit.
					if (list.limitParam && Number.isFinite(limit)) qs[list.limitParam] = limit;
					break;
				default:
					break;
			}
			// Only this page is sent again on a 429/503 (or a 502/504/reset for GET): the pages already read stay.
			const response = await requestWithRetry(this, CREDENTIAL, options, { credentialsDecrypted }, limits);
			const context = errorContext(op, resourceName, this);
			const payload = await checkResponse(this, response, context);
			const items = hideSecrets(toItems(payload, op, simplify), context.secrets);
			results.push(...items);
			if (results.length >= limit || list.style === 'none') break;
			const raw = typeof response.body === 'string' ? safeJson(response.body) : response.body;
			if (list.style === 'cursor' && typeof body?.page === 'number') {
				const current = readNumber(raw, ['data.current_page', 'current_page']) ?? (body.page as number);
				const totalPages = readNumber(raw, ['data.total_pages', 'total_pages']);
				const more = totalPages !== undefined ? current < totalPages : items.length >= list.maxPageSize;
				if (!more || items.length === 0) break;
				state.page += 1;
				continue;
			}
			if (list.style === 'cursor') {
				const next = getPath(raw, 'data.next_cursor') ?? getPath(raw, 'next_cursor');
				if (typeof next !== 'string' || next === '' || items.length === 0) break;
				state.cursor = next;
				continue;
			}
			if (!hasMore(raw, state.skip + items.length, items.length, pageSize, state)) break;
			state.page += 1;
			state.skip += items.length;
		}
		const out = Number.isFinite(limit) ? results.slice(0, limit) : results;
		return op.postProcess ? await op.postProcess.call(this, out) : out;
	};
}

/**
 * The pagination function of an operation with `execute`: hands the built request to the operation's
 * own runner (several calls, or none for this item).
 */
export function runOperation(op: OperationSpec, resourceName: string) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const simplify = simplifyOn(this, op);
		const run = {
			send: async (options: IHttpRequestOptions, errorsAs?: OperationSpec): Promise<unknown> => {
				const response = await requestWithRetry(this, CREDENTIAL, options);
				const errorOp = errorsAs ?? op;
				const context = errorContext(op, resourceName, this);
				return await checkResponse(this, response, errorOp === op ? context : { op: errorOp, resourceName, pathValues: [] });
			},
			toItems: (payload: unknown) => toItems(payload, op, simplify),
		};
		const items = await op.execute!.call(this, requestData.options as IHttpRequestOptions, run);
		return op.postProcess ? await op.postProcess.call(this, items) : items;
	};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
