/* eslint-disable */
/**
 * The AI-agent part of the e2e: Manual Trigger → n8n's AI Agent with the OpenAI Chat Model, whose
 * `openAiApi` credential's Base URL is the scripted model (fakeModel.ts) → Returning.AI nodes as tools,
 * their key parameters filled with $fromAI(). Run with `n8n execute` (no network).
 *
 * Two runs of the same tools:
 * - "happy": the model looks up a member by email, lists leaderboards and products, sends a message and
 *   renames a product; checked: the tool list it received, the sandbox requests, the agent's output;
 * - "failures": unknown member (404), leaderboards with a key that lacks the permission (403), a product
 *   ID that fails validation; each must come back to the model as a tool result with the readable
 *   message, and the execution must still succeed.
 * In both: the API keys appear in nothing the model server received.
 */
import { join } from 'path';

import { PKG, SANDBOX_API_KEY } from './n8n';
import { startFakeModel, text, type ChatRequest, type FakeModel } from './fakeModel';
import { loadBuiltNodes } from './nodes';
import { manualWorkflow, SANDBOX_CREDENTIALS, to } from './workflow';

export const LIMITED_KEY = 'sandbox-limited-key-0123456789';
export const LIMITED_CREDENTIAL_ID = 'rAiLimitedCred01';
export const MODEL_CREDENTIAL_ID = 'rAiScriptedModel1';
export const AGENT_WORKFLOW_IDS = { happy: 'rAiE2eAgentHappy', failures: 'rAiE2eAgentFails' };
const PRODUCT_ID = 'e2e0000000000000000000c1';
const CHANNEL_ID = '663347f4361726479c6';

/**
 * The tools of the agent, in one table: node, resource/operation, the $fromAI() arguments and the fixed
 * parameters, and the node version (1 unless given). (Users › Get by email: Users › Get XP and Activity takes an
 * ID or an email; at version 1.1 in its User resource locator's By Email mode.)
 */
export const AGENT_TOOLS = [
	{
		name: 'Find User by Email',
		node: 'returningAiUsers',
		resource: 'user',
		operation: 'getData',
		typeVersion: 1.1,
		args: { email: { description: "The member's email address, e.g. ada@example.com", type: 'string' } },
		parameters: (a: Args) => ({ user: { __rl: true, mode: 'email', value: a.email } }),
	},
	{
		name: 'Get Leaderboards',
		node: 'returningAiGamification',
		resource: 'leaderboard',
		operation: 'getAll',
		args: { limit: { description: 'How many leaderboards to return, 1 to 50', type: 'number' } },
		parameters: (a: Args) => ({ returnAll: false, limit: a.limit }),
	},
	{
		name: 'Send Message',
		node: 'returningAiMessaging',
		resource: 'message',
		operation: 'send',
		args: { message: { description: 'The text to post in the General channel', type: 'string' } },
		parameters: (a: Args) => ({ channelType: 'text', channelId: { __rl: true, mode: 'id', value: CHANNEL_ID }, message: a.message, sender: 'assistant-bot@example.com' }),
	},
	{
		name: 'List Products',
		node: 'returningAiStore',
		resource: 'product',
		operation: 'getAll',
		args: { limit: { description: 'How many store products to return, 1 to 50', type: 'number' } },
		parameters: (a: Args) => ({ returnAll: false, limit: a.limit, simplify: true }),
	},
	{
		name: 'Update Product',
		node: 'returningAiStore',
		resource: 'product',
		operation: 'update',
		args: {
			productId: { description: 'The 24-hex ID of the store product, e.g. 507f1f77bcf86cd799439011', type: 'string' },
			name: { description: 'The new product name', type: 'string' },
		},
		parameters: (a: Args) => ({ productId: { __rl: true, mode: 'id', value: a.productId }, updateFields: { name: a.name } }),
	},
] as const;
type Args = Record<string, string>;

