import type { ResourceSpec } from '../../shared/types';

export const loyalty: ResourceSpec = {
	value: 'loyalty',
	name: 'Loyalty',
	description: 'Loyalty and engagement figures of the community',
	operations: [
		{
			value: 'getOverview',
			name: 'Get Overview',
			action: 'Get the loyalty overview',
			description:
				"Get the aggregate loyalty and engagement overview of the API key's community (the analytics service may answer 503 while it is unavailable)",
			route: 'analytics.getLoyaltyOverview',
			notFoundLabel: 'loyalty overview',
		},
	],
};
