import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { allInputsOnce } from './bulkCsv';
import { convert, FieldError, toNodeError } from './values';
import type { FieldSpec, OperationRunner } from './types';

/** Source = From Input Items: the first item's call covers every input item (OperationSpec.allInputs). */
export const ROWS_FROM_ITEMS = { parameter: 'source', value: 'items' } as const;

/**
 * Bulk calls whose body is a raw JSON array of records (e.g. Store › Product › Create Many): the array
 * comes from a JSON parameter (one call per input item), from ALL input items (one record per item, sent
 * ONCE by the first item; the other items make no call and output nothing), or the records are a CSV file
 * in the item's binary data, sent as a multipart part (like the CSV uploads of bulkCsv.ts).
 */

export interface RowsUploadOptions {
	/** Plural noun for messages and labels, e.g. `products`. */
	noun: string;
	/** Name of the JSON array parameter. */
	jsonParameter: string;
	/** Label of the JSON array parameter. */
	jsonLabel: string;
	placeholder: string;
	/** Multipart part the CSV file goes in. */
	filePart: string;
	/** Checks one record; returns what is wrong with it (without the record's position) or undefined. */
	checkRecord: (record: IDataObject) => string | undefined;
	/** How a valid record looks, for the error descriptions. */
	example: string;
}

const showFor = (source: string) => ({ displayOptions: { show: { source: [source] } } });

function jsonField(options: RowsUploadOptions): FieldSpec {
	return {
		name: options.jsonParameter,
		label: options.jsonLabel,
		type: 'json',
		in: 'none',
		required: true,
		default: '[]',
		placeholder: options.placeholder,
		description: `The ${options.noun} as a JSON array of objects, sent as the request body, e.g. ${options.example}`,
		property: showFor('json'),
	};
}

/** The fields of a bulk-records operation. */
export function rowsUploadFields(options: RowsUploadOptions): FieldSpec[] {
	return [
		{
			name: 'source',
			label: 'Source',
			type: 'options',
			in: 'none',
			default: 'json',
			options: [
				{ name: 'JSON Array', value: 'json', description: `A JSON array of ${options.noun} (one call per input item)` },
				{ name: 'From Input Items', value: 'items', description: `One of the ${options.noun} per input item, all sent in one call` },
				{ name: 'CSV File', value: 'binary', description: "A CSV file in each input item's binary data, one row each (one upload per item)" },
			],
			description: `Where the ${options.noun} come from`,
		},
		jsonField(options),
		{
			name: 'binaryPropertyName',
			label: 'Input Binary Field',
			type: 'binary',
			in: 'form',
			wire: options.filePart,
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: 'The binary field of the input item that holds the CSV file, with a header row and one row each',
			property: showFor('binary'),
		},
	];
}

function checkRecords(ctx: IExecuteSingleFunctions, options: RowsUploadOptions, records: unknown, where: string): IDataObject[] {
	const fail = (message: string) =>
		new NodeOperationError(ctx.getNode(), message, {
			description: `Send an array of objects, e.g. ${options.example}.`,
			itemIndex: ctx.getItemIndex(),
		});
	if (!Array.isArray(records)) throw fail(`${where} must be a JSON array of ${options.noun}`);
	if (records.length === 0) throw fail(`${where} has no ${options.noun}: the array is empty`);
	records.forEach((record, index) => {
		if (!record || typeof record !== 'object' || Array.isArray(record)) {
			throw fail(`${where}: entry ${index + 1} is not a JSON object`);
		}
		const problem = options.checkRecord(record as IDataObject);
		if (problem) throw fail(`${where}: entry ${index + 1} ${problem}`);
	});
	return records as IDataObject[];
}

/** `execute` of a bulk-records operation. */
export function rowsUpload(options: RowsUploadOptions) {
	return async function (
		this: IExecuteSingleFunctions,
		request: IHttpRequestOptions,
		run: OperationRunner,
	): Promise<INodeExecutionData[]> {
		const source = this.getNodeParameter('source', 'json') as string;
		let pairedItem: INodeExecutionData['pairedItem'] = { item: this.getItemIndex() };
		let count: number | undefined;
		if (source === 'json' || source === 'items') {
			let records: IDataObject[];
			if (source === ROWS_FROM_ITEMS.value) {
				// One call for all items: the first item sends it, the others make no call.
				const all = allInputsOnce(this);
				if (!all) return [];
				pairedItem = all.pairedItem;
				records = checkRecords(this, options, all.inputs, 'The input items');
			} else {
				const field = jsonField(options);
				let value: unknown;
				try {
					value = convert(field, this.getNodeParameter(options.jsonParameter, '[]'));
				} catch (error) {
					if (error instanceof FieldError) throw toNodeError(this, error);
					throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: this.getItemIndex() });
				}
				records = checkRecords(this, options, value, `The parameter '${options.jsonLabel}'`);
			}
			request.body = records;
			request.json = true;
			count = records.length;
		}
		const payload = await run.send(request);
		// The answer's data is usually empty (the counts are in its meta): then output one summary item.
		const items = Array.isArray(payload) && payload.length ? run.toItems(payload) : [{ json: { success: true, ...(count !== undefined ? { sent: count } : {}) } as IDataObject }];
		return items.map((item) => ({ ...item, pairedItem }));
	};
}
