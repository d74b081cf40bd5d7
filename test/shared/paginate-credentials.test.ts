import { TestCredentialsHelper } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const t = useSandbox();

describe('paginator: the credential is read once per list, not once per page', () => {
	afterEach(() => jest.restoreAllMocks());

	async function lookupsFor(records: number): Promise<{ lookups: number; pages: number; items: number }> {
		t.sandbox.reset();
		t.sandbox.seed('categories.getMany', records);
		const spy = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		const r = await t.run('returningAiStore', { resource: 'category', operation: 'getAll', returnAll: true });
		const lookups = spy.mock.calls.filter(([, , type]) => type === 'returningAiApi').length;
		spy.mockRestore();
		return { lookups, pages: t.sandbox.requests.length, items: r.json.length };
	}

	test('3 pages and 6 pages need the same number of credential lookups', async () => {
		const three = await lookupsFor(250);
		const six = await lookupsFor(550);
		expect([three.pages, three.items, six.pages, six.items]).toEqual([3, 250, 6, 550]);
		expect(six.lookups).toBe(three.lookups);
		expect(three.lookups).toBeLessThanOrEqual(2); // n8n's RoutingNode once, the paginator once
	});
});
