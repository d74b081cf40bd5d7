import type { ResourceSpec } from '../../shared/types';

export const community: ResourceSpec = {
	value: 'community',
	name: 'Community',
	description: 'Communities',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a community',
			description: 'Create a new community',
			route: 'community.create',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Returning AI Community', description: 'Community display name' },
				{ name: 'uri', label: 'URL Slug', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. returning-ai-community', description: 'The URL slug of the community, used in its address' },
				{ name: 'domain', label: 'Custom Domain', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. community.example.com', description: 'Custom domain of the community: a host name without https:// or a path' },
			],
		},
	],
};
