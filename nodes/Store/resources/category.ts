import { objectIdPath, partnerListOptions } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

const categoryId = (): FieldSpec =>
	objectIdPath('categoryId', 'Category', 'The store category, from the list or by its ID (24-character hex ObjectId)', { wire: 'categoryID', picker: 'searchCategories' });

/** Body fields of create and update; `name` is required on create only. */
const categoryBody = (group: 'additionalFields' | 'updateFields'): FieldSpec[] => [
	{ name: 'coverImage', label: 'Cover Image URL', type: 'string', in: 'body', wire: 'coverImage', group, placeholder: 'e.g. https://example.com/category.png', description: 'Public URL of the cover image shown on the category' },
	{ name: 'shouldShowCover', label: 'Show Cover', type: 'boolean', in: 'body', group, description: 'Whether to show the cover image' },
	{ name: 'isArchived', label: 'Archived', type: 'boolean', in: 'body', group, description: 'Whether the category is archived' },
	{ name: 'viewType', label: 'View Type', type: 'options', in: 'body', group, options: [{ name: 'Full', value: 'full' }, { name: 'Preview', value: 'preview' }], default: 'full', description: 'Display style of the category' },
	{
		name: 'displayOrder', label: 'Display Order', type: 'number', in: 'body', group, typeOptions: { minValue: 0 },
		description: 'Sort position (0 or more)',
		validate: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : `The field 'Display Order' must be a whole number of 0 or more, got ${String(v)}`),
	},
	{
		name: 'categoryPermission', label: 'Category Permission (JSON)', type: 'json', in: 'body', group, default: '[]',
		placeholder: '[{"type": "role", "accessLevel": "view", "isEnabled": true}]',
		description: 'Access rules as a JSON array of {type, permission, purchaseLimit, accessLevel, isEnabled}',
		validate: (v) => (Array.isArray(v) ? undefined : "The field 'Category Permission (JSON)' must be a JSON array, e.g. []"),
	},
	{ name: 'defaultPurchaseStatusID', label: 'Default Purchase Status ID', type: 'string', in: 'body', group, objectId: true, placeholder: 'e.g. 507f1f77bcf86cd799439011', description: 'Redemption status given to new orders in this category: its ID (24-character hex ObjectId), as listed by Redemption Status > Get Many in the Returning.AI Rewards node' },
];

export const category: ResourceSpec = {
	value: 'category',
	name: 'Category',
	description: 'Store categories',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a category',
			description: 'Create a store category',
			route: 'categories.create',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Premium Rewards', description: 'Name of the category' },
				...categoryBody('additionalFields'),
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a category',
			description: 'Delete a store category',
			route: 'categories.delete',
			fields: [categoryId()],
			output: 'deleted',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a category',
			description: 'Get a store category',
			route: 'categories.get',
			fields: [categoryId(), { ...partnerListOptions({ sort: '', fields: 'name,displayOrder', filter: '' })[1] }],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many categories',
			description: 'List the store categories',
			route: 'categories.getMany',
			list: { style: 'skip', maxPageSize: 100 },
			fields: [
				...partnerListOptions({ sort: 'displayOrder:asc', fields: 'name,displayOrder', filter: 'isArchived:false' }),
				{ name: 'userID', label: 'Visible to User ID', type: 'string', in: 'query', group: 'filters', description: 'Only categories this user can see: the user ID as the API returns it (_id). A visibility filter only; it does not change what the API key may read.' },
			],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a category',
			description: 'Update fields of a store category; only the fields set are changed',
			route: 'categories.update',
			fields: [
				categoryId(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', description: 'Name of the category' },
				...categoryBody('updateFields'),
			],
		},
	],
};
