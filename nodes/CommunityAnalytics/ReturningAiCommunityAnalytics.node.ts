import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { loyalty } from './resources/loyalty';

export const communityAnalyticsResources = [loyalty];

export class ReturningAiCommunityAnalytics implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Community Analytics',
		name: 'returningAiCommunityAnalytics',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(communityAnalyticsResources),
		description: 'Read Returning.AI community analytics such as the loyalty overview',
		defaults: { name: 'Returning.AI Community Analytics' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(communityAnalyticsResources),
	};
}
