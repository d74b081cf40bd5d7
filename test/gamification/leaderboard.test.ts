import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiGamification';

describe('Gamification > Leaderboard', () => {
	test('Create sends POST /v1/leaderboards with every field in its wire form', async () => {
		const r = await t.run(node, {
			resource: 'leaderboard',
			operation: 'create',
			name: 'April Last Leaderboard',
			additionalFields: {
				slug: 'april-last-leaderboard',
				description: 'Monthly leaderboard',
				image: 'https://cdn.example.com/leaderboards/april.png',
				rankingField: 'currencies',
				displayedColumns: { column: [{ column: 'user', visible: true }, { column: 'currencies', visible: false }] },
				topRankOnly: false,
				topRankLimit: 10,
				onlyPositiveRanks: false,
				includeDummyUsers: false,
				startDate: '2026-01-30T19:30:00',
				endDate: '2026-12-31T23:59:59.999Z',
				hasNoEndDate: true,
				timeZone: 5.3,
				startTime: '5:00 AM',
				endTime: '23:59',
				allowedTimeFilters: ['all-time', 'monthly', 'weekly'],
				allowedRolesToRank: '507f1f77bcf86cd799439014',
				allowedUsersToView: 'u1, u2',
				isEnabled: true,
				isPreviewEnabled: false,
				displayOrder: 3,
				widget: '{"enabled": false, "whitelistedDomains": ["example.com"]}',
			},
		});
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/leaderboards',
			query: {},
			body: {
				name: 'April Last Leaderboard',
				slug: 'april-last-leaderboard',
				description: 'Monthly leaderboard',
				image: 'https://cdn.example.com/leaderboards/april.png',
				rankingField: 'currencies',
				displayedColumns: [
					{ column: 'user', visible: true, order: 0 },
					{ column: 'currencies', visible: false, order: 1 },
				],
				topRankOnly: false,
				topRankLimit: 10,
				onlyPositiveRanks: false,
				includeDummyUsers: false,
				startDate: '2026-01-30T19:30:00.000Z',
				endDate: '2026-12-31T23:59:59.999Z',
				hasNoEndDate: true,
				timeZone: 5.3,
				startTime: { hours: 5, minutes: 0, ampm: 'AM' },
				endTime: { hours: 11, minutes: 59, ampm: 'PM' },
				allowedTimeFilters: ['all-time', 'monthly', 'weekly'],
				allowedRolesToRank: ['507f1f77bcf86cd799439014'],
				allowedUsersToView: ['u1', 'u2'],
				isEnabled: true,
				isPreviewEnabled: false,
				displayOrder: 3,
				widget: { enabled: false, whitelistedDomains: ['example.com'] },
			},
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'April Last Leaderboard', slug: 'april-last-leaderboard' });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test.each([
		['a slug with capitals and spaces', { slug: 'April Board' }, "The field 'Slug' may only contain lowercase letters, numbers and hyphens, got 'April Board'"],
		['a 24-hour time past 23:59', { startTime: '25:00' }, "The field 'Daily Start Time' must be a time such as 5:00 AM, 11:59 PM or 17:30, got '25:00'"],
		['a 12-hour time past 12', { endTime: '13:00 PM' }, "The field 'Daily End Time' must be a time such as 5:00 AM, 11:59 PM or 17:30, got '13:00 PM'"],
		['a top rank limit of 0', { topRankLimit: 0 }, "The field 'Top Rank Limit' must be a whole number of 1 or more, got 0"],
		['a fractional display order', { displayOrder: 1.5 }, "The field 'Display Order' must be a whole number of 0 or more, got 1.5"],
		['whitelisted domains that are not an array', { widget: '{"whitelistedDomains": "example.com"}' }, "The field 'Widget (JSON)' must have whitelistedDomains as an array of domain names"],
		['51 whitelisted domains', { widget: JSON.stringify({ whitelistedDomains: Array.from({ length: 51 }, (_, i) => `d${i}.com`) }) }, "The field 'Widget (JSON)' lists 51 whitelisted domains; the maximum is 50"],
		['51 displayed columns', { displayedColumns: { column: Array.from({ length: 51 }, (_, i) => ({ column: `c${i}`, visible: true })) } }, "The field 'Displayed Columns' has 51 columns; the maximum is 50"],
	])('Create rejects %s before any call', async (_label, additionalFields, message) => {
		const r = await t.run(node, { resource: 'leaderboard', operation: 'create', name: 'X', additionalFields });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Create rejects a name longer than 100 characters', async () => {
		const r = await t.run(node, { resource: 'leaderboard', operation: 'create', name: 'n'.repeat(101) });
		expect(r.error.message).toBe("The field 'Name' is 101 characters long; the maximum is 100");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get sends GET /v1/leaderboards/{id} with the projection', async () => {
		const [board] = t.sandbox.seed('leaderboards.get', 1, () => ({ name: 'Top Traders', slug: 'top-traders' }));
		const r = await t.run(node, { resource: 'leaderboard', operation: 'get', leaderboardId: byId(board._id), options: { fields: 'name,slug' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/leaderboards/${board._id}`, query: { fields: 'name,slug' }, body: undefined });
		expect(r.json).toEqual([board]);
	});

	test('Update sends PATCH with only the fields set', async () => {
		const [board] = t.sandbox.seed('leaderboards.get', 1, () => ({ name: 'Old', isEnabled: false }));
		const r = await t.run(node, {
			resource: 'leaderboard',
			operation: 'update',
			leaderboardId: byId(board._id),
			updateFields: { name: 'New', isEnabled: true, allowedTimeFilters: ['daily', 'yearly'] },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PATCH',
			path: `/v1/leaderboards/${board._id}`,
			query: {},
			body: { name: 'New', isEnabled: true, allowedTimeFilters: ['daily', 'yearly'] },
		});
		expect(r.json[0]).toMatchObject({ _id: board._id, name: 'New', isEnabled: true });
	});

	test('Update with no field set stops before the call', async () => {
		const r = await t.run(node, { resource: 'leaderboard', operation: 'update', leaderboardId: byId('507f1f77bcf86cd799439011'), updateFields: {} });
		expect(r.error.message).toBe('Nothing to update: add at least one field under Update Fields');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Delete sends DELETE and outputs { deleted: true }', async () => {
		const [board] = t.sandbox.seed('leaderboards.get', 1);
		const r = await t.run(node, { resource: 'leaderboard', operation: 'delete', leaderboardId: byId(board._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/leaderboards/${board._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection('/v1/leaderboards')).toHaveLength(0);
	});

	test('Delete of an unknown leaderboard is a 404 naming the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'leaderboard', operation: 'delete', leaderboardId: byId('507f1f77bcf86cd799439011') });
		expect(r.error.message).toBe("The leaderboard with ID '507f1f77bcf86cd799439011' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'Leaderboard'/);
	});

	test('Get Many with Return All pages with page/limit 100 until meta.total', async () => {
		t.sandbox.seed('leaderboards.getMany', 230);
		const r = await t.run(node, {
			resource: 'leaderboard',
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'traders' },
			options: { sort: 'createdAt:desc', fields: 'name, slug' },
		});
		expect(r.json).toHaveLength(230);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([
			{ page: '1', limit: '100', search: 'keyword:traders', sort: 'createdAt:desc', fields: 'name,slug' },
			{ page: '2', limit: '100', search: 'keyword:traders', sort: 'createdAt:desc', fields: 'name,slug' },
			{ page: '3', limit: '100', search: 'keyword:traders', sort: 'createdAt:desc', fields: 'name,slug' },
		]);
		expect(t.sandbox.requests.every((q) => q.method === 'GET' && q.path === '/v1/leaderboards')).toBe(true);
	});

	test('Get Many with Limit asks for no more than it needs', async () => {
		t.sandbox.seed('leaderboards.getMany', 230);
		const r = await t.run(node, { resource: 'leaderboard', operation: 'getAll', returnAll: false, limit: 30 });
		expect(r.json).toHaveLength(30);
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([{ page: '1', limit: '30' }]);
	});

	test('Get Many: a bad sort expression is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'leaderboard', operation: 'getAll', limit: 5, options: { sort: 'createdAt' } });
		expect(r.error.message).toBe("The option 'Sort' must look like field:asc or field:desc (e.g. createdAt:desc), got 'createdAt'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a 400 from the API names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'leaderboards.create', kind: 'status', status: 400, body: { status: 'error', message: '"slug" already exists in this community', meta: { statusCode: 400, status: 'error' } } });
		const r = await t.run(node, { resource: 'leaderboard', operation: 'create', name: 'X', additionalFields: { slug: 'taken' } });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Slug' already exists in this community");
		expect(r.error.description).toBe("Check the parameter 'Slug'.");
	});

	test('the leaderboard picker lists leaderboards with a keyword search', async () => {
		t.sandbox.seed('leaderboards.getMany', 2, (i) => ({ name: ['Top Traders', 'Weekly XP'][i] }));
		const result = await runListSearch({ type: node, method: 'searchLeaderboards', baseUrl: t.baseUrl, filter: 'top' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/leaderboards', query: { page: '1', limit: '100', search: 'keyword:top' }, body: undefined });
		expect(result.results.map((x: { name: string }) => x.name)).toEqual(['Top Traders', 'Weekly XP']);
	});
});
