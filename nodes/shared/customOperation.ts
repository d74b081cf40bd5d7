import { getCredentialAllowedDomains, NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	JsonObject,
} from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL, REQUEST_DEFAULTS } from './description';
import { buildRequest, runOperation } from './request';
import { ROUTES } from './routes';
import type { OperationSpec, ResourceSpec } from './types';

/**
 * Operations whose one call can cover all input items (OperationSpec.allInputs: CSV or records "from input
 * items") run as n8n custom operations: n8n calls them once with the node's execution context instead of
 * running RoutingNode, whose per-item work (a context, the request defaults, every parameter evaluated,
 * a promise per item) cost 7.8 ms and 13-18 KB per input item although only the first item makes the call.
 *
 * The loop below does what RoutingNode.runNode does for these operations (n8n-core routing-node.js, the same
 * in 1.123, 2.40 and 2.41), with the same building blocks: the same request defaults and Request Options
 * (Timeout, Proxy, Ignore SSL Issues, Batching), the credential's allowed domains, the operation's preSend
 * (buildRequest) and its runner (runOperation), the same error wrapping and Continue On Fail items. The only
 * difference: an item whose call the first item already made (`allInputs`) is skipped before any work.
 *
 * n8n runs a node used as an AI Agent tool through its `execute` (RoutingNode), not through custom
 * operations; there the declarative routing, which stays in place, does the same as before.
 */

/** The item-level execution context RoutingNode would give the operation (n8n's ExecuteSingleContext), from the node's context. */
function singleContext(ctx: IExecuteFunctions, itemIndex: number): IExecuteSingleFunctions {
	const single = Object.create(ctx) as IExecuteSingleFunctions & Record<string, unknown>;
	const helpers = ctx.helpers;
	Object.assign(single, {
		getItemIndex: () => itemIndex,
		getNodeParameter: (name: string, fallbackValue?: unknown, options?: IDataObject) =>
			ctx.getNodeParameter(name, itemIndex, fallbackValue, options),
		getInputData: (inputIndex = 0, connectionType?: string) =>
			(connectionType === undefined ? ctx.getInputData(inputIndex) : ctx.getInputData(inputIndex, connectionType as never))[itemIndex] ?? { json: {} },
		getCredentials: async (type: string) => await ctx.getCredentials(type, itemIndex),
		evaluateExpression: (expression: string) => ctx.evaluateExpression(expression, itemIndex),
		helpers: Object.assign(Object.create(helpers) as object, {
			// The item's binary data of the first input (the only input of these nodes).
			getBinaryDataBuffer: async (propertyName: string) => await helpers.getBinaryDataBuffer(itemIndex, propertyName),
			assertBinaryData: (propertyName: string) => helpers.assertBinaryData(itemIndex, propertyName),
		}),
	});
	return single;
}

/** n8n 1.x takes (credentialData, url); 2.x an options object (and checks the 'none' mode itself). */
function allowedDomainsOf(node: INode, credentials: ICredentialDataDecryptedObject, baseURL: string): string | undefined {
	const get = getCredentialAllowedDomains as unknown as ((...args: unknown[]) => string | undefined) | undefined;
	if (typeof get !== 'function') return undefined;
	if (get.length >= 2) {
		const domains = get(credentials, baseURL);
		if (credentials.allowedHttpRequestDomains === 'domains' && !domains) {
			throw new NodeOperationError(node, 'No allowed domains specified. Configure allowed domains or change restriction setting.');
		}
		return domains;
	}
	// The base URL comes from the credential (REQUEST_DEFAULTS), so RoutingNode sees a node-owned surface.
	return get({ node, credentialData: credentials, credentialOwnedSurface: true, nodeEndpointUrl: baseURL });
}

interface RequestOptionsSetting {
	proxy?: string;
	timeout?: number;
	allowUnauthorizedCerts?: boolean;
	batching?: { batch?: { batchSize?: number; batchInterval?: number } };
}

function proxyOf(node: INode, proxy: string, itemIndex: number, runIndex: number): IHttpRequestOptions['proxy'] {
	let parsed: URL | undefined;
	try {
		parsed = new URL(proxy);
	} catch {
		parsed = undefined;
	}
	for (const [property, value] of [
		['host', parsed?.hostname],
		['port', parsed?.port],
	] as const) {
		if (!value) {
			throw new NodeOperationError(node, 'The proxy is not valid', {
				runIndex,
				itemIndex,
				description: `The proxy URL does not contain a valid value for "${property}"`,
			});
		}
	}
	return {
		host: parsed!.hostname,
		port: parseInt(parsed!.port, 10),
		protocol: parsed!.protocol.replace(/:$/, '') || undefined,
		...(parsed!.username ? { auth: { username: decodeURIComponent(parsed!.username), password: decodeURIComponent(parsed!.password) } } : {}),
	};
}

