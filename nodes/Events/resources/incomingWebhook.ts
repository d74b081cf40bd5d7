import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { encryptBody, isValidKey } from '../../shared/crypto';
import { CREDENTIAL } from '../../shared/description';
import type { FieldSpec, OperationSpec, ResourceSpec } from '../../shared/types';
import { isEmpty } from '../../shared/values';

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;
const WEBHOOK_ID = /^[A-Za-z0-9._~-]+$/;

/**
 * The Webhook URL parameter (default: the credential's Incoming Webhook URL). It goes into the route's
 * `{webhookId}` placeholder (routes.ts: /v1/incoming-webhooks/{webhookId}), so that:
 * - a bare ID is sent to the credential's Base URL + that path, from the path table;
 * - a full http(s) URL, the form Returning.AI shows in the community's settings, is used verbatim
 *   (webhooks.md §5): the preSend below replaces the base URL and path with it.
 */
const webhookUrl = (): FieldSpec => ({
	name: 'webhookUrl',
	label: 'Webhook URL',
	type: 'string',
	in: 'path',
	wire: 'webhookId',
	credentialFallback: 'incomingWebhookUrl',
	placeholder: 'e.g. https://api.returning.ai/v1/incoming-webhooks/abc123',
	description:
		"The incoming-webhook URL from the community's webhook settings (or just its ID). Empty: the Incoming Webhook URL of the credential.",
	validate: (value) => {
		const text = String(value).trim();
		if (ABSOLUTE.test(text)) {
			return /^https?:\/\/[^/\s]+/i.test(text) && !/\s/.test(text)
				? undefined
				: `The parameter 'Webhook URL' must be an http(s) URL, got '${text}'`;
		}
		return WEBHOOK_ID.test(text)
			? undefined
			: `The parameter 'Webhook URL' must be a full URL (https://...) or a webhook ID, got '${text}'`;
	},
	transform: (value) => String(value).trim(),
});

const options = (): FieldSpec[] => [
	{
		name: 'encryptedBodyFormat',
		label: 'Encrypted Body Format',
		type: 'options',
		in: 'none',
		group: 'options',
		default: 'envelope',
		options: [
			{ name: 'JSON Envelope', value: 'envelope', description: 'The base64 IV, ciphertext and tag as a JSON object (form A, recommended)' },
			{ name: 'Raw Base64', value: 'base64', description: 'One base64 string of IV + ciphertext + tag, sent as text/plain (form B)' },
		],
		description: 'How the body is laid out when the credential has a Webhook AES Key; ignored otherwise',
	},
];

function readFormat(ctx: IExecuteSingleFunctions): 'A' | 'B' {
	const opts = ctx.getNodeParameter('options', {}) as IDataObject;
	return opts.encryptedBodyFormat === 'base64' ? 'B' : 'A';
}

/**
 * Finishes an incoming-webhook request: target URL, x-api-key, and the encrypted body with
 * x-encrypted: true when the credential has an AES key (webhooks.md §3 and §5).
 */
async function incomingWebhookRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = (await this.getCredentials(CREDENTIAL)) as IDataObject;
	let target = this.getNodeParameter('webhookUrl', '') as string;
	if (isEmpty(target)) target = String(credentials.incomingWebhookUrl ?? '');
	target = target.trim();
	if (ABSOLUTE.test(target)) {
		const url = new URL(target);
		requestOptions.baseURL = url.origin;
		requestOptions.url = `${url.pathname}${url.search}`;
	}
	const headers = { ...((requestOptions.headers as IDataObject) ?? {}) };
	const apiKey = String(credentials.incomingWebhookApiKey ?? '');
	if (apiKey) headers['x-api-key'] = apiKey;
	const aesKey = String(credentials.webhookAesSecret ?? '');
	if (aesKey) {
		if (!isValidKey(aesKey)) {
			throw new NodeOperationError(this.getNode(), 'The Webhook AES Key in the Returning.AI credential must be exactly 32 characters', {
				description: "Copy the 32-character key from the community's incoming-webhook encryption settings into the credential, or clear it to send plain JSON.",
				itemIndex: this.getItemIndex(),
			});
		}
		const mode = credentials.webhookEncryptionMode === 'cbc' ? 'cbc' : 'gcm';
		const form = readFormat(this);
		const encrypted = encryptBody(requestOptions.body ?? {}, aesKey, { mode, form });
		headers['x-encrypted'] = 'true';
		if (form === 'A') {
			requestOptions.body = JSON.parse(encrypted) as IDataObject;
			requestOptions.json = true;
			headers['Content-Type'] = 'application/json';
		} else {
			requestOptions.body = encrypted;
			requestOptions.json = false;
			headers['Content-Type'] = 'text/plain';
		}
	}
	requestOptions.headers = headers;
	return requestOptions;
}

