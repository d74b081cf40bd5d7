import type { IDataObject } from 'n8n-workflow';

import { getPath } from '../shared/values';

/**
 * The polling trigger's memory (kept in the workflow's static data, per node):
 * - `since`: the newest record emitted so far, as its time and the IDs of every record emitted with exactly
 *   that time. A record is new when its time is later, or equal and its ID is not among those: records that
 *   share a timestamp are told apart by ID, so none is emitted twice and none is skipped.
 * - `statuses`: for status changes, the last status of each known record (at most MAX_REMEMBERED_ORDERS).
 * - `key`: the event and filters the state belongs to; when they change, the trigger starts again from now.
 */
export interface Watermark {
	/** Milliseconds since the epoch; -1 when nothing existed at the start (every record is new). */
	t: number;
	ids: string[];
}

export interface PollState {
	v: 1;
	key: string;
	since?: Watermark;
	statuses?: Record<string, [string, string]>;
}

/**
 * Status Changed remembers each order's last status, for at most this many orders: the most recently updated
 * (or created) ones. About 70 bytes each in the workflow's static data, which n8n writes to its database with
 * every emitting check. An order untouched while this many others were created or updated is forgotten: its
 * next change is taken as a new order (noted, not emitted); the change after that is emitted again.
 */
export const MAX_REMEMBERED_ORDERS = 1000;

const OBJECT_ID = /^[0-9a-f]{24}$/i;

export function idOf(record: IDataObject): string | undefined {
	for (const key of ['_id', 'id', 'transactionId', 'jobId', 'uuid']) {
		const value = record[key];
		if ((typeof value === 'string' && value !== '') || typeof value === 'number') return String(value);
	}
	return undefined;
}

function toMs(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	if (/^\d+$/.test(value.trim())) return toMs(Number(value.trim()));
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
}

/** A record's time: the first time field found, else the creation second inside a 24-hex ObjectId `_id`. */
export function timeOf(record: IDataObject, fields: string[]): number | undefined {
	for (const field of fields) {
		const ms = toMs(getPath(record, field));
		if (ms !== undefined) return ms;
	}
	const id = record._id;
	if (typeof id === 'string' && OBJECT_ID.test(id)) return parseInt(id.slice(0, 8), 16) * 1000;
	return undefined;
}

export interface Timed {
	record: IDataObject;
	t: number;
	id: string;
}

/** Oldest first; equal times by ID, so the order (and a cut after N records) is the same on every poll. */
export function byTimeThenId(a: Timed, b: Timed): number {
	return a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function isNew(item: Timed, since: Watermark): boolean {
	return item.t > since.t || (item.t === since.t && !since.ids.includes(item.id));
}

/** The watermark after `emitted` (oldest first) were handed on. */
export function advance(since: Watermark, item: Timed): Watermark {
	if (item.t > since.t) return { t: item.t, ids: [item.id] };
	return { t: since.t, ids: since.ids.includes(item.id) ? since.ids : [...since.ids, item.id] };
}

/** The watermark of what exists now: the newest record (and every ID sharing its time), or -1 if none. */
export function newestOf(items: Timed[]): Watermark {
	if (!items.length) return { t: -1, ids: [] };
	const t = Math.max(...items.map((i) => i.t));
	return { t, ids: items.filter((i) => i.t === t).map((i) => i.id) };
}
