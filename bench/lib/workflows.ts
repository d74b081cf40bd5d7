/* eslint-disable */
/**
 * The benchmark's workflows. Every one starts with a Webhook node (POST, production URL on a running
 * `n8n start`), so a run is one HTTP call and its timing comes from the execution n8n records.
 */
import { createHash } from 'crypto';

import { CREDENTIAL_ID, CREDENTIAL_NAME } from '../../test/e2e/lib/n8n';

export interface WfNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
}

export interface Workflow {
	id: string;
	name: string;
	active: boolean;
	settings: Record<string, unknown>;
	nodes: Array<WfNode & { position: [number, number]; id: string }>;
	connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }>;
	pinData: Record<string, unknown>;
}

/** A stable UUID-shaped id from a name (webhook ids must look like UUIDs). */
export function uuidFrom(name: string): string {
	const h = createHash('sha256').update(name).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A 16-character workflow id (n8n's format) from a name. */
export function workflowId(name: string): string {
	return ('bench' + createHash('sha256').update(name).digest('hex')).slice(0, 16);
}

export const credentials = { returningAiApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } };

/** Webhook trigger. 'lastNode' + noData: the HTTP call returns once the execution has finished. */
export function webhookNode(path: string, responseMode: 'lastNode' | 'onReceived'): WfNode {
	return {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: uuidFrom(`webhook ${path}`),
		parameters: { httpMethod: 'POST', path, responseMode, ...(responseMode === 'lastNode' ? { responseData: 'noData' } : {}), options: {} },
	};
}

export function splitOutNode(name: string, field: string): WfNode {
	return { name, type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: field, include: 'noOtherFields', options: {} } };
}

export function noOpNode(name: string): WfNode {
	return { name, type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} };
}

/** n8n's HTTP Request node (4.2) authenticating with the package's credential (predefined credential type). */
export function httpRequestNode(name: string, request: { method: string; url: string; query?: Record<string, string>; body?: Record<string, unknown> }, options: Record<string, unknown>): WfNode {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: request.method,
			url: request.url,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'returningAiApi',
			...(request.query
				? { sendQuery: true, specifyQuery: 'keypair', queryParameters: { parameters: Object.entries(request.query).map(([name, value]) => ({ name, value })) } }
				: {}),
			...(request.body ? { sendBody: true, contentType: 'json', specifyBody: 'json', jsonBody: JSON.stringify(request.body) } : {}),
			options,
		},
		credentials,
	};
}

/** A straight chain of nodes. */
export function chain(name: string, nodes: WfNode[]): Workflow {
	const id = workflowId(name);
	const connections: Workflow['connections'] = {};
	for (let i = 0; i + 1 < nodes.length; i++) connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id,
		name: `Bench: ${name}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: nodes.map((n, i) => ({ id: uuidFrom(`${name} node ${n.name}`), position: [i * 240, 0] as [number, number], ...n })),
		connections,
		pinData: {},
	};
}
