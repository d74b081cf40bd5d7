/* eslint-disable */
/**
 * A scripted OpenAI-compatible chat model on 127.0.0.1, for n8n's OpenAI Chat Model node (its
 * `openAiApi` credential's Base URL = `<url>/v1`). No network, no weights: the reply is computed
 * from the request.
 *
 * POST /v1/chat/completions (plain JSON, or SSE when `stream: true`), GET /v1/models.
 * Every request is recorded (GET /__model/requests) so a test can check what the model received:
 * the tool list (name, description, JSON schema) and the tool results.
 *
 * Default script (used by `npm start` and the e2e):
 * - turn 1 (no tool result after the last user message): one tool call per task found in the prompt,
 *   the arguments taken from the prompt (emails, 24-hex IDs, quoted text, numbers), for the tools
 *   the request offers (matched by the words in their names);
 * - turn 2 (tool results present): the final answer, built from the tool results it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

export interface ChatTool {
	type: 'function';
	function: { name: string; description?: string; parameters?: { type?: string; properties?: Record<string, any>; required?: string[] } };
}
export interface ChatMessage {
	role: string;
	content?: string | Array<{ type: string; text?: string }> | null;
	tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
	name?: string;
}
export interface ChatRequest {
	model?: string;
	messages: ChatMessage[];
	tools?: ChatTool[];
	stream?: boolean;
}
export interface RecordedModelRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	raw: string;
	body?: ChatRequest;
}
export type ScriptedReply = { content: string } | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> };
export type Script = (request: ChatRequest) => ScriptedReply;

export function text(content: ChatMessage['content']): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((c) => c.text ?? '').join('');
	return '';
}

/** The tool of the request whose name contains all the words (case-insensitive), e.g. ['user', 'email']. */
export function findTool(tools: ChatTool[] | undefined, ...words: string[]): ChatTool | undefined {
	return (tools ?? []).find((t) => words.every((w) => t.function.name.toLowerCase().includes(w.toLowerCase())));
}

/** Fills a tool's arguments from a task sentence: each property gets the value of its kind found in it. */
function argumentsFor(tool: ChatTool, task: string): Record<string, unknown> {
	const args: Record<string, unknown> = {};
	const props = tool.function.parameters?.properties ?? {};
	const email = task.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/)?.[0];
	const id = task.match(/\b[a-f0-9]{24}\b/)?.[0];
	const quoted = task.match(/["“']([^"”']+)["”']/)?.[1];
	// the first whole number that is not part of an ID, e.g. "Show 3 leaderboards" → 3
	const number = task.replace(/\b[a-f0-9]{24}\b/g, '').match(/(?<![\w.-])-?\d+(?![\w.-])/)?.[0];
	// an ID-like word after the thing it names, when no 24-hex ID is given: "product abc-1" → abc-1
	const named = task.match(/\b(?:product|user|leaderboard|channel|message|order|category)\s+(?!to\b)([\w-]+)/i)?.[1];
	for (const [name, schema] of Object.entries(props)) {
		const key = name.toLowerCase();
		const type = (schema as any)?.type;
		if (/email/.test(key) && email) args[name] = email;
		else if (/id$/.test(key) && (id ?? named)) args[name] = id ?? named;
		else if (type === 'number' || type === 'integer') args[name] = number !== undefined ? Number(number) : 5;
		else if (type === 'boolean') args[name] = false;
		else if (/message|text|content|body/.test(key) && quoted !== undefined) args[name] = quoted;
		else if (/name/.test(key) && quoted !== undefined) args[name] = quoted;
		else if (quoted !== undefined) args[name] = quoted;
		else if (email) args[name] = email;
		else args[name] = task.trim();
	}
	return args;
}

/** Which tool a task sentence asks for: the first rule whose pattern matches and whose tool is offered. */
const RULES: Array<{ pattern: RegExp; words: string[] }> = [
	{ pattern: /\b(update|rename|change)\b/i, words: ['update'] },
	{ pattern: /leaderboard|ranking/i, words: ['leaderboard'] },
	{ pattern: /\b(products?|store|shop)\b/i, words: ['products'] },
	{ pattern: /\b(send|message|tell|dm)\b/i, words: ['message'] },
	{ pattern: /@/, words: ['user'] },
];

