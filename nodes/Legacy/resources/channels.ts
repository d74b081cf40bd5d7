import type { FieldSpec, ResourceSpec } from '../../shared/types';

const channelId = (): FieldSpec => ({
	name: 'channelId',
	label: 'Channel ID',
	type: 'string',
	in: 'path',
	required: true,
	objectId: true,
	placeholder: 'e.g. 67d04e05f090d20ae5342121',
	description: 'The channel: its ID (24-character hex ObjectId)',
});

const channelFields = (): FieldSpec[] => [
	{ name: 'topic', label: 'Topic', type: 'string', in: 'body', required: true, placeholder: 'e.g. Chit Chat', description: 'Name of the channel' },
	{
		name: 'channelType', label: 'Channel Type', type: 'options', in: 'body', required: true, default: 'open',
		options: [
			{ name: 'Open', value: 'open', description: 'A regular chat channel' },
			{ name: 'Forum', value: 'forum', description: 'A channel of forum topics' },
		],
		description: 'Type of the channel (other types can be set with an expression)',
	},
];

export const channel: ResourceSpec = {
	value: 'channel',
	name: 'Channel',
	description: 'Channels of the server',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a channel',
			description: 'Create a channel on the server',
			route: 'legacyChannels.create',
			deprecated: true,
			fields: channelFields(),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a channel',
			description: 'Delete a channel',
			route: 'legacyChannels.delete',
			deprecated: true,
			fields: [channelId()],
			output: 'deleted',
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a channel',
			description: 'Rename a channel or change its type (both are sent)',
			route: 'legacyChannels.update',
			deprecated: true,
			fields: [channelId(), ...channelFields()],
		},
	],
};
