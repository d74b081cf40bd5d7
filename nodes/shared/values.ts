import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL } from './description';
import type { FieldSpec } from './types';

export const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
export const OBJECT_ID_EXAMPLE = '507f1f77bcf86cd799439011';

/** Thrown by validators; request.ts turns it into a NodeOperationError naming the parameter. */
export class FieldError extends Error {
	constructor(
		readonly field: FieldSpec,
		message: string,
		readonly description?: string,
	) {
		super(message);
	}
}

export function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Shortens what the user typed for an error message (never needed for secrets: those are never echoed). */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Reads any date n8n hands us (ISO string, DD/MM/YYYY, Date, Luxon DateTime, epoch ms) as a Date. */
export function toDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value === 'number') return new Date(value);
	if (value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return new Date((value as { toISO: () => string }).toISO());
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	if (dmy) {
		const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
		const date = new Date(Date.UTC(year, month - 1, day));
		return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : undefined;
	}
	const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (ymd) {
		const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
		const date = new Date(Date.UTC(year, month - 1, day));
		return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : undefined;
	}
	if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
	// n8n's date picker gives local wall time without an offset: read it as UTC so the day never shifts.
	const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
	const date = new Date(withZone);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDMY(date: Date): string {
	return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function formatYMD(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Validates and converts one entered value to its wire form. `value` is known to be non-empty. */
export function convert(field: FieldSpec, value: unknown): unknown {
	switch (field.type) {
		case 'number': {
			const n = typeof value === 'number' ? value : Number(value);
			if (!Number.isFinite(n)) {
				throw new FieldError(field, `The parameter '${field.label}' must be a number, got ${quote(value)}`);
			}
			return n;
		}
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			throw new FieldError(field, `The parameter '${field.label}' must be true or false, got ${quote(value)}`);
		case 'json': {
			if (typeof value !== 'string') return value;
			const parsed = parseJson(value);
			if (parsed.problem !== undefined) {
				throw new FieldError(
					field,
					`The parameter '${field.label}' is not valid JSON`,
					`${parsed.problem}. Enter a JSON value, e.g. ${field.placeholder ?? '{"key": "value"}'}.`,
				);
			}
			return parsed.value;
		}
		case 'dateTime':
		case 'dateDMY':
		case 'dateYMD': {
			const date = toDate(value);
			if (!date) {
				throw new FieldError(
					field,
					`The parameter '${field.label}' is not a valid date: ${quote(value)}`,
					'Pick a date, or enter an ISO 8601 date (e.g. 2026-12-31) or DD/MM/YYYY (e.g. 31/12/2026).',
				);
			}
			if (field.type === 'dateDMY') return formatDMY(date);
			if (field.type === 'dateYMD') return formatYMD(date);
			return date.toISOString();
		}
		case 'stringList': {
			const list = Array.isArray(value) ? value.map(String) : String(value).split(',');
			return list.map((s) => s.trim()).filter((s) => s !== '');
		}
		case 'options':
		case 'multiOptions':
		case 'string':
		case 'binary':
		default:
			if (field.objectId && !OBJECT_ID.test(String(value))) {
				throw new FieldError(
					field,
					`The parameter '${field.label}' must be a 24-character hexadecimal ID, got ${quote(value)}`,
					`Returning.AI IDs look like ${OBJECT_ID_EXAMPLE}. Copy the ID from the Returning.AI dashboard or from a previous node's output${field.picker ? ", or choose 'From List'" : ''}.`,
				);
			}
			return value;
	}
}

/** Reads a field's raw value from the node (top level or inside its collection); undefined when not set or hidden. */
export function readRaw(ctx: IExecuteSingleFunctions, field: FieldSpec): unknown {
	let value: unknown;
	if (field.group) {
		const group = ctx.getNodeParameter(field.group, {}) as IDataObject;
		value = group[field.name];
	} else {
		// A parameter hidden by displayOptions is absent from the node: the fallback marks it as not set.
		// Resource locators: let n8n apply a mode's extractValue (it throws for parameters that are not shown, hence
		// the presence check first, raw so that an expression is evaluated once per item, not twice).
		if (field.picker) {
			if (ctx.getNodeParameter(field.name, NOT_SET, { rawExpressions: true }) === NOT_SET) return undefined;
			value = ctx.getNodeParameter(field.name, NOT_SET, { extractValue: true });
		} else {
			value = ctx.getNodeParameter(field.name, NOT_SET);
		}
		if (value === NOT_SET) return undefined;
	}
	if (value && typeof value === 'object' && (value as IDataObject).__rl === true) {
		value = (value as IDataObject).value;
	}
	return value;
}

const NOT_SET = '\u0000not-set';

/** Whether a top-level field is absent from the node because its displayOptions hide it. */
export function isHidden(ctx: IExecuteSingleFunctions, field: FieldSpec): boolean {
	if (field.group) return false;
	return ctx.getNodeParameter(field.name, NOT_SET, { rawExpressions: true }) === NOT_SET;
}

function parseJson(text: string): { value?: unknown; problem?: string } {
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		return { problem: (error as Error).message };
	}
}

/** Reads, validates and converts every field of an operation. Returns wire values keyed by field spec. */
export async function collectValues(
	ctx: IExecuteSingleFunctions,
	fields: FieldSpec[],
): Promise<Map<FieldSpec, unknown>> {
	const result = await collect(ctx, fields).then(
		(values) => ({ values, problem: undefined }),
		(problem: unknown) => ({ values: undefined, problem }),
	);
	if (result.problem instanceof FieldError) throw toNodeError(ctx, result.problem);
	if (result.problem !== undefined) {
		throw new NodeOperationError(ctx.getNode(), result.problem as Error, { itemIndex: ctx.getItemIndex() });
	}
	return result.values as Map<FieldSpec, unknown>;
}

async function collect(ctx: IExecuteSingleFunctions, fields: FieldSpec[]): Promise<Map<FieldSpec, unknown>> {
	const values = new Map<FieldSpec, unknown>();
	let credentials: IDataObject | undefined;
	for (const field of fields) {
		// A top-level parameter hidden by displayOptions (e.g. another mode of the operation) is not sent and not required.
		if (isHidden(ctx, field)) continue;
		let raw = readRaw(ctx, field);
		if (isEmpty(raw) && field.credentialFallback) {
			credentials ??= (await ctx.getCredentials(CREDENTIAL)) as IDataObject;
			raw = credentials[field.credentialFallback];
		}
		if (isEmpty(raw)) {
			if (field.required || field.in === 'path' || field.credentialFallback) {
				const fallback = field.credentialFallback
					? ` or set a default ${field.label} in the Returning.AI API credential`
					: '';
				throw new FieldError(
					field,
					`The parameter '${field.label}' is required`,
					`Enter a value for '${field.label}'${fallback}.`,
				);
			}
			continue;
		}
		let value = convert(field, raw);
		if (field.required && isEmpty(value)) {
			// e.g. a required list entered as ' , ': nothing is left after conversion
			throw new FieldError(field, `The parameter '${field.label}' is required`, `Enter a value for '${field.label}'.`);
		}
		if (field.type === 'binary') value = await loadBinary(ctx, field, value);
		const problem = field.validate?.(value);
		if (problem) throw new FieldError(field, problem);
		if (field.transform) value = await field.transform(value, ctx);
		values.set(field, value);
	}
	return values;
}

export function toNodeError(ctx: IExecuteSingleFunctions, error: FieldError): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), error.message, {
		description: error.description,
		itemIndex: ctx.getItemIndex(),
	});
}

