import { NodeOperationError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { BULK_OPERATORS, CsvError, csvFromItems, type BulkOperator } from './csv';
import { ROUTES, type RouteId } from './routes';
import type { FieldSpec, OperationRunner, OperationSpec } from './types';

/**
 * CSV uploads (bulk update, premium currency, legacy bulk import): the CSV comes either from the
 * item's binary data (one upload per item) or is built from ALL input items (one row per item) and
 * uploaded ONCE, by the first item; the other items then make no call and output nothing.
 */

/** CSV Source = Build From Input Items: the first item's upload covers every input item (OperationSpec.allInputs). */
export const CSV_FROM_ITEMS = { parameter: 'csvSource', value: 'items' } as const;

const showFor = (source: 'binary' | 'items') => ({ displayOptions: { show: { csvSource: [source] } } });

export interface CsvUploadOptions {
	/** Add `<field>_op` operator columns before numeric columns (bulk update). */
	operators: boolean;
	/** Default file name of a built CSV. */
	fileName: string;
	/** Offer "Wait for Completion", polling this status route with `{jobId}`. */
	statusRoute?: RouteId;
}

/** The fields of a CSV upload operation (the CSV goes in the multipart part `data`). */
export function csvUploadFields(options: CsvUploadOptions): FieldSpec[] {
	const fields: FieldSpec[] = [
		{
			name: 'csvSource',
			label: 'CSV Source',
			type: 'options',
			in: 'none',
			default: 'binary',
			options: [
				{ name: 'Binary File', value: 'binary', description: "Upload the CSV file in each input item's binary data (one upload per item)" },
				{ name: 'Build From Input Items', value: 'items', description: 'Build one CSV from all input items, one row per item, and upload it once' },
			],
			description: 'Where the CSV comes from',
		},
		{
			name: 'binaryPropertyName',
			label: 'Input Binary Field',
			type: 'binary',
			in: 'form',
			wire: 'data',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: 'The binary field of the input item that holds the CSV file, following the template of the community\'s user-list page',
			property: showFor('binary'),
		},
		{
			name: 'columns',
			label: 'Columns',
			type: 'stringList',
			in: 'none',
			placeholder: options.operators ? 'e.g. email, xp, coins' : 'e.g. email, username, first_name',
			description: 'Item fields to put in the CSV, in this order, named as in the user-list template. Leave empty to use every field of the items.',
			property: showFor('items'),
		},
	];
	if (options.operators) {
		fields.push({
			name: 'numericOperator',
			label: 'Numeric Operator',
			type: 'options',
			in: 'none',
			default: 'add',
			options: [
				{ name: 'Add', value: 'add', description: 'Add the value to the current one' },
				{ name: 'Subtract', value: 'subtract', description: 'Subtract the value from the current one' },
				{ name: 'Overwrite', value: 'overwrite', description: 'Replace the current value' },
			],
			description: "What the numeric columns do. Written into the operator column before each numeric column (e.g. xp_op before xp); an item's own field of that name (e.g. xp_op) wins.",
			property: showFor('items'),
		});
		fields.push({
			name: 'numericColumns',
			label: 'Numeric Columns',
			type: 'stringList',
			in: 'none',
			group: 'options',
			placeholder: 'e.g. xp, coins',
			description: "Build From Input Items only: columns to treat as numeric (with an '_op' column) even when their values are text. Columns whose values are all numbers are numeric anyway.",
		});
	}
	fields.push({
		name: 'fileName',
		label: 'File Name',
		type: 'string',
		in: 'none',
		group: 'options',
		default: options.fileName,
		description: 'Build From Input Items only: the file name sent with the built CSV',
	});
	if (options.statusRoute) {
		fields.push(
			{
				name: 'waitForCompletion',
				label: 'Wait for Completion',
				type: 'boolean',
				in: 'none',
				default: false,
				description: 'Whether to check the job status until the job has finished, and output the final status instead of the "queued" answer',
			},
			{
				name: 'pollInterval',
				label: 'Poll Interval (Seconds)',
				type: 'number',
				in: 'none',
				default: 10,
				typeOptions: { minValue: 0 },
				description: 'How long to wait before each status check',
				property: { displayOptions: { show: { waitForCompletion: [true] } } },
			},
			{
				name: 'maxPolls',
				label: 'Max Checks',
				type: 'number',
				in: 'none',
				default: 30,
				typeOptions: { minValue: 1 },
				description: 'How many status checks to make at most before giving up with an error (the job keeps running)',
				property: { displayOptions: { show: { waitForCompletion: [true] } } },
			},
		);
	}
	return fields;
}

function allInputJson(ctx: IExecuteSingleFunctions): IDataObject[] {
	const proxy = ctx.getWorkflowDataProxy(ctx.getItemIndex()) as unknown as { $input: { all: () => INodeExecutionData[] } };
	return proxy.$input.all().map((item) => item.json ?? {});
}

/**
 * "From input items": one call for all items, sent by the first item. For it, the JSON of every input item and
 * the pairing of the one output item with all of them; for the other items undefined (no call, no output).
 */
export function allInputsOnce(ctx: IExecuteSingleFunctions): { inputs: IDataObject[]; pairedItem: INodeExecutionData['pairedItem'] } | undefined {
	if (ctx.getItemIndex() > 0) return undefined;
	const inputs = allInputJson(ctx);
	return { inputs, pairedItem: inputs.map((_, item) => ({ item })) };
}

const DONE = ['completed', 'complete', 'done', 'finished', 'success', 'succeeded', 'processed'];
const FAILED = ['failed', 'failure', 'error', 'errored', 'cancelled', 'canceled', 'aborted'];

/** The job id in an upload answer (the reference documents none, so several spellings are accepted). */
export function jobIdOf(payload: unknown): string | undefined {
	if (!payload || typeof payload !== 'object') return undefined;
	const p = payload as IDataObject;
	for (const source of [p, p.job as IDataObject | undefined]) {
		if (!source || typeof source !== 'object') continue;
		for (const key of ['jobId', 'jobID', 'job_id', 'id', '_id']) {
			const value = source[key];
			if ((typeof value === 'string' && value !== '') || typeof value === 'number') return String(value);
		}
	}
	return undefined;
}

function stateOf(status: unknown): { state: string; reason?: string } {
	const s = (status && typeof status === 'object' ? status : {}) as IDataObject;
	const raw = s.status ?? s.state ?? s.jobStatus;
	const reason = [s.error, s.message, s.reason].find((v) => typeof v === 'string' && v !== '') as string | undefined;
	return { state: typeof raw === 'string' ? raw.toLowerCase() : '', reason };
}

/** `execute` of a CSV upload operation: builds the CSV when asked, uploads, and waits for the job when asked. */
export function csvUpload(options: CsvUploadOptions, statusOp?: OperationSpec) {
	return async function (
		this: IExecuteSingleFunctions,
		request: IHttpRequestOptions,
		run: OperationRunner,
	): Promise<INodeExecutionData[]> {
		const source = this.getNodeParameter('csvSource', 'binary') as string;
		let pairedItem: INodeExecutionData['pairedItem'] = { item: this.getItemIndex() };
		if (source === CSV_FROM_ITEMS.value) {
			// One CSV for all items: the first item uploads it, the others make no call.
			const all = allInputsOnce(this);
			if (!all) return [];
			const opts = this.getNodeParameter('options', {}) as IDataObject;
			const columns = this.getNodeParameter('columns', '') as string | string[];
			const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : String(v ?? '').split(','));
			const { inputs } = all;
			// The one output item comes from every input item.
			pairedItem = all.pairedItem;
			let csv: string;
			try {
				csv = csvFromItems(inputs, {
					columns: list(columns),
					operators: options.operators
						? { default: this.getNodeParameter('numericOperator', 'add') as BulkOperator, numericColumns: list(opts.numericColumns) }
						: undefined,
				});
			} catch (error) {
				throw new NodeOperationError(this.getNode(), error as Error, {
					description: error instanceof CsvError ? error.description : undefined,
					itemIndex: this.getItemIndex(),
				});
			}
			const form = request.body instanceof FormData ? request.body : new FormData();
			const fileName = String(opts.fileName || options.fileName);
			form.append('data', new Blob([csv], { type: 'text/csv' }), fileName);
			request.body = form;
			delete request.json;
		}
		const items = await waitIfAsked.call(this, options, statusOp, request, run, await run.send(request));
		return items.map((item) => ({ ...item, pairedItem }));
	};
}

