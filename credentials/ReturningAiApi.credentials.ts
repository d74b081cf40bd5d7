import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Marker header set by the request builder on routes whose `auth` is `incoming-webhook`. The credential
 * removes it and, for those requests only, adds no API key of its own: incoming webhooks carry the
 * separate Incoming Webhook API Key (set by the operation), never the community API key.
 */
export const AUTH_MODE_HEADER = 'x-returning-ai-auth-mode';

export class ReturningAiApi implements ICredentialType {
	name = 'returningAiApi';

	displayName = 'Returning.AI API';

	icon: Icon = { light: 'file:../icons/returningAi.svg', dark: 'file:../icons/returningAi.dark.svg' };

	documentationUrl = 'https://github.com/returning-ai/n8n-nodes-returning-ai/blob/main/docs/credentials.md';

	httpRequestNode = {
		name: 'Returning.AI',
		docsUrl: 'https://dev.returning.ai',
		apiBaseUrlPlaceholder: 'https://api.returning.ai/v1/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'A community API key, created under Community settings > API keys. Give it the permissions of the calls you use.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.returning.ai',
			description:
				'Where the Returning.AI API is served. Change it only for a staging host or the local sandbox of this package.',
		},
		{
			displayName: 'Default Community ID',
			name: 'communityId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 6502c9e514a3e564c5c09c0a',
			description:
				'The ID of your community, a 24-character hex ObjectId (community settings > Appearance). Used by calls whose path names a community (user fields, community API keys, chart analysis) when the node leaves Community ID empty.',
		},
		{
			displayName: 'Webhook AES Key',
			name: 'webhookAesSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. The 32-character AES-256 key entered in the community\'s webhook encryption settings. Used to decrypt events received by the Returning.AI Trigger and to encrypt requests sent by the Returning.AI Events node. Must be exactly 32 characters.',
		},
		{
			displayName: 'Encryption Mode',
			name: 'webhookEncryptionMode',
			type: 'options',
			options: [
				{
					name: 'Auto-Detect (Receive) / GCM (Send)',
					value: 'auto',
					description: 'The trigger accepts CBC and GCM; the Events node encrypts with GCM',
				},
				{ name: 'CBC', value: 'cbc', description: 'AES-256-CBC only (no integrity check)' },
				{ name: 'GCM', value: 'gcm', description: 'AES-256-GCM only (authenticated, recommended)' },
			],
			default: 'auto',
			description:
				'The AES mode chosen in the community\'s webhook settings. With GCM, tampered or forged events are rejected.',
		},
		{
			displayName: 'Webhook Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional shared secret for the Returning.AI Trigger. When set, every event must carry it: append ?token=<secret> to the URL pasted into Returning.AI (or send it in the x-webhook-token header).',
		},
		{
			displayName: 'Incoming Webhook URL',
			name: 'incomingWebhookUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://api.returning.ai/v1/incoming-webhooks/abc123',
			description:
				'Optional. The incoming-webhook URL shown in the community\'s webhook settings; the default Webhook URL of the Returning.AI Events node',
		},
		{
			displayName: 'Incoming Webhook API Key',
			name: 'incomingWebhookApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. The key generated when the API-key toggle of the community\'s incoming webhooks is on; sent as x-api-key by the Returning.AI Events node',
		},
	];

	// The current /v1 API documents a Bearer token; the Legacy root routes read x-api-key. Both carry the same key.
	// Incoming-webhook requests (marked by AUTH_MODE_HEADER) get neither: they are authenticated by the operation.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: IDataObject = { ...((requestOptions.headers as IDataObject) ?? {}) };
		const mode = Object.keys(headers).find((name) => name.toLowerCase() === AUTH_MODE_HEADER);
		if (mode !== undefined) {
			const skip = headers[mode] === 'incoming-webhook';
			delete headers[mode];
			if (skip) return { ...requestOptions, headers };
		}
		const apiKey = String(credentials.apiKey ?? '');
		headers.Authorization = `Bearer ${apiKey}`;
		headers['x-api-key'] = apiKey;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/stores',
			method: 'GET',
		},
		// n8n shows the message of the first rule whose status matches (instead of only e.g. "Unauthorized").
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Returning.AI refused the API Key (401). Check that the key is copied completely without spaces, that it has not expired or been revoked (Community settings > API keys), and that the Base URL is the host the key belongs to.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The API Key is valid but lacks the store permission this test reads (403). Give the key the store permission in Community settings > API keys, or the permissions of the calls you will use.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						"The Base URL answered 404 for /v1/stores: it is probably not the Returning.AI API. Use 'https://api.returning.ai' (no path after the host) or your staging host.",
				},
			},
		],
	};
}
