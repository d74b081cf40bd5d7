import type { ResourceSpec } from '../../shared/types';

export const tier: ResourceSpec = {
	value: 'tier',
	name: 'Tier',
	description: 'Tiers and XP settings',
	operations: [
		{
			value: 'getSettings',
			name: 'Get Settings',
			action: 'Get the tiers and XP settings',
			description: "Get the community's tier definitions and XP-earning settings",
			route: 'tiers.getSettings',
		},
	],
};