/** The custom operation of one operation with `allInputs`. */
export function customOperation(op: OperationSpec, resourceName: string) {
	const preSend = buildRequest(op);
	const runner = runOperation(op, resourceName);
	const route = ROUTES[op.route];
	const covers = op.allInputs!;
	return async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const node = this.getNode();
		const runIndex = 0;
		const items = this.getInputData();
		const credentials = await this.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL, 0);
		const { batching } = this.getNodeParameter('requestOptions', 0, {}) as RequestOptionsSetting;
		const batchSize = (batching?.batch?.batchSize ?? 0) > 0 ? batching!.batch!.batchSize! : 1;
		const batchInterval = batching?.batch?.batchInterval ?? 0;
		// A fixed parameter value holds for every item: read it once, not per item.
		const raw = node.parameters[covers.parameter];
		const fixed = typeof raw === 'string' && !raw.startsWith('=') ? raw === covers.value : undefined;
		const coveredByFirst = (itemIndex: number) =>
			itemIndex > 0 && (fixed ?? this.getNodeParameter(covers.parameter, itemIndex, '') === covers.value);

		const pending: Array<Promise<INodeExecutionData[]>> = [];
		const contexts: IExecuteSingleFunctions[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			if (coveredByFirst(itemIndex)) continue;
			if (itemIndex > 0 && batchInterval > 0 && itemIndex % batchSize === 0) await sleep(batchInterval);
			const single = singleContext(this, itemIndex);
			contexts[itemIndex] = single;
			try {
				const { proxy, timeout, allowUnauthorizedCerts } = single.getNodeParameter('requestOptions', 0) as RequestOptionsSetting;
				const baseURL = baseUrlOf(credentials);
				const options: IHttpRequestOptions = {
					qs: {},
					body: {},
					headers: { ...(REQUEST_DEFAULTS!.headers as IDataObject) },
					baseURL,
					method: route.method,
					url: route.path,
				};
				if (proxy) options.proxy = proxyOf(node, proxy, itemIndex, runIndex);
				if (allowUnauthorizedCerts) options.skipSslCertificateValidation = allowUnauthorizedCerts;
				options.timeout = timeout || 300_000;
				const allowedDomains = allowedDomainsOf(node, credentials, baseURL);
				if (allowedDomains) options.allowedDomains = allowedDomains;
				pending[itemIndex] = (async () => {
					const built = await preSend.call(single, options);
					const requestData: DeclarativeRestApiSettings.ResultOptions = { options: built, preSend: [], postReceive: [], paginate: true, requestOperations: {} };
					return await runner.call(single as never, requestData);
				})();
			} catch (error) {
				const nodeError =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(node, error instanceof Error ? error : new Error(String(error)), { itemIndex, runIndex });
				nodeError.context.itemIndex = itemIndex;
				nodeError.context.runIndex = runIndex;
				if (single.continueOnFail()) {
					pending[itemIndex] = Promise.resolve([{ json: {}, error: nodeError }]);
					continue;
				}
				throw nodeError;
			}
		}
		const settled = await Promise.allSettled(pending);
		const returnData: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const result = settled[itemIndex];
			if (!contexts[itemIndex] || !result) continue;
			if (result.status === 'fulfilled') {
				returnData.push(...result.value);
				continue;
			}
			const error = result.reason as (NodeApiError | NodeOperationError) & { statusCode?: number; isAxiosError?: boolean; response?: { status?: number } };
			if (error.statusCode === 429) error.message = "Try spacing your requests out using the batching settings under 'Options'";
			if (contexts[itemIndex].continueOnFail()) {
				returnData.push({ json: {}, error });
				continue;
			}
			if (error instanceof NodeApiError) {
				error.context.itemIndex = itemIndex;
				error.context.runIndex = runIndex;
				throw error;
			}
			throw new NodeApiError(node, error as unknown as JsonObject, {
				runIndex,
				itemIndex,
				message: error?.message,
				description: error?.description ?? undefined,
				httpCode: error.isAxiosError && error.response ? String(error.response?.status) : 'none',
			});
		}
		return [returnData];
	};
}

/** `customOperations` of a node: one for every operation with `allInputs` (none: an empty map, which n8n ignores). */
export function buildCustomOperations(resources: ResourceSpec[]): NonNullable<INodeType['customOperations']> {
	const out: NonNullable<INodeType['customOperations']> = {};
	for (const resource of resources) {
		for (const op of resource.operations.filter((o) => o.allInputs)) {
			if (!op.execute) throw new Error(`${resource.value}.${op.value}: allInputs needs an execute function`);
			(out[resource.value] ??= {})[op.value] = customOperation(op, resource.name);
		}
	}
	return out;
}
