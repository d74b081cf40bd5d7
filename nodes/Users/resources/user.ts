import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { objectIdPath } from '../../shared/fields';
import { keyValueField } from '../../shared/keyValue';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

/** Profile fields GET /v1/users/{userId} can return; each is asked for with a boolean query flag of the same name. */
const PROFILE_FIELDS: Array<{ name: string; value: string; description?: string }> = [
	{ name: 'Object ID', value: '_id', description: 'The 24-hex _id' },
	{ name: 'Avatar', value: 'avatar' },
	{ name: 'Display Name', value: 'displayName' },
	{ name: 'Email', value: 'email' },
	{ name: 'First Name', value: 'firstName' },
	{ name: 'Numeric ID', value: 'id', description: 'The number that identifies the user' },
	{ name: 'Is Online', value: 'isOnline' },
	{ name: 'Last Login', value: 'lastLogin' },
	{ name: 'Last Name', value: 'lastName' },
	{ name: 'Username', value: 'username' },
];

/** Get: the selected profile fields become `<field>=true` query flags. */
async function profileFlags(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const selected = Array.isArray(options.returnFields) ? (options.returnFields as string[]) : [];
	const qs = { ...((requestOptions.qs as IDataObject) ?? {}) };
	for (const name of selected) qs[name] = true;
	requestOptions.qs = qs;
	return requestOptions;
}

/** Number when the text is a plain number (xp, coins), else the text (dates YYYY-MM-DD, names, custom values). */
function numberOrText(value: string): string | number {
	const text = value.trim();
	return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

const CONDITION_OPERATIONS = [
	{ name: 'Equals', value: 'equals', description: 'Exact match' },
	{ name: 'Is Between', value: 'between', description: 'From Value to Value To, both included (gte + lte)' },
	{ name: 'Is Greater Than or Equal To', value: 'gte' },
	{ name: 'Is Less Than or Equal To', value: 'lte' },
];

/** Filters > Conditions: rows of field / operation / value, sent as `filter: {field: value | {gte, lte}}`. */
const conditionsField = (): FieldSpec => {
	const property: Partial<INodeProperties> = {
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [
					{ displayName: 'Field', name: 'field', type: 'string', default: '', placeholder: 'e.g. join_date', description: 'User field to test: email, first_name, last_name, join_date, xp, coins, or a custom field name' },
					{ displayName: 'Comparison', name: 'comparison', type: 'options', default: 'equals', options: CONDITION_OPERATIONS, description: 'How the field is compared with Value' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 2025-01-01', description: 'Dates as YYYY-MM-DD; for ranges and comparisons, plain numbers are sent as numbers' },
					{ displayName: 'Value To', name: 'valueTo', type: 'string', default: '', placeholder: 'e.g. 2025-08-28', description: 'Upper bound (included)', displayOptions: { show: { comparison: ['between'] } } },
				],
			},
		],
	};
	return {
		name: 'conditions',
		label: 'Conditions',
		type: 'json',
		in: 'none',
		group: 'filters',
		description: 'Only users whose fields match all these conditions',
		property,
	};
};

/** Builds `filter` from Filters > Conditions and Filters > Filter (JSON) (the JSON wins on the same field). */
async function buildFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const rows = ((filters.conditions as IDataObject | undefined)?.conditions ?? []) as IDataObject[];
	const filter: IDataObject = {};
	rows.forEach((row, index) => {
		const field = String(row.field ?? '').trim();
		const value = String(row.value ?? '');
		if (!field) throw conditionError(this, `Condition ${index + 1} has no Field: enter a user field name, e.g. join_date, or remove the condition`);
		switch (row.comparison) {
			case 'between':
				if (value.trim() === '' || String(row.valueTo ?? '').trim() === '') {
					throw conditionError(this, `Condition ${index + 1} ('${field}' is between) needs both Value and Value To`);
				}
				filter[field] = { gte: numberOrText(value), lte: numberOrText(String(row.valueTo)) };
				break;
			case 'gte':
			case 'lte':
				filter[field] = { ...((filter[field] as IDataObject) ?? {}), [row.comparison as string]: numberOrText(value) };
				break;
			default:
				filter[field] = value;
		}
	});
	const body = { ...((requestOptions.body as IDataObject) ?? {}) };
	const json = body.filter as IDataObject | undefined;
	const merged = { ...filter, ...(json ?? {}) };
	if (Object.keys(merged).length) body.filter = merged;
	else delete body.filter;
	requestOptions.body = body;
	return requestOptions;
}

function conditionError(ctx: IExecuteSingleFunctions, message: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, {
		description: "Fix the condition under Filters > Conditions, or use Filters > Filter (JSON).",
		itemIndex: ctx.getItemIndex(),
	});
}

/** Create: fills confirmPassword from Password, and merges Custom Fields (JSON) after the key-value rows. */
async function createUserBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = { ...((requestOptions.body as IDataObject) ?? {}) };
	if (body.password !== undefined && body.confirmPassword === undefined) body.confirmPassword = body.password;
	const extra = body.customFieldsJson as IDataObject[] | undefined;
	delete body.customFieldsJson;
	if (extra) body.customFields = [...((body.customFields as IDataObject[]) ?? []), ...extra];
	requestOptions.body = body;
	return requestOptions;
}

