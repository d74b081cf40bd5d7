import { objectIdPath } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/types';

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const redemptionStatus: ResourceSpec = {
	value: 'redemptionStatus',
	name: 'Redemption Status',
	description: 'The statuses a redemption order can be in',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a redemption status',
			description: 'Define a new redemption order status for the community',
			route: 'redemptionStatuses.create',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Shipping', description: 'Name of the status' },
				{
					name: 'category', label: 'Category', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. incomplete',
					description: 'Status category, e.g. incomplete (the full list of values is not documented)',
				},
				{
					name: 'color', label: 'Color', type: 'string', in: 'body', group: 'additionalFields', default: '#3EA1FD',
					property: { type: 'color' }, description: 'Hex colour of the status, e.g. #3EA1FD',
					validate: (v) => (HEX_COLOR.test(String(v)) ? undefined : `The field 'Color' must be a hex colour like #3EA1FD, got '${String(v)}'`),
				},
			],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a redemption status',
			description: 'Get one redemption status',
			route: 'redemptionStatuses.get',
			notFoundLabel: 'redemption status',
			fields: [objectIdPath('statusId', 'Status', 'The redemption status, from the list or by its ID (24-character hex ObjectId)', { picker: 'searchRedemptionStatuses' })],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many redemption statuses',
			description: 'List the redemption order statuses of the community',
			route: 'redemptionStatuses.getMany',
			list: { style: 'none', maxPageSize: 1000 },
		},
	],
};
