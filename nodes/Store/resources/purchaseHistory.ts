import { NodeOperationError } from 'n8n-workflow';

import type { ResourceSpec } from '../../shared/types';

export const purchaseHistory: ResourceSpec = {
	value: 'purchaseHistory',
	name: 'Purchase History',
	description: 'Orders placed in the store',
	operations: [
		{
			value: 'update',
			name: 'Update',
			action: 'Update the redemption instructions or voucher of an order',
			description: "Edit an order's redemption instructions and/or its voucher code and expiry",
			route: 'purchaseHistories.update',
			notFoundLabel: 'order',
			fields: [
				{
					name: 'purchaseHistoryId',
					label: 'Order ID',
					type: 'string',
					in: 'path',
					wire: 'purchaseHistoryID',
					required: true,
					placeholder: 'e.g. ORD202641612055614747',
					description: 'The order: its purchase history ID (24-character hex ObjectId) or its human-readable order ID, e.g. ORD202641612055614747',
				},
				{
					name: 'redemptionInstructions', label: 'Redemption Instructions', type: 'string', in: 'body', group: 'updateFields', typeOptions: { rows: 3 },
					description: 'Instructions shown on this order (max 10,000 characters); the product itself is not changed',
					validate: (v) => (String(v).length > 10000 ? `The field 'Redemption Instructions' is ${String(v).length} characters long; the maximum is 10,000` : undefined),
				},
				{
					name: 'voucherCode', label: 'Voucher Code', type: 'string', in: 'body', group: 'updateFields',
					description: 'New voucher code (max 512 characters); set Voucher Expiry Date with it',
					validate: (v) => (String(v).length > 512 ? `The field 'Voucher Code' is ${String(v).length} characters long; the maximum is 512` : undefined),
				},
				{ name: 'voucherExpiryDate', label: 'Voucher Expiry Date', type: 'dateDMY', in: 'body', group: 'updateFields', description: 'Expiry of the voucher; sent as DD/MM/YYYY. Set Voucher Code with it.' },
			],
			preSend: async function (requestOptions) {
				const body = (requestOptions.body ?? {}) as Record<string, unknown>;
				const hasCode = body.voucherCode !== undefined;
				const hasExpiry = body.voucherExpiryDate !== undefined;
				if (!Object.keys(body).length || hasCode !== hasExpiry) {
					throw new NodeOperationError(
						this.getNode(),
						hasCode !== hasExpiry
							? `'Voucher Code' and 'Voucher Expiry Date' must be set together (only '${hasCode ? 'Voucher Code' : 'Voucher Expiry Date'}' is set)`
							: 'Nothing to update: add Redemption Instructions, or Voucher Code with Voucher Expiry Date, under Update Fields',
						{ itemIndex: this.getItemIndex() },
					);
				}
				return requestOptions;
			},
		},
	],
};
