import type { INodeExecutionData } from 'n8n-workflow';

import type { FieldSpec } from '../../shared/types';

/** Legacy calls that answer an empty `body` ({} or []): output `{ success: true }` rather than an empty item or nothing. */
export async function emptyAsSuccess(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!items.length) return [{ json: { success: true } }];
	return items.map((item) => (item.json && Object.keys(item.json).length === 0 ? { ...item, json: { success: true } } : item));
}

/** The numeric platform user id (sent as a string, e.g. "1102"), not the 24-hex `_id`. */
export const platformUserId = (location: 'body' | 'path'): FieldSpec => ({
	name: 'userId',
	label: 'User ID',
	type: 'string',
	in: location,
	required: true,
	placeholder: 'e.g. 1102',
	description: "The user's numeric platform ID (not the 24-character _id)",
	transform: (v) => String(v).trim(),
});
