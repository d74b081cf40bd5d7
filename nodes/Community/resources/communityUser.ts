import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/types';

export const communityUser: ResourceSpec = {
	value: 'communityUser',
	name: 'Community User',
	description: 'Members of a community',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a community user',
			description: 'Get one member of a community',
			route: 'communityUsers.get',
			notFoundLabel: 'user',
			fields: [communityIdPath(), objectIdPath('userId', 'User', 'The member to get, from the list or by their user ID (_id, a 24-character hex ObjectId)', { picker: 'searchCommunityUsers' })],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many community users',
			description: 'List the members of a community (the API documents no paging: one call, Limit trims the output)',
			route: 'communityUsers.getMany',
			list: { style: 'none', maxPageSize: 100 },
			fields: [communityIdPath()],
		},
	],
};