function fromAi(key: string, spec: { description: string; type: string }): string {
	return `={{ $fromAI('${key}', ${JSON.stringify(spec.description)}, '${spec.type}') }}`;
}

export const PROMPTS = {
	happy: [
		'Look up ada@example.com.',
		'Show 3 leaderboards.',
		'Send "Welcome to the community, Ada!" to the General channel.',
		'List 2 products.',
		`Rename product ${PRODUCT_ID} to "Gold Voucher XL".`,
	].join('\n'),
	failures: ['Look up nobody@example.com.', 'Show 3 leaderboards.', 'Rename product not-a-product-id to "Broken".'].join('\n'),
};

/** The node version a tool of AGENT_TOOLS runs at. */
export function versionOf(t: (typeof AGENT_TOOLS)[number]): number {
	return 'typeVersion' in t ? t.typeVersion : 1;
}

/** The agent workflow; `limitedLeaderboards` gives the leaderboard tool the key without that permission. */
export function agentWorkflow(kind: 'happy' | 'failures'): Record<string, unknown> {
	const tools = AGENT_TOOLS.map((t, i) => {
		const args: Args = Object.fromEntries(Object.entries(t.args).map(([k, spec]) => [k, fromAi(k, spec)]));
		const limited = kind === 'failures' && t.operation === 'getAll' && t.resource === 'leaderboard';
		return {
			id: `agent-tool-${i}`,
			name: t.name,
			type: `${PKG.name}.${t.node}Tool`,
			typeVersion: versionOf(t),
			position: [200 + i * 160, 260],
			parameters: { descriptionType: 'auto', resource: t.resource, operation: t.operation, ...t.parameters(args) },
			credentials: { returningAiApi: limited ? { id: LIMITED_CREDENTIAL_ID, name: 'Returning.AI sandbox (limited key)' } : SANDBOX_CREDENTIALS.returningAiApi },
		};
	});
	return manualWorkflow({
		id: AGENT_WORKFLOW_IDS[kind],
		name: `E2E: AI Agent with Returning.AI tools (${kind})`,
		startId: 'agent-trigger',
		nodes: [
			{
				id: 'agent',
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3.1,
				position: [240, 0],
				parameters: { promptType: 'define', text: PROMPTS[kind], options: { systemMessage: 'You help the operators of a Returning.AI community.' } },
			},
			{
				id: 'agent-model',
				name: 'Scripted Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.2,
				position: [0, 260],
				parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, options: {} },
				credentials: { openAiApi: { id: MODEL_CREDENTIAL_ID, name: 'Scripted model (127.0.0.1)' } },
			},
			...tools,
		],
		connections: {
			Start: to('AI Agent'),
			'Scripted Model': to('AI Agent', 'ai_languageModel'),
			...Object.fromEntries(tools.map((t) => [t.name, to('AI Agent', 'ai_tool')])),
		},
	});
}

/** The credentials the agent workflows need (added to the e2e's credential file). */
export function agentCredentials(modelUrl: string, sandboxUrl: string, communityId: string): Array<Record<string, unknown>> {
	return [
		{ id: MODEL_CREDENTIAL_ID, name: 'Scripted model (127.0.0.1)', type: 'openAiApi', data: { apiKey: 'sk-scripted-model-no-secret', url: `${modelUrl}/v1` } },
		{ id: LIMITED_CREDENTIAL_ID, name: 'Returning.AI sandbox (limited key)', type: 'returningAiApi', data: { apiKey: LIMITED_KEY, baseUrl: sandboxUrl, communityId } },
	];
}

export const AGENT_SEEDS = [
	{ route: 'users.create', count: 1, template: { email: 'ada@example.com', username: 'ada', firstName: 'Ada', lastName: 'Lovelace', xp: 420, coins: 75 } },
	{ route: 'products.getMany', count: 1, template: { _id: PRODUCT_ID, name: 'Gold Voucher', price: 120, type: 'voucher' } },
];

