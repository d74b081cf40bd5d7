import type { FieldSpec, ResourceSpec } from '../../shared/types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const transactionId = (inPath: boolean): FieldSpec => ({
	name: 'transactionId',
	label: 'Order ID',
	type: 'string',
	in: inPath ? 'path' : 'body',
	required: true,
	placeholder: 'e.g. ORD202507013831',
	description: 'The human-readable order ID (also called transaction ID), e.g. ORD202507013831',
});

export const redemptionOrder: ResourceSpec = {
	value: 'redemptionOrder',
	name: 'Redemption Order',
	description: 'Orders placed by redeeming rewards',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many redemption orders',
			description: "List the redemption orders of the API key's community",
			route: 'redemptionOrders.getMany',
			notFoundLabel: 'redemption order',
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'getManyByEmail',
			name: 'Get Many by Email',
			action: 'Get many redemption orders of a user',
			description: 'List the redemption orders one user placed, looked up by email',
			route: 'redemptionOrders.getManyByEmail',
			notFoundLabel: 'user',
			list: { style: 'none', maxPageSize: 1000 },
			fields: [
				{
					name: 'email', label: 'Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com',
					description: 'Email of the user whose orders to list',
					validate: (v) => (EMAIL.test(String(v).trim()) ? undefined : `The parameter 'Email' must be an email address, got '${String(v)}'`),
				},
			],
		},
		{
			value: 'getStatusHistory',
			name: 'Get Status History',
			action: 'Get the status history of a redemption order',
			description: 'Get the sequence of status changes of one redemption order',
			route: 'redemptionOrders.getStatusHistory',
			notFoundLabel: 'redemption order',
			fields: [transactionId(true)],
		},
		{
			value: 'updateStatus',
			name: 'Update Status',
			action: 'Update the status of a redemption order',
			description: 'Move a redemption order to another status',
			route: 'redemptionOrders.updateStatus',
			notFoundLabel: 'redemption order',
			fields: [
				transactionId(false),
				{
					name: 'statusId', label: 'Status', type: 'string', in: 'body', required: true, objectId: true, picker: 'searchRedemptionStatuses',
					description: 'The redemption status to move the order to, from the list or by its ID (24-character hex ObjectId)',
				},
			],
		},
	],
};
