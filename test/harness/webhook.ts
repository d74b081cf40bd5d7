/* eslint-disable */
/**
 * Runs a trigger's webhook() with n8n-core's real WebhookContext (n8n-runtime.md §5), a fake express-like
 * request (method, headers, query, parsed body and rawBody) and a fake response that records what the node
 * sent (status, body). The credential goes through the same TestCredentialsHelper as runWorkflow.
 */
import { createHash } from 'crypto';

import { WebhookContext } from 'n8n-core';
import { Workflow, type INode, type INodeType, type IWebhookResponseData, type IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { NodeTypes, PACKAGE, TestCredentialsHelper, nodeTypesMap } from './engine';

export class FakeResponse {
	statusCode = 200;
	body: unknown = undefined;
	headers: Record<string, string> = {};
	sent = false;
	ended = false;
	status(code: number) {
		this.statusCode = code;
		return this;
	}
	json(body: unknown) {
		this.body = body;
		this.sent = true;
		return this;
	}
	send(body?: unknown) {
		this.body = body;
		this.sent = true;
		return this;
	}
	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}
	end() {
		this.ended = true;
		return this;
	}
}

export interface WebhookCall {
	/** Node type without the package prefix; default the Returning.AI Trigger. */
	type?: string;
	parameters?: Record<string, unknown>;
	/** Decrypted credential data; omitted = no credential selected on the node. */
	credential?: Record<string, unknown>;
	method?: string;
	headers?: Record<string, string>;
	query?: Record<string, unknown>;
	/** The raw body text as received (rawBody). The parsed `body` is derived like express would, unless given. */
	raw?: string | Buffer;
	body?: unknown;
	/** The node has a credential selected but loading it fails. */
	credentialFails?: boolean;
	/** Leave rawBody off the request (servers that do not keep it). */
	noRawBody?: boolean;
	mode?: 'webhook' | 'manual';
	/**
	 * The selected credential's ID. Default: derived from the credential data, so different data means a
	 * different credential (as in n8n) and the trigger's per-credential cache never mixes two tests' data.
	 */
	credentialId?: string;
	/** The trigger node's version; default its latest. */
	typeVersion?: number;
	/** Leave the body unread, as n8n does for content types it does not parse; the node gets readRawBody(). */
	unreadBody?: boolean;
	/**
	 * Hand the body over as n8n 2.41.1 does (parseRequestBody in webhook-helpers.js) for the node's version and
	 * parameters and the request's Content-Type: unread for a version-1 node with options.binaryData, and for
	 * versions above 1 with a content type n8n does not parse; else parsed by n8n, where a JSON body that is not
	 * JSON is answered 422 without running the node (outcome.n8nRejected). `raw` is then required.
	 */
	n8nBody?: boolean;
}

/** n8n 2.41.1's isParsableContentType (webhook-helpers.js). */
function n8nParsable(contentType: string | undefined): boolean {
	if (!contentType) return false;
	return contentType.startsWith('application/json') || contentType.startsWith('text/plain') || contentType.startsWith('application/x-www-form-urlencoded') || contentType.endsWith('/xml') || contentType.endsWith('+xml');
}

let loads = 0;
let failingCredentials = 0;
/** How many times a trigger has loaded its credential through n8n (getDecrypted) in this test file. */
export function credentialLoads(): number {
	return loads;
}

export interface WebhookOutcome {
	result: IWebhookResponseData;
	response: FakeResponse;
	/** Items the workflow would start with ([] when none were emitted). */
	items: any[];
	/** With n8nBody: n8n's own answer when it failed to parse the body (the node did not run). */
	n8nRejected?: { status: number; message: string };
}

const workflows = new Map<string, { workflow: Workflow; node: INode; nodeType: INodeType }>();

/** One Workflow per (type, parameters, credential ID): building it is the costly part of a call. */
function workflowFor(type: string, parameters: Record<string, unknown>, credentialId: string | undefined, typeVersion: number | undefined) {
	const cacheKey = JSON.stringify([type, parameters, credentialId, typeVersion]);
	let cached = workflows.get(cacheKey);
	if (!cached) {
		const nodeTypes = new NodeTypes(nodeTypesMap());
		const versions = ([] as number[]).concat(nodeTypes.getByName(type).description.version);
		const node: INode = {
			id: 't1',
			name: 'Returning.AI Trigger',
			type,
			typeVersion: typeVersion ?? Math.max(...versions),
			position: [0, 0],
			webhookId: '1b4f1a0e-5f0e-4a43-9a51-0c0ffee00001',
			parameters: parameters as any,
			...(credentialId ? { credentials: { returningAiApi: { id: credentialId, name: 'Returning.AI' } } } : {}),
		};
		const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: true, settings: { executionOrder: 'v1' } });
		cached = { workflow, node, nodeType: nodeTypes.getByName(type) };
		workflows.set(cacheKey, cached);
	}
	return cached;
}

