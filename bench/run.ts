/* eslint-disable */
/**
 * `npm run bench`: the package's nodes against n8n's own nodes and a bare fetch loop, in a REAL n8n
 * (the runtime the e2e pins, test/e2e/runtime/) against the sandbox on 127.0.0.1.
 *
 *   1. Return All over 5,000 and 20,000 records (pages of 100): time and peak RSS.
 *   2. 1,000 input items -> one request per item, without and with n8n's Batching option.
 *   3. Events: 300 events (7 reps) to the Returning.AI Trigger vs plain JSON to n8n's Webhook node (events/s).
 *   4. Package cost: n8n start-up with and without the package, dist/ size, runtime dependencies.
 *
 * Variants: (A) our node, (B) n8n's HTTP Request node (same requests; its own pagination option),
 * (C) a bare `fetch` loop in plain Node. A/B/C alternate, in a rotating order, `--reps` times.
 * Timing: workflows start with a Webhook node on a running `n8n start`; the time of a variant is the
 * executionTime n8n records for the node(s) doing the work (read back through the public API), so
 * neither process start-up nor the HTTP call that starts the execution is counted.
 * Memory: summed VmRSS of n8n's process tree sampled every 50 ms, plus VmHWM after clear_refs.
 *
 * Flags: --quick (small sizes, 2 reps: checks the harness in ~3 min), --reps N, --only 1,2,3,4,
 *        --startup-reps N (scenario 4, default 5), --events N (scenario 3, default 300), --event-reps N (default: --reps, 7), --cpu-profile (scenario 3: a V8 CPU profile of n8n per burst, bench/cpuprofile.ts), --concurrency N (events in flight, default 8).
 * Environment: N8N_RUNTIME_DIR=<dir> to use an n8n runtime installed elsewhere (read-only).
 * Output: a table on stdout, JSON in bench/results/<timestamp>.json.
 */
import { cpus, freemem, loadavg, totalmem } from 'os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

import {
	prepareRun,
	CACHE,
	createApiKey,
	credentialFile,
	installPackage,
	n8nCliOk,
	n8nInstance,
	N8N_VERSION,
	NODE24,
	NODE_BIN_VERSION,
	PKG,
	publicApi,
	ROOT,
	RUNTIME_DIR,
	SANDBOX_API_KEY,
	SANDBOX_COMMUNITY_ID,
	setupOwner,
	startN8n,
	startSandbox,
	stopN8n,
	type N8nInstance,
} from '../test/e2e/lib/n8n';
import { loadBuiltNodes } from '../test/e2e/lib/nodes';
import { freePort, phase, printTimings, run, sleep, stopAll, stopAllOnSignals, type Started } from '../test/e2e/lib/proc';
import { delivery, directRequest, planTrigger, TRIGGER_WORKFLOW_ID, triggerWorkflow, type TriggerPlan } from '../test/e2e/lib/trigger';
import { cpuMs, treePids, watchMemory } from './lib/memory';
import { PATCHED_SUFFIX, writeMinimalNode, writePatchedRoutingNode } from './lib/patch';
import { BATCHING, BULK_PATH, bulkVariants, HEADER_AUTH_CREDENTIAL, LIST_SCENARIO, listVariants, PER_ITEM_SCENARIO, perItemFloorVariants, perItemVariants, webhookBaseline, withRetryOnFail, type NodeTypes, type Variant } from './lib/scenarios';
import { median, ratio, table } from './lib/stats';
import { spreadTables, type Run as ReportRun } from './lib/report';
import type { Workflow } from './lib/workflows';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? undefined : args[i + 1];
};
const QUICK = flag('quick');
const REPS = Number(value('reps') ?? (QUICK ? 2 : 7));
const LIST_REPS = Number(value('list-reps') ?? REPS);
const ONLY = new Set((value('only') ?? '1,2,3,4,5,6').split(',').map((s) => s.trim()));
const LIST_SIZES = QUICK ? [500, 2_000] : [5_000, 20_000];
const PER_ITEM_COUNT = QUICK ? 100 : 1_000;
/** Scenario 3: 300 events per burst, as many interleaved reps as --reps (7): 4 receivers × 7 bursts ≈ 8 min on an idle machine. */
const EVENTS = Number(value('events') ?? (QUICK ? 200 : 300));
const EVENT_REPS = Number(value('event-reps') ?? REPS);
const EVENT_CONCURRENCY = Number(value('concurrency') ?? 8);
const STARTUP_REPS = Number(value('startup-reps') ?? (QUICK ? 1 : 5));
/** Scenario 2's second case (n8n's Batching option) only with --batching. */
const PER_ITEM_BATCHING = flag('batching');
/** Scenario 3's receiver without credential only with --plain. */
const EVENT_PLAIN = flag('plain');
/** Scenario 3: a V8 CPU profile of n8n's main process per burst (bench/lib/preload.cjs), summed by bench/cpuprofile.ts. */
const CPU_PROFILE = flag('cpu-profile');
/** Where the profiles go (kept: the n8n work folder's counters are cleared at every start). */
const PROFILE_DIR = join(ROOT, 'bench/results', `profiles-${new Date().toISOString().replace(/[:.]/g, '-')}`);
const BULK_ITEMS = Number(value('bulk-items') ?? (QUICK ? 2_000 : 100_000));
const BULK_REPS = Number(value('bulk-reps') ?? (QUICK ? 1 : 3));
/** Ours from items through n8n's unpatched RoutingNode takes ~2 expression evaluations per input item: fewer reps. */
const BULK_A_REPS = Number(value('bulk-a-reps') ?? 1);
const LIMITED_RECORDS = Number(value('limited-records') ?? (QUICK ? 2_000 : 20_000));
const LIMITED_REPS = Number(value('limited-reps') ?? (QUICK ? 1 : 3));

/** BENCH_WORK_DIR: a separate work folder, so that a second bench (e.g. `--only 5`) can run next to one started earlier. */
const WORK = process.env.BENCH_WORK_DIR ? join(CACHE, process.env.BENCH_WORK_DIR) : join(CACHE, 'bench');
const RESULTS = join(ROOT, 'bench/results');

type VariantKey = 'A' | 'B' | 'C' | 'M' | 'AP' | 'MP' | 'AB' | 'BT';
/** What bench/lib/report.ts reads, plus the fields only this runner records. */
interface Run extends ReportRun {
	variant: VariantKey | EventKey;
	/** The HTTP call that started it (A/B), or the bare process's run. */
	wallMs?: number;
	rssBeforeMb?: number;
	hwmMb?: number;
}
const runs: Run[] = [];
const notes: string[] = [];

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
const rotate = <T>(list: T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]);

