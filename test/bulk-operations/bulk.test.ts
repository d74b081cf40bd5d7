import { useSandbox, wire } from '../harness/sandbox';
import { bulkOperationsResources } from '../../nodes/BulkOperations/ReturningAiBulkOperations.node';
import { reference } from '../sandbox/reference';

const t = useSandbox();
const node = 'returningAiBulkOperations';
const KEY = 'sandbox-api-key-0123456789';
const HEX = /^[0-9a-f]{24}$/;

const csvItem = (text: string, fileName = 'users.csv', mimeType = 'text/csv') => ({
	json: {},
	binary: { data: { data: Buffer.from(text).toString('base64'), mimeType, fileName } },
});

const parts = (req = t.sandbox.lastRequest()) =>
	(req.parts ?? []).map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.text }));

describe('Bulk Operations > coverage', () => {
	test('every Bulk Operations entry of the reference is one operation', () => {
		const routes = bulkOperationsResources.flatMap((r) => r.operations.map((o) => o.route)).sort();
		expect(routes).toEqual(reference.filter((e) => e.node === 'Bulk Operations').map((e) => e.id).sort());
		expect(routes).toHaveLength(5);
	});
});

describe('Bulk Operations > Update Users From CSV', () => {
	test('Binary File uploads the item\'s CSV as the multipart part "data" with the Bearer key', async () => {
		const csv = 'email,xp_op,xp,coins_op,coins\njohn@example.com,add,100,subtract,5';
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'binary', binaryPropertyName: 'data' }, { items: [csvItem(csv)] });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path, query: req.query }).toEqual({ method: 'POST', path: '/v1/users/bulk-update', query: {} });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(parts(req)).toEqual([{ name: 'data', filename: 'users.csv', contentType: 'text/csv', text: csv }]);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toEqual({ message: 'Bulk update user process is queued. You can check in Api Log ( community settings )', jobId: expect.stringMatching(HEX) });
	});

	test('Binary File makes one upload per input item', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv' }, {
			items: [csvItem('email,xp_op,xp\na@example.com,add,1', 'a.csv'), csvItem('email,xp_op,xp\nb@example.com,add,2', 'b.csv')],
		});
		expect(r.json).toHaveLength(2);
		expect(t.sandbox.requests.map((q) => parts(q)[0].filename)).toEqual(['a.csv', 'b.csv']);
		expect(t.sandbox.requests.map((q) => parts(q)[0].text)).toEqual(['email,xp_op,xp\na@example.com,add,1', 'email,xp_op,xp\nb@example.com,add,2']);
	});

	test('Build From Input Items sends ONE CSV with a row per item and an _op column before each numeric column', async () => {
		const r = await t.run(
			node,
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', numericOperator: 'add' },
			{
				items: [
					{ json: { email: 'john@example.com', xp: 100, coins: 5, coins_op: 'Subtract', nickname: 'John' } },
					{ json: { email: 'ann@example.com', xp: 20, coins: 7, nickname: 'Ann, "the great"' } },
					{ json: { email: 'bo@example.com', xp: 0, nickname: ' Bo' } },
				],
			},
		);
		expect(r.status).toBe('success');
		expect(t.sandbox.requests).toHaveLength(1);
		expect(parts()).toEqual([
			{
				name: 'data',
				filename: 'bulk-update.csv',
				contentType: 'text/csv',
				text: [
					'email,xp_op,xp,coins_op,coins,nickname',
					'john@example.com,add,100,subtract,5,John',
					'ann@example.com,add,20,add,7,"Ann, ""the great"""',
					'bo@example.com,add,0,,," Bo"',
				].join('\n'),
			},
		]);
		// One request for all items: one output item, paired with every input item.
		expect(r.json).toEqual([{ message: 'Bulk update user process is queued. You can check in Api Log ( community settings )', jobId: expect.stringMatching(HEX) }]);
		expect(r.items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('Build From Input Items: Columns pick and order the fields; Numeric Columns and File Name options apply', async () => {
		await t.run(
			node,
			{
				resource: 'bulkUpdate',
				operation: 'updateUsersFromCsv',
				csvSource: 'items',
				columns: 'coins, email',
				numericOperator: 'overwrite',
				options: { numericColumns: 'coins', fileName: 'coins.csv' },
			},
			{ items: [{ json: { email: 'a@example.com', coins: '12', ignored: 1 } }, { json: { email: 'b@example.com', coins: '3.5' } }] },
		);
		expect(parts()).toEqual([{ name: 'data', filename: 'coins.csv', contentType: 'text/csv', text: 'coins_op,coins,email\noverwrite,12,a@example.com\noverwrite,3.5,b@example.com' }]);
	});

	test('Build From Input Items rejects a bad operator before any request, naming the item', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items' }, {
			items: [{ json: { email: 'a@example.com', xp: 1 } }, { json: { email: 'b@example.com', xp: 2, xp_op: 'plus' } }],
		});
		expect(r.status).toBe('error');
		expect(r.error.message).toBe(`Item 2: 'xp_op' must be add, subtract or overwrite, got "plus"`);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Build From Input Items rejects an unknown column', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', columns: 'email,exp' }, { items: [{ json: { email: 'a@example.com', xp: 1 } }] });
		expect(r.error.message).toBe("The column 'exp' is not a field of any input item");
		expect(r.error.description).toBe("Check the parameter 'Columns': the input items have the fields email, xp.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a missing binary field is named, with the fields the item has', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', binaryPropertyName: 'file' }, { items: [csvItem('email\na@example.com')] });
		expect(r.error.message).toBe("The input item has no binary data named 'file' (parameter 'Input Binary Field')");
		expect(r.error.description).toBe("The item's binary properties are: data. Enter one of them.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('400: a CSV without data rows is rejected with the API message', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv' }, { items: [csvItem('email,xp_op,xp')] });
		expect(r.error.message).toBe('Returning.AI rejected the request: The CSV file has no data rows');
		expect(t.sandbox.lastRequest().status).toBe(400);
	});

	test('Continue On Fail: the item without a file gets an error, the other one is uploaded', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv' }, {
			items: [{ json: {} }, csvItem('email,xp_op,xp\na@example.com,add,1')],
			continueOnFail: true,
		});
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(2);
		expect(r.items[0].error?.message).toBe("The input item has no binary data named 'data' (parameter 'Input Binary Field')");
		expect(r.items[1].json).toMatchObject({ jobId: expect.stringMatching(HEX) });
		expect(t.sandbox.requests).toHaveLength(1);
	});
});

