import { NodeHelpers, type INode, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../../nodes/shared/builder';
import type { ResourceSpec } from '../../nodes/shared/types';
import { nodeTypesMap, PACKAGE } from '../harness/engine';
import { useSandbox, wire } from '../harness/sandbox';

/**
 * Light versioning (n8n's `version: [1, 1.1]` + `@version` displayOptions). n8n leaves parameters that are at
 * their default out of a saved workflow, so a version 1 workflow saved on the old defaults has no resource or
 * operation at all: it must still run the old operation. New nodes (version 1.1) open on a read operation.
 */
const t = useSandbox();
const COMMUNITY = '6502c9e514a3e564c5c09c0a';
const ID = '61100af5c548eb5c7ebc7819';

const describe_ = (type: string): INodeTypeDescription => nodeTypesMap()[`${PACKAGE}.${type}`].description;

/** What n8n resolves a node's parameters to (editor and engine): the defaults of the version, the saved values over them. */
function resolved(type: string, typeVersion: number, parameters: Record<string, unknown> = {}) {
	const d = describe_(type);
	const node = { id: '1', name: 'n', type: `${PACKAGE}.${type}`, typeVersion, position: [0, 0], parameters } as unknown as INode;
	return NodeHelpers.getNodeParameters(d.properties, parameters as never, true, false, node, d) as Record<string, unknown>;
}

/** Node, what version 1 opens on (unchanged, for saved workflows), what version 1.1 opens on. */
const CHANGED: Array<[string, [string, string], [string, string]]> = [
	['returningAiStore', ['purchaseHistory', 'update'], ['product', 'getAll']],
	['returningAiCommunity', ['appearance', 'updateBotProfile'], ['communityUser', 'getAll']],
	['returningAiApiKeys', ['communityApiKey', 'create'], ['communityApiKey', 'getAll']],
	['returningAiUserFields', ['userField', 'create'], ['userField', 'getAll']],
	['returningAiGamification', ['leaderboard', 'create'], ['leaderboard', 'getAll']],
	['returningAiLegacy', ['server', 'create'], ['server', 'getAll']],
	['returningAiChartAnalysis', ['analysis', 'appendDrawings'], ['analysis', 'getAll']],
	['returningAiUsers', ['user', 'create'], ['user', 'getAll']],
];

describe('node versions: what a node opens on', () => {
	test.each(CHANGED)('%s: version 1 keeps its old defaults, version 1.1 (the default version) opens on Get Many', (type, v1, v11) => {
		const d = describe_(type);
		expect([d.version, d.defaultVersion]).toEqual([[1, 1.1], 1.1]);
		const at1 = resolved(type, 1);
		const at11 = resolved(type, 1.1);
		expect([at1.resource, at1.operation]).toEqual(v1);
		expect([at11.resource, at11.operation]).toEqual(v11);
	});

	test('every action node opens on a read operation at its newest version (Events has none: it only sends)', () => {
		const opening: Record<string, string> = {};
		for (const [type, node] of Object.entries(nodeTypesMap())) {
			const d = node.description;
			if (!d.properties.some((p) => p.name === 'resource')) continue;
			const versions = ([] as number[]).concat(d.version);
			const p = resolved(type.replace(`${PACKAGE}.`, ''), Math.max(...versions));
			opening[d.name] = `${String(p.resource)}.${String(p.operation)}`;
		}
		expect(opening).toEqual({
			returningAiStore: 'product.getAll',
			returningAiCommunity: 'communityUser.getAll',
			returningAiCommunityAnalytics: 'loyalty.getOverview',
			returningAiApiKeys: 'communityApiKey.getAll',
			returningAiUserFields: 'userField.getAll',
			returningAiBulkOperations: 'bulkUpdate.getAll',
			returningAiLegacy: 'server.getAll',
			returningAiUsers: 'user.getAll',
			returningAiAuthentication: 'auth.getLoginUrl',
			returningAiMessaging: 'message.getAll',
			returningAiChannels: 'channel.getAll',
			returningAiGamification: 'leaderboard.getAll',
			returningAiRewards: 'redemptionOrder.getAll',
			returningAiChartAnalysis: 'analysis.getAll',
			returningAiEvents: 'incomingWebhook.sendMessage',
		});
	});

	test('nodes whose defaults did not change stay at version 1, with no @version condition', () => {
		for (const type of ['returningAiCommunityAnalytics', 'returningAiBulkOperations', 'returningAiAuthentication', 'returningAiMessaging', 'returningAiChannels', 'returningAiRewards', 'returningAiEvents']) {
			const d = describe_(type);
			expect({ type, version: d.version, versioned: JSON.stringify(d.properties).includes('@version') }).toEqual({ type, version: 1, versioned: false });
		}
	});

	test('only the parameters that differ are defined twice: Store has one Resource per version, one Operation per resource except Purchase History and Product', () => {
		const props = describe_('returningAiStore').properties;
		const show = (name: string) => props.filter((p) => p.name === name).map((p) => p.displayOptions?.show ?? {});
		expect(show('resource')).toEqual([{ '@version': [1] }, { '@version': [1.1] }]);
		expect(show('operation')).toEqual([
			{ resource: ['purchaseHistory'] },
			{ resource: ['category'] },
			{ resource: ['product'], '@version': [1] },
			{ resource: ['product'], '@version': [1.1] },
			{ resource: ['storeConfiguration'] },
		]);
	});
});

describe('saved version 1 workflows without resource and operation run exactly as before', () => {
	const run = (type: string, parameters: Record<string, unknown>, typeVersion = 1) =>
		t.run(type, parameters, { typeVersion, credential: { communityId: COMMUNITY } });

	test('Store: Purchase History › Update', async () => {
		await run('returningAiStore', { purchaseHistoryId: ID, updateFields: { redemptionInstructions: 'Show this at the desk' } });
		expect(t.sandbox.requests.map((q) => [q.method, q.path, q.body])).toEqual([['PATCH', `/v1/purchase-histories/${ID}`, { redemptionInstructions: 'Show this at the desk' }]]);
	});

	test('Community: Appearance › Update Bot Profile', async () => {
		await run('returningAiCommunity', { updateFields: { name: 'Helper Bot' } });
		expect(t.sandbox.requests.map((q) => [q.method, q.path, q.body])).toEqual([['PUT', '/v1/community-bot', { name: 'Helper Bot' }]]);
	});

	test.each([
		['returningAiApiKeys', { name: 'CI key', permissions: 'users' }, 'POST', `/v1/communities/${COMMUNITY}/api-keys`],
		['returningAiUserFields', { field: 'tier', name: 'Tier' }, 'POST', `/v1/communities/${COMMUNITY}/user-fields`],
		['returningAiGamification', { name: 'Weekly XP' }, 'POST', '/v1/leaderboards'],
		['returningAiLegacy', { name: 'Main server' }, 'POST', '/servers'],
	])('%s: Create', async (type, parameters, method, path) => {
		await run(type, parameters);
		expect(t.sandbox.requests.map((q) => [q.method, q.path])).toEqual([[method, path]]);
		expect(t.sandbox.requests[0].body).toMatchObject({ name: parameters.name });
	});

	test('Chart Analysis: Analysis › Append Drawings', async () => {
		// Its own check, before any call: the operation that runs is Append Drawings.
		const r = await run('returningAiChartAnalysis', { analysisId: ID, sender: 'analyst@example.com' });
		expect([r.error?.message, t.sandbox.requests]).toEqual(['No drawings to append', []]);
	});

	test('Users: User › Create', async () => {
		const r = await run('returningAiUsers', { email: 'ada@example.com', username: 'ada', firstname: 'Ada', lastname: 'Lovelace', displayname: 'Ada L' });
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/users',
			query: {},
			body: { email: 'ada@example.com', username: 'ada', firstname: 'Ada', lastname: 'Lovelace', displayname: 'Ada L', accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false },
		});
	});

	test('the same parameters at version 1.1 open on Get Many instead', async () => {
		await run('returningAiUsers', {}, 1.1);
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/filter', query: {}, body: { fields: ['email', 'first_name', 'last_name', 'join_date'] } });
		t.sandbox.reset();
		await run('returningAiStore', {}, 1.1);
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/products', query: { skip: '0', limit: '50' }, body: undefined });
	});
});

