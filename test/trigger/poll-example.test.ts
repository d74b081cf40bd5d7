import { readFileSync } from 'fs';
import { join } from 'path';

import { Poller } from '../harness/poll';
import { useSandbox, wire } from '../harness/sandbox';
import { seedDemo } from '../sandbox/seed';

// examples/store-purchase-polling-reward-dm.json against the demo data of `npm start`.
const t = useSandbox();
beforeEach(() => seedDemo(t.sandbox));

const workflow = JSON.parse(readFileSync(join(__dirname, '../../examples/store-purchase-polling-reward-dm.json'), 'utf8'));
const node = (name: string) => workflow.nodes.find((n: { name: string }) => n.name === name);

test('the polling store-purchase example: demo orders are not replayed, a new purchase is, and its status is set', async () => {
	const trigger = node('New Store Purchase');
	expect(trigger.type).toBe('n8n-nodes-returning-ai.returningAiPollingTrigger');
	expect(trigger.webhookId).toBeUndefined();
	const p = new Poller({ baseUrl: t.baseUrl, parameters: trigger.parameters });
	expect((await p.poll('trigger', 'activate')).items).toBeNull();
	const [order] = t.sandbox.seed('redemptionOrders.getMany', 1, () => ({ transactionId: 'ORD20261203001', createdAt: new Date().toISOString(), statusId: '695e2f8b3358520a2ecf86e3' }));
	const emitted = await p.poll();
	expect(emitted.json).toEqual([order]);

	const mark = node('Mark Order as Processing');
	const r = await t.run(mark.type.split('.').pop(), mark.parameters, { items: emitted.items! });
	expect(r.status).toBe('success');
	expect(wire(t.sandbox.lastRequest())).toEqual({
		method: 'PUT',
		path: '/v1/redemption-transactions/status',
		query: {},
		body: { transactionId: 'ORD20261203001', statusId: '695e2f8b3358520a2ecf86e6' },
	});
	expect(r.json[0].status.name).toBe('Processing');
	expect((await p.poll()).items).toBeNull();
});
