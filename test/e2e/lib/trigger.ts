/* eslint-disable */
/**
 * The trigger part of the e2e: a published workflow with the Returning.AI Trigger listening for
 * Purchased Store Item, one genuine delivery (must give a successful execution whose trigger output
 * is the decoded payload) and one forged delivery (must give no execution).
 *
 * The trigger's options are read from its description, so this adapts to how the node was built:
 * - the event option is whichever options parameter offers 'purchasedStoreItem';
 * - a shared-secret parameter (name containing token/secret) gets a known value; the genuine event
 *   carries it as ?token=..., the forged one a wrong token;
 * - otherwise, if the trigger's credential has an AES key field, the genuine event is AES-256-GCM
 *   encrypted (package format, webhooks.md §3, Form A) and the forged one fails authentication.
 */
import { createCipheriv, randomBytes } from 'crypto';
import { join } from 'path';

import { encryptedBodyOf } from '../../sandbox/server';
import { PKG, ROOT } from './n8n';
import type { BuiltNode, NodeProperty } from './nodes';

export const TRIGGER_WORKFLOW_ID = 'rAiE2eTriggerW01';
export const TRIGGER_WEBHOOK_ID = '0e2e0e2e-5f0e-4a43-9a51-0c0ffee0e2e1';
export const TRIGGER_NODE_NAME = 'Purchased Store Item';
export const EVENT = 'purchasedStoreItem';
const TOKEN = 'e2e-shared-secret-7f3a9c';
const AES_KEY = '0123456789abcdef0123456789abcdef';
export const TRIGGER_CREDENTIAL_ID = 'rAiE2eTriggerCr1';
/** A copy of the trigger workflow at version 1, where n8n hands the node any body unparsed (issue 15). */
export const ANY_TYPE_WORKFLOW_ID = 'rAiE2eTriggerW02';
export const ANY_TYPE_WEBHOOK_ID = '0e2e0e2e-5f0e-4a43-9a51-0c0ffee0e2e2';
export const ANY_TYPE_VERSION = 1;

export const PURCHASE = {
	_id: 'e2e0000000000000000000b7',
	orderID: 'ORD2026112800E2E',
	communityID: '6502c9e514a3e564c5c09c0a',
	userID: '61100af5c548eb5c7ebc7819',
	email: 'ada@example.com',
	product: { _id: '507f1f77bcf86cd799439015', name: 'Gold Voucher', price: 120, type: 'voucher' },
	quantity: 1,
	createdAt: '2026-11-28T17:00:00.000Z',
};

/** Sample events for the example workflows' triggers (IDs that exist in the sandbox demo data). */
export const SAMPLE_EVENTS: Record<string, Record<string, unknown>> = {
	purchasedStoreItem: { orderID: 'ORD20260001', email: 'ada@example.com', product: { name: 'Product 1' }, quantity: 1 },
	userJoinsServer: { userId: '61100af5c548eb5c7ebc7819', username: 'ada', email: 'ada@example.com' },
};

export interface TriggerPlan {
	node: BuiltNode;
	parameters: Record<string, unknown>;
	/** What makes a delivery genuine: a shared token (?token=) and/or AES-256-GCM with the credential's key. */
	auth: { token?: string; aes?: string };
	credential?: { id: string; name: string; type: string; data: Record<string, unknown> };
	path: string;
	method: string;
	notices: string[];
}

/**
 * Reads the trigger's description: the event parameter, a token parameter, and the fields of its
 * credential (a token and an AES key get known values in a credential made for the trigger).
 */
