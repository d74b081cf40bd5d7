import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { CREDENTIAL } from '../shared/description';

/** The webhook fields of the Returning.AI API credential (the API key itself is never kept here). */
export interface WebhookSecrets {
	webhookAesSecret?: string;
	webhookEncryptionMode?: string;
	webhookToken?: string;
}

/** How long a production webhook reuses the secrets it read (a changed token or key takes effect within this time). */
export const SECRETS_TTL_MS = 10_000;
const MAX_ENTRIES = 200;

interface Entry {
	at: number;
	/** The read, shared while it is under way: a burst of events that finds the period over loads the credential once. */
	secrets: Promise<WebhookSecrets>;
}

/**
 * Per credential ID: the webhook secrets and when they were read. Loading a credential in n8n's webhook
 * phase costs a database read, a decryption and (n8n 2.x) an expression isolate per request; a burst of
 * events then spends more time loading the credential than running the workflow. Only the three webhook
 * fields are kept, never the API key.
 */
const cache = new Map<string, Entry>();

export interface LoadedSecrets {
	secrets: WebhookSecrets;
	/** true when the secrets came from the cache (a rejected request is then checked again with fresh ones). */
	cached: boolean;
}

function pick(data: Record<string, unknown>): WebhookSecrets {
	const out: WebhookSecrets = {};
	for (const key of ['webhookAesSecret', 'webhookEncryptionMode', 'webhookToken'] as const) {
		if (typeof data[key] === 'string') out[key] = data[key];
	}
	return out;
}

/**
 * The credential's webhook fields as they are now. No credential selected: {} (plain, unprotected events).
 * A credential that is selected but cannot be loaded throws (fail closed: the checks are never skipped).
 */
export async function readWebhookSecrets(ctx: IHookFunctions | IWebhookFunctions): Promise<WebhookSecrets> {
	if (!ctx.getNode().credentials?.[CREDENTIAL]) return {};
	return pick(((await ctx.getCredentials(CREDENTIAL)) ?? {}) as Record<string, unknown>);
}

/**
 * The trigger's webhook secrets. Production webhooks reuse them for SECRETS_TTL_MS per credential;
 * test webhooks (manual mode) and `fresh` always read the credential (readWebhookSecrets).
 */
export async function webhookSecrets(ctx: IWebhookFunctions, fresh = false): Promise<LoadedSecrets> {
	const ref = ctx.getNode().credentials?.[CREDENTIAL];
	if (!ref) return { secrets: {}, cached: false };
	const id = ref.id ?? `name:${ref.name}`;
	const now = Date.now();
	const useCache = !fresh && ctx.getMode() !== 'manual';
	const hit = useCache ? cache.get(id) : undefined;
	if (hit && now - hit.at >= 0 && now - hit.at < SECRETS_TTL_MS) return { secrets: await hit.secrets, cached: true };
	const secrets = readWebhookSecrets(ctx);
	cache.delete(id);
	if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
	cache.set(id, { at: now, secrets });
	// a credential that cannot be loaded is never served from memory (the caller still gets the failure)
	secrets.catch(() => {
		if (cache.get(id)?.secrets === secrets) cache.delete(id);
	});
	return { secrets: await secrets, cached: false };
}
