/* eslint-disable */
/**
 * The Returning.AI Polling Trigger in a real n8n: an active workflow (created and activated through n8n's
 * public API while n8n runs) polls the sandbox's redemption orders; the orders the sandbox gets after the
 * activation must come out exactly once each, in one execution, and nothing that existed before.
 *
 * n8n refuses a poll time under a minute (each cron expression must have a fixed second), and it checks
 * once at activation (in 2.41 shortly after the activate call has answered: activation goes through an outbox). Four "custom" poll times a minute (seconds 0, 15, 30, 45) are each once a minute, so
 * n8n accepts them, and the trigger is checked every 15 s: the phase waits at most ~15 s for the emitting
 * check and one more check that must emit nothing.
 */
import { PKG, createApiKey, type N8nInstance } from './n8n';
import { SANDBOX_CREDENTIALS } from './workflow';
import { sleep, waitFor } from './proc';

export const POLL_WORKFLOW_NAME = 'E2E: Returning.AI Polling Trigger (new redemption orders)';
const NODE_NAME = 'New Store Purchase';
const ORDERS_PATH = '/v1/redemption-transactions';
const PENDING = { _id: '695e2f8b3358520a2ecf86e3', name: 'Pending', category: 'incomplete', color: '#F5A623' };

interface Context {
	n8n: N8nInstance;
	cookie: string;
	sandboxUrl: string;
	pass: (message: string) => void;
	fail: (message: string) => void;
}

