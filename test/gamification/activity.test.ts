import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiGamification';

function seedUsers(count: number) {
	const users = t.sandbox.collection('/v1/users/activity/daily');
	for (let i = 1; i <= count; i++) users.push({ identifier: `user${i}@test.com`, user_id: `61a1239cc548eb5c7ef1a6${String(i).padStart(2, '0')}`, coins: i, xp: 10 * i });
}

describe('Gamification > User Activity > Get Daily History', () => {
	test.each([
		['an ISO date-time from the date picker', '2026-01-20T00:00:00'],
		['an ISO date', '2026-01-20'],
		['a DD/MM/YYYY string', '20/01/2026'],
		['a Luxon DateTime from an expression', '={{ DateTime.fromISO("2026-01-20T18:45:00", { zone: "utc" }) }}'],
		['an ISO string with an offset, as UTC', '2026-01-20T23:30:00+00:00'],
	])('sends the date as DD/MM/YYYY when given %s', async (_label, date) => {
		seedUsers(2);
		const r = await t.run(node, {
			resource: 'userActivity',
			operation: 'getDailyHistory',
			identifiers: 'user1@test.com, user2@test.com, nobody@test.com',
			identifierType: 'email',
			date,
			returnAll: true,
		});
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/users/activity/daily',
			query: {},
			body: { identifier: ['user1@test.com', 'user2@test.com', 'nobody@test.com'], identifier_type: 'email', date: '20/01/2026', page: 1, limit: 100 },
		});
		expect(r.json).toEqual([
			{ identifier: 'user1@test.com', user_id: '61a1239cc548eb5c7ef1a601', date: '20/01/2026', coins: 1, xp: 10 },
			{ identifier: 'user2@test.com', user_id: '61a1239cc548eb5c7ef1a602', date: '20/01/2026', coins: 2, xp: 20 },
		]);
	});

	test('Return All pages in the body until data.pagination.total_pages', async () => {
		seedUsers(250);
		const identifiers = Array.from({ length: 250 }, (_, i) => `user${i + 1}@test.com`);
		const r = await t.run(node, { resource: 'userActivity', operation: 'getDailyHistory', identifiers: `={{ ${JSON.stringify(identifiers)} }}`, identifierType: 'email', date: '2025-12-22', returnAll: true });
		expect(r.json).toHaveLength(250);
		expect(r.json[249]).toEqual({ identifier: 'user250@test.com', user_id: '61a1239cc548eb5c7ef1a6250', date: '22/12/2025', coins: 250, xp: 2500 });
		expect(t.sandbox.requests.map((q) => [q.body.page, q.body.limit, q.body.date, q.body.identifier.length])).toEqual([
			[1, 100, '22/12/2025', 250],
			[2, 100, '22/12/2025', 250],
			[3, 100, '22/12/2025', 250],
		]);
		expect(t.sandbox.requests.every((q) => JSON.stringify(q.query) === '{}')).toBe(true);
	});

	test('Limit asks for no more than it needs', async () => {
		seedUsers(5);
		const r = await t.run(node, { resource: 'userActivity', operation: 'getDailyHistory', identifiers: 'user1@test.com,user2@test.com,user3@test.com', identifierType: 'email', date: '2026-01-20', limit: 2 });
		expect(r.json.map((x) => x.identifier)).toEqual(['user1@test.com', 'user2@test.com']);
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.lastRequest().body).toMatchObject({ page: 1, limit: 2 });
	});

	test.each([['31/02/2026'], ['next tuesday'], ['2026-13-01']])('rejects the date %s before any call', async (date) => {
		const r = await t.run(node, { resource: 'userActivity', operation: 'getDailyHistory', identifiers: 'a@b.co', identifierType: 'email', date, limit: 5 });
		expect(r.error.message).toBe(`The parameter 'Date' is not a valid date: '${date}'`);
		expect(r.error.description).toMatch(/DD\/MM\/YYYY/);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a Date that an expression leaves empty is reported by its display name', async () => {
		const r = await t.run(node, { resource: 'userActivity', operation: 'getDailyHistory', identifiers: 'a@b.co', identifierType: 'email', date: '={{ $json.missing }}', limit: 5 });
		expect(r.error.message).toBe("The parameter 'Date' is required");
	});
});

