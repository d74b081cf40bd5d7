import { Expression } from 'n8n-workflow';
import { byId, useSandbox } from '../harness/sandbox';

/**
 * Guards the number of expression evaluations n8n makes per item for a per-item call (issue 17).
 * Counts Expression.renderExpression (every `={{ }}` n8n evaluates, in RoutingNode or in getNodeParameter)
 * in a run of 10 items and in a run of 1 item: the difference ÷ 9 is the cost per item, apart from what is
 * done once per execution.
 */
const t = useSandbox();

async function evaluationsByExpression(items: number): Promise<Record<string, number>> {
	const cats = t.sandbox.seed('categories.get', items, (i) => ({ name: `Cat ${i}` }));
	// renderExpression is private in the typings; it is where every expression is evaluated.
	const spy = jest.spyOn(Expression.prototype as unknown as { renderExpression: (expression: string) => unknown }, 'renderExpression');
	try {
		const r = await t.run(
			'returningAiStore',
			{ resource: 'category', operation: 'get', categoryId: byId('={{ $json.id }}') },
			{ items: cats.map((c) => ({ json: { id: c._id } })) },
		);
		expect(r.status).toBe('success');
		expect(r.json.map((j) => j._id)).toEqual(cats.map((c) => c._id));
		const counts: Record<string, number> = {};
		for (const [expression] of spy.mock.calls) counts[String(expression)] = (counts[String(expression)] ?? 0) + 1;
		return counts;
	} finally {
		spy.mockRestore();
	}
}

describe('Expression evaluations per item', () => {
	test('Store > Category > Get with Category = {{ $json.id }}: 5 evaluations per item, each accounted for', async () => {
		const one = await evaluationsByExpression(1);
		const ten = await evaluationsByExpression(10);
		const perItem: Record<string, number> = {};
		for (const expression of new Set([...Object.keys(one), ...Object.keys(ten)])) {
			perItem[expression] = ((ten[expression] ?? 0) - (one[expression] ?? 0)) / 9;
		}
		expect(perItem).toEqual({
			// n8n's RoutingNode: the parameter loop and the base-URL ownership check (resolveBaseUrl) each
			// evaluate every parameter (the floor of any declarative node), plus the operation's one read
			// of the parameter in preSend (nodes/shared/values.ts readRaw; it was two reads before issue 17).
			'{{ $json.id }}': 3,
			// requestDefaults.baseURL (nodes/shared/description.ts), evaluated by RoutingNode in runNode and
			// again in resolveBaseUrl. Kept: it tells n8n's credential domain restrictions the node's own host.
			'{{$credentials.baseUrl.replace(/\\/+$/, "")}}': 2,
		});
	});
});