export function planTrigger(trigger: BuiltNode, baseCredential: Record<string, unknown>): TriggerPlan {
	const d = trigger.description;
	const notices: string[] = [];
	const props = d.properties;
	const eventProp = props.find((p) => (p.type === 'options' || p.type === 'multiOptions') && (p.options ?? []).some((o) => o.value === EVENT));
	if (!eventProp) throw new Error(`${d.name}: no options parameter offers the event '${EVENT}' (webhooks.md §1.3)`);
	const parameters: Record<string, unknown> = { [eventProp.name]: eventProp.type === 'multiOptions' ? [EVENT] : EVENT };
	const auth: TriggerPlan['auth'] = {};
	let credential: TriggerPlan['credential'];
	const tokenProp = findTokenProp(props);
	if (tokenProp) {
		auth.token = `parameter ${tokenProp.name}`;
		const group = tokenProp._group;
		if (group) parameters[group] = { ...((parameters[group] as object) ?? {}), [tokenProp.name]: TOKEN };
		else parameters[tokenProp.name] = TOKEN;
	}
	for (const c of d.credentials ?? []) {
		const cls = loadCredential(c.name);
		if (!cls) {
			notices.push(`credential type '${c.name}' of the trigger not found in package.json n8n.credentials`);
			continue;
		}
		const data: Record<string, unknown> = c.name === 'returningAiApi' ? { ...baseCredential } : {};
		for (const p of cls.properties as NodeProperty[]) {
			if (p.name in data) continue;
			if (/aes|encrypt/i.test(p.name) && p.type === 'string') {
				data[p.name] = AES_KEY;
				auth.aes = `credential ${c.name}.${p.name}`;
			} else if (/token|secret/i.test(p.name) && p.type === 'string' && !/incoming/i.test(p.name)) {
				data[p.name] = TOKEN;
				auth.token ??= `credential ${c.name}.${p.name}`;
			} else if (p.type === 'options' && /mode/i.test(p.name) && (p.options ?? []).some((o) => String(o.value) === 'gcm')) {
				data[p.name] = 'gcm';
			}
		}
		if (auth.token || auth.aes) credential = { id: TRIGGER_CREDENTIAL_ID, name: 'E2E trigger credential', type: c.name, data };
	}
	if (!auth.token && !auth.aes) notices.push('the trigger offers no token or encryption the e2e recognises: the forged-event check is skipped');
	const webhook = d.webhooks?.[0];
	const path = typeof webhook?.path === 'string' && !webhook.path.startsWith('=') ? webhook.path : 'webhook';
	return { node: trigger, parameters, auth, credential, path, method: (webhook?.httpMethod ?? 'POST').toUpperCase(), notices };
}

function findTokenProp(props: NodeProperty[]): (NodeProperty & { _group?: string }) | undefined {
	const direct = props.find((p) => p.type === 'string' && /token|secret/i.test(p.name));
	if (direct) return direct;
	for (const p of props) {
		if (p.type !== 'collection') continue;
		const inner = ((p as any).options ?? []).find((o: NodeProperty) => o.type === 'string' && /token|secret/i.test(o.name));
		if (inner) return { ...inner, _group: p.name };
	}
	return undefined;
}

function loadCredential(type: string): { properties: unknown[] } | undefined {
	for (const file of PKG.n8n.credentials) {
		const mod = require(join(ROOT, file)) as Record<string, new () => { name: string; properties: unknown[] }>;
		for (const Cls of Object.values(mod)) {
			try {
				const c = new Cls();
				if (c.name === type) return c;
			} catch {
				/* not a class */
			}
		}
	}
	return undefined;
}

/** The trigger's workflow (trigger → No Op); `ids` gives a second copy its own workflow and webhook IDs. */
export function triggerWorkflow(plan: TriggerPlan, ids: { id: string; webhookId: string; name: string; typeVersion?: number } = { id: TRIGGER_WORKFLOW_ID, webhookId: TRIGGER_WEBHOOK_ID, name: 'E2E: Returning.AI Trigger (Purchased Store Item)' }): Record<string, unknown> {
	return {
		id: ids.id,
		name: ids.name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'e2e-trigger',
				name: TRIGGER_NODE_NAME,
				type: plan.node.type,
				typeVersion: ids.typeVersion ?? plan.node.latestVersion,
				position: [0, 0],
				webhookId: ids.webhookId,
				parameters: plan.parameters,
				...(plan.credential ? { credentials: { [plan.credential.type]: { id: plan.credential.id, name: plan.credential.name } } } : {}),
			},
			{ id: 'e2e-after', name: 'After Trigger', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [260, 0], parameters: {} },
		],
		connections: { [TRIGGER_NODE_NAME]: { main: [[{ node: 'After Trigger', type: 'main', index: 0 }]] } },
		pinData: {},
	};
}

