import { runListSearch } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const t = useSandbox();

describe('Store pickers (resource locator: From List)', () => {
	test('searchCategories lists categories by name, a page of 100 at a time', async () => {
		const seeded = t.sandbox.seed('categories.getMany', 130, (i) => ({ name: `Category ${i + 1}` }));
		const first = await runListSearch({ type: 'returningAiStore', method: 'searchCategories', baseUrl: t.baseUrl });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Category 1', value: seeded[0]._id });
		expect(first.paginationToken).toBe('100');
		const second = await runListSearch({ type: 'returningAiStore', method: 'searchCategories', baseUrl: t.baseUrl, paginationToken: first.paginationToken });
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		expect(t.sandbox.requests.map((r) => [r.path, r.query])).toEqual([
			['/v1/categories', { skip: '0', limit: '100' }],
			['/v1/categories', { skip: '100', limit: '100' }],
		]);
		expect(t.sandbox.requests[0].headers.authorization).toBe('Bearer sandbox-api-key-0123456789');
	});

	test('searchProducts sends the filter as a keyword search', async () => {
		await runListSearch({ type: 'returningAiStore', method: 'searchProducts', baseUrl: t.baseUrl, filter: 'mug' });
		expect(t.sandbox.lastRequest().query).toEqual({ skip: '0', limit: '100', search: 'keyword:mug' });
	});

	test('a failing list says to switch to By ID', async () => {
		await expect(runListSearch({ type: 'returningAiStore', method: 'searchProducts', baseUrl: t.baseUrl, apiKey: 'nope-nope' })).rejects.toThrow(
			'Could not load the list from Returning.AI (401): Invalid API key',
		);
	});
});
