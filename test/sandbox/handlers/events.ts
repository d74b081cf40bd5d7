/* eslint-disable */
import { DecodeError, decodeBody, isEncryptedHeader, safeEqual } from '../../../nodes/shared/crypto';
import { reference } from '../reference';
import type { Handler, HandlerContext } from '../server';

/**
 * The community's incoming webhook (webhooks.md §1.1, §3, §5). The three actions share one path, so one
 * handler serves them all: it checks x-api-key when `sandbox.webhook.apiKey` is set, decrypts the body
 * (forms A/B/C, CBC/GCM) when x-encrypted: true, tells the action from the decoded body's fields, validates
 * it against that action's reference entry, and records the decoded body on the request (`req.decoded`).
 */
const ACTIONS: Array<{ id: string; test: (body: Record<string, unknown>) => boolean }> = [
	{ id: 'incomingWebhooks.sendMessage', test: (b) => 'channelId' in b || 'message' in b },
	{ id: 'incomingWebhooks.updateCustomFields', test: (b) => 'customFields' in b },
	{ id: 'incomingWebhooks.updateCurrency', test: (b) => 'coins_op' in b || 'coins' in b },
];

const incomingWebhook: Handler = (ctx: HandlerContext) => {
	const { sandbox, req, params } = ctx;
	const settings = sandbox.webhook;
	if (settings.webhookId && params.webhookId !== settings.webhookId) return ctx.fail(404, 'Incoming webhook not found');
	if (settings.apiKey) {
		const given = req.headers['x-api-key'];
		if (!given) return ctx.fail(401, 'Missing x-api-key header');
		if (!safeEqual(given, settings.apiKey)) return ctx.fail(401, 'Invalid x-api-key');
	}
	const encrypted = isEncryptedHeader(req.headers['x-encrypted']);
	if (encrypted && !settings.aesKey) return ctx.fail(400, 'The body is marked encrypted but encryption is not enabled for this webhook');
	if (!encrypted && settings.requireEncryption) return ctx.fail(400, 'Encryption is enabled for this webhook: send an encrypted body with x-encrypted: true');
	let body: unknown;
	try {
		body = decodeBody(req.rawBody, { encryptedHeader: encrypted ? 'true' : undefined, key: settings.aesKey, mode: settings.mode ?? 'auto' }).payload;
	} catch (error) {
		const reason = error instanceof DecodeError ? error.message : 'unreadable body';
		return ctx.fail(400, encrypted ? `Could not decrypt the body: ${reason}` : `Request body is not valid JSON: ${reason}`);
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return ctx.fail(400, 'Request body must be a JSON object');
	const action = ACTIONS.find((a) => a.test(body as Record<string, unknown>));
	if (!action) return ctx.fail(400, 'Unknown incoming-webhook action: expected channelId/message, customFields or coins_op/coins');
	const entry = reference.find((e) => e.id === action.id)!;
	const problem = sandbox.validate(entry, params, {}, body);
	if (problem) return ctx.fail(400, problem);
	req.routeId = action.id;
	req.decoded = body;
	req.encrypted = encrypted;
	const log = (sandbox.state.get('incomingWebhooks') as unknown[] | undefined) ?? [];
	log.push({ action: action.id, webhookId: params.webhookId, encrypted, body });
	sandbox.state.set('incomingWebhooks', log);
	return { status: 200, body: { status: 'success' } };
};

/** Custom sandbox handlers for the Events routes (route id -> handler); routes not listed use the generic REST model. */
export const eventsHandlers: Record<string, Handler> = {
	'incomingWebhooks.sendMessage': incomingWebhook,
	'incomingWebhooks.updateCustomFields': incomingWebhook,
	'incomingWebhooks.updateCurrency': incomingWebhook,
};
