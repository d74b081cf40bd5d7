import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperation';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { bulkUpdate } from './resources/bulkUpdate';

export const bulkOperationsResources = [bulkUpdate];

export class ReturningAiBulkOperations implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Bulk Operations',
		name: 'returningAiBulkOperations',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(bulkOperationsResources),
		description: 'Update many Returning.AI users at once from a CSV file and follow the bulk jobs',
		defaults: { name: 'Returning.AI Bulk Operations' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(bulkOperationsResources),
	};

	/** Operations whose one call covers all input items run without RoutingNode (nodes/shared/customOperation.ts). */
	customOperations = buildCustomOperations(bulkOperationsResources);
}
