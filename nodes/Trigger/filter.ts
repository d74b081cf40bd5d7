import type { IDataObject } from 'n8n-workflow';

function getPath(obj: unknown, path: string): unknown {
	let value: unknown = obj;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/** Whether the payload passes the optional filter (field equals one of the values; arrays: any element). */
export function matchesFilter(payload: unknown, field: string, values: string): boolean {
	const path = field.trim();
	if (!path) return true;
	const wanted = values
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
	const actual = getPath(payload, path);
	if (actual === undefined || actual === null) return false;
	if (!wanted.length) return true;
	const candidates = Array.isArray(actual) ? actual : [actual];
	return candidates.some((c) => wanted.includes(typeof c === 'object' ? JSON.stringify(c) : String(c)));
}