export async function runWebhook(call: WebhookCall): Promise<WebhookOutcome> {
	const type = `${PACKAGE}.${call.type ?? 'returningAiTrigger'}`;
	const credentialId =
		call.credentialId ??
		(call.credentialFails ? `fails-${++failingCredentials}` : call.credential !== undefined ? `c-${createHash('sha256').update(JSON.stringify(call.credential)).digest('hex').slice(0, 16)}` : undefined);
	const { workflow, node, nodeType } = workflowFor(type, call.parameters ?? { event: 'userJoinsServer' }, credentialId, call.typeVersion);
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries({ 'content-type': 'application/json', ...(call.headers ?? {}) })) headers[k.toLowerCase()] = v;
	const rawBody = call.raw === undefined ? undefined : Buffer.isBuffer(call.raw) ? call.raw : Buffer.from(call.raw, 'utf8');
	let body = call.body;
	if (body === undefined && rawBody) {
		// like express: JSON content types are parsed (when valid); text is kept as a string
		const text = rawBody.toString('utf8');
		if ((headers['content-type'] ?? '').includes('json')) {
			try {
				body = JSON.parse(text);
			} catch {
				body = {};
			}
		} else body = text;
	}
	let unreadBody = call.unreadBody;
	if (call.n8nBody) {
		if (!rawBody) throw new Error('n8nBody needs raw');
		const contentType = headers['content-type']?.split(';')[0].trim().toLowerCase() || undefined;
		const version = node.typeVersion;
		const binaryData =
			version === 1 && workflow.expression.getSimpleParameterValue(workflow.getNode(node.name)!, '={{$parameter["options"]["binaryData"]}}', 'webhook', {}, undefined, false);
		if (binaryData || (version > 1 && !n8nParsable(contentType))) unreadBody = true;
		else {
			// parseBody (middlewares/body-parser.js): reads rawBody; parses JSON and text, leaves other types unparsed
			const text = rawBody.toString('utf8');
			body = undefined;
			if (contentType === 'application/json' && rawBody.length) {
				try {
					body = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
				} catch {
					return { result: { noWebhookResponse: true }, response: new FakeResponse(), items: [], n8nRejected: { status: 422, message: 'Failed to parse request body' } };
				}
			} else if (contentType === 'text/plain') body = text;
		}
	}
	const response = new FakeResponse();
	const credentialsHelper = new TestCredentialsHelper(call.credential ? { returningAiApi: call.credential as any } : {});
	const getDecrypted = credentialsHelper.getDecrypted.bind(credentialsHelper);
	credentialsHelper.getDecrypted = async (...args: Parameters<typeof getDecrypted>) => {
		loads++;
		if (call.credentialFails) throw new Error('Credential could not be decrypted');
		return await getDecrypted(...args);
	};
	const additionalData = {
		httpRequest: {
			method: call.method ?? 'POST',
			body: unreadBody ? undefined : (body ?? {}),
			...(call.noRawBody || unreadBody ? {} : { rawBody }),
			// n8n's reader: fills rawBody (and nothing else) for bodies it left unread
			...(unreadBody ? { readRawBody: async function (this: { rawBody?: Buffer }) { this.rawBody = rawBody ?? Buffer.alloc(0); } } : {}),
			headers,
			query: call.query ?? {},
			params: {},
		},
		httpResponse: response,
		credentialsHelper,
		variables: {},
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		instanceBaseUrl: 'http://127.0.0.1/',
	} as unknown as IWorkflowExecuteAdditionalData;
	const wd = nodeType.description.webhooks![0];
	const webhookData = { httpMethod: wd.httpMethod, node: node.name, path: wd.path, webhookDescription: wd, workflowId: 'test', webhookId: node.webhookId } as any;
	const ctx = new WebhookContext(workflow, workflow.getNode(node.name)!, additionalData, call.mode ?? 'webhook', webhookData, [], null);
	const result = await nodeType.webhook!.call(ctx);
	const items = (result.workflowData?.[0] ?? []).map((i) => i.json);
	return { result, response, items };
}

/** The webhook methods (checkExists/create/delete) of a trigger, called with a minimal hook context. */
export function hookContext(credential?: Record<string, unknown>) {
	return {
		getNode: () => ({
			name: 'Returning.AI Trigger',
			type: `${PACKAGE}.returningAiTrigger`,
			...(credential ? { credentials: { returningAiApi: { id: 'c1', name: 'Returning.AI' } } } : {}),
		}),
		getCredentials: async () => {
			if (!credential) throw new Error('Node does not have any credentials set');
			return credential;
		},
		getNodeWebhookUrl: () => 'http://127.0.0.1/webhook/1b4f1a0e/webhook',
		getWorkflowStaticData: () => ({}),
		helpers: new Proxy({}, { get: () => () => { throw new Error('webhook methods must not make remote calls'); } }),
	} as any;
}
