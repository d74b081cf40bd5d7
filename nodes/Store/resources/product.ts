import { langOption, objectIdPath, partnerListOptions } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

const productId = (): FieldSpec =>
	objectIdPath('productId', 'Product', 'The store product', { wire: 'productID', picker: 'searchProducts' });

const SIMPLE = ['_id', 'name', 'price', 'type', 'categoryID', 'stocks', 'isArchived', 'displayOrder'];

const productBody = (group: 'additionalFields' | 'updateFields'): FieldSpec[] => [
	{ name: 'description', label: 'Description', type: 'string', in: 'body', group, typeOptions: { rows: 3 }, description: 'Product description (HTML allowed)' },
	{ name: 'type', label: 'Type', type: 'string', in: 'body', group, placeholder: 'e.g. voucher', description: 'Product type, e.g. voucher' },
	{ name: 'categoryID', label: 'Category ID', type: 'string', in: 'body', group, objectId: true, description: 'Category the product belongs to' },
	{ name: 'image', label: 'Image URL', type: 'string', in: 'body', group, placeholder: 'e.g. https://example.com/product.png' },
];

const fieldsOption = (): FieldSpec => partnerListOptions({ sort: '', fields: 'name,price', filter: '' })[1];

export const product: ResourceSpec = {
	value: 'product',
	name: 'Product',
	description: 'Store products such as vouchers',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a product',
			description: 'Create a store product',
			route: 'products.create',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Premium Voucher' },
				{ name: 'price', label: 'Price', type: 'number', in: 'body', required: true, typeOptions: { minValue: 0 }, description: 'Price in the store currency' },
				...productBody('additionalFields'),
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a product',
			description: 'Delete a store product',
			route: 'products.delete',
			fields: [productId()],
			output: 'deleted',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product',
			description: 'Get a store product',
			route: 'products.get',
			fields: [productId(), fieldsOption(), langOption()],
			simplify: SIMPLE,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many products',
			description: 'List the store products',
			route: 'products.getMany',
			list: { style: 'skip', maxPageSize: 100 },
			simplify: SIMPLE,
			fields: [
				...partnerListOptions({ sort: 'displayOrder:asc', fields: 'name,price', filter: 'type:voucher' }),
				langOption(),
				{ name: 'userID', label: 'Visible to User ID', type: 'string', in: 'query', group: 'filters', description: 'Only products this user can see' },
			],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product',
			description: 'Update fields of a store product; only the fields set are changed',
			route: 'products.update',
			fields: [
				productId(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields' },
				{ name: 'price', label: 'Price', type: 'number', in: 'body', group: 'updateFields', typeOptions: { minValue: 0 } },
				...productBody('updateFields'),
			],
		},
	],
};
