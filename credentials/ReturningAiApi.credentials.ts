import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export class ReturningAiApi implements ICredentialType {
	name = 'returningAiApi';

	displayName = 'Returning.AI API';

	icon: Icon = { light: 'file:../icons/returningAi.svg', dark: 'file:../icons/returningAi.dark.svg' };

	documentationUrl = 'https://github.com/returning-ai/n8n-nodes-returning-ai#credentials';

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
				'Used by calls whose path names a community (user fields, community API keys, chart analysis) when the node leaves Community ID empty',
		},
	];

	// The current /v1 API documents a Bearer token; the Legacy root routes read x-api-key. Both carry the same key.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
				'x-api-key': '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/stores',
			method: 'GET',
		},
	};
}