const email = (description: string): FieldSpec => ({
	name: 'email',
	label: 'Email',
	type: 'string',
	in: 'body',
	required: true,
	placeholder: 'e.g. name@email.com',
	description,
});

export const incomingWebhook: ResourceSpec = {
	value: 'incomingWebhook',
	name: 'Incoming Webhook',
	description: "Actions sent through the community's incoming webhook (optionally with an API key and AES encryption)",
	operations: [
		{
			value: 'sendMessage',
			name: 'Send Message Into Channel',
			action: 'Send a message into a channel',
			description: "Post a message into a community channel through the community's incoming webhook",
			route: 'incomingWebhooks.sendMessage',
			notFoundLabel: 'incoming webhook',
			fields: [
				webhookUrl(),
				{ name: 'channelId', label: 'Channel ID', type: 'string', in: 'body', required: true, placeholder: 'e.g. 663347f4361726479c6', description: 'The channel to post into: its ID as Channels > Get Many returns it (Returning.AI Channels node)' },
				{ name: 'message', label: 'Message', type: 'string', in: 'body', required: true, typeOptions: { rows: 3 }, description: 'The text of the message' },
				{ name: 'sender', label: 'Sender', type: 'string', in: 'body', required: true, placeholder: 'e.g. johndoe@gmail.com', description: 'Username or email of the member the message is posted as' },
				{ name: 'forumTopicId', label: 'Forum Topic ID', type: 'string', in: 'body', group: 'additionalFields', description: 'The topic to post into, for forum channels: its ID as the API returns it' },
				...options(),
			],
			preSend: incomingWebhookRequest,
		},
		{
			value: 'updateCustomFields',
			name: 'Update Custom User Fields',
			action: 'Update custom user fields',
			description: "Update a member's custom user field values through the community's incoming webhook",
			route: 'incomingWebhooks.updateCustomFields',
			notFoundLabel: 'incoming webhook',
			fields: [
				webhookUrl(),
				email('Email address of the member to update'),
				{
					name: 'customFields',
					label: 'Custom Fields (JSON)',
					type: 'json',
					in: 'body',
					required: true,
					default: '[{"fieldIdorName": "customerid", "value": "123456"}]',
					description: 'A JSON array of {"fieldIdorName": field ID or name, "value": new value}, e.g. [{"fieldIdorName": "customerid", "value": "123456"}]',
					validate: (value) =>
						Array.isArray(value) &&
						value.length > 0 &&
						value.every((v) => v && typeof v === 'object' && !Array.isArray(v) && typeof (v as IDataObject).fieldIdorName === 'string' && 'value' in (v as IDataObject))
							? undefined
							: 'The field \'Custom Fields (JSON)\' must be a non-empty JSON array of {"fieldIdorName": "...", "value": ...}',
				},
				...options(),
			],
			preSend: incomingWebhookRequest,
		},
		{
			value: 'updateCurrency',
			name: 'Update In-Game Currency',
			action: 'Update the currency of a member',
			description: "Add, subtract or set a member's in-game currency through the community's incoming webhook",
			route: 'incomingWebhooks.updateCurrency',
			notFoundLabel: 'incoming webhook',
			fields: [
				webhookUrl(),
				email('Email address of the member whose balance changes'),
				{
					name: 'coinsOp',
					label: 'Operation',
					type: 'options',
					in: 'body',
					wire: 'coins_op',
					required: true,
					default: 'add',
					options: [
						{ name: 'Add', value: 'add', description: 'Add the amount to the balance' },
						{ name: 'Overwrite', value: 'overwrite', description: 'Set the balance to the amount' },
						{ name: 'Subtract', value: 'subtract', description: 'Subtract the amount from the balance' },
					],
					description: 'How the amount changes the balance',
				},
				{
					name: 'coins',
					label: 'Amount',
					type: 'number',
					in: 'body',
					required: true,
					default: 0,
					typeOptions: { minValue: 0 },
					description: 'Amount of in-game currency to add, subtract or set, a number, e.g. 100',
					validate: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : `The field 'Amount' must be a number of 0 or more, got ${String(v)}`),
				},
				...options(),
			],
			preSend: incomingWebhookRequest,
		},
	] satisfies OperationSpec[],
};