export interface AgentContext {
	model: FakeModel;
	sandboxUrl: string;
	execute: (workflowId: string) => Promise<{ code: number | null; run: any; output: string }>;
	sandboxRequests: () => Promise<Array<{ method: string; path: string; query?: any; body?: any; headers?: any }>>;
	pass: (m: string) => void;
	fail: (m: string) => void;
}

export async function startAgentModel(): Promise<FakeModel> {
	return startFakeModel(0);
}

function toolSchemaProblems(request: ChatRequest | undefined): string[] {
	const problems: string[] = [];
	const tools = request?.tools ?? [];
	const names = tools.map((t) => t.function.name);
	const expected = AGENT_TOOLS.map((t) => t.name.replace(/[^a-zA-Z0-9_-]+/g, '_'));
	if (JSON.stringify([...names].sort()) !== JSON.stringify([...expected].sort())) problems.push(`tool names ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`);
	for (const t of AGENT_TOOLS) {
		const got = tools.find((x) => x.function.name === t.name.replace(/[^a-zA-Z0-9_-]+/g, '_'));
		if (!got) continue;
		const d = got.function.description ?? '';
		const want = expectedDescription(t);
		if (d !== want) problems.push(`${t.name}: description ${JSON.stringify(d)}, expected ${JSON.stringify(want)}`);
		const props = got.function.parameters?.properties ?? {};
		const wanted = Object.keys(t.args).sort();
		if (JSON.stringify(Object.keys(props).sort()) !== JSON.stringify(wanted)) problems.push(`${t.name}: arguments ${JSON.stringify(Object.keys(props))}, expected ${JSON.stringify(wanted)}`);
		for (const [k, spec] of Object.entries(t.args) as Array<[string, { description: string; type: string }]>) {
			const p = props[k];
			if (!p) continue;
			if (p.type !== spec.type) problems.push(`${t.name}.${k}: type ${p.type}, expected ${spec.type}`);
			if (p.description !== spec.description) problems.push(`${t.name}.${k}: description ${JSON.stringify(p.description)}, expected ${JSON.stringify(spec.description)}`);
		}
		const required = [...(got.function.parameters?.required ?? [])].sort();
		if (JSON.stringify(required) !== JSON.stringify(wanted)) problems.push(`${t.name}: required ${JSON.stringify(required)}, expected ${JSON.stringify(wanted)}`);
	}
	return problems;
}

/**
 * What n8n 2.41.1 generates for a node tool whose Tool Description is "Set Automatically"
 * (n8n-workflow makeDescription): "<the operation's action> in <the node's default name>".
 */
export function expectedDescription(t: (typeof AGENT_TOOLS)[number]): string {
	const node = loadBuiltNodes().find((b) => b.description.name === t.node);
	const version = versionOf(t);
	const op = (node?.description.properties ?? []).find(
		(p: any) => p.name === 'operation' && (p.displayOptions?.show?.resource ?? []).includes(t.resource) && (p.displayOptions?.show?.['@version'] ?? [version]).includes(version),
	);
	const action = (op?.options ?? []).find((o: any) => o.value === t.operation) as { action?: string } | undefined;
	return `${action?.action} in ${(node?.description as any)?.defaults?.name}`;
}

function chatRequests(model: FakeModel, from: number): ChatRequest[] {
	return model.requests.slice(from).filter((r) => r.body).map((r) => r.body!);
}

/** Tool results the model received, by tool name. */
function toolResults(requests: ChatRequest[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const req of requests) {
		const names = new Map<string, string>();
		for (const m of req.messages) for (const c of m.tool_calls ?? []) names.set(c.id, c.function.name);
		for (const m of req.messages) if (m.role === 'tool') out[names.get(m.tool_call_id ?? '') ?? '?'] = text(m.content);
	}
	return out;
}

