import { readFileSync } from 'fs';
import { join } from 'path';

import { runListSearch } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { DEMO_COMMUNITY_ID, seedDemo } from './seed';

// The demo data of `npm start` and the e2e: every example and every picker finds something in a fresh sandbox.
const t = useSandbox();
beforeEach(() => seedDemo(t.sandbox));

function exampleNode(file: string, name: string) {
	const workflow = JSON.parse(readFileSync(join(__dirname, '../../examples', file), 'utf8'));
	const node = workflow.nodes.find((n: { name: string }) => n.name === name);
	return { type: node.type.split('.').pop() as string, parameters: node.parameters as Record<string, unknown> };
}

describe('Sandbox demo data', () => {
	test('the nightly leaderboard example\'s "Get Members with XP" lists the members with XP and coins', async () => {
		const { type, parameters } = exampleNode('nightly-leaderboard-export.json', 'Get Members with XP');
		const r = await t.run(type, parameters);
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(10);
		expect(r.json[0]).toEqual({ email: 'ada.lovelace@example.com', first_name: 'Ada', last_name: 'Lovelace', xp: 4820, coins: 1250 });
		for (const member of r.json) expect(member.xp).toBeGreaterThan(0);
	});

	test('leaderboards, redemption orders and channel messages are listed', async () => {
		const leaderboards = await t.run('returningAiGamification', { resource: 'leaderboard', operation: 'getAll', returnAll: true });
		expect(leaderboards.json.map((l) => l.slug)).toEqual(['top-traders', 'xp-champions', 'weekly-streaks']);
		const orders = await t.run('returningAiRewards', { resource: 'redemptionOrder', operation: 'getAll', returnAll: true });
		expect(orders.json.map((o) => [o.transactionId, o.status.name])).toEqual([
			['ORD20260001', 'Pending'],
			['ORD20260002', 'Shipping'],
			['ORD20260003', 'Delivered'],
			['ORD20260004', 'Pending'],
			['ORD20260005', 'Shipping'],
		]);
		const byEmail = await t.run('returningAiRewards', { resource: 'redemptionOrder', operation: 'getManyByEmail', email: 'grace.hopper@example.com' });
		expect(byEmail.json.map((o) => o.transactionId)).toEqual(['ORD20260002']);
		const messages = t.sandbox.collection('/v1/messages');
		expect(messages.map((m) => m.channel.channel_id)).toEqual(Array(4).fill('663347f4361726479c6'));
	});

	test.each([
		['returningAiGamification', 'searchLeaderboards', 3, {}],
		// the community comes from the credential's Default Community ID, as in `npm start`
		['returningAiCommunity', 'searchCommunityUsers', 10, { resource: 'communityUser', operation: 'get', communityId: '' }],
		['returningAiUserFields', 'searchUserFields', 2, { resource: 'userField', operation: 'get', communityId: '' }],
		['returningAiMessaging', 'searchChannels', 1, {}],
		['returningAiRewards', 'searchRedemptionStatuses', 4, {}],
		['returningAiStore', 'searchProducts', 12, {}],
		['returningAiStore', 'searchCategories', 3, {}],
	])('%s picker %s shows %i demo records', async (type, method, count, parameters) => {
		const result = await runListSearch({ type, method, baseUrl: t.baseUrl, parameters, credential: { communityId: DEMO_COMMUNITY_ID } });
		expect(result.results).toHaveLength(count);
	});
});

describe('Store purchase example against the demo data', () => {
	it('moves the order to the demo status called Processing, as its node name says', async () => {
		const { readFileSync } = await import('fs');
		const wf = JSON.parse(readFileSync(`${__dirname}/../../examples/store-purchase-update-status-dm-buyer.json`, 'utf8'));
		const node = wf.nodes.find((n: { name: string }) => n.name === 'Mark Order as Processing');
		const result = await runListSearch({ type: 'returningAiRewards', method: 'searchRedemptionStatuses', baseUrl: t.baseUrl, parameters: {}, credential: { communityId: DEMO_COMMUNITY_ID } });
		expect(result.results.find((r: { value: string }) => r.value === node.parameters.statusId.value)?.name).toBe('Processing');
	});
});