describe('Bulk Operations > Wait for Completion', () => {
	test('polls Get Status until the job has finished and outputs the final status', async () => {
		t.sandbox.state.set('bulk.pollsToFinish', 3);
		const r = await t.run(
			node,
			{ resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', waitForCompletion: true, pollInterval: 0, maxPolls: 5 },
			{ items: [{ json: { email: 'a@example.com', xp: 10 } }, { json: { email: 'b@example.com', xp: 20 } }] },
		);
		expect(r.status).toBe('success');
		const [upload, ...checks] = t.sandbox.requests;
		expect(upload.path).toBe('/v1/users/bulk-update');
		const jobId = (t.sandbox.state.get('bulk.jobs') as any[])[0].jobId;
		expect(checks.map(wire)).toEqual([1, 2, 3].map(() => ({ method: 'GET', path: `/v1/users/bulk-update/${jobId}/status`, query: {}, body: undefined })));
		expect(checks[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toEqual([{ jobId, status: 'completed', totalRows: 2, processedRows: 2, failedRows: 0, checks: 3 }]);
	});

	test('a job that fails gives a clear error naming the job and how to see the failed rows', async () => {
		t.sandbox.state.set('bulk.pollsToFinish', 2);
		const csv = 'email,xp_op,xp\na@example.com,add,1\nb@example.com,Add,2';
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', waitForCompletion: true, pollInterval: 0 }, { items: [csvItem(csv)] });
		expect(r.status).toBe('error');
		const jobId = (t.sandbox.state.get('bulk.jobs') as any[])[0].jobId;
		expect(r.error.message).toBe(`The bulk job '${jobId}' failed: 1 of 2 rows failed`);
		expect(r.error.description).toBe(`Returning.AI reports the job as 'failed'. Use the operation 'Get' with Job ID ${jobId} to see which rows failed, fix the CSV and upload it again.`);
		expect(t.sandbox.requests).toHaveLength(3);
	});

	test('gives up after Max Checks with an error saying the job keeps running', async () => {
		t.sandbox.state.set('bulk.pollsToFinish', 10);
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updatePremiumCurrencyFromCsv', waitForCompletion: true, pollInterval: 0, maxPolls: 2 }, {
			items: [csvItem('email,premium_currency_op,premium_currency\na@example.com,add,5')],
		});
		const jobId = (t.sandbox.state.get('bulk.jobs') as any[])[0].jobId;
		expect(r.error.message).toBe(`The bulk job '${jobId}' had not finished after 2 status checks`);
		expect(t.sandbox.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
			'POST /v1/users/bulk-update/premium-currency',
			`GET /v1/users/bulk-update/${jobId}/status`,
			`GET /v1/users/bulk-update/${jobId}/status`,
		]);
	});

	test('an upload answer without a job ID is output as is, marked as not waited for (no error, no retry)', async () => {
		const documented = { status: 'success', message: 'Bulk update user process is queued', data: { message: 'Bulk update user process is queued. You can check in Api Log ( community settings )' } };
		t.sandbox.fault({ route: 'bulkUpdates.updateUsersFromCsv', kind: 'status', status: 200, body: documented });
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', waitForCompletion: true, pollInterval: 0 }, { items: [csvItem('email,xp_op,xp\na@example.com,add,1')] });
		expect(r.status).toBe('success');
		expect(r.json).toEqual([
			{
				message: 'Bulk update user process is queued. You can check in Api Log ( community settings )',
				waitedForCompletion: false,
				note: 'The answer carried no job ID, so the job could not be followed: check it in Community settings > API Log',
			},
		]);
		expect(t.sandbox.requests).toHaveLength(1);
	});

	test('a 404 from the (guessed) status route says the route is unconfirmed', async () => {
		t.sandbox.fault({ route: 'bulkUpdates.getStatus', kind: 'status', status: 404, body: { status: 'error', message: 'Cannot GET' } });
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', waitForCompletion: true, pollInterval: 0 }, { items: [csvItem('email,xp_op,xp\na@example.com,add,1')] });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Cannot GET');
		expect(r.error.description).toMatch(/The path GET \/v1\/users\/bulk-update\/\{jobId\}\/status is guessed \(not confirmed by the reference\)/);
		expect(t.sandbox.requests.map((q) => q.method)).toEqual(['POST', 'GET']);
	});

	test('waits between checks with the Poll Interval', async () => {
		t.sandbox.state.set('bulk.pollsToFinish', 2);
		const started = Date.now();
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', waitForCompletion: true, pollInterval: 0.2, maxPolls: 3 }, {
			items: [csvItem('email,xp_op,xp\na@example.com,add,1')],
		});
		expect(r.json[0]).toMatchObject({ status: 'completed', checks: 2 });
		expect(Date.now() - started).toBeGreaterThanOrEqual(400);
	});
});

