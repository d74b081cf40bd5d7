import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import { CREDENTIAL } from './description';
import { ROUTES } from './routes';
import type { FieldSpec, OperationSpec } from './types';
import { getPath } from './values';

export interface Envelope {
	ok: boolean;
	payload: unknown;
	/** The API's own words, for failures. */
	message?: string;
	solution?: string;
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Reads the three Returning.AI envelopes (conventions §3):
 * legacy `{meta:{success}, body}`, management `{meta:{status,statusCode}, message, data}`,
 * integration `{status, message, data}`, plus Secure Auth's `{error, ...}` and bare bodies.
 */
export function readEnvelope(body: unknown): Envelope {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return { ok: true, payload: body };
	}
	const b = body as IDataObject;
	const meta = (b.meta && typeof b.meta === 'object' ? b.meta : undefined) as IDataObject | undefined;
	const message =
		str(b.message) ?? str(b.detail) ?? str(meta?.message) ?? str(meta?.devMessage) ?? str(b.error);
	const solution = str(b.solution);
	if (meta && typeof meta.success === 'boolean') {
		return { ok: meta.success, payload: 'body' in b ? b.body : b, message, solution };
	}
	if (meta && (meta.statusCode !== undefined || meta.status !== undefined)) {
		const ok =
			(meta.status === undefined || meta.status === 'success') &&
			!(typeof meta.statusCode === 'number' && meta.statusCode >= 400);
		return { ok, payload: 'data' in b ? b.data : b, message, solution };
	}
	if (typeof b.status === 'string') {
		return { ok: b.status === 'success', payload: 'data' in b ? b.data : b, message, solution };
	}
	if (typeof b.error === 'boolean') {
		return { ok: !b.error, payload: b, message: str(b.message), solution };
	}
	return { ok: true, payload: b, message, solution };
}

/** Removes the API key (and other secrets) from anything that may reach the user. */
export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
	}
	return out;
}

async function secretsOf(ctx: IExecuteSingleFunctions): Promise<string[]> {
	try {
		const credentials = (await ctx.getCredentials(CREDENTIAL)) as IDataObject;
		return ['apiKey', 'incomingWebhookApiKey', 'webhookAesSecret', 'webhookToken']
			.map((key) => credentials[key])
			.filter((v): v is string => typeof v === 'string');
	} catch {
		return [];
	}
}

export function redactDeep(value: unknown, secrets: string[]): unknown {
	if (typeof value === 'string') return redact(value, secrets);
	if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
	if (value && typeof value === 'object') {
		const out: IDataObject = {};
		for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets) as IDataObject[string];
		return out;
	}
	return value;
}

/** Replaces wire names in the API's validation message with the n8n parameter names the user sees. */
export function mentionParameters(message: string, fields: FieldSpec[]): { text: string; named: string[] } {
	const named: string[] = [];
	let text = message;
	const byLength = [...fields].sort((a, b) => (b.wire ?? b.name).length - (a.wire ?? a.name).length);
	for (const field of byLength) {
		const wire = (field.wire ?? field.name).split('.').pop() as string;
		const escaped = wire.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		// A plain lower-case word (data, name, title) is only a parameter when quoted: "no data rows" is English.
		const pattern = /^[a-z]+$/.test(wire) ? new RegExp(`(["'\`])\\b${escaped}\\b\\1`) : new RegExp(`(["'\`]?)\\b${escaped}\\b\\1`);
		if (pattern.test(text) && !named.includes(field.label)) {
			named.push(field.label);
			text = text.replace(pattern, `'${field.label}'`);
		}
	}
	return { text, named };
}

function statusText(code: number): string {
	const texts: Record<number, string> = {
		400: 'Bad request',
		401: 'Unauthorized',
		403: 'Forbidden',
		404: 'Not found',
		409: 'Conflict',
		422: 'Unprocessable entity',
		429: 'Too many requests',
		500: 'Internal server error',
		502: 'Bad gateway',
		503: 'Service unavailable',
		504: 'Gateway timeout',
	};
	return texts[code] ?? `HTTP ${code}`;
}

