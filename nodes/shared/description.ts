import type { INodeCredentialDescription, INodeTypeDescription } from 'n8n-workflow';

/** The name of the one credential type (credentials/ReturningAiApi.credentials.ts) every node reads. */
export const CREDENTIAL = 'returningAiApi';

/** What every declarative Returning.AI node shares in its description: the one credential and the request defaults. */
export const CREDENTIALS: INodeCredentialDescription[] = [{ name: CREDENTIAL, required: true }];

/** Trailing slashes of the credential's Base URL, dropped before a path is appended. */
const TRAILING_SLASHES = /\/+$/;

/**
 * The base URL of every request: the credential's Base URL without trailing slashes. The one definition for
 * RoutingNode (the `requestDefaults` expression below) and the custom operations (nodes/shared/customOperation.ts).
 */
export function baseUrlOf(credentials: { baseUrl?: unknown }): string {
	return (credentials.baseUrl as string).replace(TRAILING_SLASHES, '');
}

export const REQUEST_DEFAULTS: INodeTypeDescription['requestDefaults'] = {
	baseURL: `={{$credentials.baseUrl.replace(${String(TRAILING_SLASHES)}, "")}}`,
	headers: { Accept: 'application/json' },
};

/**
 * A canvas subtitle that shows display names, not option values: `key` is an expression (e.g.
 * `$parameter["event"]`) whose value `labels` maps onto the text shown; an unknown value shows as it is.
 */
export function subtitleOf(key: string, labels: Record<string, string>): string {
	return `={{ (${JSON.stringify(labels)})[${key}] || ${key} }}`;
}