async function api(n8n: N8nInstance, key: string, method: string, path: string, body?: unknown): Promise<any> {
	const res = await fetch(`${n8n.url}/api/v1${path}`, {
		method,
		headers: { 'X-N8N-API-KEY': key, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`${method} /api/v1${path}: HTTP ${res.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

async function orderPolls(sandboxUrl: string): Promise<number> {
	const requests = (await (await fetch(`${sandboxUrl}/__sandbox/requests`)).json()) as Array<{ method: string; path: string }>;
	return requests.filter((r) => r.method === 'GET' && r.path === ORDERS_PATH).length;
}

/** A workflow with one polling trigger (New Redemption Order, checks every 15 s) and the sandbox credential. */
function pollWorkflow(name: string, nodeName: string, n: number) {
	return {
		name,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: `e2e0poll-0000-4000-8000-00000000000${n}`,
				name: nodeName,
				type: `${PKG.name}.returningAiPollingTrigger`,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [0, 15, 30, 45].map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })) },
					event: 'newRedemptionOrder',
				},
				credentials: SANDBOX_CREDENTIALS,
			},
		],
	};
}

export async function checkPolling({ n8n, cookie, sandboxUrl, pass, fail }: Context): Promise<void> {
	const key = await createApiKey(n8n, cookie, ['workflow:create', 'workflow:read', 'workflow:list', 'workflow:activate', 'workflow:deactivate', 'execution:read', 'execution:list']);
	const workflow = pollWorkflow(POLL_WORKFLOW_NAME, NODE_NAME, 1);
	const created = await api(n8n, key, 'POST', '/workflows', workflow);
	const id = created.id as string;
	const pollsBefore = await orderPolls(sandboxUrl);
	const t0 = Date.now();
	await api(n8n, key, 'POST', `/workflows/${id}/activate`);
	const answeredMs = Date.now() - t0;
	// n8n 2.41 activates through its publication outbox: the call returns first, the check n8n runs at activation
	// (which notes what exists) follows; orders are created only after it.
	try {
		await waitFor('the check at activation', async () => (await orderPolls(sandboxUrl)) > pollsBefore, { timeoutMs: 30_000, intervalMs: 100 });
	} catch {
		await api(n8n, key, 'POST', `/workflows/${id}/deactivate`).catch(() => undefined);
		return fail('activation: n8n did not check the orders within 30 s of activating the workflow');
	}
	pass(`activate answered in ${answeredMs} ms; n8n's check at activation followed after ${Date.now() - t0} ms (state from now, nothing emitted)`);

	// Store purchases after the activation: two share a timestamp (told apart by ID).
	const now = Date.now();
	const made: Array<{ transactionId: string; createdAt: string }> = [];
	for (const [i, ms] of [now, now + 1, now + 1].entries()) {
		const template = { transactionId: `ORDE2E${now}${i}`, createdAt: new Date(ms).toISOString(), statusId: PENDING._id, status: PENDING };
		const res = await fetch(`${sandboxUrl}/__sandbox/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'redemptionOrders.getMany', count: 1, template }) });
		if (!res.ok) return fail(`seeding an order failed: HTTP ${res.status}`);
		made.push(template);
	}
	const seededAt = Date.now();
	let executions: any[] = [];
	try {
		await waitFor('the polling execution', async () => {
			executions = (await api(n8n, key, 'GET', `/executions?workflowId=${id}&includeData=true&limit=10`)).data ?? [];
			return executions.some((e) => e.status !== 'running' && e.status !== 'new');
		}, { timeoutMs: 75_000, intervalMs: 500 });
	} catch {
		await api(n8n, key, 'POST', `/workflows/${id}/deactivate`).catch(() => undefined);
		return fail(`no execution within 75 s of creating ${made.length} orders (the sandbox saw ${(await orderPolls(sandboxUrl)) - pollsBefore} order list requests)`);
	}
	const emittedAfterMs = Date.now() - seededAt;
	// One more check must emit nothing (each order once).
	const pollsNow = await orderPolls(sandboxUrl);
	await waitFor('one more check', async () => (await orderPolls(sandboxUrl)) > pollsNow, { timeoutMs: 20_000, intervalMs: 300 }).catch(() => undefined);
	await sleep(1500);
	executions = (await api(n8n, key, 'GET', `/executions?workflowId=${id}&includeData=true&limit=10`)).data ?? [];
	const polls = (await orderPolls(sandboxUrl)) - pollsBefore;
	await api(n8n, key, 'POST', `/workflows/${id}/deactivate`);

	const items = executions.flatMap((e) => (e.data?.resultData?.runData?.[NODE_NAME]?.[0]?.data?.main?.[0] ?? []).map((i: any) => i.json.transactionId));
	const expected = made.map((o) => o.transactionId);
	const problems: string[] = [];
	if (executions.length !== 1) problems.push(`${executions.length} executions (expected 1)`);
	if (executions.some((e) => e.status !== 'success')) problems.push(`status ${executions.map((e) => e.status).join(', ')}`);
	if ([...items].sort().join() !== [...expected].sort().join()) problems.push(`emitted ${JSON.stringify(items)}, expected ${JSON.stringify(expected)} (each once)`);
	if (items[0] !== expected[0]) problems.push(`oldest first: expected ${expected[0]} first, got ${items[0]}`);
	if (problems.length) fail(`polling trigger: ${problems.join('; ')}`);
	else pass(`${expected.length} orders created after activation → 1 execution with exactly those ${items.length} items (oldest first, the tie by ID) after ${(emittedAfterMs / 1000).toFixed(1)} s; ${polls} checks in all, the later ones emitted nothing`);
}

/**
 * Restarts lose nothing and repeat nothing: a second polling workflow is activated; after n8n's check at
 * activation and before any order exists, n8n is stopped, an order is created while it is down, and n8n is
 * started on the same database: the order must come out in exactly one execution (had the state of the
 * activation not been saved, the check at start-up would take the order as already existing and emit nothing).
 * n8n is restarted once more after that: its check at start-up and the next one must emit nothing again. The
 * state n8n keeps in memory is gone with each restart, so only what n8n saved (at activation, and with the
 * emitting check) carries over.
 */
export async function checkPollingRestart({ n8n, cookie, sandboxUrl, pass, fail, restart }: Context & { restart: (whileDown?: () => Promise<void>) => Promise<void> }): Promise<void> {
	const key = await createApiKey(n8n, cookie, ['workflow:create', 'workflow:read', 'workflow:list', 'workflow:activate', 'workflow:deactivate', 'execution:read', 'execution:list']);
	const nodeName = 'Store Purchase After Restart';
	const created = await api(n8n, key, 'POST', '/workflows', pollWorkflow(`${POLL_WORKFLOW_NAME} after a restart`, nodeName, 2));
	const id = created.id as string;
	const executions = async (): Promise<any[]> => (await api(n8n, key, 'GET', `/executions?workflowId=${id}&includeData=true&limit=10`)).data ?? [];
	const untilChecks = async (what: string, more: number) => {
		const from = await orderPolls(sandboxUrl);
		await waitFor(what, async () => (await orderPolls(sandboxUrl)) >= from + more, { timeoutMs: 45_000, intervalMs: 200 });
	};
	try {
		const pollsBefore = await orderPolls(sandboxUrl);
		await api(n8n, key, 'POST', `/workflows/${id}/activate`);
		await waitFor('the check at activation', async () => (await orderPolls(sandboxUrl)) > pollsBefore, { timeoutMs: 30_000, intervalMs: 100 });
		await sleep(1000); // add() saves the static data right after that check
		const template = { transactionId: `ORDRESTART${Date.now()}`, createdAt: '', statusId: PENDING._id, status: PENDING };
		const t0 = Date.now();
		await restart(async () => {
			template.createdAt = new Date().toISOString();
			const res = await fetch(`${sandboxUrl}/__sandbox/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'redemptionOrders.getMany', count: 1, template }) });
			if (!res.ok) throw new Error(`seeding an order failed: HTTP ${res.status}`);
		});
		const restartMs = Date.now() - t0;
		let runs: any[] = [];
		await waitFor('the execution after the restart', async () => {
			runs = await executions();
			return runs.some((e) => e.status !== 'running' && e.status !== 'new');
		}, { timeoutMs: 75_000, intervalMs: 500 }).catch(() => undefined);
		if (!runs.length) return fail(`the order created while n8n was down (restarted after the check at activation) started no execution within 75 s: the state of the activation did not carry over`);
		await untilChecks('one more check', 1);
		await sleep(1500);
		await restart();
		await untilChecks('the check at start-up and one more after the second restart', 2);
		await sleep(1500);
		runs = await executions();
		const items = runs.flatMap((e) => (e.data?.resultData?.runData?.[nodeName]?.[0]?.data?.main?.[0] ?? []).map((i: any) => i.json.transactionId));
		const problems: string[] = [];
		if (runs.length !== 1) problems.push(`${runs.length} executions (expected 1)`);
		if (runs.some((e) => e.status !== 'success')) problems.push(`status ${runs.map((e) => e.status).join(', ')}`);
		if (items.join() !== template.transactionId) problems.push(`emitted ${JSON.stringify(items)}, expected [${template.transactionId}] once`);
		if (problems.length) fail(`polling trigger across restarts: ${problems.join('; ')}`);
		else pass(`activation; n8n stopped, an order created while it was down, started again (${(restartMs / 1000).toFixed(1)} s) → 1 execution with exactly that order; restarted again → no second execution`);
	} catch (error) {
		fail(`polling trigger across restarts: ${(error as Error).message}`);
	} finally {
		await api(n8n, key, 'POST', `/workflows/${id}/deactivate`).catch(() => undefined);
	}
}
