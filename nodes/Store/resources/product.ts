import { langOption, objectIdPath, partnerListOptions } from '../../shared/fields';
import { ROWS_FROM_ITEMS, rowsUpload, rowsUploadFields, type RowsUploadOptions } from '../../shared/bulkRows';
import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { OBJECT_ID } from '../../shared/values';

const productId = (): FieldSpec =>
	objectIdPath('productId', 'Product', 'The store product, from the list or by its ID (24-character hex ObjectId)', { wire: 'productID', picker: 'searchProducts' });

const SIMPLE = ['_id', 'name', 'price', 'type', 'categoryID', 'stocks', 'isArchived', 'displayOrder'];

const productBody = (group: 'additionalFields' | 'updateFields'): FieldSpec[] => [
	{ name: 'description', label: 'Description', type: 'string', in: 'body', group, typeOptions: { rows: 3 }, description: 'Product description (HTML allowed)' },
	{ name: 'type', label: 'Type', type: 'string', in: 'body', group, placeholder: 'e.g. voucher', description: 'Product type, e.g. voucher' },
	{ name: 'categoryID', label: 'Category ID', type: 'string', in: 'body', group, objectId: true, placeholder: 'e.g. 650906d314a3e564c56f3450', description: 'Store category the product belongs to: its ID (24-character hex ObjectId), as returned by Category > Get Many' },
	{ name: 'image', label: 'Image URL', type: 'string', in: 'body', group, placeholder: 'e.g. https://example.com/product.png', description: 'Public URL of the product image' },
];

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

const createMany: RowsUploadOptions = {
	noun: 'products',
	jsonParameter: 'products',
	jsonLabel: 'Products (JSON)',
	placeholder: '[{"name": "Silver Voucher", "price": 50, "type": "voucher"}]',
	filePart: 'file',
	example: '[{"name": "Silver Voucher", "price": 50}]',
	checkRecord: (p) => {
		if (typeof p.name !== 'string' || p.name.trim() === '') return "has no 'name' (text)";
		if (!isNumber(p.price)) return `has no numeric 'price' (got ${JSON.stringify(p.price)})`;
		return undefined;
	},
};

const updateMany: RowsUploadOptions = {
	noun: 'products',
	jsonParameter: 'products',
	jsonLabel: 'Products (JSON)',
	placeholder: '[{"productID": "507f1f77bcf86cd799439031", "price": 120}]',
	filePart: 'file',
	example: '[{"productID": "507f1f77bcf86cd799439031", "price": 120}]',
	checkRecord: (p) => {
		if (!OBJECT_ID.test(String(p.productID ?? ''))) return `needs 'productID', a 24-character hexadecimal ID (got ${JSON.stringify(p.productID)})`;
		if (p.price !== undefined && !isNumber(p.price)) return `has a 'price' that is not a number (got ${JSON.stringify(p.price)})`;
		return undefined;
	},
};

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
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Premium Voucher', description: 'Name of the product shown in the store' },
				{ name: 'price', label: 'Price', type: 'number', in: 'body', required: true, typeOptions: { minValue: 0 }, description: 'Price in the community currency, a number of 0 or more, e.g. 100' },
				...productBody('additionalFields'),
			],
		},
		{
			value: 'createMany',
			name: 'Create Many',
			action: 'Create many products',
			description: 'Create many store products in one call, from a JSON array, the input items or a CSV file',
			route: 'products.bulkCreate',
			fields: rowsUploadFields(createMany),
			execute: rowsUpload(createMany),
			allInputs: ROWS_FROM_ITEMS,
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
				{ name: 'userID', label: 'Visible to User ID', type: 'string', in: 'query', group: 'filters', description: 'Only products this user can see: the user ID as the API returns it (_id). A visibility filter only; it does not change what the API key may read.' },
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
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', description: 'New name of the product shown in the store' },
				{ name: 'price', label: 'Price', type: 'number', in: 'body', group: 'updateFields', typeOptions: { minValue: 0 }, description: 'New price in the community currency, a number of 0 or more' },
				...productBody('updateFields'),
			],
		},
		{
			value: 'updateMany',
			name: 'Update Many',
			action: 'Update many products',
			description: "Update many store products in one call, from a JSON array, the input items or a CSV file; each product names its 'productID' and the fields to change",
			route: 'products.bulkUpdate',
			fields: rowsUploadFields(updateMany),
			execute: rowsUpload(updateMany),
			allInputs: ROWS_FROM_ITEMS,
		},
	],
};