/** Sets `obj[a][b]...` from a dot path, creating objects on the way. */
export function setPath(obj: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let target = obj;
	for (const key of keys.slice(0, -1)) {
		if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
		target = target[key] as IDataObject;
	}
	target[keys[keys.length - 1]] = value as IDataObject[string];
}

export function getPath(obj: unknown, path: string | undefined): unknown {
	if (!path) return obj;
	let target = obj;
	for (const key of path.split('.')) {
		if (target === null || typeof target !== 'object') return undefined;
		target = (target as IDataObject)[key];
	}
	return target;
}

export interface FilePart {
	__file: true;
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/** Reads the named binary properties (comma-separated for several files) of the current input item. */
export async function loadBinary(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): Promise<FilePart | FilePart[]> {
	const names = String(value)
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '');
	const item = ctx.getInputData();
	const files: FilePart[] = [];
	for (const name of names) {
		const meta = item.binary?.[name];
		if (!meta) {
			const available = Object.keys(item.binary ?? {});
			throw new FieldError(
				field,
				`The input item has no binary data named '${name}' (parameter '${field.label}')`,
				available.length
					? `The item's binary properties are: ${available.join(', ')}. Enter one of them.`
					: 'The input item has no binary data at all: add a node before this one that reads or downloads the file (e.g. Read/Write Files from Disk or HTTP Request).',
			);
		}
		const data = await ctx.helpers.getBinaryDataBuffer(name);
		files.push({ __file: true, data, fileName: meta.fileName ?? name, mimeType: meta.mimeType ?? 'application/octet-stream' });
	}
	return names.length === 1 && !field.typeOptions?.multipleValues ? files[0] : files;
}
