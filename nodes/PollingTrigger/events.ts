import type { IDataObject } from 'n8n-workflow';

import { bulkUpdate } from '../BulkOperations/resources/bulkUpdate';
import { communityUser } from '../Community/resources/communityUser';
import { message } from '../Messaging/resources/message';
import { redemptionOrder } from '../Rewards/resources/redemptionOrder';
import { product } from '../Store/resources/product';
import type { OperationSpec, ResourceSpec } from '../shared/types';
import { getPath } from '../shared/values';

/**
 * The events of the polling trigger. Each reads one list route of the path table through the action node's
 * own `getAll` operation spec (envelope, items path, page style and size, error wording), so the trigger
 * and the action node read a list the same way.
 */
export interface PollEvent {
	/** Option value (never renamed after release). */
	value: string;
	name: string;
	description: string;
	/** The action node's list operation this event reads. */
	op: OperationSpec;
	resourceName: string;
	/** Singular and plural words for messages, e.g. `redemption order`. */
	noun: string;
	nouns: string;
	/** `new`: records newer than the last one seen (by time, ties by ID); `statusChange`: a record's status differs from the one seen. */
	kind: 'new' | 'statusChange';
	/** Where a record's time may sit, first found wins; a 24-hex `_id` (ObjectId creation time) is the fallback. */
	timeFields: string[];
	/** Only records that pass count as events (e.g. finished jobs). */
	qualifies?: (record: IDataObject) => boolean;
}

function getAll(resource: ResourceSpec): OperationSpec {
	const op = resource.operations.find((o) => o.value === 'getAll');
	if (!op?.list) throw new Error(`${resource.name} has no Get Many list operation`);
	return op;
}

/** Bulk job states that mean the job has ended. */
export const FINISHED_STATES = ['completed', 'complete', 'done', 'finished', 'succeeded', 'success', 'failed', 'error', 'cancelled', 'canceled'];
export const FAILED_STATES = ['failed', 'error', 'cancelled', 'canceled'];

const text = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

export function jobState(record: IDataObject): string {
	return text(record.status) || text(getPath(record, 'status.name'));
}

export const POLL_EVENTS: PollEvent[] = [
	{
		value: 'newRedemptionOrder',
		name: 'New Redemption Order',
		description: 'A member bought an item in the community store (every store purchase creates a redemption order)',
		op: getAll(redemptionOrder),
		resourceName: 'Redemption Order',
		noun: 'redemption order',
		nouns: 'redemption orders',
		kind: 'new',
		timeFields: ['createdAt', 'created_at', 'createdDate', 'orderDate', 'date'],
	},
	{
		value: 'redemptionOrderStatusChanged',
		name: 'Redemption Order Status Changed',
		description: 'A redemption order moved to another status (e.g. Pending to Shipping)',
		op: getAll(redemptionOrder),
		resourceName: 'Redemption Order',
		noun: 'redemption order',
		nouns: 'redemption orders',
		kind: 'statusChange',
		timeFields: ['updatedAt', 'updated_at', 'createdAt', 'created_at'],
	},
	{
		value: 'newUser',
		name: 'New User',
		description: 'A member joined the community',
		op: getAll(communityUser),
		resourceName: 'Community User',
		noun: 'user',
		nouns: 'users',
		kind: 'new',
		timeFields: ['createdAt', 'created_at', 'joinedAt', 'joinDate', 'join_date'],
	},
	{
		value: 'bulkJobFinished',
		name: 'Bulk Update Job Finished',
		description: 'A bulk user-update job (CSV upload) completed or failed',
		op: getAll(bulkUpdate),
		resourceName: 'Bulk Update',
		noun: 'finished bulk update job',
		nouns: 'finished bulk update jobs',
		kind: 'new',
		timeFields: ['finishedAt', 'completedAt', 'updatedAt', 'updated_at', 'createdAt'],
		qualifies: (record) => FINISHED_STATES.includes(jobState(record)),
	},
	{
		value: 'newMessage',
		name: 'New Message in a Channel',
		description: 'A message was posted in a channel (or in any channel the API key can read)',
		op: getAll(message),
		resourceName: 'Message',
		noun: 'message',
		nouns: 'messages',
		kind: 'new',
		timeFields: ['timestamp', 'createdAt', 'created_at'],
	},
	{
		value: 'newProduct',
		name: 'New Product',
		description: 'A product was added to the community store',
		op: getAll(product),
		resourceName: 'Products',
		noun: 'product',
		nouns: 'products',
		kind: 'new',
		timeFields: ['createdAt', 'created_at'],
	},
];

export function eventOf(value: string): PollEvent | undefined {
	return POLL_EVENTS.find((e) => e.value === value);
}