describe('builder: versions in the spec', () => {
	const things: ResourceSpec = {
		value: 'thing',
		name: 'Thing',
		operations: [
			{ value: 'create', name: 'Create', action: 'Create a thing', description: 'Create', route: 'categories.create', fields: [{ name: 'note', label: 'Note', type: 'string', in: 'body' }] },
			{ value: 'getAll', name: 'Get Many', action: 'Get many things', description: 'List', route: 'categories.getMany', list: { style: 'skip', maxPageSize: 100 } },
			{
				value: 'get', name: 'Get', action: 'Get a thing', description: 'Get', route: 'categories.get',
				fields: [
					{ name: 'thingId', label: 'Thing ID', type: 'string', in: 'path', wire: 'categoryID', required: true, versions: { until: 1 } },
					{ name: 'thing', label: 'Thing', type: 'string', in: 'path', wire: 'categoryID', required: true, picker: 'searchThings', versions: { since: 1.1 } },
				],
			},
			{ value: 'archive', name: 'Archive', action: 'Archive a thing', description: 'Archive', route: 'categories.update', versions: { until: 1 } },
		],
	};
	const props = buildProperties([things], { versions: [1, 1.1, 2], defaults: [{ since: 1.1, resource: 'thing', operation: 'getAll' }] });
	const of = (name: string) => props.filter((p) => p.name === name);
	const options = (p: INodeProperties) => (p.options as Array<{ value: string }>).map((o) => o.value);

	test('one Operation per run of versions with the same options and default', () => {
		expect(of('operation').map((p) => [p.displayOptions?.show?.['@version'], p.default, options(p)])).toEqual([
			[[1], 'create', ['archive', 'create', 'get', 'getAll']],
			[[1.1, 2], 'getAll', ['create', 'get', 'getAll']],
		]);
		expect(of('resource')).toHaveLength(1);
	});

	test('a field kept until a version and its successor are shown for their versions only; the rest for all', () => {
		expect(of('thingId').map((p) => p.displayOptions?.show)).toEqual([{ resource: ['thing'], operation: ['get'], '@version': [1] }]);
		expect(of('thing').map((p) => [p.type, p.displayOptions?.show])).toEqual([['resourceLocator', { resource: ['thing'], operation: ['get'], '@version': [1.1, 2] }]]);
		expect(of('note').map((p) => p.displayOptions?.show)).toEqual([{ resource: ['thing'], operation: ['create'] }]);
		expect(of('returnAll').map((p) => p.displayOptions?.show)).toEqual([{ resource: ['thing'], operation: ['getAll'] }]);
	});

	test('defaults that name an operation the version does not have are a programming error', () => {
		expect(() => buildProperties([things], { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'thing', operation: 'archive' }] })).toThrow(/thing › archive is not an operation of that version/);
		expect(() => buildProperties([things], { versions: [1, 1.1], defaults: [{ since: 1.2, resource: 'thing', operation: 'getAll' }] })).toThrow(/version 1.2/);
	});
});
