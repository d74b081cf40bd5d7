import { Sandbox } from './server';

/** DELETE /__sandbox/faults (used by the bench's rate-limited scenario to re-arm its 429s before each run). */
const sandbox = new Sandbox();
let base = '';
beforeAll(async () => {
	base = await sandbox.start();
});
afterAll(() => sandbox.stop());

const get = async () => (await fetch(`${base}/v1/categories`, { headers: { authorization: `Bearer ${Sandbox.API_KEY}` } })).status;

test('clearing the faults stops an every-Nth 429 at once; the data stays', async () => {
	sandbox.seed('categories.getMany', 3);
	const armed = await fetch(`${base}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'status', status: 429, headers: { 'retry-after': '1' }, every: 2, times: 'Infinity' }) });
	expect(await armed.json()).toEqual({ ok: true, faults: 1 });
	expect([await get(), await get(), await get(), await get()]).toEqual([200, 429, 200, 429]);
	const cleared = await fetch(`${base}/__sandbox/faults`, { method: 'DELETE' });
	expect(await cleared.json()).toEqual({ ok: true, faults: 0 });
	expect([await get(), await get(), await get()]).toEqual([200, 200, 200]);
	const list = (await (await fetch(`${base}/v1/categories?skip=0&limit=10`, { headers: { authorization: `Bearer ${Sandbox.API_KEY}` } })).json()) as { data: unknown[] };
	expect(list.data).toHaveLength(3);
});
