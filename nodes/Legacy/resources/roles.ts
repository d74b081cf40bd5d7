import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { emptyAsSuccess, platformUserId } from './common';

const roleId = (): FieldSpec => ({
	name: 'roleId',
	label: 'Role ID',
	type: 'string',
	in: 'path',
	required: true,
	objectId: true,
	placeholder: 'e.g. 682d61dfd843de46566c9eab',
	description: 'The role: its ID (24-character hex ObjectId), as listed by Get Many',
});

const SERVER_PERMISSIONS: Array<[string, string]> = [
	['allow_dm', 'Allow DMs'],
	['ban_members', 'Ban Members'],
	['broadcast_messages', 'Broadcast Messages'],
	['create_invite', 'Create Invite'],
	['overwrite_language', 'Overwrite Language'],
	['server_administrator', 'Server Administrator'],
	['suspend_members', 'Suspend Members'],
	['warn_members', 'Warn Members'],
];

const CHANNEL_PERMISSIONS: Array<[string, string]> = [
	['allow_mentions', 'Allow Mentions'],
	['attach_files', 'Attach Files'],
	['manage_messages', 'Manage Messages'],
	['pinable', 'Pin Messages'],
	['post_messages', 'Post Messages'],
	['share_Attachments', 'Share Attachments'],
	['share_links', 'Share Links'],
];

/** A multi-select sent as an object of ALL flags (the API requires every one): chosen = true, the rest false. */
const permissions = (name: string, label: string, wire: string, flags: Array<[string, string]>): FieldSpec => ({
	name,
	label,
	type: 'multiOptions',
	in: 'body',
	wire,
	default: [],
	options: flags.map(([value, title]) => ({ name: title, value })),
	description: 'The permissions the role grants; every permission not chosen is sent as false',
	transform: (v) => Object.fromEntries(flags.map(([flag]) => [flag, (v as string[]).includes(flag)])),
});

const allFalse = (flags: Array<[string, string]>) => Object.fromEntries(flags.map(([flag]) => [flag, false]));

/** The API requires both permission objects: when no permission is chosen, send every flag as false. */
async function withAllPermissions(requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.server_permissions ??= allFalse(SERVER_PERMISSIONS);
	body.channel_permissions ??= allFalse(CHANNEL_PERMISSIONS);
	requestOptions.body = body;
	return requestOptions;
}

/** Every role field is required by the API (create and update replace the whole role). */
const roleFields = (): FieldSpec[] => [
	{ name: 'title', label: 'Title', type: 'string', in: 'body', required: true, placeholder: 'e.g. Moderator', description: 'Name of the role' },
	{ name: 'class', label: 'Colour Class', type: 'string', in: 'body', required: true, default: 'blue', placeholder: 'e.g. red', description: 'Colour class of the role, e.g. red or blue' },
	{
		name: 'order', label: 'Order', type: 'number', in: 'body', required: true, default: 1, typeOptions: { minValue: 0 }, description: 'Rank of the role, a whole number of 0 or more (the reference examples use 1)',
		validate: (v) => (Number.isInteger(v) ? undefined : `The field 'Order' must be a whole number, got ${String(v)}`),
	},
	{ name: 'billable', label: 'Billable', type: 'boolean', in: 'body', required: true, description: 'Whether the role is billable' },
	permissions('serverPermissions', 'Server Permissions', 'server_permissions', SERVER_PERMISSIONS),
	permissions('channelPermissions', 'Channel Permissions', 'channel_permissions', CHANNEL_PERMISSIONS),
];

export const role: ResourceSpec = {
	value: 'role',
	name: 'Role',
	description: 'Roles and their permissions (roles come back with camelCase serverPermissions/channelPermissions)',
	operations: [
		{
			value: 'addToUser',
			name: 'Add to User',
			action: 'Add a role to a user',
			description: 'Assign a role to a user on the server',
			route: 'legacyRoles.addToUser',
			deprecated: true,
			fields: [roleId(), platformUserId('body')],
			postProcess: emptyAsSuccess,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a role',
			description: 'Create a role with server and channel permissions',
			route: 'legacyRoles.create',
			deprecated: true,
			fields: roleFields(),
			preSend: withAllPermissions,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a role',
			description: 'Delete a role',
			route: 'legacyRoles.delete',
			deprecated: true,
			fields: [roleId()],
			output: 'deleted',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many roles',
			description: 'List the roles defined on the server',
			route: 'legacyRoles.getMany',
			deprecated: true,
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'getAllForUser',
			name: 'Get Many for User',
			action: 'Get many roles of a user',
			description: 'List the roles a user holds on the server',
			route: 'legacyRoles.getManyForUser',
			deprecated: true,
			notFoundLabel: 'user',
			fields: [platformUserId('path')],
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'removeFromUser',
			name: 'Remove From User',
			action: 'Remove a role from a user',
			description: 'Remove a role from a user on the server',
			route: 'legacyRoles.removeFromUser',
			deprecated: true,
			fields: [roleId(), platformUserId('body')],
			postProcess: emptyAsSuccess,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a role',
			description: "Replace a role's title, colour, order, billing flag and permissions (all are sent)",
			route: 'legacyRoles.update',
			deprecated: true,
			fields: [roleId(), ...roleFields()],
			preSend: withAllPermissions,
		},
	],
};