/** Delete and Restore (version 1.1): the member by username, sent as `user` with the operation's action. */
function usernameField(): FieldSpec {
	return {
		name: 'username', label: 'Username', type: 'string', in: 'body', wire: 'user', required: true, placeholder: 'e.g. johndoe',
		description: "The member's username, e.g. johndoe (the API's user identifier; Get Many and Get XP and Activity return it as username)",
	};
}

export const user: ResourceSpec = {
	value: 'user',
	name: 'User',
	description: 'Community members',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user',
			description: 'Create a community member, with or without a password, optionally with custom field values and a referral',
			route: 'users.create',
			preSend: createUserBody,
			fields: [
				{ name: 'email', label: 'Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. nathan@example.com', description: 'Email address of the new member' },
				{ name: 'username', label: 'Username', type: 'string', in: 'body', required: true, placeholder: 'e.g. john_doe_123', description: 'Unique username' },
				{ name: 'firstname', label: 'First Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. John', description: 'Given name of the new member, as plain text' },
				{ name: 'lastname', label: 'Last Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Doe', description: 'Family name of the new member, as plain text' },
				{ name: 'displayname', label: 'Display Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. John Doe', description: 'Name shown in the community' },
				{
					name: 'accessLevel', label: 'Access Level', type: 'number', in: 'body', required: true, default: 1, typeOptions: { minValue: 0 },
					description: 'Access level of the new member (the reference examples use 1)',
					validate: (v) => (Number.isInteger(v) ? undefined : `The parameter 'Access Level' must be a whole number, got ${String(v)}`),
				},
				{ name: 'joinServer', label: 'Join Community', type: 'boolean', in: 'body', wire: 'joinServer', default: true, description: 'Whether the user becomes a full community member straight away' },
				{ name: 'sendEmail', label: 'Send Welcome Email', type: 'boolean', in: 'body', wire: 'sendEmail', default: false, description: 'Whether to send a welcome email' },
				{ name: 'emailPassword', label: 'Email Password', type: 'boolean', in: 'body', default: false, description: 'Whether to email the password to the user' },
				{
					name: 'password', label: 'Password', type: 'string', in: 'body', group: 'additionalFields', password: true, typeOptions: { password: true },
					description: 'Leave empty for users who sign in through your own login (SSO/broker). The node also sends it as confirmPassword.',
				},
				keyValueField({
					name: 'customFields', label: 'Custom Fields', in: 'body', group: 'additionalFields',
					description: 'Custom user field values, by field ID or name (e.g. customerid)',
					nameLabel: 'Field ID or Name', namePlaceholder: 'e.g. customerid',
					nameDescription: 'Custom user field of this row: its ID (24-character hex ObjectId) or its name; every row needs one', valuePlaceholder: 'e.g. C-10023',
					toWire: (rows) => rows.map((r) => ({ fieldIdorName: r.name, value: r.value })),
				}),
				{
					name: 'customFieldsJson', label: 'Custom Fields (JSON)', type: 'json', in: 'body', group: 'additionalFields', default: '[]',
					placeholder: '[{"fieldIdorName": "tier", "value": 3}]',
					description: 'Custom field values as a JSON array of {fieldIdorName, value}, for values that are not text (numbers, lists); added after Custom Fields',
					validate: (v) =>
						Array.isArray(v) && v.every((e) => e && typeof e === 'object' && typeof (e as IDataObject).fieldIdorName === 'string')
							? undefined
							: `The parameter 'Custom Fields (JSON)' must be a JSON array of {"fieldIdorName": "...", "value": ...}`,
					transform: (v) => ((v as unknown[]).length ? v : undefined),
				},
				{ name: 'emailTemplate', label: 'Email Template ID', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. 0', description: 'Email template used for the welcome email, by its numeric ID as the community settings show it (the API example uses 0)' },
				{ name: 'referral', label: 'Referral', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. C-10001', description: "Referrer value matching the community's referral-link mapping (e.g. the referrer's customerid)" },
				{ name: 'externalId', label: 'External ID', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. C-10023', description: "Value of the community's active user-identifier field, any text you choose such as a CRM customer number; works only if such a field is configured" },
				{ name: 'communityId', label: 'Community ID', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. 6502c9e514a3e564c5c09c0a', description: 'Community to create the user in (24-character hex ObjectId), when the API key is not tied to one community' },
			],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user profile',
			description: 'Get the profile of one member (name, email, avatar, last login) by ObjectId; choose which profile fields to return',
			route: 'users.get',
			preSend: profileFlags,
			fields: [
				// Version 1: the ObjectId as plain text (released; kept for saved workflows).
				objectIdPath('userId', 'User ID', 'The ObjectId of the user: 24 hexadecimal characters, e.g. 61100af5c548eb5c7ebc7819', {
					placeholder: 'e.g. 61100af5c548eb5c7ebc7819',
					versions: { until: 1 },
				}),
				// Version 1.1: the same ObjectId, picked from the community's members or entered.
				{
					name: 'user', label: 'User', type: 'string', in: 'path', wire: 'userId', required: true, objectId: true, picker: 'searchUsers',
					versions: { since: 1.1 },
					description:
						"The member whose profile to get. From List: the members of the credential's Default Community ID. By ID: the member's ObjectId, 24 hexadecimal characters, e.g. 61100af5c548eb5c7ebc7819 (userId in the output of Create and of Get XP and Activity).",
				},
				{
					name: 'returnFields', label: 'Fields to Return', type: 'multiOptions', in: 'none', group: 'options', options: PROFILE_FIELDS,
					description: 'Profile fields to ask for (each is sent as &lt;field&gt;=true); none selected = what the API returns by default',
				},
			],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many users',
			description: 'Search users by field values or ranges and return the chosen columns (200 per call)',
			route: 'users.getManyFiltered',
			list: { style: 'cursor', maxPageSize: 200 },
			preSend: buildFilter,
			fields: [
				{
					name: 'fields', label: 'Fields', type: 'stringList', in: 'body', required: true, default: 'email,first_name,last_name,join_date',
					placeholder: 'e.g. email, first_name, last_name, join_date, xp, coins',
					description: 'Columns to return: email, first_name, last_name, join_date, xp, coins, or custom field names',
				},
				conditionsField(),
				{
					name: 'filter', label: 'Filter (JSON)', type: 'json', in: 'body', group: 'filters', default: '{}',
					placeholder: '{"join_date": {"gte": "2025-01-01", "lte": "2025-08-28"}, "first_name": "John"}',
					description: 'Filter as JSON: field -> exact value, or field -> {gte, lte}; merged over Conditions',
					validate: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : "The parameter 'Filter (JSON)' must be a JSON object, e.g. {\"first_name\": \"John\"}"),
					transform: (v) => (Object.keys(v as IDataObject).length ? v : undefined),
				},
				{
					name: 'page', label: 'Start at Page', type: 'number', in: 'body', group: 'options', typeOptions: { minValue: 1 },
					default: 1,
					description: 'Jump to this page (200 users a page) instead of starting at the first; Return All goes on from there',
					validate: (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : `The option 'Start at Page' must be a whole number of 1 or more, got ${String(v)}`),
				},
			],
		},
		{
			value: 'getData',
			name: 'Get XP and Activity',
			action: 'Get XP and activity of a user',
			description: "Get a member's XP, coins, roles, activity counters and custom field values, by ID or email",
			route: 'users.getData',
			fields: [
				// Version 1: ID or email as plain text (released; kept for saved workflows).
				{
					name: 'idOrEmail', label: 'User ID or Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. nathan@example.com',
					versions: { until: 1 },
					description: "The member's ID (ObjectId, e.g. 61100af5c548eb5c7ebc7819) or email address (e.g. nathan@example.com)",
				},
				// Version 1.1: the same value from a resource locator (sent as idOrEmail).
				{
					name: 'user', label: 'User', type: 'string', in: 'body', wire: 'idOrEmail', required: true, picker: 'searchUsers', byEmail: true,
					placeholder: 'e.g. 61100af5c548eb5c7ebc7819',
					versions: { since: 1.1 },
					description:
						"The member whose XP and activity to get. From List: the members of the credential's Default Community ID. By ID: the member's ID, e.g. the ObjectId 61100af5c548eb5c7ebc7819. By Email: the member's email address, e.g. nathan@example.com.",
				},
			],
		},
		{
			// Version 1 only: Delete and Restore behind an Action option (released; kept for saved workflows).
			value: 'manage',
			name: 'Manage Account',
			action: 'Delete or restore a user account',
			description: 'Delete or restore a community user',
			route: 'users.manage',
			notFoundLabel: 'user',
			versions: { until: 1 },
			fields: [
				{
					name: 'action', label: 'Action', type: 'options', in: 'body', required: true, default: 'delete',
					description: 'What to do with the account: delete it, or restore a deleted one',
					options: [
						{ name: 'Delete', value: 'delete', description: 'Delete the user account' },
						{ name: 'Restore', value: 'restore', description: 'Restore a deleted user account' },
					],
				},
				{ name: 'user', label: 'User', type: 'string', in: 'body', required: true, placeholder: 'e.g. johndoe', description: 'Username of the member, e.g. johndoe (the API calls it the user identifier)' },
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a user',
			description: 'Delete a member account; Restore brings it back',
			route: 'users.manage',
			notFoundLabel: 'user',
			versions: { since: 1.1 },
			staticBody: { action: 'delete' },
			output: 'deleted',
			fields: [usernameField()],
		},
		{
			value: 'restore',
			name: 'Restore',
			action: 'Restore a deleted user',
			description: 'Restore a member account that was deleted',
			route: 'users.manage',
			notFoundLabel: 'user',
			versions: { since: 1.1 },
			staticBody: { action: 'restore' },
			postProcess: async () => [{ json: { restored: true } }],
			fields: [usernameField()],
		},
	],
};
