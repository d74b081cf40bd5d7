import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { listSearch } from '../shared/listSearch';
import type { NodeVersions } from '../shared/types';
import { miniGame } from './resources/miniGame';
import { user } from './resources/user';

export const usersResources = [user, miniGame];

/**
 * Version 1.1 opens on User › Get Many (version 1 on Create), has Delete and Restore as operations in place of
 * Manage Account, and resource locators for Get and Get XP and Activity. Saved version 1 workflows keep version 1.
 */
export const usersVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'user', operation: 'getAll' }] };

export class ReturningAiUsers implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Users',
		name: 'returningAiUsers',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(usersVersions),
		subtitle: resourceSubtitle(usersResources),
		description: 'Create, find, read, delete and restore Returning.AI community members, and read their mini-game stats',
		defaults: { name: 'Returning.AI Users' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(usersResources, usersVersions),
	};

	methods = {
		listSearch: {
			/** Members of the credential's Default Community ID (the list of Community › Community User › Get Many), by display name. */
			searchUsers: listSearch({
				route: 'communityUsers.getMany',
				style: 'none',
				pathParams: { communityId: { credential: 'communityId' } },
				nameKey: 'displayName',
			}),
		},
	};
}
