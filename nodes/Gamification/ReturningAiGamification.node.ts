import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { listSearch } from '../shared/listSearch';
import { leaderboard } from './resources/leaderboard';
import { streak } from './resources/streak';
import { tier } from './resources/tier';
import { userActivity } from './resources/userActivity';

export const gamificationResources = [leaderboard, streak, tier, userActivity];

/** Version 1.1 opens on Leaderboard › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const gamificationVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'leaderboard', operation: 'getAll' }] };

export class ReturningAiGamification implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Gamification',
		name: 'returningAiGamification',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(gamificationVersions),
		subtitle: resourceSubtitle(gamificationResources),
		description: 'Manage Returning.AI gamification: leaderboards, streaks, spin wheel, tiers and user activity',
		defaults: { name: 'Returning.AI Gamification' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(gamificationResources, gamificationVersions),
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
