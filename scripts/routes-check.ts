/**
 * Which routes of the path table (nodes/shared/routes.ts) exist on the real API, without changing anything:
 * `npm run routes:check -- --key <api key> [--base https://api.returning.ai] [--hostname <community domain>]`.
 *
 * - GET routes are read, with a well-formed but unused ObjectId in the path parameters.
 * - Writes are sent only as requests the API must refuse: an invalid ObjectId in a path parameter, or,
 *   without path parameters, an empty JSON body where the reference requires a field. Other writes are
 *   not probed (they could change data).
 * - "No such route" is the web framework's own 404 (`Cannot PUT /v1/x`); any other answer (400, 401, 403,
 *   422, a 404 for an ID, a 200 of a read) means the route exists.
 * Prints a table and the routes.ts status changes to make.
 */
import { ROUTES } from '../nodes/shared/routes';
import type { Route } from '../nodes/shared/types';
import { reference } from '../test/sandbox/reference';

export const UNUSED_ID = '000000000000000000000000';
export const INVALID_ID = 'not-an-objectid';

export type Verdict = 'exists' | 'missing' | 'unknown' | 'skipped';

export interface RouteCheck {
	id: string;
	method: string;
	path: string;
	status: Route['status'];
	probe?: { method: string; url: string; body?: unknown };
	httpStatus?: number;
	verdict: Verdict;
	note: string;
}

export interface CheckOptions {
	base: string;
	key: string;
	/** The community domain, for the `secure-auth` routes (header `hostname`). */
	hostname?: string;
	fetch?: typeof fetch;
}

const ROUTER_404 = /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//;

function requiresBody(id: string): boolean {
	const e = reference.find((x) => x.id === id);
	return !!e?.body && e.body.fields.some((f) => f.required && f.name !== 'file');
}

/** The request that probes one route, or why it is not probed. */
export function probeOf(id: string, route: Route, options: CheckOptions): { method: string; url: string; headers: Record<string, string>; body?: unknown } | string {
	if (route.host) return 'served from another host (the community domain), not probed';
	if (route.auth === 'incoming-webhook') return 'incoming webhook (another key), not probed';
	if (route.auth === 'secure-auth' && !options.hostname) return 'needs --hostname <community domain>, not probed';
	const headers: Record<string, string> = { accept: 'application/json' };
	if (route.auth === 'bearer') headers.authorization = `Bearer ${options.key}`;
	if (route.auth === 'x-api-key') headers['x-api-key'] = options.key;
	if (route.auth === 'secure-auth') Object.assign(headers, { apikey: options.key, hostname: options.hostname! });
	const hasParams = /\{\w+\}/.test(route.path);
	const read = route.method === 'GET';
	if (!read && !hasParams && !requiresBody(id)) return 'a write without a path parameter or a required field could change data, not probed';
	const path = route.path.replace(/\{\w+\}/g, read ? UNUSED_ID : INVALID_ID);
	const url = options.base.replace(/\/+$/, '') + path;
	if (read || route.method === 'DELETE') return { method: route.method, url, headers };
	return { method: route.method, url, headers: { ...headers, 'content-type': 'application/json' }, body: {} };
}

/** Tells "route exists" from "no such route" by the answer. */
export function verdictOf(method: string, httpStatus: number, body: unknown): { verdict: Verdict; note: string } {
	const message = body && typeof body === 'object' ? (body as Record<string, unknown>).message : undefined;
	if (httpStatus === 404 && typeof message === 'string' && ROUTER_404.test(message)) return { verdict: 'missing', note: message };
	if (httpStatus === 404) return { verdict: 'exists', note: 'not found for the probe ID: the route exists' };
	if ([400, 401, 403, 422].includes(httpStatus)) return { verdict: 'exists', note: `refused (${httpStatus}): the route exists${httpStatus === 401 ? ' (check the key)' : ''}` };
	if (httpStatus >= 200 && httpStatus < 300) {
		return { verdict: 'exists', note: method === 'GET' ? 'answered' : 'ACCEPTED a write meant to be refused: check the data' };
	}
	return { verdict: 'unknown', note: `answered ${httpStatus}` };
}

export async function checkRoutes(options: CheckOptions): Promise<RouteCheck[]> {
	const doFetch = options.fetch ?? fetch;
	const rows: RouteCheck[] = [];
	for (const [id, route] of Object.entries(ROUTES) as Array<[string, Route]>) {
		const row: RouteCheck = { id, method: route.method, path: route.path, status: route.status, verdict: 'skipped', note: '' };
		rows.push(row);
		const probe = probeOf(id, route, options);
		if (typeof probe === 'string') {
			row.note = probe;
			continue;
		}
		row.probe = { method: probe.method, url: probe.url, body: probe.body };
		try {
			const res = await doFetch(probe.url, { method: probe.method, headers: probe.headers, body: probe.body === undefined ? undefined : JSON.stringify(probe.body) });
			const text = await res.text();
			let body: unknown;
			try {
				body = JSON.parse(text);
			} catch {
				body = text;
			}
			row.httpStatus = res.status;
			Object.assign(row, verdictOf(probe.method, res.status, body));
		} catch (error) {
			row.verdict = 'unknown';
			row.note = `request failed: ${(error as Error).message}`;
		}
	}
	return rows;
}

/** The routes.ts changes the results call for. */
export function suggestions(rows: RouteCheck[]): string[] {
	const out: string[] = [];
	for (const r of rows) {
		if (r.verdict === 'exists' && r.status !== 'documented') out.push(`'${r.id}': status '${r.status}' -> 'documented' (${r.method} ${r.path} exists)`);
		if (r.verdict === 'missing') out.push(`'${r.id}': ${r.method} ${r.path} does not exist (router 404, path is ${r.status}): correct the path`);
	}
	return out;
}

export function renderReport(rows: RouteCheck[], key: string): string {
	const lines = ['| Route | Method | Path | routes.ts | HTTP | Result |', '|---|---|---|---|---|---|'];
	for (const r of rows) lines.push(`| ${r.id} | ${r.method} | \`${r.path}\` | ${r.status} | ${r.httpStatus ?? ''} | ${r.verdict}: ${r.note} |`);
	const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
	lines.push('', `${rows.length} routes: ${count('exists')} exist, ${count('missing')} missing, ${count('unknown')} unknown, ${count('skipped')} not probed.`, '');
	const changes = suggestions(rows);
	lines.push(changes.length ? 'Changes to make in nodes/shared/routes.ts:' : 'No changes to make in nodes/shared/routes.ts.', ...changes.map((c) => `- ${c}`));
	// Never print the key, even if an answer echoed it.
	return lines.join('\n').split(key).join('[redacted]');
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

if (require.main === module) {
	const key = arg('key');
	if (!key) {
		console.error('Usage: npm run routes:check -- --key <api key> [--base https://api.returning.ai] [--hostname <community domain>]');
		process.exit(2);
	}
	checkRoutes({ key, base: arg('base') ?? 'https://api.returning.ai', hostname: arg('hostname') })
		.then((rows) => console.log(renderReport(rows, key)))
		.catch((error) => {
			console.error(String(error?.message ?? error).split(key).join('[redacted]'));
			process.exit(1);
		});
}
