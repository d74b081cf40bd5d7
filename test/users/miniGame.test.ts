import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiUsers';

describe('Users > Mini Game', () => {
	test('Get Many Logs sends POST /v1/mini-games/logs {email} and outputs one item per log', async () => {
		t.sandbox.seed('miniGames.getManyLogs', 5, (i) => ({ email: i < 3 ? 'john@example.com' : 'other@example.com', game: 'spin-wheel', prize: `${i * 5} coins` }));
		const r = await t.run(node, { resource: 'miniGame', operation: 'getManyLogs', email: 'john@example.com', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/mini-games/logs', query: {}, body: { email: 'john@example.com' } });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(r.json.map((j) => j.prize)).toEqual(['0 coins', '5 coins', '10 coins']);
	});

	test('Get Many Logs with a Limit makes one call and trims', async () => {
		t.sandbox.seed('miniGames.getManyLogs', 5, () => ({ email: 'john@example.com' }));
		const r = await t.run(node, { resource: 'miniGame', operation: 'getManyLogs', email: 'john@example.com', limit: 2 });
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.lastRequest().body).toEqual({ email: 'john@example.com' });
		expect(r.json).toHaveLength(2);
	});

	test('Get Many Logs with no logs outputs nothing', async () => {
		const r = await t.run(node, { resource: 'miniGame', operation: 'getManyLogs', email: 'nobody@example.com', returnAll: true });
		expect(r.status).toBe('success');
		expect(r.json).toEqual([]);
	});

	test('Get Current Stats sends POST /v1/mini-games/stats {email} and outputs the stats', async () => {
		t.sandbox.state.set('miniGameStats', { 'john@example.com': { loginStreak: 4, spinsLeft: 1 } });
		const r = await t.run(node, { resource: 'miniGame', operation: 'getCurrentStats', email: 'john@example.com' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/mini-games/stats', query: {}, body: { email: 'john@example.com' } });
		expect(r.json).toEqual([{ loginStreak: 4, spinsLeft: 1 }]);
	});

	test('an email expression that resolves to nothing is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'miniGame', operation: 'getCurrentStats', email: '={{ $json.mail }}' }, { items: [{ json: { email: 'x@example.com' } }] });
		expect(r.error.message).toBe("The parameter 'Email' is required");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a 404 on a guessed route explains that the route may differ', async () => {
		t.sandbox.fault({ route: 'miniGames.getCurrentStats', kind: 'status', status: 404, body: { status: 'error', message: 'Cannot POST /v1/mini-games/stats' } });
		const r = await t.run(node, { resource: 'miniGame', operation: 'getCurrentStats', email: 'john@example.com' });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Cannot POST /v1/mini-games/stats');
		expect(r.error.description).toMatch(/The path POST \/v1\/mini-games\/stats is guessed/);
	});
});
