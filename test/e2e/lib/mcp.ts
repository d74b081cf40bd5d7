/* eslint-disable */
/**
 * The MCP part of the e2e: a published workflow with n8n's MCP Server Trigger (bearer auth) and two
 * Returning.AI tools. The test connects with the official MCP TypeScript SDK client over Streamable HTTP
 * (what the trigger serves from v2 at /mcp/<path>), lists the tools, calls both, and checks the
 * results and the sandbox's requests; a client without the token must be refused.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { AGENT_TOOLS, versionOf } from './agent';
import { PKG } from './n8n';
import { SANDBOX_CREDENTIALS } from './workflow';

export const MCP_WORKFLOW_ID = 'rAiE2eMcpServer1';
export const MCP_PATH = 'returning-ai-e2e';
export const MCP_TOKEN = 'e2e-mcp-bearer-token-5d1c';
const MCP_CREDENTIAL_ID = 'rAiE2eMcpBearer1';
const MCP_TOOLS = ['Find User by Email', 'List Products'];

export function mcpCredentials(): Array<Record<string, unknown>> {
	return [{ id: MCP_CREDENTIAL_ID, name: 'MCP bearer token (e2e)', type: 'httpBearerAuth', data: { token: MCP_TOKEN } }];
}

export function mcpWorkflow(): Record<string, unknown> {
	const tools = AGENT_TOOLS.filter((t) => MCP_TOOLS.includes(t.name)).map((t, i) => {
		const args = Object.fromEntries(Object.entries(t.args).map(([k, spec]) => [k, `={{ $fromAI('${k}', ${JSON.stringify(spec.description)}, '${spec.type}') }}`]));
		return {
			id: `mcp-tool-${i}`,
			name: t.name,
			type: `${PKG.name}.${t.node}Tool`,
			typeVersion: versionOf(t),
			position: [200 + i * 200, 240],
			parameters: { descriptionType: 'auto', resource: t.resource, operation: t.operation, ...t.parameters(args as any) },
			credentials: SANDBOX_CREDENTIALS,
		};
	});
	return {
		id: MCP_WORKFLOW_ID,
		name: 'E2E: Returning.AI MCP server',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'mcp-trigger',
				name: 'MCP Server Trigger',
				type: '@n8n/n8n-nodes-langchain.mcpTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '0e2e0e2e-4c0e-4a43-9a51-0c0ffee0e2e2',
				parameters: { authentication: 'bearerAuth', path: MCP_PATH },
				credentials: { httpBearerAuth: { id: MCP_CREDENTIAL_ID, name: 'MCP bearer token (e2e)' } },
			},
			...tools,
		],
		connections: Object.fromEntries(tools.map((t) => [t.name, { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] }])),
		pinData: {},
	};
}

async function connect(url: string, token?: string): Promise<Client> {
	const client = new Client({ name: 'n8n-nodes-returning-ai-e2e', version: '1.0.0' });
	const transport = new StreamableHTTPClientTransport(new URL(url), token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : undefined);
	await client.connect(transport);
	return client;
}

export async function checkMcp(ctx: {
	n8nUrl: string;
	sandboxRequests: () => Promise<Array<{ method: string; path: string; query?: any; body?: any }>>;
	pass: (m: string) => void;
	fail: (m: string) => void;
}): Promise<void> {
	const { pass, fail } = ctx;
	const url = `${ctx.n8nUrl}/mcp/${MCP_PATH}`;
	// Without the token: refused.
	try {
		const c = await connect(url);
		await c.listTools();
		fail('MCP: a client without the bearer token could list the tools');
		await c.close();
	} catch (e) {
		pass(`MCP: a client without the token is refused (${String((e as Error).message).slice(0, 120)})`);
	}
	const raw = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) });
	if (raw.status !== 401 && raw.status !== 403) fail(`MCP: a POST without the token answered HTTP ${raw.status}, expected 401/403`);
	else pass(`MCP: a POST without the token answers HTTP ${raw.status}`);
	let client: Client;
	try {
		client = await connect(url, MCP_TOKEN);
	} catch (e) {
		return fail(`MCP: could not connect with the token to ${url}: ${(e as Error).message}`);
	}
	try {
		const { tools } = await client.listTools();
		const names = tools.map((t) => t.name).sort();
		const wanted = MCP_TOOLS.map((n) => n.replace(/[^a-zA-Z0-9_-]+/g, '_')).sort();
		if (JSON.stringify(names) !== JSON.stringify(wanted)) fail(`MCP: tools ${JSON.stringify(names)}, expected ${JSON.stringify(wanted)}`);
		else pass(`MCP: tools/list → ${names.join(', ')}`);
		for (const t of tools) {
			console.log(`      ${t.name}: ${t.description}  input ${JSON.stringify(t.inputSchema)}`);
			const spec = AGENT_TOOLS.find((a) => a.name.replace(/[^a-zA-Z0-9_-]+/g, '_') === t.name);
			const props = (t.inputSchema as any)?.properties ?? {};
			for (const [k, s] of Object.entries(spec?.args ?? {}) as Array<[string, { description: string; type: string }]>) {
				if (props[k]?.type !== s.type || props[k]?.description !== s.description) fail(`MCP: ${t.name}.${k} schema ${JSON.stringify(props[k])}, expected ${JSON.stringify(s)}`);
			}
			if (!t.description || t.description.length < 20) fail(`MCP: ${t.name} has no useful description`);
		}
		const before = (await ctx.sandboxRequests()).length;
		const user = await client.callTool({ name: 'Find_User_by_Email', arguments: { email: 'ada@example.com' } });
		const products = await client.callTool({ name: 'List_Products', arguments: { limit: 2 } });
		const sandbox = (await ctx.sandboxRequests()).slice(before);
		const userText = JSON.stringify(user.content);
		const productText = JSON.stringify(products.content);
		if (user.isError || !/ada/.test(userText)) fail(`MCP: Find_User_by_Email returned ${userText.slice(0, 300)}`);
		else pass(`MCP: Find_User_by_Email(ada@example.com) → ${userText.slice(0, 160)}`);
		if (products.isError || !/Product|Gold Voucher/.test(productText)) fail(`MCP: List_Products returned ${productText.slice(0, 300)}`);
		else pass(`MCP: List_Products(limit 2) → ${productText.slice(0, 160)}`);
		const u = sandbox.find((s) => s.method === 'POST' && s.path === '/v1/users/info');
		const p = sandbox.find((s) => s.method === 'GET' && s.path === '/v1/products');
		if (!u || (u.body as any)?.idOrEmail !== 'ada@example.com') fail(`MCP: sandbox requests ${JSON.stringify(sandbox.map((s) => [s.method, s.path, s.body ?? s.query]))}`);
		else if (!p || String(p.query?.limit) !== '2') fail(`MCP: products request ${JSON.stringify(p)}`);
		else pass('MCP: sandbox got POST /v1/users/info {"idOrEmail":"ada@example.com"} and GET /v1/products?limit=2');
	} catch (e) {
		fail(`MCP: ${(e as Error).stack ?? e}`);
	} finally {
		await client.close().catch(() => undefined);
	}
}

export const MCP_EXAMPLE = { file: 'returning-ai-mcp-server.json', id: 'rAiExMcpServer01', path: 'returning-ai' };

/** examples/returning-ai-mcp-server.json, published: list its tools and call one (no authentication in the example). */
export async function checkMcpExample(ctx: Parameters<typeof checkMcp>[0]): Promise<void> {
	const { pass, fail } = ctx;
	let client: Client | undefined;
	try {
		client = await connect(`${ctx.n8nUrl}/mcp/${MCP_EXAMPLE.path}`);
		const { tools } = await client.listTools();
		const before = (await ctx.sandboxRequests()).length;
		const result = await client.callTool({ name: 'Get_Leaderboards', arguments: { limit: 1 } });
		const sandbox = (await ctx.sandboxRequests()).slice(before);
		const req = sandbox.find((s) => s.method === 'GET' && s.path === '/v1/leaderboards');
		if (result.isError || !req || String(req.query?.limit) !== '1') fail(`${MCP_EXAMPLE.file}: Get_Leaderboards(limit 1) → ${JSON.stringify(result).slice(0, 300)}; sandbox ${JSON.stringify(sandbox.map((s) => [s.method, s.path, s.query]))}`);
		else pass(`${MCP_EXAMPLE.file}: ${tools.length} tools (${tools.map((t) => t.name).join(', ')}); Get_Leaderboards(limit 1) → GET /v1/leaderboards?limit=1`);
	} catch (e) {
		fail(`${MCP_EXAMPLE.file}: ${(e as Error).message}`);
	} finally {
		await client?.close().catch(() => undefined);
	}
}