function machine(when: string) {
	const [l1, l5, l15] = loadavg();
	return {
		when,
		at: new Date().toISOString(),
		nproc: cpus().length,
		cpu: cpus()[0]?.model,
		memTotalMb: Math.round(totalmem() / 2 ** 20),
		memFreeMb: Math.round(freemem() / 2 ** 20),
		loadavg: [l1, l5, l15].map((x) => Math.round(x * 100) / 100),
	};
}

async function sandboxPost(url: string, path: string, body: unknown): Promise<any> {
	const res = await fetch(`${url}/__sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	if (!res.ok) throw new Error(`sandbox ${path}: HTTP ${res.status} ${await res.text()}`);
	return res.json();
}
async function sandboxCount(url: string): Promise<number> {
	return ((await (await fetch(`${url}/__sandbox/requests/count`)).json()) as { count: number }).count;
}

/** Every record ID of a skip/limit list in the sandbox. */
async function listIds(sandboxUrl: string, path: string): Promise<string[]> {
	const ids: string[] = [];
	for (let skip = 0; ; skip += 100) {
		const res = await fetch(`${sandboxUrl}${path}?skip=${skip}&limit=100`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
		const body = (await res.json()) as { data: Array<{ _id: string }>; meta: { total: number } };
		ids.push(...body.data.map((r) => r._id));
		if (!body.data.length || ids.length >= body.meta.total) return ids;
	}
}

class Bench {
	apiKey = '';
	private lastExecution = new Map<string, string | undefined>();
	constructor(
		readonly n8n: N8nInstance,
		readonly server: Started,
		readonly sandboxUrl: string,
		readonly countsDir?: string,
	) {}

	/** n8n's expression counters so far (bench/lib/preload.cjs writes them on SIGUSR2). */
	async counts(): Promise<{ total: number; isolates: number; byExpression: Record<string, number> } | undefined> {
		if (!this.countsDir) return undefined;
		const pid = this.server.child.pid!;
		const file = join(this.countsDir, `${pid}.json`);
		const sent = Date.now();
		process.kill(pid, 'SIGUSR2');
		for (let i = 0; i < 200; i++) {
			await sleep(10);
			try {
				const c = JSON.parse(readFileSync(file, 'utf8'));
				if (c.at >= sent) return c;
			} catch {
				/* not written yet */
			}
		}
		return undefined;
	}

	/** Public API call; retried while n8n answers 503 (under load its database check fails for a moment). */
	async api(method: string, path: string): Promise<any> {
		for (let attempt = 1; ; attempt++) {
			try {
				if (method === 'GET') return await publicApi(this.n8n, this.apiKey, path);
				const res = await fetch(`${this.n8n.url}/api/v1${path}`, { method, headers: { 'X-N8N-API-KEY': this.apiKey, accept: 'application/json' } });
				if (!res.ok) throw new Error(`${method} /api/v1${path}: HTTP ${res.status} ${await res.text()}`);
				return await res.json();
			} catch (error) {
				if (attempt >= 120 || !/HTTP 503|fetch failed/.test(String((error as Error).message))) throw error;
				this.retries++;
				await sleep(500);
			}
		}
	}
	retries = 0;
	/** The output items of the last runVariant (scenario 5 reads the job id from them). */
	lastOutput: any[] = [];

	/** POSTs to a webhook; retried while n8n answers 503 before starting anything. */
	async callWebhook(path: string, body: unknown): Promise<Response> {
		for (let attempt = 1; ; attempt++) {
			let res: Response;
			try {
				res = await fetch(`${this.n8n.url}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
			} catch (error) {
				// n8n busy saving a 100,000-item execution (SQLite) can drop a connection: try again
				if (attempt >= 10) throw error;
				this.retries++;
				await sleep(2000);
				continue;
			}
			if (res.status !== 503 || attempt >= 120) return res;
			await res.text();
			this.retries++;
			await sleep(500);
		}
	}

	async newestExecution(workflowId: string): Promise<any | undefined> {
		return ((await this.api('GET', `/executions?workflowId=${workflowId}&limit=1`)).data ?? [])[0];
	}

	async activate(workflow: Workflow): Promise<void> {
		await this.api('POST', `/workflows/${workflow.id}/activate`);
		this.lastExecution.set(workflow.id, (await this.newestExecution(workflow.id))?.id);
	}

	/** One execution of a webhook-started workflow; its timing and memory. */
	async runVariant(v: Variant, body: unknown, expectedItems: number, allowError = false): Promise<Omit<Run, 'scenario' | 'case' | 'variant' | 'rep'>> {
		const load1 = Math.round(loadavg()[0] * 100) / 100;
		const before = await sandboxCount(this.sandboxUrl);
		const c0 = await this.counts();
		const pids = treePids(this.server.child.pid!);
		const mem = watchMemory(this.server.child.pid!);
		const cpu0 = cpuMs(pids);
		const t0 = performance.now();
		const res = await this.callWebhook(v.webhookPath, body);
		await res.text();
		const wallMs = performance.now() - t0;
		const previous = this.lastExecution.get(v.workflow.id);
		let execution: any;
		// every 100 ms for a minute, then every second for up to 40 minutes (scenario 5's long runs)
		for (let i = 0; i < 600 + 2400; i++) {
			execution = await this.newestExecution(v.workflow.id);
			if (execution && execution.id !== previous && execution.stoppedAt) break;
			await sleep(i < 600 ? 100 : 1000);
		}
		const m = mem.stop();
		const cpu = cpuMs(pids) - cpu0;
		const c1 = await this.counts();
		if (!execution || execution.id === previous) throw new Error(`${v.workflow.name}: no execution after the webhook call (HTTP ${res.status})`);
		this.lastExecution.set(v.workflow.id, execution.id);
		const full = await this.api('GET', `/executions/${execution.id}?includeData=true`);
		const runData = full.data?.resultData?.runData ?? {};
		const error = full.data?.resultData?.error;
		if (!allowError && (full.status !== 'success' || error)) throw new Error(`${v.workflow.name}: execution ${execution.id} ${full.status}: ${error?.message ?? ''} ${error?.description ?? ''}`);
		const ms = v.timed.reduce((s, name) => s + (runData[name]?.reduce((t: number, r: any) => t + (r?.executionTime ?? 0), 0) ?? NaN), 0);
		const items = runData[v.output]?.[0]?.data?.main?.[0]?.length ?? 0;
		if (!allowError && items !== expectedItems) throw new Error(`${v.workflow.name}: output ${items} item(s), expected ${expectedItems}`);
		const byExpression: Record<string, number> = {};
		if (c0 && c1) for (const [k, n] of Object.entries(c1.byExpression)) if (n - (c0.byExpression[k] ?? 0)) byExpression[k] = n - (c0.byExpression[k] ?? 0);
		this.lastOutput = runData[v.output]?.[0]?.data?.main?.[0] ?? [];
		return {
			load1,
			cpuMs: cpu,
			...(c0 && c1 ? { evaluations: c1.total - c0.total, isolates: c1.isolates - c0.isolates, evaluationsByExpression: byExpression } : {}),
			status: full.status,
			...(error ? { error: String(error.message ?? '').slice(0, 300) } : {}),
			ms,
			execMs: new Date(full.stoppedAt).getTime() - new Date(full.startedAt).getTime(),
			wallMs,
			items,
			requests: (await sandboxCount(this.sandboxUrl)) - before,
			rssBeforeMb: mb(m.beforeKb),
			rssPeakMb: mb(m.peakKb),
			rssGrowthMb: mb(m.peakKb - m.beforeKb),
			hwmMb: m.resetOk ? mb(m.hwmKb) : undefined,
		};
	}

	/** The bare loop (C) in its own Node process (the same Node binary as n8n). */
	async runBare(job: Record<string, unknown>, expectedItems: number): Promise<Omit<Run, 'scenario' | 'case' | 'variant' | 'rep'>> {
		const file = join(WORK, 'bare-job.json');
		writeFileSync(file, JSON.stringify({ baseUrl: this.sandboxUrl, apiKey: SANDBOX_API_KEY, ...job }));
		const before = await sandboxCount(this.sandboxUrl);
		const t0 = performance.now();
		const r = await run(NODE24, [join(ROOT, 'bench/bare/loop.mjs'), file], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: undefined } });
		const wallMs = performance.now() - t0;
		if (r.code !== 0) throw new Error(`bare loop failed (exit ${r.code}): ${r.stderr}`);
		const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; items: number; requests: number; maxRssKb: number };
		if (out.items !== expectedItems) throw new Error(`bare loop: ${out.items} item(s), expected ${expectedItems}`);
		return { ms: out.ms, wallMs, items: out.items, requests: (await sandboxCount(this.sandboxUrl)) - before, rssPeakMb: mb(out.maxRssKb) };
	}
}