export interface ErrorContext {
	op: OperationSpec;
	resourceName: string;
	/** Values that went into the path, by field, to say which ID was not found. */
	pathValues?: Array<[FieldSpec, unknown]>;
	/** Values of password fields sent with the request, redacted like the API key. */
	secrets?: string[];
}

/** Builds the message (what happened) and description (how to fix it) for a failed call. */
export function describeFailure(
	statusCode: number,
	envelope: Envelope,
	headers: IDataObject,
	ctx: ErrorContext,
): { message: string; description: string } {
	const { op, resourceName } = ctx;
	const route = ROUTES[op.route];
	const apiSays = envelope.message;
	const solution = envelope.solution ? ` ${envelope.solution}` : '';
	const unconfirmed =
		route.status === 'documented'
			? ''
			: ` The path ${route.method} ${route.path} is ${route.status} (not confirmed by the reference); if the request is right, the route may differ on your Returning.AI server: see the README's operations table, or call the right path with the HTTP Request node and this credential.`;
	if (statusCode >= 200 && statusCode < 300) {
		return {
			message: `Returning.AI reported a failure: ${apiSays ?? 'no reason given'}`,
			description: `The API answered HTTP ${statusCode} but its response says the call did not succeed.${solution}`,
		};
	}
	if (route.auth === 'incoming-webhook' && (statusCode === 401 || statusCode === 403)) {
		return {
			message: `Authorization failed: the incoming webhook did not accept the request (${statusCode})${apiSays ? `: ${apiSays}` : ''}`,
			description:
				"Check the Incoming Webhook API Key in the Returning.AI API credential: when the API-key toggle of the community's incoming webhooks is on, copy the key generated there (it is not the community API key). Also check the Webhook URL.",
		};
	}
	const incomingHint =
		route.auth === 'incoming-webhook'
			? " If the community's incoming-webhook encryption is on, check the Webhook AES Key (32 characters, the same as in the community's settings) and the Encryption Mode (CBC or GCM) in the credential."
			: '';
	switch (statusCode) {
		case 400:
		case 422: {
			const { text, named } = mentionParameters(apiSays ?? statusText(statusCode), op.fields ?? []);
			const fix = named.length
				? `Check the parameter${named.length > 1 ? 's' : ''} ${named.map((n) => `'${n}'`).join(', ')}.`
				: 'Check the values entered in this node against the Returning.AI reference.';
			return { message: `Returning.AI rejected the request: ${text}`, description: `${fix}${solution}${incomingHint}` };
		}
		case 401:
			return {
				message: 'Authorization failed: Returning.AI did not accept the API key',
				description: `Check the API Key in the Returning.AI API credential (create one under Community settings > API keys) and that its Base URL points at your Returning.AI server. The API said: ${apiSays ?? statusText(statusCode)}.`,
			};
		case 403:
			return {
				message: `The API key is not allowed to do this: ${apiSays ?? statusText(statusCode)}`,
				description: `Give the key the permission this call needs (Community settings > API keys > edit the key), or use a key that has it.${solution}`,
			};
		case 404: {
			const ids = (ctx.pathValues ?? []).filter(([field]) => field.in === 'path');
			const label = op.notFoundLabel ?? resourceName.toLowerCase();
			if (ids.length) {
				const last = ids[ids.length - 1];
				return {
					message: `The ${label} with ID '${String(last[1])}' was not found`,
					description: `Check the parameter '${last[0].label}': the ID must exist and belong to the API key's community.${apiSays ? ` The API said: ${apiSays}.` : ''}${unconfirmed}`,
				};
			}
			return {
				message: `Returning.AI answered 404 Not Found: ${apiSays ?? 'the resource or route does not exist'}`,
				description: `Check the values entered in this node.${unconfirmed}`,
			};
		}
		case 409:
			return {
				message: `Returning.AI refused the change because of a conflict: ${apiSays ?? statusText(statusCode)}`,
				description: `A value that must be unique is already taken, or the record is in a state that does not allow this change. Change the conflicting value and try again.${solution}`,
			};
		case 429: {
			const retryAfter = headers['retry-after'];
			return {
				message: 'Returning.AI is rate limiting the requests (429 Too Many Requests)',
				description: `Wait${retryAfter ? ` ${String(retryAfter)} seconds` : ''} and try again. To send fewer requests at once, use Batching in the node's Request Options; switch Retry on Rate Limit on there (the default) so that the node waits and tries again by itself.`,
			};
		}
		default:
			if (statusCode >= 500) {
				return {
					message: `Returning.AI could not process the request (${statusCode} ${statusText(statusCode)})${apiSays ? `: ${apiSays}` : ''}`,
					description:
						'The service or one of its upstream services is unavailable or timed out. Try again later. Reads and updates are retried by themselves on 502, 503 and 504 (Request Options > Retry on Rate Limit); a create that failed this way is not sent again, so check whether it was applied before you run it again.',
				};
			}
			return {
				message: `Returning.AI answered ${statusCode} ${statusText(statusCode)}${apiSays ? `: ${apiSays}` : ''}`,
				description: `Check the values entered in this node.${solution}`,
			};
	}
}

