import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { listSearch } from '../shared/listSearch';
import { userField } from './resources/userField';
import { userFieldHistory } from './resources/userFieldHistory';

export const userFieldsResources = [userField, userFieldHistory];

/** Version 1.1 opens on User Field › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const userFieldsVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'userField', operation: 'getAll' }] };

/**
 * Reference entries that are the same call as another one (same method and path): each call is exposed once.
 * Listed in docs/user-fields.md for the README.
 */
export const USER_FIELDS_DUPLICATES: Record<string, string> = {
	'userFields.getCustom': 'userFields.get',
	'userFields.updateCustom': 'userFields.update',
	'userFields.deleteCustom': 'userFields.delete',
	'userFieldHistories.getMany': 'userFieldHistories.getManyInCommunity',
};

const userFieldsList = {
	route: 'userFields.getMany' as const,
	style: 'none' as const,
	pathParams: { communityId: { parameter: 'communityId', credential: 'communityId' } },
};

export class ReturningAiUserFields implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI User Fields',
		name: 'returningAiUserFields',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(userFieldsVersions),
		subtitle: resourceSubtitle(userFieldsResources),
		description: 'Define Returning.AI custom user fields and record or read the history of their values',
		defaults: { name: 'Returning.AI User Fields' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(userFieldsResources, userFieldsVersions),
	};

	methods = {
		listSearch: {
			searchUserFields: listSearch(userFieldsList),
			searchUserFieldKeys: listSearch({ ...userFieldsList, idKey: 'field' }),
		},
	};
}
