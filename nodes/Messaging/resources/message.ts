import { channelIdField } from '../../shared/pickers';
import type { FieldSpec, OptionSpec, ResourceSpec } from '../../shared/types';

/**
 * The reference's channel types (entries' `channelTypes`). Send, Reply and React are the same call for
 * every type; the Channel Type option only shows the fields a type needs (Forum: the topic, on Send).
 */
const CHANNEL_TYPES: OptionSpec[] = [
	{ name: 'Direct: Private DM', value: 'direct-private', description: 'Private DM channel; the sender must be allowed in the DM (user API keys may be limited to some channels)' },
	{ name: 'Direct: Public', value: 'direct-public', description: 'Public direct channel' },
	{ name: 'Forum', value: 'forum', description: 'Forum channel: messages belong to a topic' },
	{ name: 'Iframe', value: 'iframe', description: 'Iframe channel' },
	{ name: 'Text', value: 'text', description: 'Text channel (the usual case)' },
];

const channelType = (description: string): FieldSpec => ({
	name: 'channelType',
	label: 'Channel Type',
	type: 'options',
	in: 'none',
	default: 'text',
	options: CHANNEL_TYPES,
	description,
});

const sender = (description: string): FieldSpec => ({
	name: 'sender',
	label: 'Sender',
	type: 'string',
	in: 'body',
	required: true,
	placeholder: 'e.g. nathan@example.com',
	description,
});

const messageId = (description: string): FieldSpec => ({
	name: 'messageId',
	label: 'Message ID',
	type: 'string',
	in: 'body',
	required: true,
	placeholder: 'e.g. 689b908502ad38f',
	description,
});

export const message: ResourceSpec = {
	value: 'message',
	name: 'Message',
	description: 'Community chat messages',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many messages',
			description: 'List recent community messages, optionally only from one user or one channel',
			route: 'messages.getMany',
			// No page or cursor: one call; Limit is sent as `count`.
			list: { style: 'none', maxPageSize: 1000, itemsPath: 'messages', limitParam: 'count' },
			fields: [
				channelIdField({ name: 'channelId', wire: 'channel_id', in: 'query', required: false, group: 'filters', description: 'Only messages from this channel, from the list or by its ID as Channels > Get Many returns it' }),
				{ name: 'userId', label: 'User ID', type: 'string', in: 'query', wire: 'user_id', group: 'filters', placeholder: 'e.g. 1243', description: 'Only messages written by this user: the user ID as the API returns it in messages (the reference example is numeric, e.g. 1243)' },
				{ name: 'email', label: 'User Email', type: 'string', in: 'query', group: 'filters', placeholder: 'e.g. nathan@example.com', description: 'Only messages written by the user with this email' },
			],
		},
		{
			value: 'react',
			name: 'React',
			action: 'React to a message',
			description: 'Add an emoji reaction to a message as a community member',
			route: 'messages.react',
			notFoundLabel: 'message',
			fields: [
				channelType('Type of the channel the message is in; the reaction is the same call for every type'),
				messageId('ID of the message to react to, as Get Many returns it (not always a 24-character ObjectId)'),
				{ name: 'emoji', label: 'Emoji', type: 'string', in: 'body', required: true, placeholder: 'e.g. :sparkling_heart:', description: 'Emoji shortcode between colons, e.g. :sparkling_heart:' },
				sender('Username or email of the member reacting'),
			],
		},
		{
			value: 'reply',
			name: 'Reply',
			action: 'Reply to a message',
			description: 'Post a threaded reply to a message as a community member',
			route: 'messages.reply',
			notFoundLabel: 'message',
			fields: [
				channelType('Type of the channel the message is in; in a forum, reply to a message inside the topic'),
				messageId('ID of the message to reply to, as Get Many returns it (not always a 24-character ObjectId)'),
				{ name: 'message', label: 'Message', type: 'string', in: 'body', required: true, typeOptions: { rows: 3 }, placeholder: 'e.g. Thanks for sharing!', description: 'Reply text' },
				sender('Username or email of the member the reply is posted as'),
			],
		},
		{
			value: 'send',
			name: 'Send',
			action: 'Send a message',
			description: 'Post a message into a channel as a community member',
			route: 'messages.send',
			notFoundLabel: 'channel',
			fields: [
				channelType('Type of the target channel: Forum asks for the topic'),
				channelIdField({ description: 'Channel to post in, from the list of channels the API key can post to or by its ID as Channels > Get Many returns it' }),
				{
					name: 'forumTopicId', label: 'Forum Topic ID', type: 'string', in: 'body', required: true, placeholder: 'e.g. 66a0f1c2e4b0a1b2c3d4e5f6',
					description: 'The forum topic the message is posted in: its ID as the API returns it',
					property: { displayOptions: { show: { channelType: ['forum'] } } },
				},
				{ name: 'message', label: 'Message', type: 'string', in: 'body', required: true, typeOptions: { rows: 3 }, placeholder: 'e.g. Welcome to the community!', description: 'Message text' },
				sender('Username or email of the member the message is posted as'),
			],
		},
		{
			value: 'uploadImages',
			name: 'Upload Images',
			action: 'Upload message images',
			description: 'Upload one or more images from binary data and get hosted URLs that messages can use',
			route: 'messages.uploadImages',
			fields: [
				{
					name: 'binaryPropertyName', label: 'Input Binary Field(s)', type: 'binary', in: 'form', wire: 'images', required: true, default: 'data',
					placeholder: 'e.g. data',
					description: 'Name of the binary field holding the image; several fields separated by commas upload several images in one call',
				},
			],
		},
	],
};
