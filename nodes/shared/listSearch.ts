import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	JsonObject,
} from 'n8n-workflow';

import { readEnvelope } from './response';
import { requestWithRetry } from './retry';
import { CREDENTIAL } from './description';
import { ROUTES, type RouteId } from './routes';
import { getPath } from './values';

export interface ListSearchSpec {
	route: RouteId;
	/** Paging of the list route: `skip` and `page` send `limit` + offset; `none` sends nothing. */
	style: 'skip' | 'page' | 'none';
	pageSize?: number;
	/** Path fields of the route, read from the node's current parameters or the credential. */
	pathParams?: Record<string, { parameter?: string; credential?: string }>;
	itemsPath?: string;
	nameKey?: string;
	idKey?: string;
	/** Query parameter for a server-side search, e.g. `search` with `keyword:<filter>`. */
	search?: { param: string; format: (filter: string) => string };
	/** Link to the record in the dashboard, if known. */
	url?: (item: IDataObject) => string | undefined;
}

/**
 * A `listSearch` method for a resource locator's "From List" mode. Routes come from the path
 * table; filtering happens on the server when the API supports it, else on the page received.
 */
export function listSearch(spec: ListSearchSpec) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const route = ROUTES[spec.route];
		const credentials = await this.getCredentials(CREDENTIAL);
		const pageSize = spec.pageSize ?? 100;
		const offset = Number(paginationToken ?? 0) || 0;
		let path = route.path;
		for (const [name, source] of Object.entries(spec.pathParams ?? {})) {
			let value: unknown;
			if (source.parameter) {
				const current = this.getCurrentNodeParameter(source.parameter, { extractValue: true });
				value = current && typeof current === 'object' ? (current as IDataObject).value : current;
			}
			if ((value === undefined || value === '') && source.credential) value = credentials[source.credential];
			if (value === undefined || value === '') return { results: [] };
			path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
		}
		const qs: IDataObject = {};
		if (spec.style === 'skip') Object.assign(qs, { skip: offset, limit: pageSize });
		if (spec.style === 'page') Object.assign(qs, { page: Math.floor(offset / pageSize) + 1, limit: pageSize });
		if (filter && spec.search) qs[spec.search.param] = spec.search.format(filter);
		const options: IHttpRequestOptions = {
			method: route.method,
			baseURL: String(credentials.baseUrl ?? 'https://api.returning.ai').replace(/\/+$/, ''),
			url: path,
			qs,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		const response = await requestWithRetry(this, CREDENTIAL, options);
		const envelope = readEnvelope(response.body);
		if (response.statusCode >= 400 || !envelope.ok) {
			throw new NodeApiError(this.getNode(), { httpCode: String(response.statusCode) } as JsonObject, {
				message: `Could not load the list from Returning.AI (${response.statusCode}): ${envelope.message ?? 'no reason given'}`,
				description: 'Check the credential, or switch the parameter to "By ID" and enter the ID.',
			});
		}
		const list = getPath(envelope.payload, spec.itemsPath);
		const entries = (Array.isArray(list) ? list : []) as IDataObject[];
		const nameKey = spec.nameKey ?? 'name';
		const idKey = spec.idKey ?? '_id';
		let results: INodeListSearchItems[] = entries.map((entry) => ({
			name: String(entry[nameKey] ?? entry[idKey]),
			value: String(entry[idKey]),
			url: spec.url?.(entry),
		}));
		if (filter && !spec.search) {
			const needle = filter.toLowerCase();
			results = results.filter((r) => r.name.toLowerCase().includes(needle) || String(r.value).includes(filter));
		}
		const total = Number(getPath(response.body, 'meta.total'));
		const more = spec.style !== 'none' && (Number.isFinite(total) ? offset + entries.length < total : entries.length === pageSize);
		return { results, paginationToken: more ? String(offset + entries.length) : undefined };
	};
}
