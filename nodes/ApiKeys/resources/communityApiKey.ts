import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { COMMUNITY_PERMISSIONS, expiryFields, permissionsField, requireUpdate } from './shared';

const apiKeyId = (): FieldSpec =>
	objectIdPath('apiKeyId', 'API Key', 'The community API key, from the list or by its ID (24-character hex ObjectId)', { picker: 'searchCommunityApiKeys' });

export const communityApiKey: ResourceSpec = {
	value: 'communityApiKey',
	name: 'Community API Key',
	description: "Keys that act for the whole community (owner or admin only)",
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a community API key',
			description:
				'Create a community API key. The output holds the full key as the API returns it, probably only this once: store it in a credential right away.',
			route: 'communityApiKeys.create',
			fields: [
				communityIdPath(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Slack Integration API Key', description: 'Label of the key' },
				permissionsField(COMMUNITY_PERMISSIONS, { required: true }),
				...expiryFields('additionalFields'),
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a community API key',
			description: 'Delete a community API key; it stops working at once (irreversible)',
			route: 'communityApiKeys.delete',
			notFoundLabel: 'API key',
			fields: [communityIdPath(), apiKeyId()],
			output: 'deleted',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many community API keys',
			description: "List the community's API keys (keys masked; the API documents no paging: one call, Limit trims the output)",
			route: 'communityApiKeys.getMany',
			list: { style: 'none', maxPageSize: 100 },
			fields: [communityIdPath()],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a community API key',
			description: "Change a community API key's name, permissions or expiry; only the fields set are changed",
			route: 'communityApiKeys.update',
			notFoundLabel: 'API key',
			fields: [
				communityIdPath(),
				apiKeyId(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', description: 'New label of the key' },
				permissionsField(COMMUNITY_PERMISSIONS, { group: 'updateFields', description: `The new permission list (replaces the old one), comma-separated. Known names: ${COMMUNITY_PERMISSIONS}` }),
				...expiryFields('updateFields'),
			],
			preSend: requireUpdate,
		},
	],
};
