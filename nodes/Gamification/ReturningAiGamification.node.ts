import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { listSearch } from '../shared/listSearch';
import { leaderboard } from './resources/leaderboard';
import { streak } from './resources/streak';
import { tier } from './resources/tier';
import { userActivity } from './resources/userActivity';

export const gamificationResources = [leaderboard, streak, tier, userActivity];

export class ReturningAiGamification implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Gamification',
		name: 'returningAiGamification',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(gamificationResources),
		description: 'Manage Returning.AI gamification: leaderboards, streaks, spin wheel, tiers and user activity',
		defaults: { name: 'Returning.AI Gamification' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(gamificationResources),
	};

	methods = {
		listSearch: {
			searchLeaderboards: listSearch({
				route: 'leaderboards.getMany',
				style: 'page',
				search: { param: 'search', format: (filter) => `keyword:${filter}` },
			}),
		},
	};
}
