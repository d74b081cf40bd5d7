/* eslint-disable */
/**
 * `npm run test:e2e`: the package in a REAL n8n (the version pinned in test/e2e/runtime/).
 * From a clean n8n home: build + pack the package, install the tarball as a community package,
 * start the sandbox, import a credential and workflows, then
 *   1. run a generated workflow calling one operation of every registered action node, and check
 *      each output item and each request the sandbox recorded;
 *   2. run the example workflows that need only registered nodes (and check all examples' nodes);
 *   3. start n8n: its start-up log must show no warning or error about the package, and the
 *      node types must be registered;
 *   4. if the Returning.AI Trigger is registered: publish a workflow with it, deliver a Purchased
 *      Store Item event (success with the decoded payload) and a forged one (no execution);
 *   5. the editor in Chromium (lib/browser.ts): node panel, each node's panel, pickers, credential test,
 *      console; screenshots in artifacts/screenshots/.
 * Prints timings per phase; stops every process it started. Exit code 0 = all passed.
 * Environment: E2E_KEEP=1 keeps .cache/e2e/ (logs, n8n home) for inspection.
 * Versions: `--n8n=<version>` or E2E_N8N_VERSION=<version> runs another n8n with a manifest in
 * test/e2e/runtime/<version>/ (default: the pinned one). `--subset` (E2E_SUBSET=1) runs only the smoke
 * workflow, the examples, the start-up checks and the trigger (genuine, forged, trigger examples): what CI
 * runs on the versions other than the pinned one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';

import { AGENT_SEEDS, agentCredentials, agentWorkflow, ASSISTANT_EXAMPLE, checkAgent, checkAssistantExample, startAgentModel } from './lib/agent';
import { loadExamples, validateExample, type Example } from './lib/examples';
import { checkEditor } from './lib/browser';
import { checkMcp, checkMcpExample, mcpCredentials, mcpWorkflow, MCP_EXAMPLE, MCP_WORKFLOW_ID } from './lib/mcp';
import {
	prepareRun,
	activateWorkflowCli,
	CACHE,
	createApiKey,
	credentialFile,
	installPackage,
	n8nCli,
	n8nCliOk,
	n8nInstance,
	N8N_VERSION,
	NODE_BIN_VERSION,
	PKG,
	publicApi,
	ROOT,
	SANDBOX_API_KEY,
	SANDBOX_COMMUNITY_ID,
	setupOwner,
	startN8n,
	startSandbox,
	stopN8n,
} from './lib/n8n';
import { loadBuiltNodes } from './lib/nodes';
import { checkPolling, checkPollingRestart } from './lib/poll';
import { freePort, phase, printTimings, runOk, sleep, stopAll, stopAllOnSignals, tail, waitFor } from './lib/proc';
import { checkRetry } from './lib/retry';
import { checkSchemas } from './lib/schemas';
import { checkStep, planSmoke, smokeWorkflow, SMOKE_WORKFLOW_ID, type RecordedRequest } from './lib/smoke';
import { checkSavedV1, savedV1Workflow } from './lib/versions';
import { ANY_TYPE_VERSION, ANY_TYPE_WEBHOOK_ID, ANY_TYPE_WORKFLOW_ID, bodyForms, CONTENT_TYPES, delivery, EVENT, planTrigger, PURCHASE, SAMPLE_EVENTS, send, TRIGGER_NODE_NAME, TRIGGER_WEBHOOK_ID, TRIGGER_WORKFLOW_ID, triggerWorkflow, type TriggerPlan } from './lib/trigger';

const WORK = join(CACHE, 'e2e');
/** Subset mode: smoke workflow, examples, start-up checks, trigger; the AI, MCP and Content-Type phases are skipped. */
const SUBSET = process.argv.includes('--subset') || process.env.E2E_SUBSET === '1';
const failures: string[] = [];

function fail(message: string): void {
	failures.push(message);
	console.log(`  ✗ ${message}`);
}
function pass(message: string): void {
	console.log(`  ✓ ${message}`);
}

/** The IRun JSON `n8n execute --rawOutput` prints after its log lines. */
function parseRun(stdout: string): any {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l === '{');
	if (start === -1) return undefined;
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			/* try a shorter block */
		}
	}
	return undefined;
}

