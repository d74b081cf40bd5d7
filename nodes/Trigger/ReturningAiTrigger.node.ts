import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { matchesFilter } from './filter';
import { readWebhookSecrets, webhookSecrets, type WebhookSecrets } from './secrets';
import {
	DecodeError,
	decodeBody,
	isEncryptedHeader,
	isValidKey,
	looksEncrypted,
	safeEqual,
	type DecodeMode,
} from '../shared/crypto';
import { subtitleOf } from '../shared/description';

/** Event keys of webhooks.md §1.3 (option values: never rename). */
const TRIGGER_EVENTS = [
	{ name: 'Analysis Created', value: 'createAnalysis', description: 'A chart analysis was created (create_analysis)' },
	{ name: 'Analysis Updated', value: 'updateAnalysis', description: 'A chart analysis was updated (update_analysis)' },
	{ name: 'New Message Posted Anywhere', value: 'newMessageAnywhere', description: 'A message was posted in any channel' },
	{ name: 'New Message Posted To Channel', value: 'newMessageInChannel', description: 'A message was posted in the channel chosen in Returning.AI' },
	{ name: 'Purchased Store Item', value: 'purchasedStoreItem', description: 'A member bought an item in the community store' },
	{ name: 'User Joins Server', value: 'userJoinsServer', description: 'A member joined the community' },
	{ name: 'User Visits Server', value: 'userVisitsServer', description: 'A member visited the community' },
];

const DEFAULT_MAX_BODY_KB = 1024;

interface RequestLike {
	method?: string;
	headers?: Record<string, string | string[] | undefined>;
	query?: Record<string, unknown>;
	body?: unknown;
	rawBody?: Buffer | string;
	/** n8n's reader for bodies it did not parse (content types other than JSON, text, form or XML). */
	readRawBody?: () => Promise<void>;
}

function header(req: RequestLike, name: string): string | undefined {
	const headers = req.headers ?? {};
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? value[0] : value;
}

/** The body bytes as received: rawBody when the server kept it, else the parsed body re-serialised. */
function rawBodyOf(req: RequestLike): Buffer {
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	if (typeof req.rawBody === 'string') return Buffer.from(req.rawBody, 'utf8');
	const body = req.body;
	if (body === undefined || body === null) return Buffer.alloc(0);
	if (Buffer.isBuffer(body)) return body;
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (typeof body === 'object' && Object.keys(body).length === 0) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}

