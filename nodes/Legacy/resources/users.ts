import type { ResourceSpec } from '../../shared/types';

export const user: ResourceSpec = {
	value: 'user',
	name: 'User',
	description: 'User avatars',
	operations: [
		{
			value: 'uploadAvatar',
			name: 'Upload Avatar',
			action: 'Upload a user avatar',
			description: "Upload an image from the input item's binary data as a user's avatar",
			route: 'legacyUsers.uploadAvatar',
			deprecated: true,
			fields: [
				{ name: 'userId', label: 'User ID', type: 'string', in: 'form', required: true, placeholder: 'e.g. 61100af5c548eb5c7ebc7819', description: 'The user whose avatar changes: their ID (_id, a 24-character hex ObjectId, as in the reference example)' },
				{ name: 'binaryPropertyName', label: 'Input Binary Field', type: 'binary', in: 'form', wire: 'avatar', required: true, default: 'data', placeholder: 'e.g. data', description: 'The binary field of the input item that holds the image' },
			],
		},
	],
};
