import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { listSearch } from '../shared/listSearch';
import { appearance } from './resources/appearance';
import { community } from './resources/community';
import { communityUser } from './resources/communityUser';

export const communityResources = [appearance, communityUser, community];

/** Version 1.1 opens on Community User › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const communityVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'communityUser', operation: 'getAll' }] };

export class ReturningAiCommunity implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Community',
		name: 'returningAiCommunity',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(communityVersions),
		subtitle: resourceSubtitle(communityResources),
		description: 'Manage Returning.AI communities: appearance, bot profile, link preview and members',
		defaults: { name: 'Returning.AI Community' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(communityResources, communityVersions),
	};

	methods = {
		listSearch: {
			searchCommunityUsers: listSearch({
				route: 'communityUsers.getMany',
				style: 'none',
				pathParams: { communityId: { parameter: 'communityId', credential: 'communityId' } },
				nameKey: 'displayName',
			}),
		},
	};
}
