import { Workflow, type INode, type INodePropertyOptions } from 'n8n-workflow';

import { NodeTypes, PACKAGE, nodeTypesMap } from '../harness/engine';

// The canvas subtitle, evaluated as n8n's editor does (Expression.getSimpleParameterValue) for every
// resource and operation (trigger: every event): it shows the option names, not their values.
function subtitleFor(type: string, parameters: Record<string, string>): unknown {
	const nodeType = nodeTypesMap()[`${PACKAGE}.${type}`];
	const d = nodeType.description;
	const node: INode = { id: 'n1', name: 'N', type: `${PACKAGE}.${type}`, typeVersion: 1, position: [0, 0], parameters };
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, nodeTypes: new NodeTypes(nodeTypesMap()), active: false });
	return workflow.expression.getSimpleParameterValue(node, d.subtitle!, 'internal', {});
}

const options = (props: any[], name: string, resource?: string) =>
	props.find((p) => p.name === name && (resource === undefined || p.displayOptions?.show?.resource?.includes(resource))).options as INodePropertyOptions[];

const actionNodes = Object.values(nodeTypesMap()).filter((n) => !n.description.group.includes('trigger')).map((n) => [n.description.name, n] as const);
describe.each(actionNodes)('%s subtitle', (type, node) => {
	test('is "<Operation>: <Resource>" in display names for every operation', () => {
		const props = node.description.properties;
		for (const r of options(props, 'resource')) {
			for (const op of options(props, 'operation', String(r.value))) {
				expect(subtitleFor(type, { resource: String(r.value), operation: String(op.value) })).toBe(`${op.name}: ${r.name}`);
			}
		}
	});
});

test('the trigger subtitle is "On <Event>" in display names', () => {
	const props = nodeTypesMap()[`${PACKAGE}.returningAiTrigger`].description.properties;
	const events = options(props, 'event');
	for (const e of events) expect(subtitleFor('returningAiTrigger', { event: String(e.value) })).toBe(`On ${e.name}`);
	expect(subtitleFor('returningAiTrigger', { event: 'purchasedStoreItem' })).toBe('On Purchased Store Item');
	expect(subtitleFor('returningAiUsers', { resource: 'user', operation: 'getAll' })).toBe('Get Many: User');
});