export function encryptGcm(plaintext: string, key = AES_KEY): { iv: string; data: string; tag: string } {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', Buffer.from(key, 'utf8'), iv);
	const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
	return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

export type Forgery = 'none' | 'wrongToken' | 'wrongKey';

/** A delivery in the sandbox's /__sandbox/deliver format: {url, method, payload, encrypt?}. */
export function delivery(plan: TriggerPlan, baseUrl: string, forgery: Forgery, webhookId = TRIGGER_WEBHOOK_ID): { url: string; method: string; payload: unknown; encrypt?: { key: string; mode: 'gcm'; form: 'A' } } {
	let url = `${baseUrl}/webhook/${webhookId}/${plan.path}`;
	if (plan.auth.token) url += `?token=${encodeURIComponent(forgery === 'wrongToken' ? 'forged-' + TOKEN : TOKEN)}`;
	const encrypt = plan.auth.aes ? { key: forgery === 'wrongKey' ? 'fedcba9876543210fedcba9876543210' : AES_KEY, mode: 'gcm' as const, form: 'A' as const } : undefined;
	return { url, method: plan.method, payload: PURCHASE, ...(encrypt ? { encrypt } : {}) };
}

/** The delivery as a direct HTTP request to the trigger's URL (AES-256-GCM encrypted when the plan says so). */
export function directRequest(d: ReturnType<typeof delivery>): { method: string; headers: Record<string, string>; body: string } {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	let body = JSON.stringify(d.payload);
	if (d.encrypt) {
		headers['x-encrypted'] = 'true';
		body = JSON.stringify(encryptGcm(body, d.encrypt.key));
	}
	return { method: d.method, headers, body };
}

/** Sends a delivery through the sandbox (as Returning.AI would), or directly when the sandbox cannot. */
export async function send(sandboxUrl: string, d: ReturnType<typeof delivery>): Promise<{ status: number; via: string; body: unknown }> {
	const res = await fetch(`${sandboxUrl}/__sandbox/deliver`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(d) });
	if (res.ok) {
		const out = (await res.json()) as { status: number; body: unknown };
		return { status: out.status, via: 'the sandbox (/__sandbox/deliver)', body: out.body };
	}
	const direct = await fetch(d.url, directRequest(d));
	const text = await direct.text();
	return { status: direct.status, via: `a direct POST (sandbox /__sandbox/deliver: HTTP ${res.status})`, body: text };
}

/** Content types the sender may put on any body form (issue 15); '' = no Content-Type header. */
export const CONTENT_TYPES = ['application/json', 'text/plain', 'application/octet-stream', ''];

/**
 * Each body form the trigger decodes, as a direct request: with AES, the GCM envelope (A), raw base64 (B) and
 * hex iv:data (C), sent without x-encrypted (the trigger detects them); without AES, the plain JSON event.
 */
export function bodyForms(plan: TriggerPlan, n8nUrl: string, webhookId: string): Array<{ form: string; url: string; body: string }> {
	let url = `${n8nUrl}/webhook/${webhookId}/${plan.path}`;
	if (plan.auth.token) url += `?token=${encodeURIComponent(TOKEN)}`;
	if (!plan.auth.aes) return [{ form: 'plain JSON', url, body: JSON.stringify(PURCHASE) }];
	return (['A', 'B', 'C'] as const).map((form) => ({
		form: { A: 'GCM JSON envelope', B: 'GCM raw base64', C: 'GCM hex iv:data' }[form],
		url,
		body: encryptedBodyOf(PURCHASE, { key: AES_KEY, mode: 'gcm', form }),
	}));
}
