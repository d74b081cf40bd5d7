import type { INodeProperties } from 'n8n-workflow';

import { chartAnalysisResources } from '../../nodes/ChartAnalysis/ReturningAiChartAnalysis.node';
import { gamificationResources } from '../../nodes/Gamification/ReturningAiGamification.node';
import { rewardsResources } from '../../nodes/Rewards/ReturningAiRewards.node';
import { ROUTES } from '../../nodes/shared/routes';
import type { ResourceSpec } from '../../nodes/shared/types';
import { nodeTypesMap } from '../harness/engine';
import { reference } from '../sandbox/reference';

const NODES: Array<[category: string, type: string, resources: ResourceSpec[]]> = [
	['Gamification', 'returningAiGamification', gamificationResources],
	['Rewards & Redemptions', 'returningAiRewards', rewardsResources],
	['Chart Analysis', 'returningAiChartAnalysis', chartAnalysisResources],
];

describe.each(NODES)('%s node', (category, type, resources) => {
	test('covers every reference entry of its category exactly once', () => {
		const routes = resources.flatMap((r) => r.operations.map((op) => op.route as string)).sort();
		const expected = reference.filter((e) => e.node === category).map((e) => e.id).sort();
		expect(routes).toEqual(expected);
	});

	test('uses the reference method and path of every operation', () => {
		for (const resource of resources) {
			for (const op of resource.operations) {
				const ref = reference.find((e) => e.id === op.route)!;
				expect([op.route, ROUTES[op.route].method, ROUTES[op.route].path]).toEqual([op.route, ref.method, ref.path]);
			}
		}
	});

	test('sends only query names and body keys the reference knows', () => {
		for (const resource of resources) {
			for (const op of resource.operations) {
				const ref = reference.find((e) => e.id === op.route)!;
				const known = {
					query: new Set([...ref.query.map((q) => q.name), ...(op.list?.style === 'page' ? ['page', 'limit'] : [])]),
					body: new Set((ref.body?.fields ?? []).map((f) => f.name.split('.')[0])),
					path: new Set(ref.pathParams.map((p) => p.name)),
				};
				for (const field of op.fields ?? []) {
					if (field.in !== 'query' && field.in !== 'body' && field.in !== 'path') continue;
					if (field.spread) continue;
					const wire = (field.wire ?? field.name).split('.')[0];
					expect(`${op.route} ${field.in} ${wire} ${known[field.in].has(wire)}`).toBe(`${op.route} ${field.in} ${wire} true`);
				}
			}
		}
	});

	test('no child of a fixedCollection has displayOptions (n8n 2.33+ rejects ../ references there)', () => {
		const description = nodeTypesMap()[`n8n-nodes-returning-ai.${type}`].description;
		const offenders: string[] = [];
		const walk = (props: INodeProperties[], insideFixed: boolean, path: string) => {
			for (const p of props) {
				if (insideFixed && p.displayOptions) offenders.push(`${path}.${p.name}`);
				for (const option of (p.options ?? []) as Array<{ name: string; values?: INodeProperties[]; type?: string }>) {
					if (option.values) walk(option.values, p.type === 'fixedCollection' || insideFixed, `${path}.${p.name}.${option.name}`);
					else if (option.type) walk([option as unknown as INodeProperties], insideFixed, `${path}.${p.name}`);
				}
			}
		};
		walk(description.properties, false, type);
		expect(offenders).toEqual([]);
	});
});

describe('Chart Analysis levels-order hint', () => {
	const hint = nodeTypesMap()['n8n-nodes-returning-ai.returningAiChartAnalysis'].description.hints![0];
	const code = /^=\{\{([\s\S]*)\}\}$/.exec(hint.displayCondition!)![1];
	// eslint-disable-next-line @typescript-eslint/no-implied-eval
	const shows = (parameter: unknown) => new Function('$parameter', `return (${code});`)(parameter) as boolean;
	const level = (price: number) => ({ price, time: '2026-01-08T10:00:00', clientObjectId: 'x' });

	test('shows when the levels break support < pivot < resistance, on create and update', () => {
		expect(shows({ operation: 'create', levels: { support: level(1.341), pivot: level(1.345), resistance: level(1.35) } })).toBe(false);
		expect(shows({ operation: 'create', levels: { support: level(1.36), pivot: level(1.345), resistance: level(1.35) } })).toBe(true);
		expect(shows({ operation: 'update', updateFields: { levels: { support: level(1.3), pivot: level(1.4), resistance: level(1.35) } } })).toBe(true);
		expect(shows({ operation: 'update', updateFields: {} })).toBe(false);
		expect(shows({ operation: 'create', levels: { pivot: level(1) } })).toBe(false);
	});
});
