/* eslint-disable */
/**
 * Issue 15 in a real n8n: one workflow, run with `n8n execute`, with the sandbox's fault injection on
 *   - Store > Category > Get Many, Return All over 2,000 added categories, a 429 (Retry-After: 1) on every 7th page;
 *   - Messaging > Message > Send for 30 items (Set + Split Out), a 429 without Retry-After on every 10th request.
 * Checks: the execution succeeds; the list has every category exactly once and cost the expected requests
 * (each refused page asked for again, alone); every message is in the sandbox exactly once (its own API).
 * The faults are cleared afterwards (DELETE /__sandbox/faults) so that later phases see a calm API.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';

import { n8nCliOk, SANDBOX_API_KEY, type N8nInstance } from './n8n';
import type { BuiltNode } from './nodes';
import { manualWorkflow, SANDBOX_CREDENTIALS, to } from './workflow';

export const RETRY_WORKFLOW_ID = 'rAiE2eRetry00001';
const CHANNEL = '663347f4361726479c6'; // the demo data's text channel (test/sandbox/seed.ts)
const ADDED_CATEGORIES = 2000;
const MESSAGES = 30;
const LIST_EVERY = 7;
const SEND_EVERY = 10;
const text = (i: number) => `e2e retry ${i + 1}`;

/** Requests needed for `ok` answers when every `every`th request is refused once (each refusal costs one more). */
function expectedRequests(ok: number, every: number): number {
	let sent = 0;
	for (let done = 0; done < ok; ) if (++sent % every !== 0) done++;
	return sent;
}

function workflow(built: BuiltNode[]): Record<string, unknown> {
	const version = (name: string) => built.find((b) => b.description.name === name)?.latestVersion ?? 1;
	const credentials = SANDBOX_CREDENTIALS;
	return manualWorkflow({
		id: RETRY_WORKFLOW_ID,
		name: 'E2E: rate-limited Return All and per-item run',
		startId: 'r-start',
		nodes: [
			{
				id: 'r-list',
				name: 'All Categories',
				type: 'n8n-nodes-returning-ai.returningAiStore',
				typeVersion: version('returningAiStore'),
				position: [300, -160],
				parameters: { resource: 'category', operation: 'getAll', returnAll: true },
				credentials,
			},
			{
				id: 'r-texts',
				name: 'Texts',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [300, 160],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ texts: Array.from({ length: MESSAGES }, (_, i) => text(i)) }), options: {} },
			},
			{ id: 'r-split', name: 'One Text per Item', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [520, 160], parameters: { fieldToSplitOut: 'texts', options: {} } },
			{
				id: 'r-send',
				name: 'Send Message',
				type: 'n8n-nodes-returning-ai.returningAiMessaging',
				typeVersion: version('returningAiMessaging'),
				position: [740, 160],
				parameters: {
					resource: 'message',
					operation: 'send',
					channelType: 'text',
					channelId: { __rl: true, mode: 'id', value: CHANNEL },
					message: '={{ $json.texts }}',
					sender: 'e2e@example.com',
				},
				credentials,
			},
		],
		connections: {
			Start: to(['All Categories', 'Texts']),
			Texts: to('One Text per Item'),
			'One Text per Item': to('Send Message'),
		},
	});
}

interface RecordedRequest {
	method: string;
	path: string;
	routeId?: string;
	status?: number;
}