export const defaultScript: Script = (request) => {
	const messages = request.messages ?? [];
	const lastUser = messages.map((m) => m.role).lastIndexOf('user');
	const results = messages.slice(lastUser + 1).filter((m) => m.role === 'tool');
	if (results.length) {
		const calls = new Map<string, string>();
		for (const m of messages.slice(lastUser + 1)) for (const c of m.tool_calls ?? []) calls.set(c.id, c.function.name);
		const lines = results.map((r) => `- ${calls.get(r.tool_call_id ?? '') ?? 'tool'}: ${text(r.content).slice(0, 600)}`);
		return { content: `Here is what the Returning.AI tools returned:\n${lines.join('\n')}` };
	}
	const prompt = text(messages[lastUser]?.content);
	const tasks = prompt.split(/(?<=[.;!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
	const toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> = [];
	for (const task of tasks) {
		const rule = RULES.find((r) => r.pattern.test(task) && findTool(request.tools, ...r.words));
		if (!rule) continue;
		const tool = findTool(request.tools, ...rule.words)!;
		toolCalls.push({ name: tool.function.name, arguments: argumentsFor(tool, task) });
	}
	if (!toolCalls.length) {
		const names = (request.tools ?? []).map((t) => t.function.name).join(', ') || 'none';
		return { content: `I am a scripted test model (no real AI). Ask me e.g. "Look up ada@example.com." or "Show the top 3 of the leaderboard." Tools I was given: ${names}.` };
	}
	return { toolCalls };
};

function completion(request: ChatRequest, reply: ScriptedReply, n: number): any {
	const message: any = { role: 'assistant', content: null };
	let finish = 'stop';
	if ('toolCalls' in reply) {
		message.tool_calls = reply.toolCalls.map((c, i) => ({ id: `call_${n}_${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } }));
		finish = 'tool_calls';
	} else message.content = reply.content;
	return {
		id: `chatcmpl-scripted-${n}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: request.model ?? 'scripted-model',
		choices: [{ index: 0, message, finish_reason: finish }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

function streamChunks(full: any): string {
	const base = { id: full.id, object: 'chat.completion.chunk', created: full.created, model: full.model };
	const msg = full.choices[0].message;
	const chunks: any[] = [];
	if (msg.tool_calls) {
		chunks.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: msg.tool_calls.map((c: any, i: number) => ({ index: i, ...c })) }, finish_reason: null }] });
	} else {
		chunks.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: msg.content }, finish_reason: null }] });
	}
	chunks.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: full.choices[0].finish_reason }], usage: full.usage });
	return chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: [DONE]\n\n';
}

export interface FakeModel {
	url: string;
	server: Server;
	requests: RecordedModelRequest[];
	close(): Promise<void>;
}

/** Starts the scripted model on 127.0.0.1:`port` (0 = any free port). */
export async function startFakeModel(port = 0, script: Script = defaultScript, log?: (line: string) => void): Promise<FakeModel> {
	const requests: RecordedModelRequest[] = [];
	let n = 0;
	const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		const path = (req.url ?? '/').split('?')[0];
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (path === '/__model/requests') return send(200, requests);
		const record: RecordedModelRequest = { method: req.method ?? '', path, headers: req.headers, raw };
		requests.push(record);
		if (req.method === 'GET' && /\/models$/.test(path)) {
			return send(200, { object: 'list', data: [{ id: 'scripted-model', object: 'model', created: 0, owned_by: 'n8n-nodes-returning-ai' }] });
		}
		if (req.method === 'POST' && /\/chat\/completions$/.test(path)) {
			let body: ChatRequest;
			try {
				body = JSON.parse(raw);
			} catch {
				return send(400, { error: { message: 'invalid JSON' } });
			}
			record.body = body;
			const full = completion(body, script(body), ++n);
			log?.(`model turn ${n}: ${body.messages.length} message(s), ${body.tools?.length ?? 0} tool(s) → ${full.choices[0].finish_reason}`);
			if (body.stream) {
				res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
				return res.end(streamChunks(full));
			}
			return send(200, full);
		}
		send(404, { error: { message: `scripted model: no route ${req.method} ${path}` } });
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		server,
		requests,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
