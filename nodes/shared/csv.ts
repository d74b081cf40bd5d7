import type { IDataObject } from 'n8n-workflow';

/**
 * CSV files for the bulk calls (conventions §7), built from n8n items: one row per item, RFC 4180
 * quoting, `\n` line ends. With operators on, every numeric column is preceded by its `<field>_op`
 * column (add | subtract | overwrite, lower-case: the API compares it case-sensitively).
 */

export const BULK_OPERATORS = ['add', 'subtract', 'overwrite'] as const;
export type BulkOperator = (typeof BULK_OPERATORS)[number];

/** A problem with the input items, with how to fix it. */
export class CsvError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
	}
}

export interface CsvFromItemsOptions {
	/** Item fields to use as columns, in this order; empty = every field of the items, in first-seen order. */
	columns?: string[];
	/** Adds `<field>_op` columns before numeric columns; undefined = plain CSV (no operator columns). */
	operators?: {
		/** Operator for rows whose item has no `<field>_op` field of its own. */
		default: BulkOperator;
		/** Columns to treat as numeric even when their values are not numbers. */
		numericColumns?: string[];
	};
}

/** One CSV cell: quoted when it holds a comma, quote, line break or outer spaces. */
export function csvCell(value: unknown): string {
	let text: string;
	if (value === undefined || value === null) text = '';
	else if (typeof value === 'string') text = value;
	else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
	else if (value instanceof Date) text = value.toISOString();
	else text = JSON.stringify(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
}

const OP_SUFFIX = '_op';

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isNumeric(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

/** Builds the CSV text for the given items' JSON. Throws CsvError naming the item and column at fault. */
export function csvFromItems(items: IDataObject[], options: CsvFromItemsOptions = {}): string {
	if (!items.length) {
		throw new CsvError('There are no input items to build the CSV from', 'Connect a node that outputs one item per user (e.g. a Code, Google Sheets or Edit Fields node).');
	}
	const requested = (options.columns ?? []).map((c) => c.trim()).filter((c) => c !== '');
	let columns: string[];
	if (requested.length) {
		columns = [...new Set(requested)];
		for (const column of columns) {
			if (!items.some((item) => column in item)) {
				throw new CsvError(
					`The column '${column}' is not a field of any input item`,
					`Check the parameter 'Columns': the input items have the fields ${[...new Set(items.flatMap((i) => Object.keys(i)))].join(', ') || '(none)'}.`,
				);
			}
		}
	} else {
		const seen = new Set<string>();
		for (const item of items) for (const key of Object.keys(item)) seen.add(key);
		columns = [...seen];
		// `<field>_op` fields of the items are operator overrides, not columns of their own.
		if (options.operators) columns = columns.filter((c) => !(c.endsWith(OP_SUFFIX) && seen.has(c.slice(0, -OP_SUFFIX.length))));
	}
	if (!columns.length) {
		throw new CsvError('The input items have no fields to put in the CSV', 'Give the items fields named like the columns of the user-list template (e.g. email, xp).');
	}

	const ops = options.operators;
	const forced = new Set((ops?.numericColumns ?? []).map((c) => c.trim()));
	const numeric = new Set<string>();
	if (ops) {
		for (const column of columns) {
			const values = items.map((item) => item[column]).filter((v) => !isBlank(v));
			const hasOwnOps = items.some((item) => !isBlank(item[`${column}${OP_SUFFIX}`]));
			const allNumbers = values.length > 0 && values.every(isNumeric) && values.some((v) => typeof v === 'number');
			if (forced.has(column) || hasOwnOps || allNumbers) numeric.add(column);
		}
	}

	const header: string[] = [];
	for (const column of columns) {
		if (numeric.has(column)) header.push(`${column}${OP_SUFFIX}`);
		header.push(column);
	}
	const rows = items.map((item, index) => {
		const row: unknown[] = [];
		for (const column of columns) {
			const value = item[column];
			if (!numeric.has(column)) {
				row.push(value);
				continue;
			}
			if (isBlank(value)) {
				row.push('', '');
				continue;
			}
			if (!isNumeric(value)) {
				throw new CsvError(
					`Item ${index + 1}: the column '${column}' is numeric but the value is ${JSON.stringify(value)}`,
					`Give every item a number in '${column}' (or leave it empty to skip that user's '${column}').`,
				);
			}
			const own = item[`${column}${OP_SUFFIX}`];
			const op = isBlank(own) ? ops!.default : String(own).trim().toLowerCase();
			if (!(BULK_OPERATORS as readonly string[]).includes(op)) {
				throw new CsvError(
					`Item ${index + 1}: '${column}${OP_SUFFIX}' must be add, subtract or overwrite, got ${JSON.stringify(own)}`,
					`Set the item's field '${column}${OP_SUFFIX}' to add, subtract or overwrite, or remove it to use the node's 'Numeric Operator'.`,
				);
			}
			row.push(op, typeof value === 'number' ? value : Number(value));
		}
		return row;
	});
	return toCsv(header, rows);
}
