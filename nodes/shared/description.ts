import type { INodeCredentialDescription, INodeTypeDescription } from 'n8n-workflow';

/** The name of the one credential type (credentials/ReturningAiApi.credentials.ts) every node reads. */
export const CREDENTIAL = 'returningAiApi';

/** What every declarative Returning.AI node shares in its description: the one credential and the request defaults. */
export const CREDENTIALS: INodeCredentialDescription[] = [{ name: CREDENTIAL, required: true }];

export const REQUEST_DEFAULTS: INodeTypeDescription['requestDefaults'] = {
	baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
	headers: { Accept: 'application/json' },
};

/**
 * A canvas subtitle that shows display names, not option values: `key` is an expression (e.g.
 * `$parameter["event"]`) whose value `labels` maps onto the text shown; an unknown value shows as it is.
 */
export function subtitleOf(key: string, labels: Record<string, string>): string {
	return `={{ (${JSON.stringify(labels)})[${key}] || ${key} }}`;
}
