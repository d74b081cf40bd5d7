import { Expression, type INodeType } from 'n8n-workflow';
import { nodeTypesMap } from '../harness/engine';
import { byId, useSandbox } from '../harness/sandbox';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../../nodes/shared/description';

/** The floor: a minimal declarative node (one expression parameter, routing only, no preSend) with our request defaults. */
const minimal: INodeType = {
	description: {
		displayName: 'Minimal Declarative',
		name: 'minimalDeclarative',
		group: ['transform'],
		version: 1,
		description: 'Bench and test only',
		defaults: { name: 'Minimal Declarative' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: [
			{ displayName: 'ID', name: 'id', type: 'string', default: '', routing: { request: { method: 'GET', url: '=/v1/categories/{{$value}}' } } },
		],
	},
};

/**
 * Guards the number of expression evaluations n8n makes per item for a per-item call (issue 17).
 * Counts Expression.renderExpression (every `={{ }}` n8n evaluates, in RoutingNode or in getNodeParameter)
 * in a run of 10 items and in a run of 1 item: the difference ÷ 9 is the cost per item, apart from what is
 * done once per execution.
 */
const t = useSandbox();

async function evaluationsByExpression(items: number, type = 'returningAiStore', parameters: Record<string, unknown> = { resource: 'category', operation: 'get', categoryId: byId('={{ $json.id }}') }): Promise<Record<string, number>> {
	const cats = t.sandbox.seed('categories.get', items, (i) => ({ name: `Cat ${i}` }));
	// renderExpression is private in the typings; it is where every expression is evaluated.
	const spy = jest.spyOn(Expression.prototype as unknown as { renderExpression: (expression: string) => unknown }, 'renderExpression');
	try {
		const r = await t.run(
			type,
			parameters,
			{ items: cats.map((c) => ({ json: { id: c._id } })) },
		);
		expect(r.status).toBe('success');
		expect(r.json.map((j) => (j.data as { _id?: string } | undefined)?._id ?? j._id)).toEqual(cats.map((c) => c._id));
		const counts: Record<string, number> = {};
		for (const [expression] of spy.mock.calls) counts[String(expression)] = (counts[String(expression)] ?? 0) + 1;
		return counts;
	} finally {
		spy.mockRestore();
	}
}

async function perItem(type?: string, parameters?: Record<string, unknown>): Promise<Record<string, number>> {
	const one = await evaluationsByExpression(1, type, parameters);
	const ten = await evaluationsByExpression(10, type, parameters);
	const out: Record<string, number> = {};
	for (const expression of new Set([...Object.keys(one), ...Object.keys(ten)])) {
		out[expression] = ((ten[expression] ?? 0) - (one[expression] ?? 0)) / 9;
	}
	return out;
}

describe('Expression evaluations per item', () => {
	test('the floor: a minimal declarative node with the same request defaults costs 7 per item, more than ours', async () => {
		nodeTypesMap()['n8n-nodes-returning-ai.minimalDeclarative'] = minimal;
		expect(await perItem('minimalDeclarative', { id: '={{ $json.id }}' })).toEqual({
			// RoutingNode: the parameter loop and resolveBaseUrl each evaluate the parameter, and
			// getRequestOptionsFromParameters reads it again for its routing in both passes.
			'{{ $json.id }}': 4,
			// the routing's url, with $value (evaluated in runNode's pass only)
			'/v1/categories/{{$value}}': 1,
			// requestDefaults.baseURL in runNode and in resolveBaseUrl, as for our nodes
			'{{$credentials.baseUrl.replace(/\\/+$/, "")}}': 2,
		});
	});

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
