import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { listSearch } from '../shared/listSearch';
import { redemptionOrder } from './resources/redemptionOrder';
import { redemptionStatus } from './resources/redemptionStatus';

export const rewardsResources = [redemptionOrder, redemptionStatus];

export class ReturningAiRewards implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Rewards & Redemptions',
		name: 'returningAiRewards',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(rewardsResources),
		description: 'Track Returning.AI reward redemptions: orders, their statuses and status history',
		defaults: { name: 'Returning.AI Rewards & Redemptions' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(rewardsResources),
	};

	methods = {
		listSearch: {
			searchRedemptionStatuses: listSearch({ route: 'redemptionStatuses.getMany', style: 'none' }),
		},
	};
}
