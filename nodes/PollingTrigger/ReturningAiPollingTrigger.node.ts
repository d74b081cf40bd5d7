import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { CREDENTIAL, CREDENTIALS, subtitleOf } from '../shared/description';
import { checkResponse, toItems } from '../shared/response';
import { requestWithRetry } from '../shared/retry';
import { ROUTES } from '../shared/routes';
import { getPath } from '../shared/values';
import { FAILED_STATES, POLL_EVENTS, eventOf, jobState, type PollEvent } from './events';
import {
	advance,
	byTimeThenId,
	idOf,
	isNew,
	MAX_REMEMBERED_ORDERS,
	newestOf,
	timeOf,
	type PollState,
	type Timed,
	type Watermark,
} from './state';

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const DEFAULT_MAX_PER_POLL = 100;
/** A safety stop for lists whose pages never end (a server that ignores the page parameter). */
const MAX_PAGES = 500;

const show = (...events: string[]) => ({ show: { event: events } });

/** The Category ID filter of the order filters and of the product filters (the same field; only what it matches differs). */
const categoryIdFilter = (description: string): INodeProperties => ({
	displayName: 'Category ID',
	name: 'categoryId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 650906d314a3e564c56f3450',
	description,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'newRedemptionOrder',
		description: 'Which Returning.AI records start the workflow',
		options: [...POLL_EVENTS]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((e) => ({ name: e.name, value: e.value, description: e.description })),
	},
	{
		displayName:
			'Checks Returning.AI on the Poll Times schedule and starts the workflow once per new record. The first check after activation only notes what exists; later checks emit what came after it. No webhook set-up is needed.',
		name: 'pollNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Community ID',
		name: 'communityId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 6502c9e514a3e564c5c09c0a',
		description: "The community whose members to watch: its 24-character hex ID. Leave empty to use the Default Community ID of the credential.",
		displayOptions: show('newUser'),
	},
	{
		displayName: 'Channel ID',
		name: 'channelId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 663347f4361726479c6',
		description: 'Only messages of this channel: its ID as Channels > Get Many returns it. Leave empty for every channel the API key can read.',
		displayOptions: show('newMessage'),
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show('newRedemptionOrder', 'redemptionOrderStatusChanged'),
		options: [
			categoryIdFilter("Only orders of products in this store category: its 24-character hex ID (matched against the order's categoryID or its product's)"),
			{
				displayName: 'Product ID',
				name: 'productId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 507f1f77bcf86cd799439031',
				description: "Only orders of this product: its 24-character hex ID (matched against the order's productID or its product's _id)",
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				placeholder: 'e.g. Shipping',
				description:
					'Only orders in this status, by name (any case) or status ID. For Status Changed: only changes to this status.',
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'productFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show('newProduct'),
		options: [
			categoryIdFilter('Only products of this store category: its 24-character hex ID'),
		],
	},
	{
		displayName: 'Outcome',
		name: 'jobOutcome',
		type: 'options',
		default: 'any',
		description: 'Which finished jobs start the workflow',
		displayOptions: show('bulkJobFinished'),
		options: [
			{ name: 'Any', value: 'any', description: 'Completed or failed' },
			{ name: 'Completed', value: 'completed', description: 'Only jobs that ended without failing' },
			{ name: 'Failed', value: 'failed', description: 'Only jobs that failed' },
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Records per Check',
				name: 'maxPerPoll',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_PER_POLL,
				description:
					'At most this many records start the workflow per check; the rest follow on the next checks, oldest first (a warning in the n8n log says how many are left)',
			},
		],
	},
];

interface Filters {
	productId?: string;
	categoryId?: string;
	status?: string;
	channelId?: string;
	outcome?: string;
	communityId?: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

function anyOf(record: IDataObject, paths: string[]): string[] {
	return paths.map((p) => str(getPath(record, p))).filter((v) => v !== '');
}

/** The order's status as [ID, name]. */
function statusOf(record: IDataObject): [string, string] {
	const status = record.status;
	if (status && typeof status === 'object') {
		const s = status as IDataObject;
		return [str(s._id) || str(s.id) || str(record.statusId), str(s.name)];
	}
	return [str(record.statusId), str(status)];
}

function statusMatches(status: [string, string], wanted: string): boolean {
	return status[0] === wanted || status[1].toLowerCase() === wanted.toLowerCase();
}

function matches(event: PollEvent, record: IDataObject, filters: Filters): boolean {
	if (event.qualifies && !event.qualifies(record)) return false;
	if (filters.productId && !anyOf(record, ['productID', 'productId', 'product._id', 'product.id', 'product.productID']).includes(filters.productId)) return false;
	if (filters.categoryId && !anyOf(record, ['categoryID', 'categoryId', 'product.categoryID', 'product.categoryId', 'category._id']).includes(filters.categoryId)) return false;
	if (filters.status && !statusMatches(statusOf(record), filters.status)) return false;
	if (filters.channelId && !anyOf(record, ['channel.channel_id', 'channel_id', 'channelId']).includes(filters.channelId)) return false;
	if (filters.outcome === 'failed' && !FAILED_STATES.includes(jobState(record))) return false;
	if (filters.outcome === 'completed' && FAILED_STATES.includes(jobState(record))) return false;
	return true;
}

function readFilters(ctx: IPollFunctions, event: PollEvent): Filters {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, fallback) as unknown;
	const filters: Filters = {};
	if (event.op.route.startsWith('redemptionOrders')) {
		const f = (get('filters', {}) as IDataObject) ?? {};
		filters.productId = str(f.productId) || undefined;
		filters.categoryId = str(f.categoryId) || undefined;
		filters.status = str(f.status) || undefined;
	}
	if (event.value === 'newProduct') filters.categoryId = str((get('productFilters', {}) as IDataObject)?.categoryId) || undefined;
	if (event.value === 'newMessage') filters.channelId = str(get('channelId', '')) || undefined;
	if (event.value === 'bulkJobFinished') filters.outcome = str(get('jobOutcome', 'any')) || 'any';
	if (event.value === 'newUser') filters.communityId = str(get('communityId', '')) || undefined;
	return filters;
}

/** checkResponse's context: the poll context with the item index an action node's error would carry. */
function errorScope(ctx: IPollFunctions): IExecuteSingleFunctions {
	const scope = Object.create(ctx) as IExecuteSingleFunctions & { getItemIndex: () => number };
	scope.getItemIndex = () => 0;
	return scope;
}

/**
 * Reads the event's list, page by page in the action node's page style, until a page reaches `stopAt` (when the
 * list comes newest first) or the list ends. Each page goes through the shared retry and error mapping, so
 * failures read exactly as in the action nodes.
 */
async function fetchRecords(ctx: IPollFunctions, event: PollEvent, filters: Filters, stopAt?: Watermark, wanted = Infinity): Promise<IDataObject[]> {
	const credentials = await ctx.getCredentials(CREDENTIAL);
	const route = ROUTES[event.op.route];
	const list = event.op.list!;
	let url = route.path;
	if (url.includes('{communityId}')) {
		const communityId = filters.communityId || str(credentials.communityId);
		if (!communityId) {
			throw new NodeOperationError(ctx.getNode(), "The parameter 'Community ID' is empty and the credential has no Default Community ID", {
				description: "Enter the community's ID in 'Community ID', or set the Default Community ID in the Returning.AI API credential.",
			});
		}
		if (!OBJECT_ID.test(communityId)) {
			throw new NodeOperationError(ctx.getNode(), `The parameter 'Community ID' must be a 24-character hex ID, got '${communityId}'`, {
				description: "Copy the community's ID from Returning.AI (24 characters, 0-9 and a-f).",
			});
		}
		url = url.replace('{communityId}', encodeURIComponent(communityId));
	}
	const qs: IDataObject = {};
	if (filters.channelId) qs.channel_id = filters.channelId;
	if (event.value === 'newProduct' && filters.categoryId) qs.filter = `categoryID:${filters.categoryId}`;
	const base: IHttpRequestOptions = {
		method: route.method,
		baseURL: str(credentials.baseUrl).replace(/\/+$/, ''),
		url,
		headers: { Accept: 'application/json' },
		json: true,
	};
	const scope = errorScope(ctx);
	const records: IDataObject[] = [];
	const send = async (query: IDataObject) => {
		const response = await requestWithRetry(ctx, CREDENTIAL, { ...base, qs: { ...qs, ...query } });
		const payload = await checkResponse(scope, response, { op: event.op, resourceName: event.resourceName });
		return toItems(payload, event.op, false).map((i) => i.json);
	};
	// No paging but a size parameter (messages: the newest `count`): ask for more until the oldest one returned
	// is already known, or the API returns fewer than asked for.
	if (list.style === 'none' && list.limitParam) {
		let count = Math.min(list.maxPageSize, Math.max(stopAt ? 50 : 1, Number.isFinite(wanted) ? wanted : 50));
		for (;;) {
			const page = await send({ [list.limitParam]: count });
			const reached = !stopAt || page.some((r) => (timeOf(r, event.timeFields) ?? Infinity) < stopAt.t);
			if (reached || page.length < count || count >= list.maxPageSize) return page;
			count = Math.min(list.maxPageSize, count * 4);
		}
	}
	if (list.style === 'none') return await send({});
	const size = list.maxPageSize;
	for (let page = 1; page <= MAX_PAGES; page++) {
		const query: IDataObject =
			list.style === 'skip' ? { skip: (page - 1) * size, limit: size } : { page, limit: size };
		const items = await send(query);
		records.push(...items);
		if (items.length < size) break;
	}
	return records;
}

/** The records with their time and ID; records without either are left out, and a list where no record has both is an error (nothing could ever be told apart). */
function timed(ctx: IPollFunctions, event: PollEvent, records: IDataObject[]): Timed[] {
	const out: Timed[] = [];
	for (const record of records) {
		const id = idOf(record);
		const t = timeOf(record, event.timeFields);
		if (id === undefined || t === undefined) continue;
		out.push({ record, id, t });
	}
	if (records.length && !out.length) {
		throw new NodeOperationError(ctx.getNode(), `Returning.AI returned ${records.length} ${records.length === 1 ? event.noun : event.nouns}, none with both a time and an ID, so new ones cannot be told from old ones`, {
			description: `The trigger reads the time from ${event.timeFields.join(', ')} or a 24-character _id, and the ID from _id, id, transactionId or jobId; the records have the keys ${Object.keys(records[0]).join(', ')}. Please report this shape to the package (see the README).`,
		});
	}
	return out;
}

function stateKey(event: PollEvent, filters: Filters): string {
	return JSON.stringify([event.value, filters]);
}

export class ReturningAiPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Polling Trigger',
		name: 'returningAiPollingTrigger',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: subtitleOf('$parameter["event"]', Object.fromEntries(POLL_EVENTS.map((e) => [e.value, `On ${e.name}`]))),
		description:
			'Starts the workflow on new Returning.AI store purchases (redemption orders), order status changes, new members, finished bulk jobs, channel messages or products, by checking the API on a schedule',
		defaults: { name: 'Returning.AI Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		properties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = eventOf(this.getNodeParameter('event') as string);
		if (!event) {
			throw new NodeOperationError(this.getNode(), `The parameter 'Event' has an unknown value '${String(this.getNodeParameter('event'))}'`, {
				description: 'Choose one of the listed events.',
			});
		}
		const filters = readFilters(this, event);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const maxPerPoll = Math.max(1, Math.floor(Number(options.maxPerPoll ?? DEFAULT_MAX_PER_POLL)) || DEFAULT_MAX_PER_POLL);
		const key = stateKey(event, filters);

		// "Fetch Test Event": the most recent real record, without touching the state of the active workflow.
		if (this.getMode() === 'manual') {
			const all = timed(this, event, await fetchRecords(this, event, filters, undefined, 1));
			const latest = all.filter((i) => matches(event, i.record, filters)).sort(byTimeThenId).pop();
			if (!latest) {
				throw new NodeOperationError(this.getNode(), `No ${event.noun} found to use as a test event`, {
					description: `Returning.AI returned no ${event.nouns}${Object.values(filters).some((v) => v && v !== 'any') ? ' that match the filters' : ''}. Create one in Returning.AI (or loosen the filters), then fetch again.`,
				});
			}
			return [[{ json: latest.record }]];
		}

		const staticData = this.getWorkflowStaticData('node');
		const saved = staticData.returningAi as PollState | undefined;
		const known = saved && saved.v === 1 && saved.key === key ? saved : undefined;
		// Everything is read and worked out first; the state is written only at the end, so a failed call leaves it as it was.
		if (event.kind === 'statusChange') return statusChanges(this, event, filters, known, key, staticData, maxPerPoll);

		if (!known?.since) {
			// First check (or new event/filters): start from what exists now, no flood of history. This is the check
			// n8n runs inside the activation (ActiveWorkflowManager.add -> executePollTrigger(true) in n8n 2.41.1 and
			// 1.123.81), and add() saves the workflow's static data right after it, so this starting point is in the
			// database before the first scheduled check: a restart before any event starts from it, not from "now",
			// and emits what came in between. Event or filters change only with a new activation, so no later check
			// comes here. Later checks that emit nothing are saved by n8n only in memory; the state they change is
			// only the step over records the filters leave out, which a restart just steps over again. A check that
			// emits is saved (n8n's __emit) before the workflow runs, so a restart does not emit it again.
			const all = timed(this, event, await fetchRecords(this, event, filters));
			staticData.returningAi = { v: 1, key, since: newestOf(all.filter((i) => matches(event, i.record, filters))) } satisfies PollState;
			return null;
		}
		const since = known.since;
		const fresh = timed(this, event, await fetchRecords(this, event, filters, since))
			.filter((i) => isNew(i, since))
			.sort(byTimeThenId);
		let mark = since;
		const out: INodeExecutionData[] = [];
		let left = 0;
		for (const item of fresh) {
			if (!matches(event, item.record, filters)) {
				if (out.length < maxPerPoll) mark = advance(mark, item);
				continue;
			}
			if (out.length >= maxPerPoll) {
				left++;
				continue;
			}
			out.push({ json: item.record });
			mark = advance(mark, item);
		}
		if (left) {
			this.logger.warn(
				`Returning.AI Polling Trigger '${this.getNode().name}': ${out.length} new ${event.nouns} started the workflow, ${left} more ${left === 1 ? 'follows' : 'follow'} on the next checks (Options > Max Records per Check is ${maxPerPoll})`,
			);
		}
		if (mark !== since) staticData.returningAi = { v: 1, key, since: mark } satisfies PollState;
		return out.length ? [out] : null;
	}
}

