import { ROUTES } from '../../nodes/shared/routes';
import { operations } from '../harness/catalogue';
import { reference } from '../sandbox/reference';

/**
 * The catalogue: every entry of the reference has an operation with the same method and path, and
 * the path table agrees with the reference. Entries marked `duplicateOf` are the same call listed
 * twice in the reference and are exposed once (covered by their twin).
 */
const ops = operations();

/** The node that serves each category of the reference. */
const NODE_OF: Record<string, string> = {
	Store: 'returningAiStore',
	Community: 'returningAiCommunity',
	'Community Analytics': 'returningAiCommunityAnalytics',
	'API Keys': 'returningAiApiKeys',
	'User Fields': 'returningAiUserFields',
	'Bulk Operations': 'returningAiBulkOperations',
	Legacy: 'returningAiLegacy',
	Users: 'returningAiUsers',
	Authentication: 'returningAiAuthentication',
	Messaging: 'returningAiMessaging',
	Channels: 'returningAiChannels',
	Gamification: 'returningAiGamification',
	'Rewards & Redemptions': 'returningAiRewards',
	'Chart Analysis': 'returningAiChartAnalysis',
	Events: 'returningAiEvents',
};
const key = (method: string, path: string) => `${method} ${path}`;
const exposed = new Set(ops.map((o) => key(o.method, o.path)));

describe('catalogue', () => {
	test('the path table has exactly the reference entries, with the same method and path', () => {
		expect(Object.keys(ROUTES).sort()).toEqual(reference.map((e) => e.id).sort());
		for (const e of reference) {
			expect({ id: e.id, method: ROUTES[e.id as keyof typeof ROUTES].method, path: ROUTES[e.id as keyof typeof ROUTES].path }).toEqual({ id: e.id, method: e.method, path: e.path });
		}
	});

	test('every operation of every node uses a route of the reference', () => {
		const known = new Set(reference.map((e) => key(e.method, e.path)));
		for (const o of ops) expect({ op: `${o.nodeType} ${o.resource}.${o.operation}`, route: key(o.method, o.path), known: known.has(key(o.method, o.path)) }).toMatchObject({ known: true });
	});

	const categories = Object.keys(NODE_OF);
	test('every category of the reference has a node', () => {
		expect([...new Set(reference.map((e) => e.node))].sort()).toEqual([...categories].sort());
	});
	test.each(categories)('category %s: every reference entry has an operation of its node with the same method and path', (category) => {
		const nodeType = `n8n-nodes-returning-ai.${NODE_OF[category]}`;
		const mine = new Set(ops.filter((o) => o.nodeType === nodeType).map((o) => key(o.method, o.path)));
		const entries = reference.filter((e) => e.node === category);
		// A duplicateOf entry is the same call listed twice: it is covered by its twin, possibly in another node.
		const missing = entries.filter((e) => !(mine.has(key(e.method, e.path)) || (e.duplicateOf && exposed.has(key(e.method, e.path)))));
		expect(missing.map((e) => `${e.id} ${e.method} ${e.path}`)).toEqual([]);
	});

	test('summary', () => {
		const covered = reference.filter((e) => exposed.has(key(e.method, e.path)));
		// eslint-disable-next-line no-console
		console.log(`catalogue: ${covered.length} of ${reference.length} reference entries covered by ${ops.length} operations in ${new Set(ops.map((o) => o.nodeType)).size} nodes`);
		expect(covered.map((e) => e.id).sort()).toEqual(reference.map((e) => e.id).sort());
	});

	// The reference as carried over from ../shared/api/endpoints.json (125 entries since products.bulkCreate,
	// products.bulkUpdate and streaks.updateDefinition): a grown reference must be carried over with its operations.
	test('covers all 125 entries of the reference', () => {
		expect(reference).toHaveLength(125);
		expect(reference.filter((e) => exposed.has(key(e.method, e.path)))).toHaveLength(125);
	});
});