function leakProblems(model: FakeModel, from: number): string[] {
	const problems: string[] = [];
	for (const r of model.requests.slice(from)) {
		const all = r.raw + JSON.stringify(r.headers);
		for (const key of [SANDBOX_API_KEY, LIMITED_KEY]) if (all.includes(key)) problems.push(`the model server received the API key ${key.slice(0, 12)}… in ${r.method} ${r.path}`);
	}
	return problems;
}

export async function checkAgent(ctx: AgentContext): Promise<void> {
	const { model, pass, fail } = ctx;
	// --- happy path
	let from = model.requests.length;
	let before = (await ctx.sandboxRequests()).length;
	let r = await ctx.execute(AGENT_WORKFLOW_IDS.happy);
	let requests = chatRequests(model, from);
	let sandbox = (await ctx.sandboxRequests()).slice(before);
	if (r.code !== 0 || r.run?.status !== 'success') fail(`agent (happy): execution failed (exit ${r.code}, status ${r.run?.status})\n${r.output}`);
	else pass(`agent (happy): execution success, ${requests.length} model call(s), ${sandbox.length} sandbox request(s)`);
	const first = requests[0];
	const schema = toolSchemaProblems(first);
	if (!first) fail('agent: the model server received no chat completion request');
	else if (schema.length) fail(`agent: tool list the model received:\n      ${schema.join('\n      ')}`);
	else {
		pass(`agent: the model received ${first.tools!.length} tools with the $fromAI arguments' names, types and descriptions`);
		for (const t of first.tools!) console.log(`      ${t.function.name}: ${t.function.description}  args ${JSON.stringify(t.function.parameters?.properties)}`);
	}
	const expected = [
		{ method: 'POST', path: '/v1/users/info', body: { idOrEmail: 'ada@example.com' } },
		{ method: 'GET', path: '/v1/leaderboards', query: { limit: '3' } },
		{ method: 'POST', path: '/v1/messages/send', body: { channelId: CHANNEL_ID, message: 'Welcome to the community, Ada!', sender: 'assistant-bot@example.com' } },
		{ method: 'GET', path: '/v1/products', query: { limit: '2' } },
		{ method: 'PUT', path: `/v1/products/${PRODUCT_ID}`, body: { name: 'Gold Voucher XL' } },
	];
	for (const e of expected) {
		const got = sandbox.filter((s) => s.method === e.method && s.path === e.path);
		const match = got.find((s) => (!e.body || subset(e.body, s.body)) && (!(e as any).query || subset((e as any).query, s.query)));
		if (!match) fail(`agent: expected sandbox request ${e.method} ${e.path} ${JSON.stringify((e as any).body ?? (e as any).query)}; got ${JSON.stringify(got.map((s) => ({ query: s.query, body: s.body })))}`);
		else pass(`agent: sandbox got ${e.method} ${e.path} ${JSON.stringify((e as any).body ?? (e as any).query)}`);
	}
	const others = sandbox.filter((s) => !expected.some((e) => e.method === s.method && e.path === s.path));
	if (others.length) fail(`agent: unexpected sandbox requests: ${others.map((s) => `${s.method} ${s.path}`).join(', ')}`);
	const output = r.run?.data?.resultData?.runData?.['AI Agent']?.[0]?.data?.main?.[0]?.[0]?.json?.output as string | undefined;
	const results = toolResults(requests);
	const finalAnswer = `Here is what the Returning.AI tools returned:`;
	if (!output || !output.startsWith(finalAnswer)) fail(`agent: final output ${JSON.stringify(output)}`);
	else {
		const missing = ['ada', 'Gold Voucher XL', 'Message send successfully'].filter((w) => !output.includes(w));
		if (missing.length) fail(`agent: the final output misses ${missing.join(', ')} from the tool results: ${output}`);
		else pass(`agent: final output built from the ${Object.keys(results).length} tool results (${output.length} chars)`);
	}
	// --- failures
	from = model.requests.length;
	before = (await ctx.sandboxRequests()).length;
	r = await ctx.execute(AGENT_WORKFLOW_IDS.failures);
	requests = chatRequests(model, from);
	sandbox = (await ctx.sandboxRequests()).slice(before);
	if (r.code !== 0 || r.run?.status !== 'success') fail(`agent (failures): execution failed (exit ${r.code}, status ${r.run?.status}) — tool errors must go back to the model\n${r.output}`);
	else pass('agent (failures): the execution succeeded although 3 tool calls failed');
	const failed = toolResults(requests);
	console.log(`      tool results the model got: ${JSON.stringify(failed, null, 1).slice(0, 2000)}`);
	const wanted: Array<[string, RegExp, string]> = [
		['Find_User_by_Email', /not found/i, '404 unknown user'],
		['Get_Leaderboards', /permission|forbidden|403/i, '403 missing permission'],
		['Update_Product', /24|hex|Product/i, 'validation failure'],
	];
	for (const [tool, pattern, label] of wanted) {
		const got = failed[tool];
		if (!got || !pattern.test(got)) fail(`agent: ${label}: the model got ${JSON.stringify(got)} from ${tool}, expected ${pattern}`);
		else pass(`agent: ${label} came back to the model as a tool result: ${got.slice(0, 200)}`);
	}
	if (sandbox.some((s) => s.path.startsWith('/v1/products/'))) fail('agent: the invalid product ID reached the sandbox');
	const leaks = leakProblems(model, 0);
	if (leaks.length) fail(leaks.join('\n      '));
	else pass(`agent: no API key in any of the ${model.requests.length} request(s) the model server received`);
}

