import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { FieldGroup, FieldSpec } from '../../shared/types';

export const COMMUNITY_PERMISSIONS =
	'sendMessage, replyMessage, getMessages, createUser, manageUser, getUserData, getUserStats, bulkUpdateUser, userFields, appearance';
export const USER_PERMISSIONS = 'sendMessages, readOwnProfile, updateOwnProfile, readOwnMessages';

export const permissionsField = (known: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
	name: 'permissions',
	label: 'Permissions',
	type: 'stringList',
	in: 'body',
	placeholder: `e.g. ${known.split(', ').slice(0, 2).join(', ')}`,
	description: `Permissions granted to the key, comma-separated. Known names: ${known}`,
	...extra,
});

export const expiryFields = (group: FieldGroup): FieldSpec[] => [
	{
		name: 'expirePeriod',
		label: 'Expire Period (Days)',
		type: 'number',
		in: 'body',
		group,
		typeOptions: { minValue: 0 },
		description: 'How many days the key stays valid; 0 = never expires',
		validate: (v) =>
			Number.isInteger(v) && (v as number) >= 0 ? undefined : `The field 'Expire Period (Days)' must be a whole number of 0 or more, got ${String(v)}`,
	},
	{ name: 'expireDate', label: 'Expire Date', type: 'dateTime', in: 'body', group, description: 'Explicit expiry date and time of the key, sent as ISO 8601 UTC, e.g. 2025-06-30T23:59:59Z' },
];

/** Partial updates: refuse to send an empty one. */
export async function requireUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (!Object.keys(body).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: add at least one field under Update Fields', {
			itemIndex: this.getItemIndex(),
		});
	}
	return requestOptions;
}
