import type { ResourceSpec } from '../../shared/types';

export const channel: ResourceSpec = {
	value: 'channel',
	name: 'Channel',
	description: 'Community channels the API key can post to',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many channels',
			description: 'List the channels the API key can post to, with the channel IDs messaging and chart analysis use (one call: the API documents no paging)',
			route: 'channels.getMany',
			list: { style: 'none', maxPageSize: 1000 },
		},
	],
};