function subset(want: any, got: any): boolean {
	if (want === null || typeof want !== 'object') return String(want) === String(got);
	if (!got || typeof got !== 'object') return false;
	return Object.entries(want).every(([k, v]) => subset(v, got[k]));
}

export const AGENT_DIR = join(__dirname);

export const ASSISTANT_EXAMPLE = { file: 'ai-community-assistant.json', id: 'rAiExAiAssistant', webhookId: '5e7d0a0e-1c0e-4a43-9a51-0c0ffee0a1a1' };

/** examples/ai-community-assistant.json, published: one chat message through its Chat Trigger (as n8n's chat panel sends it). */
export async function checkAssistantExample(ctx: Omit<AgentContext, 'execute'> & { n8nUrl: string }): Promise<void> {
	const { model, pass, fail } = ctx;
	const from = model.requests.length;
	const before = (await ctx.sandboxRequests()).length;
	const res = await fetch(`${ctx.n8nUrl}/webhook/${ASSISTANT_EXAMPLE.webhookId}/chat`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ action: 'sendMessage', sessionId: 'e2e-session', chatInput: 'Look up ada@example.com.\nList 2 products.' }),
	});
	const body = await res.text();
	const sandbox = (await ctx.sandboxRequests()).slice(before);
	const tools = chatRequests(model, from)[0]?.tools?.map((t) => t.function.name) ?? [];
	if (res.status !== 200) return fail(`${ASSISTANT_EXAMPLE.file}: chat message answered HTTP ${res.status} ${body.slice(0, 500)}`);
	let output = '';
	try {
		output = String((JSON.parse(body) as { output?: string }).output ?? '');
	} catch {
		output = body;
	}
	const paths = sandbox.map((s) => `${s.method} ${s.path}`);
	if (!output.includes('ada') || !output.includes('Product')) fail(`${ASSISTANT_EXAMPLE.file}: chat answer ${JSON.stringify(output.slice(0, 400))}`);
	else if (!paths.includes('POST /v1/users/info') || !paths.includes('GET /v1/products')) fail(`${ASSISTANT_EXAMPLE.file}: sandbox requests ${paths.join(', ')}`);
	else pass(`${ASSISTANT_EXAMPLE.file}: chat message → agent with ${tools.length} tools (${tools.join(', ')}) → ${paths.join(', ')} → answer of ${output.length} chars`);
	const leaks = leakProblems(model, from);
	if (leaks.length) fail(leaks.join('\n      '));
}
