import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperation';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { listSearch } from '../shared/listSearch';
import { category } from './resources/category';
import { product } from './resources/product';
import { purchaseHistory } from './resources/purchaseHistory';
import { storeConfiguration } from './resources/storeConfiguration';

export const storeResources = [purchaseHistory, category, product, storeConfiguration];

/** Version 1.1 opens on Product › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const storeVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'product', operation: 'getAll' }] };

export class ReturningAiStore implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Store',
		name: 'returningAiStore',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(storeVersions),
		subtitle: resourceSubtitle(storeResources),
		description: 'Manage the Returning.AI community store: categories, products, orders and store settings',
		defaults: { name: 'Returning.AI Store' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(storeResources, storeVersions),
	};

	methods = {
		listSearch: {
			searchCategories: listSearch({
				route: 'categories.getMany',
				style: 'skip',
				search: { param: 'search', format: (filter) => `keyword:${filter}` },
			}),
			searchProducts: listSearch({
				route: 'products.getMany',
				style: 'skip',
				search: { param: 'search', format: (filter) => `keyword:${filter}` },
			}),
		},
	};

	/** Operations whose one call covers all input items run without RoutingNode (nodes/shared/customOperation.ts). */
	customOperations = buildCustomOperations(storeResources);
}