async function scenarioList(b: Bench, types: NodeTypes): Promise<void> {
	const s = LIST_SCENARIO;
	const { A, B } = listVariants(s, types, b.sandboxUrl);
	for (const size of LIST_SIZES) {
		const done = phase(`Scenario 1: ${s.label}, ${size.toLocaleString('en')} records (pages of ${s.pageSize}), ${LIST_REPS} reps`);
		await sandboxPost(b.sandboxUrl, 'reset', {});
		await sandboxPost(b.sandboxUrl, 'seed', { route: s.seedRoute, count: size, template: s.template });
		const pages = Math.ceil(size / s.pageSize);
		for (let rep = 0; rep < LIST_REPS; rep++) {
			for (const key of rotate<VariantKey>(['A', 'B', 'C'], rep)) {
				const r =
					key === 'C'
						? await b.runBare({ mode: 'pages', path: s.path, pageSize: s.pageSize }, size)
						: await b.runVariant(key === 'A' ? A : B, {}, size);
				if (r.requests !== pages) notes.push(`scenario 1 ${size} ${key} rep ${rep + 1}: ${r.requests} requests, expected ${pages}`);
				runs.push({ scenario: '1', case: `${size} records`, variant: key, rep: rep + 1, ...r });
				console.log(`  rep ${rep + 1} ${key}: ${r.ms.toFixed(0)} ms, ${r.requests} requests, peak RSS ${r.rssPeakMb} MB (+${r.rssGrowthMb ?? '-'} MB)`);
			}
		}
		done();
	}
}

/** Scenario 2's variants in one rep's rotation: ours, HTTP Request, bare loop, minimal declarative node, and ours / minimal under the patched RoutingNode. */
const PER_ITEM_KEYS: VariantKey[] = ['A', 'B', 'M', 'AP', 'MP', 'C'];

async function scenarioPerItem(b: Bench, types: NodeTypes, floor: { M: Variant; AP: Variant; MP: Variant } | undefined): Promise<void> {
	const s = PER_ITEM_SCENARIO;
	await sandboxPost(b.sandboxUrl, 'reset', {});
	await sandboxPost(b.sandboxUrl, 'seed', { route: s.seedRoute, count: PER_ITEM_COUNT });
	const ids = await listIds(b.sandboxUrl, s.listPath);
	if (ids.length !== PER_ITEM_COUNT) throw new Error(`seeded ${PER_ITEM_COUNT} records, listed ${ids.length}`);
	const body = { items: ids.map((id) => ({ id })) };
	for (const batching of PER_ITEM_BATCHING ? [false, true] : [false]) {
		const { A, B } = perItemVariants(s, types, b.sandboxUrl, batching);
		const variants: Partial<Record<VariantKey, Variant>> = { A, B, ...(batching || !floor ? {} : floor) };
		const keys = PER_ITEM_KEYS.filter((k) => k === 'C' || variants[k]);
		const label = `${PER_ITEM_COUNT} items${batching ? `, Batching ${BATCHING.batchSize}/${BATCHING.batchInterval} ms` : ''}`;
		const done = phase(`Scenario 2: ${s.label}, ${label}, ${REPS} reps of ${keys.join(' ')}`);
		for (let rep = 0; rep < REPS; rep++) {
			for (const key of rotate<VariantKey>(keys, rep)) {
				const r =
					key === 'C'
						? await b.runBare({ mode: 'perItem', method: s.method, path: s.path, ids, body: s.body, ...(batching ? { batch: { size: BATCHING.batchSize, intervalMs: BATCHING.batchInterval } } : {}) }, PER_ITEM_COUNT)
						: await b.runVariant(variants[key]!, body, PER_ITEM_COUNT);
				if (r.requests !== PER_ITEM_COUNT) notes.push(`scenario 2 ${label} ${key} rep ${rep + 1}: ${r.requests} requests, expected ${PER_ITEM_COUNT}`);
				runs.push({ scenario: '2', case: label, variant: key, rep: rep + 1, ...r });
				console.log(`  rep ${rep + 1} ${key}: ${r.ms.toFixed(0)} ms, CPU ${r.cpuMs ?? '-'} ms, ${r.evaluations !== undefined ? `${(r.evaluations / PER_ITEM_COUNT).toFixed(2)} evaluations/item, ` : ''}${r.requests} requests, load ${r.load1 ?? '-'}`);
			}
		}
		done();
	}
}