async function statusChanges(
	ctx: IPollFunctions,
	event: PollEvent,
	filters: Filters,
	known: PollState | undefined,
	key: string,
	staticData: IDataObject,
	maxPerPoll: number,
): Promise<INodeExecutionData[][] | null> {
	const records = await fetchRecords(ctx, event, filters);
	const items = records
		.map((record, index) => ({ record, id: idOf(record), t: timeOf(record, event.timeFields) ?? index }))
		.filter((i): i is Timed => i.id !== undefined)
		.sort(byTimeThenId);
	// n8n keeps the statuses noted by a check that emits nothing only in memory (it saves static data after the
	// activation check and each emitting check): an order created after the last saved check and changed before a
	// restart is new to the restarted n8n, so that one change is not emitted (the README says so).
	const before = known?.statuses;
	const statuses: Record<string, [string, string]> = {};
	const out: INodeExecutionData[] = [];
	let left = 0;
	// Only the newest MAX_REMEMBERED_ORDERS orders (by updatedAt, else createdAt; `items` is oldest first) are
	// remembered, so the state stays bounded however many orders the store has; a change still to be emitted
	// (over Max Records per Check) is always kept.
	const rememberFrom = items.length - MAX_REMEMBERED_ORDERS;
	items.forEach((item, index) => {
		const now = statusOf(item.record);
		const previous = before?.[item.id];
		const changed = previous !== undefined && (previous[0] !== now[0] || previous[1] !== now[1]);
		// An order not seen before is new, not changed; its status is noted for the next check.
		if (!changed || !matches(event, item.record, filters)) {
			if (index >= rememberFrom) statuses[item.id] = now;
			return;
		}
		if (out.length >= maxPerPoll) {
			statuses[item.id] = previous;
			left++;
			return;
		}
		out.push({ json: { ...item.record, previousStatus: { _id: previous[0], name: previous[1] } } });
		if (index >= rememberFrom) statuses[item.id] = now;
	});
	if (left) {
		ctx.logger.warn(
			`Returning.AI Polling Trigger '${ctx.getNode().name}': ${out.length} status changes started the workflow, ${left} more ${left === 1 ? 'follows' : 'follow'} on the next checks (Options > Max Records per Check is ${maxPerPoll})`,
		);
	}
	staticData.returningAi = { v: 1, key, statuses } satisfies PollState;
	return out.length ? [out] : null;
}
