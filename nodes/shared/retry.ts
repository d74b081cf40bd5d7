import {
	NodeOperationError,
	sleep,
	type IAdditionalCredentialOptions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INode,
	type INodeProperties,
} from 'n8n-workflow';

/**
 * Bounded automatic retry of one request (issue 15), used by the package's own request loops (every page of
 * a Return All, the list pickers, operations with their own runner), so that a failed page is sent again
 * alone and the pages already read are kept.
 *
 * - 429 and 503: retried for every method (the API did not take the request), waiting as Retry-After says
 *   (seconds or an HTTP date), else exponential backoff with jitter.
 * - 502, 504, a reset connection or a timeout: retried only for methods that are safe to repeat (GET, PUT,
 *   DELETE); for others the answer or error is handed back unchanged.
 * - At most RETRY.maxTries tries and RETRY.maxTotalWaitMs of waiting in all; a Retry-After beyond what is left
 *   fails at once with an error that names the wait (no hang). The node's Request Options change both limits
 *   or switch the retry off (retryOptions below).
 */
export const RETRY = { maxTries: 5, maxTotalWaitMs: 60_000, baseDelayMs: 500, maxDelayMs: 10_000 };

/** What the node's Request Options allow (Retry on Rate Limit, Retry Max Tries, Retry Max Wait): by default RETRY's limits. */
export interface RetryLimits {
	/** Off: one try, the answer or error handed back unchanged (as before issue 15). */
	enabled: boolean;
	maxTries: number;
	maxTotalWaitMs: number;
}

export const DEFAULT_LIMITS: RetryLimits = { enabled: true, maxTries: RETRY.maxTries, maxTotalWaitMs: RETRY.maxTotalWaitMs };

/** The names of the options in the node's Request Options collection (see retryOptions). */
const OPTION = { enabled: 'retryOnRateLimit', maxTries: 'retryMaxTries', maxWait: 'retryMaxWait' } as const;

/**
 * The retry options, merged by n8n's loader into the "Request Options" collection it adds to every
 * declarative node (next to Batching, Proxy and Timeout). Their defaults are RETRY's limits.
 */
export const retryOptions: INodeProperties[] = [
	{
		displayName: 'Retry on Rate Limit',
		name: OPTION.enabled,
		type: 'boolean',
		default: true,
		description:
			'Whether to send a request again when Returning.AI answers 429 or 503, waiting as its Retry-After header asks. Reads and updates (GET, PUT, DELETE) are also sent again after a 502, a 504, a reset connection or a timeout. A create (POST) is sent again only after a 429 or 503, which the API did not carry out.',
	},
	{
		displayName: 'Retry Max Tries',
		name: OPTION.maxTries,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 20 },
		default: 5, // RETRY.maxTries (a literal for n8n's lint rules; test/shared/retry-items.test.ts checks both)
		description: 'How many times one request is sent at most, the first try included (with Retry on Rate Limit)',
	},
	{
		displayName: 'Retry Max Wait (Seconds)',
		name: OPTION.maxWait,
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 60, // RETRY.maxTotalWaitMs in seconds
		description: 'How long to wait in all between the tries of one request. A Retry-After longer than what is left fails at once instead of waiting.',
	},
];

/**
 * The node's own part of n8n's Request Options collection: n8n's loader (DirectoryLoader
 * applyDeclarativeNodeOptionParameters) merges these options with its Batching, Proxy, Timeout and SSL ones.
 */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: retryOptions,
};

interface ParameterContext {
	getNodeParameter(parameterName: string, fallbackValue?: unknown): unknown;
}

/** The limits the node's Request Options set (read from the item's own context; defaults where not set). */
export function retryLimits(ctx: ParameterContext): RetryLimits {
	let options: Record<string, unknown> = {};
	try {
		options = (ctx.getNodeParameter('requestOptions', {}) ?? {}) as Record<string, unknown>;
	} catch {
		// not readable here (e.g. a list picker before the node has parameters): the defaults
	}
	const number = (value: unknown, fallback: number, min: number) => {
		const n = Number(value);
		return value === undefined || value === '' || !Number.isFinite(n) ? fallback : Math.max(min, n);
	};
	return {
		enabled: options[OPTION.enabled] !== false,
		maxTries: Math.floor(number(options[OPTION.maxTries], DEFAULT_LIMITS.maxTries, 1)),
		maxTotalWaitMs: Math.round(number(options[OPTION.maxWait], DEFAULT_LIMITS.maxTotalWaitMs / 1000, 0) * 1000),
	};
}