/** Scenario 5: Bulk Operations › Update Users From CSV from BULK_ITEMS items / a CSV binary vs Convert to File + HTTP Request. */
async function scenarioBulk(b: Bench, types: NodeTypes): Promise<void> {
	const v = bulkVariants(types, b.sandboxUrl, PATCHED_SUFFIX);
	const items = Array.from({ length: BULK_ITEMS }, (_, i) => ({ email: `member${i}@example.com`, xp_op: 'add', xp: (i % 997) + 1 }));
	const body = { items };
	const csvBytes = Buffer.byteLength(['email,xp_op,xp', ...items.map((r) => `${r.email},${r.xp_op},${r.xp}`)].join('\n'));
	const label = `${BULK_ITEMS.toLocaleString('en')} rows`;
	const done = phase(`Scenario 5: Bulk update users, ${label} (CSV ${(csvBytes / 2 ** 20).toFixed(2)} MiB), ${BULK_REPS} reps of AP (items, patched RoutingNode) AB (binary) B (Convert to File + HTTP Request), ${BULK_A_REPS} of A (items)`);
	for (let rep = 0; rep < BULK_REPS; rep++) {
		for (const key of rotate<VariantKey>(['A', 'AP', 'AB', 'B'], rep).filter((k) => k !== 'A' || rep < BULK_A_REPS)) {
			await sandboxPost(b.sandboxUrl, 'reset', {});
			const r = await b.runVariant(v[key as 'A' | 'AP' | 'AB' | 'B'], body, 1);
			// the sandbox parsed and checked every row of the upload; the job's status says how many it took
			const out = b.lastOutput[0]?.json ?? {};
			const jobId = out.jobId ?? out.data?.jobId;
			if (!jobId) throw new Error(`scenario 5 ${key}: no jobId in the output ${JSON.stringify(out).slice(0, 200)}`);
			let status: any;
			for (let i = 0; i < 5 && !['completed', 'failed'].includes(status?.status); i++) {
				const res = await fetch(`${b.sandboxUrl}${BULK_PATH}/${jobId}/status`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
				status = ((await res.json()) as any).data;
			}
			if (status?.status !== 'completed' || status.totalRows !== BULK_ITEMS || status.failedRows !== 0) throw new Error(`scenario 5 ${key}: job ${jobId} ${JSON.stringify(status)}`);
			runs.push({ scenario: '5', case: label, variant: key, rep: rep + 1, ...r, inputs: BULK_ITEMS });
			console.log(`  rep ${rep + 1} ${key}: ${r.ms.toFixed(0)} ms (exec ${r.execMs} ms), CPU ${r.cpuMs} ms, ${r.requests} request(s), job ${status.status} ${status.totalRows} rows / ${status.failedRows} failed, peak RSS ${r.rssPeakMb} MB (+${r.rssGrowthMb} MB), load ${r.load1}`);
		}
	}
	notes.push(`scenario 5: CSV of ${BULK_ITEMS} rows = ${(csvBytes / 2 ** 20).toFixed(2)} MiB`);
	done();
}

/** Scenario 6 (issue 15): Return All over LIMITED_RECORDS with every 10th request answered 429 (Retry-After: 1). */
async function scenarioRateLimited(b: Bench, types: NodeTypes): Promise<void> {
	const s = LIST_SCENARIO;
	const { A, B } = listVariants(s, types, b.sandboxUrl);
	// B: a status-aware Complete When, so that the 429 fails the node and Retry On Fail reruns it; BT: scenario 1's
	const variants: Record<string, Variant> = { A, B: withRetryOnFail(B, 'HTTP Request', true), BT: withRetryOnFail(B, 'HTTP Request') };
	const label = `${LIMITED_RECORDS.toLocaleString('en')} records, every 10th request 429`;
	const done = phase(`Scenario 6: ${s.label}, ${label}, ${LIMITED_REPS} reps of A and B (HTTP Request + Retry On Fail 5 × 5 s)`);
	await sandboxPost(b.sandboxUrl, 'reset', {});
	await sandboxPost(b.sandboxUrl, 'seed', { route: s.seedRoute, count: LIMITED_RECORDS, template: s.template });
	for (let rep = 0; rep < LIMITED_REPS; rep++) {
		for (const key of rotate<VariantKey>(['A', 'B', 'BT'], rep)) {
			await fetch(`${b.sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
			await sandboxPost(b.sandboxUrl, 'faults', { route: s.seedRoute, kind: 'status', status: 429, headers: { 'retry-after': '1' }, every: 10, times: 'Infinity' });
			const r = await b.runVariant(variants[key], {}, LIMITED_RECORDS, true);
			await fetch(`${b.sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
			const ids = b.lastOutput.map((i: any) => i.json?._id);
			const unique = new Set(ids).size;
			runs.push({ scenario: '6', case: label, variant: key, rep: rep + 1, ...r });
			console.log(`  rep ${rep + 1} ${key}: ${r.status}, ${r.items} records out (${unique} unique), ${r.requests} requests, ${r.ms.toFixed(0)} ms (exec ${r.execMs} ms), CPU ${r.cpuMs} ms${r.error ? `; error: ${r.error.slice(0, 120)}` : ''}`);
		}
	}
	done();
}

/** Sends `count` requests with `concurrency` in flight; the executions' last stoppedAt ends the clock. */
async function burst(b: Bench, workflowId: string, url: string, init: () => RequestInit, count: number, profileLabel?: string): Promise<{ eventsPerSec: number; acceptMs: number; totalMs: number; executions: number; failed: number; mem: ReturnType<ReturnType<typeof watchMemory>['stop']>; cpuMs: number; evaluations?: number; isolates?: number }> {
	const previous = Number((await b.newestExecution(workflowId))?.id ?? 0);
	const pids = treePids(b.server.child.pid!);
	const labelFile = b.countsDir && profileLabel ? join(b.countsDir, 'profile-label') : undefined;
	if (labelFile) writeFileSync(labelFile, profileLabel!);
	const c0 = await b.counts();
	const mem = watchMemory(b.server.child.pid!);
	const cpu0 = cpuMs(pids);
	const t0 = Date.now();
	let next = 0;
	let failed = 0;
	await Promise.all(
		Array.from({ length: EVENT_CONCURRENCY }, async () => {
			while (next < count) {
				next++;
				const res = await fetch(url, init());
				await res.text();
				if (res.status !== 200) failed++;
			}
		}),
	);
	const acceptMs = Date.now() - t0;
	let mine: any[] = [];
	for (let i = 0; i < 600; i++) {
		mine = [];
		let cursor: string | undefined;
		do {
			const page = await b.api('GET', `/executions?workflowId=${workflowId}&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
			const data = (page.data ?? []) as any[];
			mine.push(...data.filter((e) => Number(e.id) > previous));
			cursor = data.length && Number(data[data.length - 1].id) > previous ? page.nextCursor : undefined;
		} while (cursor);
		if (mine.length >= count - failed && mine.every((e) => e.stoppedAt)) break;
		await sleep(500);
	}
	const m = mem.stop();
	const cpu = cpuMs(pids) - cpu0;
	if (labelFile) rmSync(labelFile, { force: true });
	const c1 = await b.counts();
	if (labelFile) {
		const out = join(PROFILE_DIR, `${profileLabel}.cpuprofile`);
		for (let i = 0; i < 300 && !existsSync(out); i++) await sleep(100);
		console.log(`  CPU profile: ${out}`);
	}
	const end = Math.max(...mine.map((e) => new Date(e.stoppedAt).getTime()));
	const totalMs = end - t0;
	return { eventsPerSec: (mine.length / totalMs) * 1000, acceptMs, totalMs, executions: mine.length, failed, mem: m, cpuMs: cpu, evaluations: c0 && c1 ? c1.total - c0.total : undefined, isolates: c0 && c1 ? c1.isolates - c0.isolates : undefined };
}

/** One way of receiving scenario 3's events: a published workflow, its URL and the request to send. */
interface EventVariant {
	key: EventKey;
	label: string;
	workflowId: string;
	url: string;
	init: () => RequestInit;
}
type EventKey = 'webhook' | 'webhookAuth' | 'ours' | 'oursV1' | 'oursPlain';
const EVENT_LABELS: Record<EventKey, string> = {
	webhook: "n8n's Webhook node, plain JSON (the target's baseline)",
	webhookAuth: "n8n's Webhook node with Header Auth (credential checked per request)",
	ours: 'Returning.AI Trigger 1.1 (n8n parses the body), webhook token + AES-256-GCM',
	oursV1: 'Returning.AI Trigger 1 (the default: Accept Any Content Type), webhook token + AES-256-GCM',
	oursPlain: 'Returning.AI Trigger without credential, plain JSON',
};

/** The second copy of the trigger: no credential, plain JSON (separates n8n's credential cost from ours). */
const PLAIN_TRIGGER = { id: 'rAiBenchTrigPln1', webhookId: '0e2e0e2e-5f0e-4a43-9a51-0c0ffee0b3a1', name: 'Bench: Returning.AI Trigger without credential' };
/** The trigger at node version 1 (n8n treats version-1 start nodes like its legacy Webhook node v1). */
const V1_TRIGGER = { id: 'rAiBenchTrigV1x1', webhookId: '0e2e0e2e-5f0e-4a43-9a51-0c0ffee0b3a2', name: 'Bench: Returning.AI Trigger v1', typeVersion: 1 };
function plainPlan(plan: TriggerPlan): TriggerPlan {
	return { ...plan, auth: {}, credential: undefined };
}

function eventVariants(b: Bench, baseline: Variant, authBaseline: Variant, plan: TriggerPlan | undefined): EventVariant[] {
	const PURCHASE_EVENT = { event: 'purchasedStoreItem', data: { orderID: 'ORD2026112800B01', email: 'ada@example.com', product: { name: 'Gold Voucher', price: 120 }, quantity: 1 } };
	const json = (extra: Record<string, string> = {}) => () => ({ method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: JSON.stringify(PURCHASE_EVENT) });
	const list: EventVariant[] = [
		{ key: 'webhook', label: EVENT_LABELS.webhook, workflowId: baseline.workflow.id, url: `${b.n8n.url}/webhook/${baseline.webhookPath}`, init: json() },
		{ key: 'webhookAuth', label: EVENT_LABELS.webhookAuth, workflowId: authBaseline.workflow.id, url: `${b.n8n.url}/webhook/${authBaseline.webhookPath}`, init: json({ [HEADER_AUTH_CREDENTIAL.data.name]: HEADER_AUTH_CREDENTIAL.data.value }) },
	];
	if (plan) {
		const d = delivery(plan, b.n8n.url, 'none');
		list.push({ key: 'ours', label: EVENT_LABELS.ours, workflowId: TRIGGER_WORKFLOW_ID, url: d.url, init: () => directRequest(delivery(plan, b.n8n.url, 'none')) });
		if (plan.node.versions.includes(1) && plan.node.latestVersion !== 1) {
			const v1 = delivery(plan, b.n8n.url, 'none', V1_TRIGGER.webhookId);
			list.push({ key: 'oursV1', label: EVENT_LABELS.oursV1, workflowId: V1_TRIGGER.id, url: v1.url, init: () => directRequest(delivery(plan, b.n8n.url, 'none', V1_TRIGGER.webhookId)) });
		}
		if (EVENT_PLAIN) {
			const plain = plainPlan(plan);
			const p = delivery(plain, b.n8n.url, 'none', PLAIN_TRIGGER.webhookId);
			list.push({ key: 'oursPlain', label: EVENT_LABELS.oursPlain, workflowId: PLAIN_TRIGGER.id, url: p.url, init: () => directRequest(p) });
		}
	}
	return list;
}

async function scenarioEvents(b: Bench, variants: EventVariant[]): Promise<void> {
	const done = phase(`Scenario 3: ${EVENTS.toLocaleString('en')} events, ${EVENT_CONCURRENCY} in flight, ${EVENT_REPS} rep(s), ${variants.length} receivers`);
	for (let rep = 0; rep < EVENT_REPS; rep++) {
		for (const v of rotate(variants, rep)) {
			const load1 = Math.round(loadavg()[0] * 100) / 100;
			const r = await burst(b, v.workflowId, v.url, v.init, EVENTS, CPU_PROFILE ? `${v.key}-rep${rep + 1}` : undefined);
			if (r.failed) notes.push(`scenario 3 ${v.key} rep ${rep + 1}: ${r.failed} event(s) not answered with HTTP 200`);
			if (r.executions !== EVENTS) notes.push(`scenario 3 ${v.key} rep ${rep + 1}: ${r.executions} executions for ${EVENTS} events`);
			runs.push({
				scenario: '3',
				case: `${EVENTS} events`,
				variant: v.key,
				rep: rep + 1,
				ms: r.totalMs,
				wallMs: r.acceptMs,
				items: r.executions,
				requests: EVENTS,
				eventsPerSec: r.eventsPerSec,
				load1,
				cpuMs: r.cpuMs,
				evaluations: r.evaluations,
				isolates: r.isolates,
				rssBeforeMb: mb(r.mem.beforeKb),
				rssPeakMb: mb(r.mem.peakKb),
				rssGrowthMb: mb(r.mem.peakKb - r.mem.beforeKb),
			});
			console.log(`  rep ${rep + 1} ${v.key}: ${r.eventsPerSec.toFixed(1)} events/s end to end (${r.executions} executions in ${r.totalMs} ms; all answered after ${r.acceptMs} ms), CPU ${(r.cpuMs / EVENTS).toFixed(1)} ms/event, ${r.evaluations !== undefined ? `${(r.evaluations / EVENTS).toFixed(2)} evaluations and ${((r.isolates ?? 0) / EVENTS).toFixed(2)} isolates per event, ` : ''}peak RSS ${mb(r.mem.peakKb)} MB, load ${load1}`);
		}
	}
	if (!variants.some((v) => v.key === 'ours')) console.log('  ours: skipped: trigger not present (no returningAiTrigger in package.json n8n.nodes)');
	done();
}

function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) {
			const s = dirSize(p);
			bytes += s.bytes;
			files += s.files;
		} else {
			bytes += statSync(p).size;
			files++;
		}
	}
	return { bytes, files };
}

/** n8n start-up (spawn -> /healthz/readiness, polled every 50 ms), alternating homes with and without the package. */
async function scenarioStartup(tarball: string): Promise<Record<string, unknown>> {
	const done = phase(`Scenario 4: n8n start-up with and without the package, ${STARTUP_REPS} rep(s) each after a warm-up`);
	const homes = { without: join(WORK, 'home-startup-without'), with: join(WORK, 'home-startup-with') };
	const instances: Record<'with' | 'without', N8nInstance> = {
		without: n8nInstance(homes.without, await freePort(), { brokerPort: await freePort(), logLevel: 'warn' }),
		with: n8nInstance(homes.with, await freePort(), { brokerPort: await freePort(), logLevel: 'warn' }),
	};
	for (const i of Object.values(instances)) mkdirSync(i.home, { recursive: true });
	await installPackage(instances.with, tarball);
	const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
	/** with − without within each rep (the two starts of a rep follow each other, so they share the machine's load). */
	const pairs: number[] = [];
	const startOnce = async (k: 'with' | 'without') => {
		const t0 = performance.now();
		const proc = await startN8n(instances[k], join(WORK, `n8n-startup-${k}.log`), undefined, 50);
		const ms = performance.now() - t0;
		await stopN8n(proc);
		return ms;
	};
	for (const k of ['without', 'with'] as const) console.log(`  warm-up (first start: database migrations) ${k}: ${(await startOnce(k)).toFixed(0)} ms`);
	for (let rep = 0; rep < STARTUP_REPS; rep++) {
		for (const k of rotate<'with' | 'without'>(['without', 'with'], rep)) {
			const ms = await startOnce(k);
			times[k].push(ms);
			runs.push({ scenario: '4', case: 'start-up', variant: k === 'with' ? 'A' : 'B', rep: rep + 1, ms, items: 0, requests: 0 });
			console.log(`  rep ${rep + 1} ${k} the package: ${ms.toFixed(0)} ms to /healthz/readiness`);
		}
		pairs.push(times.with[rep] - times.without[rep]);
	}
	// The package's own share, without the noise of whole start-ups: n8n's loader on the installed package
	// in fresh processes (n8n-core, which n8n has loaded anyway, is timed apart and not counted).
	const loads: Array<{ coreMs: number; loadMs: number; nodes: number; credentials: number }> = [];
	const installedDir = join(instances.with.home, '.n8n/nodes/node_modules', PKG.name);
	for (let rep = 0; rep < Math.max(STARTUP_REPS, 5); rep++) {
		const r = await run(NODE24, [join(ROOT, 'bench/bare/load.cjs'), join(RUNTIME_DIR, 'node_modules'), installedDir], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: undefined } });
		if (r.code !== 0) throw new Error(`bench/bare/load.cjs failed (exit ${r.code}): ${r.stderr}`);
		loads.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
	}
	const loadMs = loads.map((l) => l.loadMs);
	console.log(`  n8n's loader on the installed package (${loads[0].nodes} nodes, ${loads[0].credentials} credential), ${loads.length} fresh processes: median ${median(loadMs).toFixed(0)} ms (${Math.min(...loadMs).toFixed(0)}–${Math.max(...loadMs).toFixed(0)} ms); n8n-core itself took ${median(loads.map((l) => l.coreMs)).toFixed(0)} ms to load`);
	done();
	return { withMs: times.with, withoutMs: times.without, medianWithMs: median(times.with), medianWithoutMs: median(times.without), deltaMs: median(times.with) - median(times.without), pairedDeltasMs: pairs, medianPairedDeltaMs: median(pairs), packageLoadMs: loadMs, medianPackageLoadMs: median(loadMs), medianN8nCoreLoadMs: median(loads.map((l) => l.coreMs)) };
}

async function main(): Promise<void> {
	stopAllOnSignals();
	console.log(`Bench: ${PKG.name}@${PKG.version} in n8n ${N8N_VERSION} (Node ${NODE_BIN_VERSION})${QUICK ? ' [--quick]' : ''}`);
	const machineStart = machine('start');
	console.log(`Machine: ${machineStart.nproc} CPU(s) (${machineStart.cpu}), ${machineStart.memTotalMb} MB, load average ${machineStart.loadavg.join(' ')} (shared machine: compare ratios from the same run)`);
	const expressionEnv = Object.entries(process.env).filter(([k]) => k.startsWith('N8N_EXPRESSION'));
	if (expressionEnv.length) console.log(`n8n expression settings passed on: ${expressionEnv.map(([k, v]) => `${k}=${v}`).join(' ')}`);

	const { tarball } = await prepareRun(WORK);
	const built = loadBuiltNodes();
	const types: NodeTypes = Object.fromEntries(built.map((n) => [n.description.name, { type: n.type, version: n.latestVersion }]));
	const pkgJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const dist = dirSize(join(ROOT, 'dist'));
	const packageCost: Record<string, unknown> = {
		distBytes: dist.bytes,
		distFiles: dist.files,
		tarballBytes: statSync(tarball).size,
		runtimeDependencies: Object.keys(pkgJson.dependencies ?? {}),
		nodes: built.map((n) => n.description.name),
	};
	console.log(`  dist/: ${(dist.bytes / 1024).toFixed(0)} KiB in ${dist.files} files; tarball ${(statSync(tarball).size / 1024).toFixed(0)} KiB; runtime dependencies: ${(packageCost.runtimeDependencies as string[]).length}`);

	let done = phase('Sandbox, n8n home with the package, credential and workflows');
	const sandbox = await startSandbox(await freePort(), join(WORK, 'sandbox.log'));
	const n8n = n8nInstance(join(WORK, 'home'), await freePort(), { brokerPort: await freePort(), logLevel: 'warn' });
	await installPackage(n8n, tarball);
	// Bench only: expression counters and the patched RoutingNode (bench/lib/preload.cjs, bench/lib/patch.ts),
	// and the minimal declarative node as a custom extension, with the package's own request defaults.
	const runtimeModules = join(RUNTIME_DIR, 'node_modules');
	const countsDir = join(WORK, 'counts');
	rmSync(countsDir, { recursive: true, force: true });
	const patchedFile = writePatchedRoutingNode(runtimeModules);
	const shared = require(join(ROOT, 'dist/nodes/shared/description.js'));
	const customDir = join(WORK, 'custom');
	const minimalType = writeMinimalNode(customDir, shared.REQUEST_DEFAULTS, shared.CREDENTIALS);
	Object.assign(n8n.env, {
		NODE_OPTIONS: `--require ${join(ROOT, 'bench/lib/preload.cjs')}`,
		BENCH_RUNTIME_MODULES: runtimeModules,
		BENCH_COUNTS_DIR: countsDir,
		BENCH_PATCHED_ROUTING_NODE: patchedFile,
		N8N_CUSTOM_EXTENSIONS: customDir,
		...(CPU_PROFILE ? { BENCH_CPU_PROFILE: PROFILE_DIR } : {}),
	});
	console.log(`  patched RoutingNode (bench only): ${patchedFile}; minimal declarative node: ${minimalType}`);
	const installed = readdirSync(join(n8n.home, '.n8n/nodes/node_modules')).filter((d) => !d.startsWith('.') && d !== PKG.name);
	packageCost.installedAlongside = installed;
	console.log(`  packages npm installed with it: ${installed.length ? installed.join(', ') : 'none'}`);

	const trigger = built.find((n) => n.description.name === 'returningAiTrigger');
	const triggerPlan = trigger ? planTrigger(trigger, { apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url, communityId: SANDBOX_COMMUNITY_ID }) : undefined;
	const creds = credentialFile(WORK, sandbox.url);
	writeFileSync(creds, JSON.stringify([...JSON.parse(readFileSync(creds, 'utf8')), HEADER_AUTH_CREDENTIAL, ...(triggerPlan?.credential ? [triggerPlan.credential] : [])], null, 2));
	await n8nCliOk(n8n, ['import:credentials', `--input=${creds}`]);

	const list = listVariants(LIST_SCENARIO, types, sandbox.url);
	const perItem = perItemVariants(PER_ITEM_SCENARIO, types, sandbox.url, false);
	const perItemBatch = perItemVariants(PER_ITEM_SCENARIO, types, sandbox.url, true);
	const floor = perItemFloorVariants(PER_ITEM_SCENARIO, types, minimalType, PATCHED_SUFFIX);
	const bulk = bulkVariants(types, sandbox.url, PATCHED_SUFFIX);
	const limitedB = withRetryOnFail(list.B, 'HTTP Request');
	const limitedBS = withRetryOnFail(list.B, 'HTTP Request', true);
	const baseline = webhookBaseline();
	const authBaseline = webhookBaseline(true);
	const workflows: Workflow[] = [list.A, list.B, perItem.A, perItem.B, perItemBatch.A, perItemBatch.B, floor.M, floor.AP, floor.MP, bulk.A, bulk.AP, bulk.AB, bulk.B, limitedB, limitedBS, baseline, authBaseline].map((v) => v.workflow);
	if (triggerPlan) workflows.push(triggerWorkflow(triggerPlan) as unknown as Workflow, triggerWorkflow(plainPlan(triggerPlan), PLAIN_TRIGGER) as unknown as Workflow);
	if (triggerPlan && triggerPlan.node.versions.includes(1) && triggerPlan.node.latestVersion !== 1) workflows.push(triggerWorkflow(triggerPlan, V1_TRIGGER) as unknown as Workflow);
	const wfDir = join(WORK, 'workflows');
	mkdirSync(wfDir, { recursive: true });
	for (const wf of workflows) writeFileSync(join(wfDir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
	await n8nCliOk(n8n, ['import:workflow', '--separate', `--input=${wfDir}`]);
	done();

	done = phase('Start n8n, owner, API key, activate the workflows');
	const server = await startN8n(n8n, join(WORK, 'n8n.log'));
	const { cookie } = await setupOwner(n8n, { email: 'bench@example.com', password: 'Bench-Password-2026', firstName: 'Bench', lastName: 'Owner' });
	if (!cookie) throw new Error('owner setup returned no session cookie');
	const b = new Bench(n8n, server, sandbox.url, countsDir);
	if (!(await b.counts())) notes.push('expression counters (bench/lib/preload.cjs) did not answer: no evaluation counts in this run');
	b.apiKey = await createApiKey(n8n, cookie, ['execution:read', 'execution:list', 'workflow:read', 'workflow:list', 'workflow:activate']);
	for (const wf of workflows) await b.activate(wf);
	console.log(`  ${workflows.length} workflows active on ${n8n.url}`);
	done();

	// A scenario that fails is reported and the others still run; the raw runs are saved after each one.
	const attempt = async (name: string, fn: () => Promise<void>) => {
		try {
			await fn();
		} catch (error) {
			console.log(`\n✗ ${name} failed: ${(error as Error).stack ?? error}`);
			notes.push(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
		}
		mkdirSync(RESULTS, { recursive: true });
		writeFileSync(join(RESULTS, 'partial.json'), JSON.stringify({ packageCost, notes, runs }, null, 2));
	};
	if (ONLY.has('1')) await attempt('scenario 1', () => scenarioList(b, types));
	if (ONLY.has('2')) await attempt('scenario 2', () => scenarioPerItem(b, types, floor));
	if (ONLY.has('6')) await attempt('scenario 6', () => scenarioRateLimited(b, types));
	if (ONLY.has('3')) await attempt('scenario 3', () => scenarioEvents(b, eventVariants(b, baseline, authBaseline, triggerPlan)));
	if (ONLY.has('5')) await attempt('scenario 5', () => scenarioBulk(b, types));

	done = phase('Stop the benchmark n8n');
	await stopN8n(server);
	done();
	if (ONLY.has('4')) await attempt('scenario 4', async () => void (packageCost.startup = await scenarioStartup(tarball)));
	await stopAll();
	const machineEnd = machine('end');

	// Summary
	const summary: any[] = [];
	const cases = [...new Set(runs.filter((r) => r.scenario !== '4').map((r) => `${r.scenario}|${r.case}`))];
	for (const c of cases) {
		const [scenario, name] = c.split('|');
		const of = (v: string) => runs.filter((r) => r.scenario === scenario && r.case === name && r.variant === v);
		const med = (v: string, k: keyof Run) => median(of(v).map((r) => r[k] as number).filter((x) => typeof x === 'number' && Number.isFinite(x)));
		if (scenario === '3') {
			const perSec = (v: EventKey) => (of(v).length ? med(v, 'eventsPerSec') : undefined);
			const base = perSec('webhook');
			summary.push({
				scenario,
				case: name,
				receivers: (Object.keys(EVENT_LABELS) as EventKey[])
					.filter((k) => of(k).length)
					.map((k) => ({ key: k, label: EVENT_LABELS[k], eventsPerSec: perSec(k), vsWebhook: ratio(perSec(k)!, base!), peakRssMb: med(k, 'rssPeakMb') })),
				oursVsWebhook: of('ours').length ? ratio(perSec('ours')!, base!) : 'skipped: trigger not present',
				oursVsWebhookAuth: of('ours').length && of('webhookAuth').length ? ratio(perSec('ours')!, perSec('webhookAuth')!) : undefined,
				oursPlainVsWebhook: of('oursPlain').length ? ratio(perSec('oursPlain')!, base!) : undefined,
			});
			continue;
		}
		summary.push({
			scenario,
			case: name,
			msA: med('A', 'ms'),
			msB: med('B', 'ms'),
			msC: med('C', 'ms'),
			aOverB: ratio(med('A', 'ms'), med('B', 'ms')),
			aOverC: ratio(med('A', 'ms'), med('C', 'ms')),
			execMsA: med('A', 'execMs'),
			execMsB: med('B', 'execMs'),
			peakRssMbA: med('A', 'rssPeakMb'),
			peakRssMbB: med('B', 'rssPeakMb'),
			peakRssMbC: med('C', 'rssPeakMb'),
			growthMbA: med('A', 'rssGrowthMb'),
			growthMbB: med('B', 'rssGrowthMb'),
		});
	}

	console.log(`\nResults (medians of ${REPS} alternating reps; ms = node executionTime for A/B, loop time for C)`);
	console.log(
		table(
			['Scenario', 'Case', 'A ours ms', 'B HTTP Req ms', 'C bare ms', 'A÷B', 'A÷C', 'A exec ms', 'B exec ms', 'A peak RSS', 'B peak RSS', 'C peak RSS', 'A RSS growth', 'B RSS growth'],
			summary.filter((s) => s.scenario !== '3').map((s) => [s.scenario, s.case, s.msA, s.msB, s.msC, s.aOverB, s.aOverC, s.execMsA, s.execMsB, s.peakRssMbA, s.peakRssMbB, s.peakRssMbC, s.growthMbA, s.growthMbB]),
		),
	);
	for (const s of summary.filter((x) => x.scenario === '3')) {
		console.log(`\nScenario 3 (${s.case}, ${EVENT_CONCURRENCY} in flight; medians of ${EVENT_REPS} rep(s)):`);
		console.log(table(['Receiver', 'events/s', '÷ Webhook node', 'peak RSS MB'], s.receivers.map((r: any) => [r.label, r.eventsPerSec?.toFixed(1), r.vsWebhook, r.peakRssMb])));
		if (s.oursVsWebhookAuth) console.log(`ours÷Webhook ${s.oursVsWebhook}; ours÷Webhook with Header Auth ${s.oursVsWebhookAuth}; ours without credential÷Webhook ${s.oursPlainVsWebhook}`);
	}
	if (!ONLY.has('3')) console.log('\nScenario 3: not run');
	const spreads = spreadTables(runs, { events: EVENTS, perItemCount: PER_ITEM_COUNT });
	console.log(spreads.text);
	const startup = packageCost.startup as any;
	console.log(`\nScenario 4: dist/ ${(dist.bytes / 1024).toFixed(0)} KiB (${dist.files} files), tarball ${((packageCost.tarballBytes as number) / 1024).toFixed(0)} KiB, runtime dependencies ${(packageCost.runtimeDependencies as string[]).length}${startup ? `; n8n start-up ${startup.medianWithoutMs.toFixed(0)} ms without, ${startup.medianWithMs.toFixed(0)} ms with the package (${startup.deltaMs >= 0 ? '+' : ''}${startup.deltaMs.toFixed(0)} ms; median of the ${startup.pairedDeltasMs.length} paired differences ${startup.medianPairedDeltaMs >= 0 ? '+' : ''}${startup.medianPairedDeltaMs.toFixed(0)} ms: ${startup.pairedDeltasMs.map((d: number) => `${d >= 0 ? '+' : ''}${d.toFixed(0)}`).join(', ')}); n8n's loader on the package: ${startup.medianPackageLoadMs.toFixed(0)} ms` : ''}`);
	console.log(`Machine at the end: load average ${machineEnd.loadavg.join(' ')}`);
	if (b.retries) notes.push(`n8n answered HTTP 503 (database not ready) ${b.retries} time(s); the calls were retried`);
	for (const n of notes) console.log(`! ${n}`);

	mkdirSync(RESULTS, { recursive: true });
	const file = join(RESULTS, `${new Date().toISOString().replace(/[:.]/g, '-')}${QUICK ? '-quick' : ''}.json`);
	writeFileSync(
		file,
		JSON.stringify(
			{
				package: `${PKG.name}@${PKG.version}`,
				n8n: N8N_VERSION,
				node: NODE_BIN_VERSION,
				quick: QUICK,
				reps: REPS,
				config: { n8nEnvironment: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('N8N_EXPRESSION'))), listSizes: LIST_SIZES, perItemCount: PER_ITEM_COUNT, batching: BATCHING, events: EVENTS, eventConcurrency: EVENT_CONCURRENCY, listScenario: LIST_SCENARIO.label, perItemScenario: PER_ITEM_SCENARIO.label },
				machine: [machineStart, machineEnd],
				packageCost,
				summary,
				spreads: spreads.data,
				notes,
				runs,
			},
			null,
			2,
		),
	);
	printTimings('Timings');
	console.log(`\nResults: ${file}`);
}

main().catch(async (error) => {
	console.error(`\n✗ ${error?.stack ?? error}`);
	await stopAll();
	process.exit(1);
});
