import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { listSearch } from '../shared/listSearch';
import { communityApiKey } from './resources/communityApiKey';
import { userApiKey } from './resources/userApiKey';

export const apiKeysResources = [communityApiKey, userApiKey];

/** Version 1.1 opens on Community API Key › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const apiKeysVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'communityApiKey', operation: 'getAll' }] };

export class ReturningAiApiKeys implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI API Keys',
		name: 'returningAiApiKeys',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(apiKeysVersions),
		subtitle: resourceSubtitle(apiKeysResources),
		description: 'Create, list, change and revoke Returning.AI community and user API keys',
		defaults: { name: 'Returning.AI API Keys' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(apiKeysResources, apiKeysVersions),
	};

	methods = {
		listSearch: {
			searchCommunityApiKeys: listSearch({
				route: 'communityApiKeys.getMany',
				style: 'none',
				pathParams: { communityId: { parameter: 'communityId', credential: 'communityId' } },
			}),
			searchUserApiKeys: listSearch({
				route: 'userApiKeys.getMany',
				style: 'none',
				pathParams: { userId: { parameter: 'userId' } },
			}),
		},
	};
}