async function waitIfAsked(
	this: IExecuteSingleFunctions,
	options: CsvUploadOptions,
	statusOp: OperationSpec | undefined,
	request: IHttpRequestOptions,
	run: OperationRunner,
	payload: unknown,
): Promise<INodeExecutionData[]> {
	const wait = options.statusRoute && (this.getNodeParameter('waitForCompletion', false) as boolean);
	if (!wait) return run.toItems(payload);

	const jobId = jobIdOf(payload);
	if (!jobId) {
		// The upload is queued; failing now would invite a retry that applies the CSV twice.
		return run.toItems(payload).map((item) => ({
			json: { ...item.json, waitedForCompletion: false, note: 'The answer carried no job ID, so the job could not be followed: check it in Community settings > API Log' },
		}));
	}
	const route = ROUTES[options.statusRoute!];
	const interval = Math.max(0, Number(this.getNodeParameter('pollInterval', 10)));
	const maxPolls = Math.max(1, Math.floor(Number(this.getNodeParameter('maxPolls', 30))));
	const statusRequest: IHttpRequestOptions = {
		method: route.method,
		baseURL: request.baseURL,
		url: route.path.replace('{jobId}', encodeURIComponent(jobId)),
		headers: { Accept: 'application/json' },
		json: true,
	};
	for (let check = 1; check <= maxPolls; check++) {
		await sleep(interval * 1000);
		const status = await run.send(statusRequest, statusOp);
		const { state, reason } = stateOf(status);
		if (DONE.includes(state)) {
			return [{ json: { jobId, ...(status as IDataObject), checks: check } }];
		}
		if (FAILED.includes(state)) {
			throw new NodeOperationError(this.getNode(), `The bulk job '${jobId}' failed${reason ? `: ${reason}` : ''}`, {
				description: `Returning.AI reports the job as '${state}'. Use the operation 'Get' with Job ID ${jobId} to see which rows failed, fix the CSV and upload it again.`,
				itemIndex: this.getItemIndex(),
			});
		}
	}
	throw new NodeOperationError(this.getNode(), `The bulk job '${jobId}' had not finished after ${maxPolls} status checks`, {
		description: `The job keeps running on Returning.AI. Check it later with the operation 'Get Status' (Job ID ${jobId}), or raise 'Max Checks' or 'Poll Interval (Seconds)'.`,
		itemIndex: this.getItemIndex(),
	});
}

export { BULK_OPERATORS };
