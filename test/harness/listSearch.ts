/* eslint-disable */
import type { INodeListSearchResult } from 'n8n-workflow';

import { nodeTypesMap } from './engine';

/**
 * Calls a node's listSearch method (a resource locator's "From List") against the sandbox, with a
 * minimal load-options context: the credential, the current node parameters, and real HTTP.
 */
export async function callListSearch(
	type: string,
	method: string,
	options: { baseUrl: string; apiKey?: string; filter?: string; paginationToken?: string; parameters?: Record<string, unknown>; credential?: Record<string, unknown> },
): Promise<INodeListSearchResult> {
	const node = nodeTypesMap()[`n8n-nodes-returning-ai.${type}`];
	const fn = node.methods?.listSearch?.[method];
	if (!fn) throw new Error(`${type} has no listSearch method ${method}`);
	const apiKey = options.apiKey ?? 'sandbox-api-key-0123456789';
	const ctx = {
		getCredentials: async () => ({ baseUrl: options.baseUrl, apiKey, communityId: '', ...(options.credential ?? {}) }),
		getCurrentNodeParameter: (name: string) => options.parameters?.[name],
		getNode: () => ({ name: 'Node Under Test', type, typeVersion: 1, parameters: {} }),
		helpers: {
			httpRequestWithAuthentication: async (_credential: string, req: any) => {
				const url = new URL(req.baseURL + req.url);
				for (const [k, v] of Object.entries(req.qs ?? {})) url.searchParams.set(k, String(v));
				const res = await fetch(url, { method: req.method, headers: { authorization: `Bearer ${apiKey}`, 'x-api-key': apiKey } });
				const text = await res.text();
				return { statusCode: res.status, body: text ? JSON.parse(text) : undefined };
			},
		},
	};
	return await (fn as any).call(ctx, options.filter, options.paginationToken);
}