function reply(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

function reject(ctx: IWebhookFunctions, { status, reason, message }: Rejection): IWebhookResponseData {
	// Only the reason code: never the body, headers or key material.
	ctx.logger?.debug?.(`Returning.AI Trigger rejected a request (${status} ${reason})`);
	return reply(ctx, status, { received: false, reason, message });
}

/** What n8n sends back for an accepted event (after the execution is stored and queued). */
const ACKNOWLEDGEMENT: IDataObject = { received: true };

export class ReturningAiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Trigger',
		name: 'returningAiTrigger',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['trigger'],
		// n8n 2.41.1 (parseRequestBody in webhook-helpers.js) parses the body of a start node itself before the
		// node runs: for versions above 1, every JSON/text/form/XML content type, and a Content-Type:
		// application/json body that is not JSON (raw base64 or hex of an encrypted event) is answered 422
		// there, the event lost. Only a version-1 start node whose options.binaryData is truthy gets the body
		// unparsed, whatever its content type; the node then reads and decodes the bytes itself. So version 1
		// (the default again) has that option on by default ("Accept Any Content Type"). 1.1 keeps n8n's
		// parsing (one expression evaluation less per event) and is the one that loses mislabelled bodies.
		version: [1, 1.1],
		defaultVersion: 1,
		subtitle: subtitleOf('$parameter["event"]', Object.fromEntries(TRIGGER_EVENTS.map((e) => [e.value, `On ${e.name}`]))),
		description: 'Starts the workflow when Returning.AI sends an outgoing webhook event (plain or AES-encrypted)',
		defaults: { name: 'Returning.AI Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'returningAiApi', required: false }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// Empty: n8n then sends the webhookResponse the trigger returns ({"received":true}), after it has
				// saved the execution (and, in queue mode, put its job into Redis), so an acknowledged event is
				// never lost by a crash between the answer and the queueing. A static value (not an expression)
				// costs n8n no expression evaluation per event.
				responseData: '',
				path: 'webhook',
			},
		],
		triggerPanel: {
			header: 'Listen for a Returning.AI event',
			executionsHelp: {
				inactive:
					"Returning.AI has no API to register webhooks. While building, copy the <b>Test URL</b> (<i>Webhook URLs</i>, at the top of this node's parameters) into the community's outgoing-webhook settings for the chosen event, click 'Listen for test event' and trigger the event in Returning.AI. When done, publish the workflow and replace the URL in Returning.AI with the <b>Production URL</b>.",
				active:
					"The workflow is published: Returning.AI events sent to the <b>Production URL</b> start it. Make sure that URL (not the Test URL) is the one saved in the community's outgoing-webhook settings.",
			},
			activationHint:
				"Once set up, publish the workflow and paste the Production URL into the community's outgoing-webhook settings.",
		},
		properties: [
			{
				displayName:
					"Paste this node's URL (Webhook URLs, just above) into Returning.AI: the Test URL while testing, the Production URL once the workflow is published, in Community settings > Webhooks > Outgoing webhooks for the chosen event. Returning.AI has no API to register webhooks. With a Webhook Token in the credential, append ?token= and the token itself to the URL (e.g. …/webhook?token=my-secret-token).",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				default: 'userJoinsServer',
				options: TRIGGER_EVENTS,
				description:
					'The event this URL is set up for in Returning.AI. It labels the output (_returningAi.event); use one trigger per event type.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				// Stored only when changed: a new version-1 node has Accept Any Content Type on without saving it.
				default: { binaryData: true },
				options: [
					{
						displayName: 'Accept Any Content Type',
						// The key n8n reads for version-1 start nodes ($parameter.options.binaryData): when on, n8n
						// hands the body over unparsed and the trigger decodes it, so a sender's Content-Type
						// (e.g. application/json on a base64 body) does not matter.
						name: 'binaryData',
						type: 'boolean',
						default: true,
						displayOptions: { show: { '@version': [1] } },
						description:
							'Whether to read the body as sent, whatever its Content-Type. Off: n8n parses JSON, text, form and XML bodies itself and answers 422, without running the workflow, when a body sent with a JSON Content-Type is not JSON (e.g. a raw base64 or hex encrypted event).',
					},
					{
						displayName: 'Detect Encryption Without Header',
						name: 'detectEncryption',
						type: 'boolean',
						default: true,
						description:
							'Whether to decrypt bodies shaped like encrypted ones (an {iv, data, tag} envelope, raw base64 or hex) even without the x-encrypted: true header, when the credential has a Webhook AES Key. Whether Returning.AI sends that header on outgoing webhooks is not confirmed.',
					},
					{
						displayName: 'Max Body Size (KB)',
						name: 'maxBodySizeKb',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: DEFAULT_MAX_BODY_KB,
						description: 'Larger requests are rejected with 413 without running the workflow',
					},
					{
						displayName: 'Only When Field',
						name: 'filterField',
						type: 'string',
						default: '',
						placeholder: 'e.g. productId',
						description:
							'Run the workflow only for payloads whose field (dot notation for nested fields) equals one of Only When Field Is. Other events are acknowledged and ignored.',
					},
					{
						displayName: 'Only When Field Is',
						name: 'filterValues',
						type: 'string',
						default: '',
						placeholder: 'e.g. 6502c9e514a3e564c5c09c0a, 6502c9e514a3e564c5c09c0b',
						description:
							'Comma-separated values accepted for Only When Field (for arrays: any element). Empty: the field only has to be present.',
					},
					{
						displayName: 'Require Encryption',
						name: 'requireEncryption',
						type: 'boolean',
						default: false,
						description:
							'Whether to reject plain (unencrypted) requests. Needs a Webhook AES Key in the credential; with GCM, only events encrypted with that key are accepted.',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			// Returning.AI offers no registration API: the URL is pasted by hand, so nothing exists remotely.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credential = await readWebhookSecrets(this);
				if (credential.webhookAesSecret && !isValidKey(credential.webhookAesSecret)) {
					throw new NodeOperationError(this.getNode(), 'The Webhook AES Key in the Returning.AI credential must be exactly 32 characters', {
						description: "Copy the 32-character key from the community's webhook encryption settings into the credential.",
					});
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject() as unknown as RequestLike;
		const method = String(req.method ?? 'POST').toUpperCase();
		if (method !== 'POST' && method !== 'PUT') {
			return reject(this, { status: 405, reason: 'methodNotAllowed', message: 'Use POST to deliver Returning.AI events' });
		}
		const options = this.getNodeParameter('options', {}) as IDataObject;

		if (req.rawBody === undefined && typeof req.readRawBody === 'function') {
			try {
				await req.readRawBody();
			} catch {
				return reject(this, { status: 400, reason: 'invalidBody', message: 'The body could not be read' });
			}
		}

		let outcome: Outcome;
		try {
			const loaded = await webhookSecrets(this);
			outcome = checkEvent(req, options, loaded.secrets);
			// Secrets reused from an earlier request may be outdated (token or key just changed): a request
			// they reject is checked once more with the credential as it is now.
			if ('status' in outcome && loaded.cached) outcome = checkEvent(req, options, (await webhookSecrets(this, true)).secrets);
		} catch {
			return reject(this, { status: 500, reason: 'credentialUnavailable', message: 'The Returning.AI credential of this trigger could not be loaded' });
		}
		if ('status' in outcome) return reject(this, outcome);
		if (!outcome.objects.length) return reply(this, 200, { received: true, ignored: true });

		const event = this.getNodeParameter('event', 'userJoinsServer') as string;
		const receivedAt = new Date().toISOString();
		const items: INodeExecutionData[] = outcome.objects.map((o) => ({
			json: { ...o, _returningAi: { event, encrypted: outcome.encrypted, receivedAt } },
		}));
		// n8n answers 200 with this (the webhook's responseData is empty) once the execution is stored and queued.
		return { workflowData: [items], webhookResponse: ACKNOWLEDGEMENT };
	}
}

/** A rejection (answered by the trigger itself, no execution) or the payload objects to start the workflow with. */
type Outcome = Rejection | { objects: IDataObject[]; encrypted: boolean };
interface Rejection {
	status: number;
	reason: string;
	message: string;
}

/** Token, size, encryption and payload checks of one request against the credential's webhook secrets. */
function checkEvent(req: RequestLike, options: IDataObject, secrets: WebhookSecrets): Outcome {
	const token = String(secrets.webhookToken ?? '');
	if (token) {
		const query = req.query ?? {};
		const given = query.token ?? header(req, 'x-webhook-token');
		const value = Array.isArray(given) ? given[0] : given;
		if (typeof value !== 'string' || !safeEqual(value, token)) {
			return { status: 401, reason: 'invalidToken', message: 'Missing or wrong webhook token' };
		}
	}

	const maxKb = Number(options.maxBodySizeKb ?? DEFAULT_MAX_BODY_KB);
	const limit = Math.max(1, Number.isFinite(maxKb) ? maxKb : DEFAULT_MAX_BODY_KB) * 1024;
	const tooLarge: Rejection = { status: 413, reason: 'payloadTooLarge', message: 'The body is larger than the allowed size' };
	const declaredLength = Number(header(req, 'content-length') ?? 0);
	if (declaredLength > limit) return tooLarge;
	const raw = rawBodyOf(req);
	if (raw.length > limit) return tooLarge;

	const key = String(secrets.webhookAesSecret ?? '');
	const headerSaysEncrypted = isEncryptedHeader(header(req, 'x-encrypted'));
	if (headerSaysEncrypted && !key) {
		return { status: 400, reason: 'noKeyConfigured', message: 'The body is encrypted but no Webhook AES Key is set in the credential' };
	}
	if (key && !isValidKey(key)) {
		return { status: 500, reason: 'keyMisconfigured', message: 'The Webhook AES Key in the credential is not 32 characters' };
	}
	// Without the header, a body shaped like an encrypted one is decrypted too (unless turned off)
	const encrypted = headerSaysEncrypted || (Boolean(key) && options.detectEncryption !== false && looksEncrypted(raw));
	if (!encrypted && options.requireEncryption === true) {
		return { status: 400, reason: 'encryptionRequired', message: 'This webhook accepts only encrypted bodies' };
	}

	const modeSetting = String(secrets.webhookEncryptionMode ?? 'auto');
	const mode: DecodeMode = modeSetting === 'cbc' || modeSetting === 'gcm' ? modeSetting : 'auto';
	let payload: unknown;
	try {
		payload = decodeBody(raw, { encryptedHeader: encrypted ? 'true' : undefined, key, mode }).payload;
	} catch (error) {
		if (error instanceof DecodeError) return { status: 400, reason: error.reason, message: error.message };
		return { status: 400, reason: 'invalidBody', message: 'The body could not be read' };
	}

	const objects = Array.isArray(payload) ? payload : [payload];
	if (!objects.length || objects.some((o) => o === null || typeof o !== 'object' || Array.isArray(o))) {
		return { status: 400, reason: 'invalidPayload', message: 'The payload must be a JSON object (or an array of objects)' };
	}
	const filterField = String(options.filterField ?? '');
	const filterValues = String(options.filterValues ?? '');
	return { objects: (objects as IDataObject[]).filter((o) => matchesFilter(o, filterField, filterValues)), encrypted };
}