const ALWAYS = new Set([429, 503]);
const IDEMPOTENT_ONLY = new Set([502, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/**
 * A connection reset mid-request, or no answer within the node's Timeout (Request Options; n8n reports it as
 * ECONNABORTED). Each timed-out try takes that Timeout, on top of the waits. Refused connections are not retried.
 */
const NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);

function headerOf(response: IN8nHttpFullResponse, name: string): string | undefined {
	const headers = (response.headers ?? {}) as Record<string, unknown>;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(attempt: number): number {
	const ceiling = Math.min(RETRY.maxDelayMs, RETRY.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

function networkCode(error: unknown): string | undefined {
	const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
	const code = e?.code ?? e?.cause?.code;
	return typeof code === 'string' && NETWORK_CODES.has(code) ? code : undefined;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

const safeToRepeat = (method: string | undefined) => IDEMPOTENT.has(String(method ?? 'GET').toUpperCase());

/** Whether an answer with this status is retried for this method. */
export function retryableStatus(status: number, method: string | undefined): boolean {
	return ALWAYS.has(status) || (safeToRepeat(method) && IDEMPOTENT_ONLY.has(status));
}

interface NodeContext {
	getNode(): INode;
}

/** Sends `send()` until it gets an answer that is not retried, within the limits above. */
export async function withRetry(
	ctx: NodeContext,
	method: string | undefined,
	send: () => Promise<IN8nHttpFullResponse>,
	limits: RetryLimits = DEFAULT_LIMITS,
): Promise<{ response: IN8nHttpFullResponse; tries: number; waitedMs: number }> {
	if (!limits.enabled) return { response: await send(), tries: 1, waitedMs: 0 };
	const safe = safeToRepeat(method);
	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		let reason: string;
		let asked: number | undefined;
		const outcome = await send().then(
			(response) => ({ response }),
			(error: unknown) => ({ error }),
		);
		if ('error' in outcome) {
			const code = networkCode(outcome.error);
			// Not retried: n8n's own error goes on unchanged (as without retry)
			if (!code || !safe || attempt >= limits.maxTries) return await Promise.reject(outcome.error);
			reason = code;
		} else {
			const { response } = outcome;
			const status = response.statusCode;
			if (!retryableStatus(status, method)) return { response, tries: attempt, waitedMs: waited };
			if (attempt >= limits.maxTries) {
				throw new NodeOperationError(ctx.getNode(), `Returning.AI still answered HTTP ${status} after ${attempt} tries (waited ${seconds(waited)} in all)`, {
					description:
						"The API is rate limiting or overloaded. Run the workflow again later, or send fewer requests at once (Batching in the node's Request Options, or a Wait node between runs), or allow more tries with Retry Max Tries in the node's Request Options.",
				});
			}
			reason = `HTTP ${status}`;
			asked = ALWAYS.has(status) ? retryAfterMs(headerOf(response, 'retry-after')) : undefined;
		}
		const wait = asked ?? backoffMs(attempt);
		if (waited + wait > limits.maxTotalWaitMs) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Returning.AI asked to wait ${seconds(wait)} before retrying (${reason!}${asked !== undefined ? ', Retry-After' : ''}), more than the ${seconds(limits.maxTotalWaitMs - waited)} left of the ${seconds(limits.maxTotalWaitMs)} retry limit`,
				{
					description: `Nothing more was sent after ${attempt} ${attempt === 1 ? 'try' : 'tries'} (waited ${seconds(waited)} in all). Run the workflow again after that time, send fewer requests at once (Batching in the node's Request Options), or allow a longer wait with Retry Max Wait (Seconds) in the node's Request Options.`,
				},
			);
		}
		waited += wait;
		await sleep(wait);
	}
}

interface RequestContext extends NodeContext, ParameterContext {
	helpers: {
		httpRequestWithAuthentication(
			this: unknown,
			credentialsType: string,
			options: IHttpRequestOptions,
			additionalCredentialOptions?: IAdditionalCredentialOptions,
		): Promise<unknown>;
	};
}

/**
 * One request with the credential, retried as above; always the full response (status errors not thrown).
 * `credentialOptions` goes to n8n as its additionalCredentialOptions (e.g. the credential already decrypted).
 */
export async function requestWithRetry(
	ctx: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	credentialOptions?: IAdditionalCredentialOptions,
	limits: RetryLimits = retryLimits(ctx),
): Promise<IN8nHttpFullResponse> {
	const { response } = await withRetry(ctx, options.method, async () =>
		(await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			credentialType,
			{ ...options, returnFullResponse: true, ignoreHttpStatusErrors: true },
			credentialOptions,
		)) as IN8nHttpFullResponse,
		limits,
	);
	return response;
}