export async function checkRetry(options: {
	n8n: N8nInstance;
	built: BuiltNode[];
	dir: string;
	sandboxUrl: string;
	execute: (id: string) => Promise<{ code: number | null; run: any; output: string }>;
	pass: (message: string) => void;
	fail: (message: string) => void;
}): Promise<void> {
	const { n8n, built, dir, sandboxUrl, execute, pass, fail } = options;
	if (!['returningAiStore', 'returningAiMessaging'].every((n) => built.some((b) => b.description.name === n))) {
		console.log('  ! skipped: the Store and Messaging nodes are not both registered');
		return;
	}
	const control = async (path: string, body: unknown = {}) => {
		const res = await fetch(`${sandboxUrl}/__sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		if (!res.ok) throw new Error(`sandbox ${path}: HTTP ${res.status} ${await res.text()}`);
	};
	const api = async (path: string) => (await (await fetch(`${sandboxUrl}${path}`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } })).json()) as any;
	const requests = async () => (await (await fetch(`${sandboxUrl}/__sandbox/requests`)).json()) as RecordedRequest[];

	const file = join(dir, 'retry.json');
	writeFileSync(file, JSON.stringify(workflow(built), null, 2));
	await n8nCliOk(n8n, ['import:workflow', `--input=${file}`]);

	await control('seed', { route: 'categories.getMany', count: ADDED_CATEGORIES, template: { name: 'E2E Retry', isArchived: false } });
	const total = Number((await api('/v1/categories?skip=0&limit=1')).meta?.total);
	const messagesBefore = ((await api(`/v1/messages?channel_id=${CHANNEL}`)).data?.messages ?? []) as Array<{ message: string }>;
	const before = (await requests()).length;
	await control('faults', { route: 'categories.getMany', kind: 'status', status: 429, headers: { 'Retry-After': '1' }, every: LIST_EVERY });
	await control('faults', { route: 'messages.send', kind: 'status', status: 429, every: SEND_EVERY });
	let result: Awaited<ReturnType<typeof execute>>;
	try {
		result = await execute(RETRY_WORKFLOW_ID);
	} finally {
		await fetch(`${sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
	}
	const run = result.run;
	if (result.code !== 0 || !run) return fail(`n8n execute exited ${result.code}${run ? '' : ' without run data'}\n${result.output}`);
	const runData = run.data?.resultData?.runData ?? {};
	const nodeError = (name: string) => runData[name]?.[0]?.error;
	for (const name of ['All Categories', 'Send Message']) {
		if (nodeError(name)) fail(`${name}: ${nodeError(name).message} ${nodeError(name).description ?? ''}`);
	}
	if (run.status !== 'success') return fail(`execution status ${run.status}`);
	const sent = (await requests()).slice(before);

	// Return All: every category once, each refused page asked for again alone
	const listItems = (runData['All Categories']?.[0]?.data?.main?.[0] ?? []) as Array<{ json: { _id?: string } }>;
	const ids = listItems.map((i) => i.json._id);
	const pages = Math.ceil(total / 100);
	const listRequests = sent.filter((q) => q.routeId === 'categories.getMany');
	const refusedPages = listRequests.filter((q) => q.status === 429).length;
	if (ids.length !== total || new Set(ids).size !== total) fail(`Return All: ${ids.length} item(s), ${new Set(ids).size} unique, expected ${total}`);
	else if (listRequests.length !== expectedRequests(pages, LIST_EVERY)) fail(`Return All: ${listRequests.length} requests, expected ${expectedRequests(pages, LIST_EVERY)} (${pages} pages + every ${LIST_EVERY}th refused)`);
	else pass(`Return All: ${total} categories, each once, in ${listRequests.length} requests (${pages} pages, ${refusedPages} answered 429 with Retry-After: 1 and asked for again)`);

	// Per item: every message posted once
	const sendItems = (runData['Send Message']?.[0]?.data?.main?.[0] ?? []) as Array<{ json: { status?: string } }>;
	const sendRequests = sent.filter((q) => q.routeId === 'messages.send');
	const refusedSends = sendRequests.filter((q) => q.status === 429).length;
	const posted = (((await api(`/v1/messages?channel_id=${CHANNEL}`)).data?.messages ?? []) as Array<{ message: string }>).slice(messagesBefore.length).map((m) => m.message);
	const expected = Array.from({ length: MESSAGES }, (_, i) => text(i));
	const missing = expected.filter((t) => !posted.includes(t));
	const doubled = expected.filter((t) => posted.filter((p) => p === t).length > 1);
	if (sendItems.length !== MESSAGES || sendItems.some((i) => i.json.status !== 'success')) fail(`Send Message: ${sendItems.length} output item(s), expected ${MESSAGES} successes`);
	else if (posted.length !== MESSAGES || missing.length || doubled.length) fail(`Send Message: the sandbox holds ${posted.length} new message(s); missing ${missing.join(', ') || 'none'}; twice ${doubled.join(', ') || 'none'}`);
	else if (sendRequests.length !== expectedRequests(MESSAGES, SEND_EVERY)) fail(`Send Message: ${sendRequests.length} requests, expected ${expectedRequests(MESSAGES, SEND_EVERY)}`);
	else pass(`Send Message × ${MESSAGES}: each message posted exactly once, in ${sendRequests.length} requests (${refusedSends} answered 429 without Retry-After and sent again)`);
}