async function sandboxRequests(url: string): Promise<RecordedRequest[]> {
	return (await (await fetch(`${url}/__sandbox/requests`)).json()) as RecordedRequest[];
}
async function sandboxControl(url: string, path: string, body: unknown = {}): Promise<Response> {
	return fetch(`${url}/__sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function main(): Promise<void> {
	stopAllOnSignals();
	console.log(`E2E${SUBSET ? ' (subset)' : ''}: ${PKG.name}@${PKG.version} in n8n ${N8N_VERSION} (Node ${NODE_BIN_VERSION})`);

	if (process.argv.includes('--plan')) return printPlan();

	// E2E_REUSE_BUILD=1 (CI, for the runs after the first): pack the existing dist/
	const { runtime, tarball } = await prepareRun(WORK, { reuseBuild: process.env.E2E_REUSE_BUILD === '1' });
	const built = loadBuiltNodes();
	console.log(`  ${tarball.split('/').pop()}: ${built.length} node(s): ${built.map((b) => b.description.name).join(', ')}`);
	let done: () => void;

	const [n8nPort, brokerPort, sandboxPort] = [await freePort(), await freePort(), await freePort()];
	const n8n = n8nInstance(join(WORK, 'home'), n8nPort, { brokerPort });

	done = phase('Install the package into n8n as a community package');
	await installPackage(n8n, tarball);
	pass(`installed into ${join(n8n.home, '.n8n/nodes/node_modules', PKG.name)}`);
	done();

	done = phase('Start the sandbox');
	const sandbox = await startSandbox(sandboxPort, join(WORK, 'sandbox.log'));
	pass(`sandbox on ${sandbox.url}`);
	const model = await startAgentModel();
	pass(`scripted chat model on ${model.url}`);
	done();

	// Plans: smoke workflow, trigger workflow, examples.
	const steps = planSmoke(built);
	for (const s of steps) {
		console.log(`  smoke: ${s.nodeName} › ${s.op.resource ?? ''} ${s.op.operation} → ${s.expected.method} ${s.expected.path} (${s.source})`);
		if (s.notice) console.log(`  ! ${s.notice}`);
	}
	const trigger = built.find((b) => b.isTrigger && b.description.name === 'returningAiTrigger') ?? built.find((b) => b.isTrigger);
	let triggerPlan: TriggerPlan | undefined;
	if (trigger) {
		triggerPlan = planTrigger(trigger, { apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url, communityId: SANDBOX_COMMUNITY_ID });
		console.log(`  trigger: ${trigger.description.name}, event ${EVENT}; genuine = ${[triggerPlan.auth.token && `token (${triggerPlan.auth.token})`, triggerPlan.auth.aes && `AES-256-GCM (${triggerPlan.auth.aes})`].filter(Boolean).join(' + ') || 'plain JSON'}`);
		for (const n of triggerPlan.notices) console.log(`  ! trigger: ${n}`);
	}
	const examples = loadExamples(built);
	const ready = examples.filter((e) => !e.missing.length);

	done = phase('Import the credential and workflows');
	const wfDir = join(WORK, 'workflows');
	mkdirSync(wfDir, { recursive: true });
	const creds = credentialFile(WORK, sandbox.url);
	if (triggerPlan?.credential) {
		const all = [...JSON.parse(readFileSync(creds, 'utf8')), triggerPlan.credential];
		writeFileSync(creds, JSON.stringify(all, null, 2));
	}
	writeFileSync(creds, JSON.stringify([...JSON.parse(readFileSync(creds, 'utf8')), ...agentCredentials(model.url, sandbox.url, SANDBOX_COMMUNITY_ID), ...mcpCredentials()], null, 2));
	writeFileSync(join(wfDir, 'mcp-server.json'), JSON.stringify(mcpWorkflow(), null, 2));
	writeFileSync(join(wfDir, 'agent-happy.json'), JSON.stringify(agentWorkflow('happy'), null, 2));
	writeFileSync(join(wfDir, 'agent-failures.json'), JSON.stringify(agentWorkflow('failures'), null, 2));
	writeFileSync(join(wfDir, 'saved-v1.json'), JSON.stringify(savedV1Workflow(), null, 2));
	await n8nCliOk(n8n, ['import:credentials', `--input=${creds}`]);
	writeFileSync(join(wfDir, 'smoke.json'), JSON.stringify(smokeWorkflow(steps), null, 2));
	if (triggerPlan) writeFileSync(join(wfDir, 'trigger.json'), JSON.stringify(triggerWorkflow(triggerPlan), null, 2));
	if (triggerPlan) writeFileSync(join(wfDir, 'trigger-any-type.json'), JSON.stringify(triggerWorkflow(triggerPlan, { id: ANY_TYPE_WORKFLOW_ID, webhookId: ANY_TYPE_WEBHOOK_ID, name: 'E2E: Returning.AI Trigger, any Content-Type (version 1)', typeVersion: ANY_TYPE_VERSION }), null, 2));
	for (const e of ready) writeFileSync(join(wfDir, `example-${e.file}`), JSON.stringify(e.workflow, null, 2));
	await n8nCliOk(n8n, ['import:workflow', '--separate', `--input=${wfDir}`]);
	pass(`imported 1 credential${triggerPlan?.credential ? ' (+1 for the trigger)' : ''} and ${2 + ready.length - (triggerPlan ? 0 : 1)} workflow(s)`);
	done();

	done = phase(`Smoke workflow: one operation of each of ${steps.length} node(s)`);
	// The sandbox holds its demo data (test/sandbox/seed.ts); add the records the steps look for.
	for (const s of steps) {
		for (const seed of s.seeds) {
			const res = await sandboxControl(sandbox.url, 'seed', seed);
			if (!res.ok) fail(`${s.nodeName}: seeding ${seed.route} failed: HTTP ${res.status} ${await res.text()}`);
		}
	}
	const before = (await sandboxRequests(sandbox.url)).length;
	const exec = await n8nCli(n8n, ['execute', `--id=${SMOKE_WORKFLOW_ID}`, '--rawOutput']);
	const runData = parseRun(exec.stdout);
	const requests = (await sandboxRequests(sandbox.url)).slice(before);
	if (exec.code !== 0 || !runData) {
		fail(`n8n execute exited ${exec.code}${runData ? '' : ' without run data'}\n${tail(exec.stdout + exec.stderr, 60)}`);
	} else {
		if (runData.status !== 'success') fail(`smoke execution status ${runData.status}`);
		for (const s of steps) {
			const out = runData.data?.resultData?.runData?.[s.nodeName]?.[0];
			const items = out?.data?.main?.[0] as Array<{ json: Record<string, unknown> }> | undefined;
			const mine = requests.filter((r) => r.path === s.expected.path);
			const problems = out?.error ? [`node error: ${out.error.message} ${out.error.description ?? ''}`] : checkStep(s, items, mine);
			if (problems.length) fail(`${s.nodeName} › ${s.op.resource}/${s.op.operation}:\n      ${problems.join('\n      ')}`);
			else pass(`${s.nodeName} › ${s.op.resource}/${s.op.operation}: ${s.expected.method} ${s.expected.path} → ${items!.length} item(s) checked`);
		}
		const unexpected = requests.filter((r) => !steps.some((s) => s.expected.path === r.path && s.expected.method === r.method));
		if (unexpected.length) fail(`unexpected sandbox requests: ${unexpected.map((r) => `${r.method} ${r.path}`).join(', ')}`);
	}
	done();

	if (!SUBSET) {
		done = phase('Saved version 1 nodes (no resource or operation saved)');
		await checkSavedV1({ execute: async (id) => { const r = await n8nCli(n8n, ['execute', `--id=${id}`, '--rawOutput']); return { code: r.code, run: parseRun(r.stdout), output: tail(r.stdout + r.stderr, 40) }; }, sandboxRequests: () => sandboxRequests(sandbox.url), pass, fail });
		done();

		done = phase('AI Agent with Returning.AI tools (scripted model)');
		for (const seed of AGENT_SEEDS) await sandboxControl(sandbox.url, 'seed', seed);
		await checkAgent({
			model,
			sandboxUrl: sandbox.url,
			execute: async (id) => {
				const r = await n8nCli(n8n, ['execute', `--id=${id}`, '--rawOutput']);
				return { code: r.code, run: parseRun(r.stdout), output: tail(r.stdout + r.stderr, 60) };
			},
			sandboxRequests: () => sandboxRequests(sandbox.url),
			pass,
			fail,
		});
		done();
	}

	done = phase(`Example workflows (${ready.length} of ${examples.length} use only registered nodes)`);
	for (const e of examples) {
		if (e.missing.length) {
			console.log(`  - ${e.file}: waits for ${e.missing.join(', ')}`);
			continue;
		}
		const problems = validateExample(e, built);
		if (problems.length) {
			fail(`${e.file} does not match the nodes:\n      ${problems.join('\n      ')}`);
			continue;
		}
		if (!e.runnable) {
			pass(`${e.file}: nodes and parameters valid, imported (starts from a trigger: not run)`);
			continue;
		}
		const r = await n8nCli(n8n, ['execute', `--id=${e.workflow.id}`, '--rawOutput']);
		const run = parseRun(r.stdout);
		if (r.code !== 0 || run?.status !== 'success') {
			fail(`${e.file}: execution failed (exit ${r.code}, status ${run?.status})\n${tail(r.stdout + r.stderr, 40)}`);
			continue;
		}
		const names = e.workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote' && run.data.resultData.runData[n.name]).map((n) => n.name);
		const last = run.data.resultData.lastNodeExecuted as string;
		const lastItems = run.data.resultData.runData[last]?.[0]?.data?.main?.[0]?.length ?? 0;
		pass(`${e.file}: ran ${names.length} nodes, last '${last}' output ${lastItems} item(s)`);
	}
	done();

	done = phase('Rate limits: a Return All and a per-item run answered 429 (issue 15)');
	await checkRetry({ n8n, built, dir: wfDir, sandboxUrl: sandbox.url, pass, fail, execute: async (id) => {
		const r = await n8nCli(n8n, ['execute', `--id=${id}`, '--rawOutput']);
		return { code: r.code, run: parseRun(r.stdout), output: tail(r.stdout + r.stderr, 60) };
	} });
	done();

	// Example workflows started by our trigger: published, then run by a sample event once n8n is up.
	// Only webhook triggers (a node with a webhookId) take a sample event; a polling example is imported only.
	const triggered = ready.filter((e) => !e.runnable && e.workflow.nodes.some((n) => n.webhookId && built.find((b) => b.type === n.type)?.isTrigger) && !validateExample(e, built).length);
	if (triggerPlan) {
		done = phase('Publish the trigger workflows');
		for (const id of [TRIGGER_WORKFLOW_ID, ANY_TYPE_WORKFLOW_ID, ...triggered.map((e) => e.workflow.id)]) await activateWorkflowCli(n8n, id);
		pass(`published ${2 + triggered.length} workflow(s)`);
		done();
	}

	const aiExamples = SUBSET ? [] : [ASSISTANT_EXAMPLE, MCP_EXAMPLE].filter((x) => ready.some((e) => e.file === x.file && !validateExample(e, built).length));
	if (!SUBSET) {
		done = phase('Publish the MCP server workflow and the AI examples');
		for (const id of [MCP_WORKFLOW_ID, ...aiExamples.map((x) => x.id)]) await activateWorkflowCli(n8n, id);
		done();
	}

	done = phase('Start n8n');
	let server = await startN8n(n8n, join(WORK, 'n8n.log'));
	pass(`n8n ready on ${n8n.url}`);
	done();

	done = phase('Start-up log and registered node types');
	const log = server.output();
	const ours = log
		.split('\n')
		.filter((l) => /warn|error|deprecat|fail/i.test(l) && new RegExp(`${PKG.name}|returningAi|Returning\\.AI`, 'i').test(l));
	if (ours.length) fail(`n8n's start-up log mentions the package in warnings/errors:\n      ${ours.join('\n      ')}`);
	else pass('no warning or error about the package in the start-up log');
	const owner = { email: 'e2e@example.com', password: 'E2e-Password-2026', firstName: 'E2E', lastName: 'Owner' };
	const { cookie } = await setupOwner(n8n, owner);
	if (!cookie) throw new Error('owner setup returned no session cookie');
	const typesRes = await fetch(`${n8n.url}/types/nodes.json`, { headers: { cookie } });
	const types = typesRes.ok ? ((await typesRes.json()) as Array<{ name: string; version: number | number[] }>) : [];
	const registered = new Set(types.map((t) => t.name));
	const missingTypes = built.map((b) => b.type).filter((t) => !registered.has(t));
	if (!typesRes.ok) fail(`GET /types/nodes.json: HTTP ${typesRes.status}`);
	else if (missingTypes.length) fail(`node types not registered in n8n: ${missingTypes.join(', ')}`);
	else pass(`n8n lists all ${built.length} node type(s): ${built.map((b) => b.type).join(', ')}`);
	const credTypes = await fetch(`${n8n.url}/types/credentials.json`, { headers: { cookie } });
	if (credTypes.ok && !((await credTypes.json()) as Array<{ name: string }>).some((c) => c.name === 'returningAiApi')) fail('credential type returningAiApi not registered');
	done();

	done = phase("Output schemas: the editor's /schemas/<node>/<version>/<resource>/<operation>.json URLs");
	await checkSchemas({ n8nUrl: n8n.url, built, pass, fail });
	done();

	done = phase('Polling trigger: the orders created after activation, once each');
	await checkPolling({ n8n, cookie, sandboxUrl: sandbox.url, pass, fail });
	done();

	done = phase('Polling trigger: restarts of n8n lose nothing and repeat nothing');
	let restarts = 0;
	const restart = async (whileDown?: () => Promise<void>) => {
		await stopN8n(server);
		try {
			await whileDown?.();
		} finally {
			server = await startN8n(n8n, join(WORK, `n8n-restart-${++restarts}.log`));
		}
	};
	await checkPollingRestart({ n8n, cookie, sandboxUrl: sandbox.url, pass, fail, restart });
	done();

	if (triggerPlan) {
		done = phase('Trigger: genuine and forged Purchased Store Item events');
		const apiKey = await createApiKey(n8n, cookie);
		await checkTrigger(triggerPlan, n8n.url, sandbox.url, async (path) => publicApi(n8n, apiKey, path));
		done();
		if (!SUBSET) {
			done = phase('Trigger: every body form with every common Content-Type');
			await checkContentTypes(triggerPlan, n8n.url, async (path) => publicApi(n8n, apiKey, path));
			done();
		}
		if (triggered.length) {
			done = phase(`Trigger examples: a sample event into each of ${triggered.length}`);
			for (const e of triggered) await runTriggerExample(e, n8n.url, sandbox.url, async (path) => publicApi(n8n, apiKey, path));
			done();
		}
	} else {
		console.log(`\n! Trigger checks skipped: no trigger node (returningAiTrigger) in package.json n8n.nodes yet.`);
	}

	if (!SUBSET) {
		done = phase('MCP client (official SDK, Streamable HTTP) → MCP Server Trigger → Returning.AI tools');
		await checkMcp({ n8nUrl: n8n.url, sandboxRequests: () => sandboxRequests(sandbox.url), pass, fail });
		done();

		done = phase(`AI examples: ${aiExamples.map((x) => x.file).join(', ')}`);
		if (aiExamples.includes(ASSISTANT_EXAMPLE)) await checkAssistantExample({ n8nUrl: n8n.url, model, sandboxUrl: sandbox.url, sandboxRequests: () => sandboxRequests(sandbox.url), pass, fail });
		if (aiExamples.includes(MCP_EXAMPLE)) await checkMcpExample({ n8nUrl: n8n.url, sandboxRequests: () => sandboxRequests(sandbox.url), pass, fail });
		done();
	}
	await model.close();

	if (!SUBSET) {
		// the editor's DOM (data-test-id selectors) is the pinned n8n's
		done = phase('Editor in a real browser (Chromium): node panel, every node panel, pickers, credential test');
		await checkEditor({ n8nUrl: n8n.url, owner, built, pass, fail });
		done();
	}

	done = phase('Stop n8n and the sandbox');
	await stopN8n(server);
	await stopAll();
	done();

	printTimings(`Timings (n8n ${N8N_VERSION}, ${SUBSET ? 'subset' : 'full'}, runtime ${runtime})`);
	if (!process.env.E2E_KEEP) rmSync(join(WORK, 'home'), { recursive: true, force: true });
	else console.log(`\nKept ${WORK} (logs: n8n.log, sandbox.log; n8n home: home/)`);
}

/** Delivers a sample event to a published example and checks that every node of it ran successfully. */
async function runTriggerExample(e: Example, n8nUrl: string, sandboxUrl: string, api: (path: string) => Promise<any>): Promise<void> {
	const triggerNode = e.workflow.nodes.find((n) => n.webhookId)!;
	const event = String(triggerNode.parameters.event ?? '');
	const payload = SAMPLE_EVENTS[event] ?? {};
	const res = await send(sandboxUrl, { url: `${n8nUrl}/webhook/${triggerNode.webhookId}/webhook`, method: 'POST', payload });
	if (res.status !== 200) return fail(`${e.file}: the trigger answered HTTP ${res.status} ${JSON.stringify(res.body)}`);
	let ex: any;
	try {
		await waitFor(`${e.file} execution`, async () => {
			ex = ((await api(`/executions?workflowId=${e.workflow.id}&includeData=true&limit=5`)).data ?? [])[0];
			return Boolean(ex && ex.status !== 'running' && ex.status !== 'new');
		}, { timeoutMs: 30_000, intervalMs: 400 });
	} catch {
		return fail(`${e.file}: no finished execution after a '${event}' event`);
	}
	const runData = ex.data?.resultData?.runData ?? {};
	const expected = e.workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote').map((n) => n.name);
	const missing = expected.filter((n) => !runData[n]);
	const errors = Object.entries(runData).filter(([, runs]: [string, any]) => runs.some((r: any) => r.error)).map(([n, runs]: [string, any]) => `${n}: ${runs.find((r: any) => r.error).error.message}`);
	if (ex.status !== 'success' || missing.length || errors.length) {
		fail(`${e.file}: '${event}' event → execution ${ex.id} ${ex.status}${missing.length ? `; nodes not run: ${missing.join(', ')}` : ''}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
	} else pass(`${e.file}: '${event}' event → execution ${ex.id} success, all ${expected.length} nodes ran`);
}

/** `npm run test:e2e -- --plan`: what the e2e would run and check, from the built nodes, without n8n. */
async function printPlan(): Promise<void> {
	if (!process.argv.includes('--no-build')) await runOk('npm', ['run', 'build', '--silent'], { cwd: ROOT });
	const built = loadBuiltNodes();
	console.log(`Registered nodes: ${built.map((b) => b.type).join(', ')}`);
	for (const s of planSmoke(built)) {
		console.log(`smoke: ${s.nodeName} › ${s.op.resource}/${s.op.operation} (${s.source}) → ${s.expected.method} ${s.expected.path}${s.expected.query ? ' ' + JSON.stringify(s.expected.query) : ''}`);
		console.log(`       parameters ${JSON.stringify(s.parameters)}; seeds ${JSON.stringify(s.seeds)}`);
		if (s.notice) console.log(`       ! ${s.notice}`);
	}
	const trigger = built.find((b) => b.isTrigger);
	if (trigger) {
		const plan = planTrigger(trigger, { apiKey: SANDBOX_API_KEY, baseUrl: 'http://127.0.0.1:4010', communityId: SANDBOX_COMMUNITY_ID });
		console.log(`trigger: ${JSON.stringify({ parameters: plan.parameters, auth: plan.auth, credential: plan.credential, path: plan.path })}`);
		for (const n of plan.notices) console.log(`       ! ${n}`);
	} else console.log('trigger: none registered (trigger checks would be skipped)');
	for (const e of loadExamples(built)) {
		if (e.missing.length) console.log(`example ${e.file}: waits for ${e.missing.join(', ')}`);
		else {
			const problems = validateExample(e, built);
			console.log(`example ${e.file}: ${problems.length ? 'PROBLEMS\n  ' + problems.join('\n  ') : 'valid'}${e.runnable ? ' (runnable)' : ''}`);
		}
	}
}

async function checkTrigger(plan: TriggerPlan, n8nUrl: string, sandboxUrl: string, api: (path: string) => Promise<any>): Promise<void> {
	const list = async () => ((await api(`/executions?workflowId=${TRIGGER_WORKFLOW_ID}&includeData=true&limit=20`)).data ?? []) as any[];
	const genuine = await send(sandboxUrl, delivery(plan, n8nUrl, 'none'));
	console.log(`  genuine event sent via ${genuine.via}: HTTP ${genuine.status} ${JSON.stringify(genuine.body)}`);
	if (genuine.status !== 200) fail(`the trigger answered HTTP ${genuine.status} to the genuine event`);
	// n8n itself answers with the trigger's responseData, after storing (and in queue mode queueing) the run
	else if (JSON.stringify(genuine.body) !== JSON.stringify({ received: true })) fail(`the acknowledgement was ${JSON.stringify(genuine.body)}, expected {"received":true}`);
	let executions: any[] = [];
	try {
		await waitFor('the trigger execution', async () => (executions = await list()).some((e) => e.finished || e.status === 'success' || e.status === 'error'), { timeoutMs: 20_000, intervalMs: 300 });
	} catch (e) {
		fail(`no execution after the genuine event: ${(e as Error).message.split('\n')[0]}`);
		return;
	}
	if (executions.length !== 1) fail(`expected 1 execution after the genuine event, found ${executions.length}`);
	const ex = executions[0];
	if (ex.status !== 'success') fail(`trigger execution status '${ex.status}'`);
	const items = ex.data?.resultData?.runData?.[TRIGGER_NODE_NAME]?.[0]?.data?.main?.[0] as Array<{ json: Record<string, unknown> }> | undefined;
	const json = items?.[0]?.json;
	if (!json) fail('the trigger produced no item');
	else {
		const mismatched = Object.entries(PURCHASE).filter(([k, v]) => JSON.stringify(json[k]) !== JSON.stringify(v)).map(([k]) => k);
		if (items!.length !== 1) fail(`the trigger output ${items!.length} items, expected 1`);
		if (mismatched.length) fail(`trigger output differs from the delivered payload in: ${mismatched.join(', ')}\n      got ${JSON.stringify(json)}`);
		else pass(`execution ${ex.id}: ${ex.status}, trigger output = the ${plan.auth.aes ? 'decrypted' : 'delivered'} payload (orderID ${String(json.orderID)})`);
		const meta = json._returningAi as { event?: string; encrypted?: boolean } | undefined;
		if (meta) {
			if (meta.event !== EVENT) fail(`_returningAi.event is '${meta.event}', expected '${EVENT}'`);
			if (Boolean(meta.encrypted) !== Boolean(plan.auth.aes)) fail(`_returningAi.encrypted is ${meta.encrypted}`);
			else pass(`_returningAi: event '${meta.event}', encrypted ${meta.encrypted}`);
		}
		const after = ex.data?.resultData?.runData?.['After Trigger']?.[0]?.data?.main?.[0]?.length;
		if (after !== 1) fail(`the node after the trigger got ${after} item(s), expected 1`);
	}
	const forgeries = [...(plan.auth.token ? (['wrongToken'] as const) : []), ...(plan.auth.aes ? (['wrongKey'] as const) : [])];
	if (!forgeries.length) {
		console.log('  ! forged-event check skipped: the trigger has no token or encryption option the e2e recognises');
		return;
	}
	for (const forgery of forgeries) {
		const res = await send(sandboxUrl, delivery(plan, n8nUrl, forgery));
		await sleep(2500);
		const now = await list();
		const label = forgery === 'wrongToken' ? 'wrong token' : 'encrypted with a wrong AES key';
		if (now.length !== executions.length) fail(`forged event (${label}) started an execution (HTTP ${res.status})`);
		else if (res.status < 400) fail(`forged event (${label}) answered HTTP ${res.status}; expected a 4xx`);
		else pass(`forged event (${label}): HTTP ${res.status} ${JSON.stringify(res.body)}, no execution`);
	}
}

/**
 * Issue 15: each body form with each content type (application/json on raw base64/hex included) reaches the
 * version-1 trigger and starts exactly one execution with the payload; the same raw base64 as application/json
 * to the version-1.1 trigger shows what n8n itself does there (answered before the node runs).
 */
async function checkContentTypes(plan: TriggerPlan, n8nUrl: string, api: (path: string) => Promise<any>): Promise<void> {
	const list = async (id: string) => ((await api(`/executions?workflowId=${id}&includeData=true&limit=100`)).data ?? []) as any[];
	let seen = (await list(ANY_TYPE_WORKFLOW_ID)).length;
	let ok = 0;
	const forms = bodyForms(plan, n8nUrl, ANY_TYPE_WEBHOOK_ID);
	for (const f of forms) {
		for (const contentType of CONTENT_TYPES) {
			const label = `${f.form} as ${contentType || 'no content type'}`;
			const res = await fetch(f.url, { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body: Buffer.from(f.body, 'utf8') });
			const text = await res.text();
			if (res.status !== 200) {
				fail(`version ${ANY_TYPE_VERSION} trigger, ${label}: HTTP ${res.status} ${text}`);
				continue;
			}
			let executions: any[] = [];
			try {
				await waitFor(label, async () => (executions = await list(ANY_TYPE_WORKFLOW_ID)).length > seen && executions.every((e) => e.status !== 'running' && e.status !== 'new'), { timeoutMs: 20_000, intervalMs: 300 });
			} catch {
				fail(`version ${ANY_TYPE_VERSION} trigger, ${label}: HTTP 200 but no execution`);
				continue;
			}
			const fresh = executions.length - seen;
			seen = executions.length;
			const json = executions[0].data?.resultData?.runData?.[TRIGGER_NODE_NAME]?.[0]?.data?.main?.[0]?.[0]?.json;
			if (fresh !== 1) fail(`version ${ANY_TYPE_VERSION} trigger, ${label}: ${fresh} executions, expected 1`);
			else if (executions[0].status !== 'success' || json?.orderID !== PURCHASE.orderID) fail(`version ${ANY_TYPE_VERSION} trigger, ${label}: execution ${executions[0].id} ${executions[0].status}, output ${JSON.stringify(json)}`);
			else ok++;
		}
	}
	pass(`version ${ANY_TYPE_VERSION} trigger: ${ok}/${forms.length * CONTENT_TYPES.length} (body form × content type) requests → HTTP 200 and exactly one execution with the payload (${forms.map((f) => f.form).join(', ')} × ${CONTENT_TYPES.map((c) => c || 'none').join(', ')})`);
	const raw = forms.find((f) => f.form === 'GCM raw base64');
	if (raw) {
		const before = (await list(TRIGGER_WORKFLOW_ID)).length;
		const url = raw.url.replace(ANY_TYPE_WEBHOOK_ID, TRIGGER_WEBHOOK_ID);
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw.body });
		const text = await res.text();
		await sleep(1500);
		const after = (await list(TRIGGER_WORKFLOW_ID)).length;
		console.log(`  note: version ${plan.node.latestVersion} trigger, GCM raw base64 as application/json: HTTP ${res.status} ${text.slice(0, 120)}; executions ${after - before} (n8n parses JSON bodies of start nodes above version 1 itself)`);
		if (res.status < 400 && after === before) fail(`version ${plan.node.latestVersion} trigger: HTTP ${res.status} but no execution for raw base64 as application/json`);
	}
}

main()
	.catch((error) => {
		failures.push(error instanceof Error ? error.message : String(error));
		console.error(`\n✗ ${error instanceof Error ? error.stack ?? error.message : error}`);
	})
	.finally(async () => {
		await stopAll();
		if (failures.length) {
			console.log(`\nE2E FAILED (${failures.length} problem(s)). Logs: ${WORK}/n8n.log, ${WORK}/sandbox.log`);
			process.exit(1);
		}
		console.log(process.argv.includes('--plan') ? '\n(plan only: nothing was run)' : '\nE2E PASSED');
		process.exit(0);
	});
