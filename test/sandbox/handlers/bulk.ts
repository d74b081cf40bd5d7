/* eslint-disable */
import { objectId, type Handler, type HandlerContext, type Sandbox } from '../server';

/**
 * The bulk job model. An upload (`data` CSV part) is checked for shape at once (400 for an empty or
 * header-only file) and queued as a job; every status check advances it: `queued` -> `processing` ->
 * finished after `pollsToFinish` checks (default 3, set `sandbox.state.set('bulk.pollsToFinish', n)`).
 * Row problems only show when the job finishes, as with the real asynchronous API: a numeric column
 * without its preceding `<field>_op` column, an operator other than add|subtract|overwrite (lower-case,
 * case-sensitive) or a non-numeric value makes the job end `failed`, with per-row errors in its details.
 */

export interface BulkJob {
	jobId: string;
	type: 'users' | 'premiumCurrency';
	status: 'queued' | 'processing' | 'completed' | 'failed';
	fileName?: string;
	columns: string[];
	totalRows: number;
	processedRows: number;
	failedRows: number;
	rows: Array<{ row: number; values: Record<string, string>; status: 'updated' | 'failed'; error?: string }>;
	errors: string[];
	polls: number;
	pollsToFinish: number;
	createdAt: string;
	updatedAt: string;
}

/** RFC 4180 CSV reader (quotes, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
			continue;
		}
		if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const OPS = ['add', 'subtract', 'overwrite'];
const isNumber = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));

/** Checks every data row against the `_op` rules; returns the per-row results. */
function checkRows(header: string[], data: string[][]): BulkJob['rows'] {
	return data.map((cells, index) => {
		const values: Record<string, string> = {};
		header.forEach((h, i) => (values[h] = cells[i] ?? ''));
		const problems: string[] = [];
		if (cells.length !== header.length) problems.push(`has ${cells.length} cells for ${header.length} columns`);
		header.forEach((column, i) => {
			if (column.endsWith('_op')) {
				const base = column.slice(0, -3);
				if (header[i + 1] !== base) problems.push(`column '${column}' must be followed by '${base}'`);
				const op = values[column];
				if (op !== '' && !OPS.includes(op)) problems.push(`'${column}' must be add, subtract or overwrite (lower-case), got '${op}'`);
				if (op === '' && values[base] !== '') problems.push(`'${column}' is empty`);
				return;
			}
			const value = values[column];
			const hasOp = header[i - 1] === `${column}_op`;
			if (hasOp && value !== '' && !isNumber(value)) problems.push(`'${column}' must be a number, got '${value}'`);
			if (!hasOp && isNumber(value) && column !== 'id' && !/phone/i.test(column)) {
				problems.push(`numeric column '${column}' needs a preceding '${column}_op' column`);
			}
		});
		return { row: index + 2, values, status: problems.length ? 'failed' : 'updated', ...(problems.length ? { error: problems.join('; ') } : {}) };
	});
}

function jobs(sandbox: Sandbox): BulkJob[] {
	let list = sandbox.state.get('bulk.jobs') as BulkJob[] | undefined;
	if (!list) {
		list = [];
		sandbox.state.set('bulk.jobs', list);
	}
	return list;
}

function summary(job: BulkJob) {
	const { rows, polls, pollsToFinish, ...rest } = job;
	return rest;
}

function upload(type: BulkJob['type'], message: string): Handler {
	return (ctx) => {
		const part = (ctx.req.parts ?? []).find((p) => p.name === 'data');
		if (!part || part.filename === undefined) return ctx.fail(400, '"data" must be a CSV file');
		const table = parseCsv(part.text);
		if (table.length < 2) return ctx.fail(400, 'The CSV file has no data rows');
		const [header, ...data] = table;
		const now = new Date().toISOString();
		const job: BulkJob = {
			jobId: objectId(),
			type,
			status: 'queued',
			fileName: part.filename,
			columns: header,
			totalRows: data.length,
			processedRows: 0,
			failedRows: 0,
			rows: checkRows(header, data),
			errors: [],
			polls: 0,
			pollsToFinish: Number(ctx.sandbox.state.get('bulk.pollsToFinish') ?? 3),
			createdAt: now,
			updatedAt: now,
		};
		jobs(ctx.sandbox).push(job);
		return ctx.ok({ message: `${message}. You can check in Api Log ( community settings )`, jobId: job.jobId }, { message });
	};
}

function find(ctx: HandlerContext): BulkJob | undefined {
	return jobs(ctx.sandbox).find((j) => j.jobId === ctx.params.jobId);
}

export const bulkHandlers: Record<string, Handler> = {
	'bulkUpdates.updateUsersFromCsv': upload('users', 'Bulk update user process is queued'),
	'bulkUpdates.updatePremiumCurrencyFromCsv': upload('premiumCurrency', 'Bulk update premium currency process is queued'),
	'bulkUpdates.getMany': (ctx) => ctx.ok(jobs(ctx.sandbox).map(summary)),
	'bulkUpdates.get': (ctx) => {
		const job = find(ctx);
		return job ? ctx.ok({ ...summary(job), rows: job.rows }) : ctx.fail(404, 'Bulk update job not found');
	},
	/** Each status check advances the job; it finishes on check number `pollsToFinish`. */
	'bulkUpdates.getStatus': (ctx) => {
		const job = find(ctx);
		if (!job) return ctx.fail(404, 'Bulk update job not found');
		if (job.status === 'queued' || job.status === 'processing') {
			job.polls += 1;
			if (job.polls >= job.pollsToFinish) {
				const failed = job.rows.filter((r) => r.status === 'failed');
				job.processedRows = job.totalRows;
				job.failedRows = failed.length;
				job.errors = failed.map((r) => `Row ${r.row}: ${r.error}`);
				job.status = failed.length ? 'failed' : 'completed';
			} else {
				job.status = 'processing';
				job.processedRows = Math.floor((job.totalRows * job.polls) / job.pollsToFinish);
			}
			job.updatedAt = new Date().toISOString();
		}
		const { jobId, status, totalRows, processedRows, failedRows } = job;
		return ctx.ok({
			jobId,
			status,
			totalRows,
			processedRows,
			failedRows,
			...(status === 'failed' ? { error: `${failedRows} of ${totalRows} rows failed` } : {}),
		});
	},
};