describe('Gamification > User Activity > Get Many Logs and Get Stats', () => {
	test('Get Many Logs sends POST /v1/users/activity/logs paging in the body, one user only', async () => {
		const logs = t.sandbox.collection('/v1/users/activity/logs');
		for (let i = 0; i < 120; i++) logs.push({ identifier: 'email1@test.com', type: 'xp', amount: i });
		logs.push({ identifier: 'other@test.com', type: 'xp', amount: 999 });
		const r = await t.run(node, { resource: 'userActivity', operation: 'getManyLogs', identifier: 'email1@test.com', identifierType: 'email', returnAll: true });
		expect(r.json).toHaveLength(120);
		expect(r.json[119]).toEqual({ identifier: 'email1@test.com', type: 'xp', amount: 119 });
		expect(t.sandbox.requests.map((q) => wire(q))).toEqual([
			{ method: 'POST', path: '/v1/users/activity/logs', query: {}, body: { identifier: 'email1@test.com', identifier_type: 'email', page: 1, limit: 100 } },
			{ method: 'POST', path: '/v1/users/activity/logs', query: {}, body: { identifier: 'email1@test.com', identifier_type: 'email', page: 2, limit: 100 } },
		]);
	});

	test('Get Stats sends POST /v1/users/activity/stats and outputs the stats object', async () => {
		const r = await t.run(node, { resource: 'userActivity', operation: 'getStats', identifier: 'email1@test.com', identifierType: 'email', days: 30 });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/users/activity/stats',
			query: {},
			body: { identifier: 'email1@test.com', identifier_type: 'email', days: 30 },
		});
		expect(r.json).toEqual([
			{
				user_id: '188055',
				range: { start_date: '2025-08-18', end_date: '2025-08-18' },
				totals: { messages: 0, replies: 1, reaction: 0, socials: 0 },
				daily_stats: [{ date: '2025-08-18', messages: 0, replies: 1, reaction: 0, socials: 0 }],
			},
		]);
	});

	test('Get Stats rejects a fractional number of days', async () => {
		const r = await t.run(node, { resource: 'userActivity', operation: 'getStats', identifier: 'e@x.io', identifierType: 'email', days: 2.5 });
		expect(r.error.message).toBe("The parameter 'Days' must be a whole number of 1 or more, got 2.5");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Gamification > Streak and Mini Game, Tier', () => {
	test('Get Many Logs sends GET /v1/streaks/logs with page/limit and the email filter, following hasNextPage', async () => {
		const logs = t.sandbox.collection('/v1/streaks/logs');
		for (let i = 0; i < 150; i++) logs.push({ email: 'john@example.com', day: i });
		logs.push({ email: 'jane@example.com', day: 0 });
		const r = await t.run(node, { resource: 'streak', operation: 'getManyLogs', returnAll: true, filters: { email: 'john@example.com' } });
		expect(r.json).toHaveLength(150);
		expect(r.json[0]).toEqual({ email: 'john@example.com', day: 0 });
		expect(t.sandbox.requests.map((q) => wire(q))).toEqual([
			{ method: 'GET', path: '/v1/streaks/logs', query: { page: '1', limit: '100', email: 'john@example.com' }, body: undefined },
			{ method: 'GET', path: '/v1/streaks/logs', query: { page: '2', limit: '100', email: 'john@example.com' }, body: undefined },
		]);
	});

	test('Update Spin Wheel sends PUT /v1/mini-games/spin-wheel with the email and the JSON fields merged in', async () => {
		const r = await t.run(node, { resource: 'streak', operation: 'updateSpinWheel', email: 'john@example.com', wheelFields: '{"spins": 3, "email": "ignored@example.com"}' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: '/v1/mini-games/spin-wheel', query: {}, body: { email: 'john@example.com', spins: 3 } });
		expect(r.json).toEqual([{ email: 'john@example.com', spins: 3 }]);
	});

	test('Update Spin Wheel rejects wheel fields that are not a JSON object', async () => {
		const r = await t.run(node, { resource: 'streak', operation: 'updateSpinWheel', email: 'john@example.com', wheelFields: '[1]' });
		expect(r.error.message).toBe('The parameter \'Wheel Fields (JSON)\' must be a JSON object, e.g. {"spins": 3}');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Tier Get Settings sends GET /v1/tiers and outputs the settings', async () => {
		const r = await t.run(node, { resource: 'tier', operation: 'getSettings' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/tiers', query: {}, body: undefined });
		expect(r.json).toEqual([{ tiers: [], xpSetting: {} }]);
	});
});

describe('Gamification > errors', () => {
	test('a key without the gamification permission gets a 403', async () => {
		const r = await t.run(node, { resource: 'tier', operation: 'getSettings' }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'gamification' permission");
	});

	test('an unknown key gets a 401 that never shows the key', async () => {
		const r = await t.run(node, { resource: 'tier', operation: 'getSettings' }, { apiKey: 'wrong-key-abcdef' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(JSON.stringify(r.error)).not.toContain('wrong-key-abcdef');
	});

	test('Continue On Fail: the failing item gets an error, the others go on', async () => {
		seedUsers(3);
		const r = await t.run(
			node,
			{ resource: 'userActivity', operation: 'getDailyHistory', identifiers: '={{ $json.email }}', identifierType: 'email', date: '={{ $json.day }}', limit: 10 },
			{
				continueOnFail: true,
				items: [
					{ json: { email: 'user1@test.com', day: '2026-01-20' } },
					{ json: { email: 'user2@test.com', day: 'yesterday' } },
					{ json: { email: 'user3@test.com', day: '21/01/2026' } },
				],
			},
		);
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(3);
		expect(r.json[0]).toMatchObject({ identifier: 'user1@test.com', date: '20/01/2026' });
		expect(r.json[1].error).toBe("The parameter 'Date' is not a valid date: 'yesterday'");
		expect(r.json[2]).toMatchObject({ identifier: 'user3@test.com', date: '21/01/2026' });
		expect(t.sandbox.requests.map((q) => q.body.date)).toEqual(['20/01/2026', '21/01/2026']);
	});
});

describe('Gamification > Streak > Update Settings', () => {
	test('sends PUT /v1/streaks with the name and the settings, period nested as timeframe', async () => {
		const r = await t.run(node, {
			resource: 'streak',
			operation: 'updateSettings',
			name: 'Daily check-in',
			additionalFields: {
				timezone: 'Europe/London',
				startDate: '2026-12-01T00:00:00.000Z',
				timeframeValue: 'day',
				timeframeCount: 1,
				action: '{"operator": "and", "conditions": [{"type": "login"}]}',
				activeDaysType: 'custom',
				activeDays: 'monday, friday',
			},
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: '/v1/streaks',
			query: {},
			body: {
				name: 'Daily check-in',
				timezone: 'Europe/London',
				startDate: '2026-12-01T00:00:00.000Z',
				timeframe: { value: 'day', count: 1 },
				action: { operator: 'and', conditions: [{ type: 'login' }] },
				activeDaysType: 'custom',
				activeDays: ['monday', 'friday'],
			},
		});
		expect(r.json).toEqual([{ _id: expect.stringMatching(/^[0-9a-f]{24}$/), ...t.sandbox.lastRequest().body, updatedAt: expect.any(String) }]);
	});

	test('only the name: a body of one field; the sandbox keeps the definition between calls', async () => {
		const first = await t.run(node, { resource: 'streak', operation: 'updateSettings', name: 'Weekly', additionalFields: { timeframeValue: 'week' } });
		const second = await t.run(node, { resource: 'streak', operation: 'updateSettings', name: 'Weekly quest' });
		expect(wire(t.sandbox.lastRequest()).body).toEqual({ name: 'Weekly quest' });
		expect(second.json[0]).toMatchObject({ _id: first.json[0]._id, name: 'Weekly quest', timeframe: { value: 'week' } });
	});

	test('an Action that is not a JSON object is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'streak', operation: 'updateSettings', name: 'X', additionalFields: { action: '[]' } });
		expect(r.error.message).toBe('The parameter \'Action (JSON)\' must be a JSON object, e.g. {"operator": "and", "conditions": []}');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