describe('Bulk Operations > Update Premium Currency From CSV', () => {
	test('uploads to /v1/users/bulk-update/premium-currency as "data"', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updatePremiumCurrencyFromCsv', csvSource: 'items' }, {
			items: [{ json: { email: 'a@example.com', premium_currency: 50 } }, { json: { email: 'b@example.com', premium_currency: 25, premium_currency_op: 'subtract' } }],
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/bulk-update/premium-currency', query: {}, body: undefined });
		expect(parts()).toEqual([
			{ name: 'data', filename: 'premium-currency.csv', contentType: 'text/csv', text: 'email,premium_currency_op,premium_currency\na@example.com,add,50\nb@example.com,subtract,25' },
		]);
		expect(r.json).toEqual([{ message: 'Bulk update premium currency process is queued. You can check in Api Log ( community settings )', jobId: expect.stringMatching(HEX) }]);
	});
});

describe('Bulk Operations > jobs', () => {
	async function queueJobs(n: number) {
		for (let i = 0; i < n; i++) {
			await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv' }, { items: [csvItem(`email,xp_op,xp\nu${i}@example.com,add,${i + 1}`, `job${i}.csv`)] });
		}
		t.sandbox.requests.length = 0;
		return (t.sandbox.state.get('bulk.jobs') as any[]).map((j) => j.jobId as string);
	}

	test('Get Many sends no paging parameters; Limit trims the output', async () => {
		const ids = await queueJobs(3);
		const all = await t.run(node, { resource: 'bulkUpdate', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/users/bulk-update', query: {}, body: undefined });
		expect(all.json.map((j) => j.jobId)).toEqual(ids);
		expect(all.json[0]).toMatchObject({ status: 'queued', fileName: 'job0.csv', columns: ['email', 'xp_op', 'xp'], totalRows: 1 });
		const some = await t.run(node, { resource: 'bulkUpdate', operation: 'getAll', returnAll: false, limit: 2 });
		expect(some.json.map((j) => j.jobId)).toEqual(ids.slice(0, 2));
		expect(t.sandbox.lastRequest().query).toEqual({});
	});

	test('Get Status and Get read one job', async () => {
		const [id] = await queueJobs(1);
		const status = await t.run(node, { resource: 'bulkUpdate', operation: 'getStatus', jobId: id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/users/bulk-update/${id}/status`, query: {}, body: undefined });
		expect(status.json).toEqual([{ jobId: id, status: 'processing', totalRows: 1, processedRows: 0, failedRows: 0 }]);
		const details = await t.run(node, { resource: 'bulkUpdate', operation: 'get', jobId: id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/users/bulk-update/${id}`, query: {}, body: undefined });
		expect(details.json[0]).toMatchObject({ jobId: id, status: 'processing', rows: [{ row: 2, values: { email: 'u0@example.com', xp_op: 'add', xp: '1' }, status: 'updated' }] });
	});

	test('404: an unknown job names the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'getStatus', jobId: 'job-that-does-not-exist' });
		expect(r.error.message).toBe("The bulk job with ID 'job-that-does-not-exist' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'Job ID'/);
		expect(t.sandbox.lastRequest().path).toBe('/v1/users/bulk-update/job-that-does-not-exist/status');
	});

	test('401: an unknown key', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'getAll', returnAll: true }, { apiKey: 'not-a-key-0123456789' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(JSON.stringify(r.error)).not.toContain('not-a-key-0123456789');
	});

	test('403: a key without the bulk permission', async () => {
		const r = await t.run(node, { resource: 'bulkUpdate', operation: 'updateUsersFromCsv' }, { apiKey: 'sandbox-limited-key-0123456789', items: [csvItem('email,xp_op,xp\na@example.com,add,1')] });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'bulk operations' permission");
	});
});