function parseBody(body: unknown): { parsed: unknown; json: boolean } {
	if (typeof body === 'string') {
		const text = body.trim();
		if (text === '') return { parsed: undefined, json: true };
		try {
			return { parsed: JSON.parse(text), json: true };
		} catch {
			return { parsed: body, json: false };
		}
	}
	if (typeof Buffer !== 'undefined' && Buffer.isBuffer(body)) return parseBody(body.toString('utf8'));
	return { parsed: body, json: true };
}

/**
 * Checks one HTTP response: any non-2xx, failure envelope or non-JSON body becomes a NodeApiError
 * (message = what happened, description = how to fix it; never the API key). Returns the payload.
 */
export async function checkResponse(
	ctx: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	errorContext: ErrorContext,
): Promise<unknown> {
	const statusCode = response.statusCode;
	const { parsed, json } = parseBody(response.body);
	const headers = (response.headers ?? {}) as IDataObject;
	const envelope = readEnvelope(parsed);
	const success = statusCode >= 200 && statusCode < 300;
	if (success && json && envelope.ok) return envelope.payload;

	const secrets = [...(await secretsOf(ctx)), ...(errorContext.secrets ?? [])];
	let message: string;
	let description: string;
	if (success && !json) {
		message = 'Returning.AI answered with a body that is not JSON';
		description = `Check that the credential's Base URL points at the Returning.AI API (not a web page or a proxy). The body started with: ${quoteBody(parsed)}`;
	} else {
		({ message, description } = describeFailure(statusCode, json ? envelope : { ok: false, payload: parsed }, headers, errorContext));
	}
	const errorBody: JsonObject = {
		httpCode: String(statusCode),
		body: (json ? redactDeep(parsed ?? null, secrets) : quoteBody(parsed)) as JsonObject[string],
	};
	throw new NodeApiError(ctx.getNode(), errorBody, {
		message: redact(message, secrets),
		description: redact(description, secrets),
		httpCode: String(statusCode),
		itemIndex: ctx.getItemIndex(),
	});
}

function quoteBody(body: unknown): string {
	const text = String(body ?? '').replace(/\s+/g, ' ').trim();
	return `"${text.length > 120 ? `${text.slice(0, 117)}...` : text}"`;
}

/** Turns an unwrapped payload into output items. */
export function toItems(payload: unknown, op: OperationSpec, simplify: boolean): INodeExecutionData[] {
	if (op.output === 'deleted') return [{ json: { deleted: true } }];
	let data = op.list ? getPath(payload, op.list.itemsPath) : getPath(payload, op.outputPath);
	if (data === undefined || data === null || data === '') {
		data = op.list ? [] : { success: true };
	}
	const list = Array.isArray(data) ? data : [data];
	return list.map((entry) => {
		const json: IDataObject = entry !== null && typeof entry === 'object' ? (entry as IDataObject) : { value: entry as IDataObject[string] };
		if (!simplify || !op.simplify) return { json };
		const kept: IDataObject = {};
		for (const key of op.simplify) if (key in json) kept[key] = json[key];
		return { json: kept };
	});
}
