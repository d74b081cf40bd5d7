import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

/** The user-field picker: From List (the community's user fields) or By ID. */
export const fieldId = (description = 'The custom user field, from the list or by its ID (24-character hex ObjectId)'): FieldSpec =>
	objectIdPath('fieldId', 'User Field', description, { picker: 'searchUserFields' });

/** Create accepts the union of the two documented enums; Update only the newer one (the reference lists it for both update variants). */
const CREATE_TYPES = ['boolean', 'date', 'multi-line-text', 'number', 'numerical', 'select', 'single-line-text', 'text'];
const UPDATE_TYPES = ['date', 'multi-line-text', 'number', 'numerical', 'single-line-text', 'text'];

const typeOptions = (values: string[]) =>
	values.map((value) => ({ name: value.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), value }));

const lengthCheck = (label: string, max: number) => (v: unknown) =>
	String(v).length <= max ? undefined : `The field '${label}' is ${String(v).length} characters long; the maximum is ${max}`;

export const userField: ResourceSpec = {
	value: 'userField',
	name: 'User Field',
	description: 'Custom profile fields defined for the members of a community',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user field',
			description: 'Create a custom user field in a community',
			route: 'userFields.create',
			fields: [
				communityIdPath(),
				{
					name: 'field', label: 'Field Key', type: 'string', in: 'body', required: true, placeholder: 'e.g. deposit-amount',
					description: 'Database name of the field, 1-50 characters; the API turns spaces into hyphens',
					validate: lengthCheck('Field Key', 50),
				},
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Deposit Amount', description: 'Display name, 1-100 characters', validate: lengthCheck('Name', 100) },
				{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: typeOptions(CREATE_TYPES), default: 'text', description: 'Data type of the field: decides how values are stored and validated' },
				{ name: 'description', label: 'Description', type: 'string', in: 'body', group: 'additionalFields', description: 'Description of the field (older API versions only)' },
				{ name: 'required', label: 'Required', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether members must fill the field (older API versions only)' },
				{ name: 'defaultValue', label: 'Default Value', type: 'string', in: 'body', group: 'additionalFields', description: 'Value of the field until one is set (older API versions only)' },
				{ name: 'options', label: 'Choices', type: 'stringList', in: 'body', group: 'additionalFields', placeholder: 'e.g. Gold, Silver, Bronze', description: 'Choices of a Select field (older API versions only)' },
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a user field',
			description: 'Delete a custom user field',
			route: 'userFields.delete',
			notFoundLabel: 'user field',
			fields: [communityIdPath(), fieldId('The user field to delete, from the list or by its ID (24-character hex ObjectId)')],
			output: 'deleted',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user field',
			description: 'Get one user field definition',
			route: 'userFields.get',
			notFoundLabel: 'user field',
			fields: [communityIdPath(), fieldId('The user field to get, from the list or by its ID (24-character hex ObjectId)')],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many user fields',
			description: 'List the default and custom user fields of a community (the API documents no paging: one call, Limit trims the output)',
			route: 'userFields.getMany',
			list: { style: 'none', maxPageSize: 100 },
			fields: [communityIdPath()],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a user field',
			description: "Rename or retype a user field (the API needs both Name and Type)",
			route: 'userFields.update',
			notFoundLabel: 'user field',
			fields: [
				communityIdPath(),
				fieldId('The user field to update, from the list or by its ID (24-character hex ObjectId)'),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Department', description: 'Display name, 1-100 characters', validate: lengthCheck('Name', 100) },
				{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: typeOptions(UPDATE_TYPES), default: 'text', description: 'Data type of the field' },
			],
		},
	],
};
