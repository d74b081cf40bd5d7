/* eslint-disable */
/**
 * `npm start`: this package in a real, local n8n, ready to click through.
 *   - installs the pinned n8n once (test/e2e/runtime/ → ~/.cache/n8n-nodes-returning-ai/, about 3-5 minutes the first time)
 *   - builds and packs the package and installs it into n8n as a community package
 *   - starts the Returning.AI sandbox (simulated API with demo data) on http://127.0.0.1:4010
 *   - imports a "Returning.AI sandbox" credential and the example workflows (examples/)
 *   - starts n8n on http://127.0.0.1:5678 with an owner account created, and prints the login
 * Ctrl-C stops n8n and the sandbox. n8n's data stays in .cache/n8n-home/ (`npm start -- --fresh` wipes it).
 * Environment: N8N_PORT (5678), SANDBOX_PORT (4010).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';

import { AGENT_SEEDS, agentCredentials, MODEL_CREDENTIAL_ID } from '../test/e2e/lib/agent';
import { loadExamples } from '../test/e2e/lib/examples';
import { startFakeModel } from '../test/e2e/lib/fakeModel';
import { MCP_EXAMPLE } from '../test/e2e/lib/mcp';
import {
	prepareRun,
	CACHE,
	CREDENTIAL_NAME,
	credentialFile,
	installPackage,
	n8nCliOk,
	n8nInstance,
	N8N_VERSION,
	PKG,
	SANDBOX_API_KEY,
	setupOwner,
	startN8n,
	startSandbox,
} from '../test/e2e/lib/n8n';
import { loadBuiltNodes } from '../test/e2e/lib/nodes';
import { DEMO_MEMBERS } from '../test/sandbox/seed';
import { phase, portInUse, stopAll, stopAllOnSignals } from '../test/e2e/lib/proc';

const HOME = join(CACHE, 'n8n-home');
const WORK = join(CACHE, 'start');
const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);
const MODEL_PORT = Number(process.env.MODEL_PORT ?? 4011);
const OWNER = { email: 'demo@example.com', password: 'Returning-AI-demo1', firstName: 'Demo', lastName: 'Owner' };

let stopping = false;

async function main(): Promise<void> {
	stopAllOnSignals(() => (stopping = true));
	const fresh = process.argv.includes('--fresh');
	console.log(`Starting ${PKG.name} in n8n ${N8N_VERSION} with the Returning.AI sandbox`);
	for (const [port, what, env] of [
		[N8N_PORT, 'n8n', 'N8N_PORT'],
		[N8N_PORT + 1, "n8n's task broker", 'N8N_PORT'],
		[SANDBOX_PORT, 'the sandbox', 'SANDBOX_PORT'],
		[MODEL_PORT, 'the scripted chat model', 'MODEL_PORT'],
	] as const) {
		if (await portInUse(port)) throw new Error(`Port ${port} (for ${what}) is already in use. Stop what uses it, or choose another port: ${env}=<port> npm start`);
	}

	const { tarball } = await prepareRun(WORK);

	let done = phase(`Install the package into n8n ${N8N_VERSION}`);
	if (fresh) rmSync(HOME, { recursive: true, force: true });
	const n8n = n8nInstance(HOME, N8N_PORT);
	await installPackage(n8n, tarball);
	const built = loadBuiltNodes();
	console.log(`  ${built.length} node(s): ${built.map((b) => b.description.displayName).join(', ')}`);
	done();

	done = phase('Start the Returning.AI sandbox');
	const sandbox = await startSandbox(SANDBOX_PORT, join(WORK, 'sandbox.log'));
	for (const seed of AGENT_SEEDS) await fetch(`${sandbox.url}/__sandbox/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seed) });
	// Counted from the seeds (the demo data plus the AI example's member and product), so the line matches what Get Many shows.
	const seeded = (prefix: string) => AGENT_SEEDS.filter((s) => s.route.startsWith(prefix)).reduce((n, s) => n + s.count, 0);
	console.log(`  ${sandbox.url} (demo data: ${DEMO_MEMBERS.length + seeded('users.')} members, 3 leaderboards, ${12 + seeded('products.')} products, 5 orders, messages)`);
	// The AI assistant example's chat model: a scripted OpenAI-compatible server (no AI, no network).
	const model = await startFakeModel(MODEL_PORT);
	console.log(`  scripted chat model on ${model.url}/v1 (for examples/ai-community-assistant.json)`);
	done();

	done = phase('Import the sandbox credential and the example workflows');
	const creds = credentialFile(WORK, sandbox.url);
	const modelCredential = agentCredentials(model.url, sandbox.url, '').filter((c) => c.id === MODEL_CREDENTIAL_ID);
	writeFileSync(creds, JSON.stringify([...JSON.parse(readFileSync(creds, 'utf8')), ...modelCredential], null, 2));
	await n8nCliOk(n8n, ['import:credentials', `--input=${creds}`]);
	const examples = loadExamples(built);
	const ready = examples.filter((e) => !e.missing.length);
	const wfDir = join(WORK, 'workflows');
	mkdirSync(wfDir, { recursive: true });
	for (const e of ready) writeFileSync(join(wfDir, e.file), JSON.stringify(e.workflow, null, 2));
	if (ready.length) await n8nCliOk(n8n, ['import:workflow', '--separate', `--input=${wfDir}`]);
	for (const e of ready) console.log(`  + ${e.workflow.name}`);
	// Workflows started by the Returning.AI Trigger are published, so that events delivered to them run.
	const triggered = ready.filter((e) => e.workflow.nodes.some((n) => built.find((b) => b.type === n.type)?.isTrigger));
	for (const e of triggered) {
		await n8nCliOk(n8n, ['publish:workflow', `--id=${e.workflow.id}`]);
		const hook = e.workflow.nodes.find((n) => n.webhookId);
		if (!hook) {
			// A polling trigger: it checks the sandbox on its schedule; a store purchase is an order seeded into it.
			console.log(`    published: polls the sandbox every minute; a new order starts "${e.workflow.name}":`);
			console.log(`      curl -s -X POST ${sandbox.url}/__sandbox/seed -H 'content-type: application/json' -d '{"route":"redemptionOrders.getMany","count":1,"template":{"transactionId":"ORD-DEMO-1","createdAt":"'$(date -u +%FT%TZ)'"}}'`);
			continue;
		}
		const path = built.find((b) => b.type === hook.type)?.description.webhooks?.[0]?.path ?? 'webhook';
		console.log(`    published: events POSTed to ${n8n.url}/webhook/${hook.webhookId}/${path} start "${e.workflow.name}"`);
	}
	if (ready.some((e) => e.file === MCP_EXAMPLE.file)) {
		await n8nCliOk(n8n, ['publish:workflow', `--id=${MCP_EXAMPLE.id}`]);
		console.log(`    published: MCP clients connect to ${n8n.url}/mcp/${MCP_EXAMPLE.path} (Streamable HTTP or SSE)`);
	}
	for (const e of examples.filter((x) => x.missing.length)) console.log(`  - ${e.file}: not imported, needs ${e.missing.join(', ')}`);
	done();

	done = phase('Start n8n');
	const server = await startN8n(n8n, join(HOME, 'n8n.log'), (line) => {
		if (/\b(error|warn)/i.test(line) && !/python task runner|virtual environment/i.test(line)) console.log(`  [n8n] ${line}`);
	});
	const owner = await setupOwner(n8n, OWNER);
	done();

	console.log(`
────────────────────────────────────────────────────────────────────
  n8n            ${n8n.url}
  log in         ${OWNER.email} / ${OWNER.password}${owner.created ? '' : '  (owner created on an earlier run)'}
  credential     "${CREDENTIAL_NAME}" → the sandbox (already selected in the examples)
  sandbox        ${sandbox.url}   API key ${SANDBOX_API_KEY}
                 requests it received: ${sandbox.url}/__sandbox/requests
  chat model     ${model.url}/v1 (scripted; "Returning.AI: AI community assistant" → Open chat)
  MCP server     ${n8n.url}/mcp/${MCP_EXAMPLE.path}
  examples       ${ready.length} imported (Overview → Workflows)
  logs           ${join(HOME, 'n8n.log')}, ${join(WORK, 'sandbox.log')}
  Press Ctrl-C to stop n8n and the sandbox.
────────────────────────────────────────────────────────────────────`);

	const code = await Promise.race([server.exited.then((c) => ({ who: 'n8n', c })), sandbox.proc.exited.then((c) => ({ who: 'the sandbox', c }))]);
	if (stopping) return; // Ctrl-C: the signal handler stops everything and exits
	console.log(`\n${code.who} exited unexpectedly (code ${code.c}); stopping the rest. Log: ${join(HOME, 'n8n.log')}`);
	await stopAll();
	process.exit(1);
}

main().catch(async (error) => {
	console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
	await stopAll();
	process.exit(1);
});
