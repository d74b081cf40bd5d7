import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { expiryFields, permissionsField, requireUpdate, USER_PERMISSIONS } from './shared';

const userId = (): FieldSpec => objectIdPath('userId', 'User ID', 'The user who owns the key: their user ID (_id, a 24-character hex ObjectId)', { placeholder: 'e.g. 71100af5c548eb5c7ebc7819' });

const apiKeyId = (): FieldSpec =>
	objectIdPath('apiKeyId', 'API Key', "One of the user's API keys, from the list or by its ID (24-character hex ObjectId)", { picker: 'searchUserApiKeys' });

export const userApiKey: ResourceSpec = {
	value: 'userApiKey',
	name: 'User API Key',
	description: 'Personal keys of a user (messages, own profile)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user API key',
			description:
				'Create a personal API key for a user. The output holds the full key as the API returns it, probably only this once: store it in a credential right away.',
			route: 'userApiKeys.create',
			fields: [
				{ name: 'userId', label: 'User ID', type: 'string', in: 'query', required: true, placeholder: 'e.g. 71100af5c548eb5c7ebc7819', description: 'The user who will own the key: their user ID (_id, a 24-character hex ObjectId)' },
				{
					// Sent in the body; empty = the credential's Default Community ID. `required` makes an empty result an error; the UI does not demand it.
					...communityIdPath(),
					in: 'body',
					required: true,
					property: { required: false },
					description: 'The community the key is valid for: its ID, a 24-character hex ObjectId. Leave empty to use the Default Community ID of the credential.',
				},
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. My integration', description: 'Label of the key' },
				permissionsField(USER_PERMISSIONS, { required: true }),
				...expiryFields('additionalFields'),
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a user API key',
			description: "Delete one of a user's API keys",
			route: 'userApiKeys.delete',
			notFoundLabel: 'API key',
			fields: [userId(), apiKeyId()],
			output: 'deleted',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many user API keys',
			description: 'List the API keys a user owns (the API documents no paging: one call, Limit trims the output)',
			route: 'userApiKeys.getMany',
			list: { style: 'none', maxPageSize: 100 },
			fields: [userId()],
		},
		{
			value: 'getCurrent',
			name: 'Get Current',
			action: 'Get the current API key info',
			description: "Get the owner, community, permissions and expiry of the API key in this node's credential",
			route: 'userApiKeys.getCurrent',
			notFoundLabel: 'API key information',
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a user API key',
			description: "Change a user API key's name, permissions, expiry or active state; only the fields set are changed",
			route: 'userApiKeys.update',
			notFoundLabel: 'API key',
			fields: [
				userId(),
				apiKeyId(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', description: 'New label of the key' },
				permissionsField(USER_PERMISSIONS, { group: 'updateFields', description: `The new permission list (replaces the old one), comma-separated. Known names: ${USER_PERMISSIONS}` }),
				...expiryFields('updateFields'),
				{ name: 'isActive', label: 'Active', type: 'boolean', in: 'body', group: 'updateFields', default: true, description: 'Whether the key is enabled' },
			],
			preSend: requireUpdate,
		},
	],
};
