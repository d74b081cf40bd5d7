/* eslint-disable */
/**
 * Runs a node's listSearch method (resource locator "From List") through n8n-core's real
 * LoadOptionsContext, with the package credential applied the way the n8n server does.
 */
import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeListSearchResult, type IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { NodeTypes, PACKAGE, TestCredentialsHelper, nodeTypesMap } from './engine';

export interface ListSearchOptions {
	/** Node type without the package prefix, e.g. `returningAiMessaging`. */
	type: string;
	method: string;
	baseUrl: string;
	apiKey?: string;
	filter?: string;
	paginationToken?: string;
	/** The node's current parameters (what the editor holds while the list is open). */
	parameters?: Record<string, unknown>;
}

export async function runListSearch(options: ListSearchOptions): Promise<INodeListSearchResult> {
	const types = nodeTypesMap();
	const nodeType = types[`${PACKAGE}.${options.type}`];
	const method = (nodeType as any).methods?.listSearch?.[options.method];
	if (typeof method !== 'function') throw new Error(`${options.type} has no listSearch method ${options.method}`);
	const node: INode = {
		id: 'n1',
		name: 'Node Under Test',
		type: `${PACKAGE}.${options.type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: (options.parameters ?? {}) as any,
		credentials: { returningAiApi: { id: 'c1', name: 'Returning.AI sandbox' } },
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes: new NodeTypes(types), active: false, settings: {} });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper({
			returningAiApi: { baseUrl: options.baseUrl, apiKey: options.apiKey ?? 'sandbox-api-key-0123456789', communityId: '' },
		}),
		currentNodeParameters: options.parameters ?? {},
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await method.call(context, options.filter, options.paginationToken);
}
