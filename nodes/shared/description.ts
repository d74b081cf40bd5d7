import type { INodeCredentialDescription, INodeTypeDescription } from 'n8n-workflow';

/** What every declarative Returning.AI node shares in its description: the one credential and the request defaults. */
export const CREDENTIALS: INodeCredentialDescription[] = [{ name: 'returningAiApi', required: true }];

export const REQUEST_DEFAULTS: INodeTypeDescription['requestDefaults'] = {
	baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
	headers: { Accept: 'application/json' },
};
