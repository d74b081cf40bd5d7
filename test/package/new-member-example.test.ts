import { readFileSync } from 'fs';
import { join } from 'path';

import { runWorkflow } from '../harness/engine';
import { useSandbox, wire } from '../harness/sandbox';
import { seedDemo } from '../sandbox/seed';

/**
 * examples/new-member-badge-and-welcome.json with the current nodes (no Legacy node): the trigger's item
 * (a User Joins Server event) → Events › Update In-Game Currency → Messaging › Send, through n8n-core's
 * engine against the demo sandbox, as n8n runs it after the trigger fired.
 */
const t = useSandbox();
const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'new-member-badge-and-welcome.json'), 'utf8'));
const event = { userId: '61100af5c548eb5c7ebc7819', username: 'ada', email: 'ada@example.com' };

describe('new member example', () => {
	test('uses no Legacy node, and its sticky note names the nodes and fields it uses', () => {
		const types = workflow.nodes.map((n: { type: string }) => n.type);
		expect(types.filter((x: string) => /Legacy/i.test(x))).toEqual([]);
		const note = workflow.nodes.find((n: { type: string }) => n.type === 'n8n-nodes-base.stickyNote').parameters.content as string;
		for (const name of ['Give Welcome Coins', 'Post Welcome Message', 'Webhook URL', 'Amount', 'Channel', 'Sender', '`email`', '`username`', '`_returningAi`']) expect(note).toContain(name);
	});

	test('a joining member gets 100 coins through the incoming webhook, then a welcome message naming them', async () => {
		seedDemo(t.sandbox);
		const nodes = workflow.nodes
			.filter((n: { type: string }) => n.type !== 'n8n-nodes-base.stickyNote')
			.map((n: Record<string, unknown>) => ({ ...n, credentials: n.credentials ? { returningAiApi: { id: 'c1', name: 'Returning.AI sandbox' } } : undefined }));
		const run = await runWorkflow({
			nodes,
			connections: workflow.connections,
			startNodeName: 'Member Joins',
			inputItems: [{ json: { ...event, _returningAi: { event: 'userJoinsServer', encrypted: false, receivedAt: '2026-01-05T09:30:00.000Z' } } }],
			credentials: { returningAiApi: { baseUrl: t.baseUrl, apiKey: 'sandbox-api-key-0123456789', communityId: '' } },
		});
		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(t.sandbox.requests.map(wire)).toEqual([
			{ method: 'POST', path: '/v1/incoming-webhooks/welcome-bonus-hook', query: {}, body: { email: 'ada@example.com', coins_op: 'add', coins: 100 } },
			{
				method: 'POST',
				path: '/v1/messages/send',
				query: {},
				body: {
					channelId: '663347f4361726479c6',
					message: 'Welcome to the community, ada! 100 coins are waiting in your wallet: say hi and check the #rules channel.',
					sender: 'welcome-bot@example.com',
				},
			},
		]);
		const out = run.data.resultData.runData['Post Welcome Message'][0].data!.main[0]!;
		expect(out).toHaveLength(1);
	});
});
