import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiUserFields';
const COMMUNITY = '6167dba9c548eb5c7ec28057';
const USER = '61100af5c548eb5c7ebc7819';
const OTHER_USER = '61100af5c548eb5c7ebc781a';

function seedFields() {
	return t.sandbox.seed(
		'userFields.getMany',
		2,
		(i) => ({ field: ['department', 'deposit-amount'][i], name: ['Department', 'Deposit Amount'][i], type: ['text', 'number'][i] }),
		{ communityId: COMMUNITY },
	);
}

function seedHistories(count: number, make: (i: number) => Record<string, unknown>) {
	return t.sandbox.seed('userFieldHistories.getManyInCommunity', count, make, { communityId: COMMUNITY });
}

describe('User Fields > User Field History > Create', () => {
	test('Create sends POST /v1/communities/{id}/user-field-histories with userId, field and value', async () => {
		const [dept] = seedFields();
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'create', communityId: COMMUNITY, userId: USER, field: { __rl: true, mode: 'list', value: 'department' }, value: 'Sales' });
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: `/v1/communities/${COMMUNITY}/user-field-histories`,
			query: {},
			body: { userId: USER, field: 'department', value: 'Sales' },
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ userId: USER, field: 'department', fieldId: dept._id, value: 'Sales' });
	});

	test('Create for User puts the user in the path; Value Type Number sends a number', async () => {
		seedFields();
		const r = await t.run(node, {
			resource: 'userFieldHistory',
			operation: 'createForUser',
			communityId: COMMUNITY,
			userId: USER,
			field: byId('deposit-amount'),
			value: ' 250.5 ',
			options: { valueType: 'number' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: `/v1/communities/${COMMUNITY}/users/${USER}/user-field-histories`,
			query: {},
			body: { field: 'deposit-amount', value: 250.5 },
		});
		expect(r.json[0]).toMatchObject({ userId: USER, field: 'deposit-amount', value: 250.5 });
	});

	test('Value Type Boolean and JSON convert the text', async () => {
		seedFields();
		await t.run(node, { resource: 'userFieldHistory', operation: 'createForUser', communityId: COMMUNITY, userId: USER, field: byId('department'), value: 'TRUE', options: { valueType: 'boolean' } });
		expect(t.sandbox.lastRequest().body).toEqual({ field: 'department', value: true });
		await t.run(node, { resource: 'userFieldHistory', operation: 'createForUser', communityId: COMMUNITY, userId: USER, field: byId('department'), value: '{"a": [1, 2]}', options: { valueType: 'json' } });
		expect(t.sandbox.lastRequest().body).toEqual({ field: 'department', value: { a: [1, 2] } });
	});

	test('a Value that does not match Value Type is refused before the call', async () => {
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'createForUser', communityId: COMMUNITY, userId: USER, field: byId('department'), value: 'abc', options: { valueType: 'number' } });
		expect(r.error.message).toBe("The parameter 'Value' must be a number when Value Type is Number, got 'abc'");
		expect(r.error.description).toBe("Change 'Value', or set Options > Value Type to match it.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('an unknown field key gives a 400 that names the Field Key parameter', async () => {
		seedFields();
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'create', communityId: COMMUNITY, userId: USER, field: byId('nope'), value: 'x' });
		expect(r.error.message).toBe('Returning.AI rejected the request: \'Field Key\' must be the key of an existing user field, got "nope"');
		expect(r.error.description).toMatch(/^Check the parameter 'Field Key'/);
	});

	test("Create uses the credential's Default Community ID when Community ID is empty", async () => {
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'create', communityId: '', userId: USER, field: byId('department'), value: 'x' }, { credential: { communityId: COMMUNITY } });
		expect(t.sandbox.lastRequest().path).toBe(`/v1/communities/${COMMUNITY}/user-field-histories`);
		expect(r.error.message).toMatch(/^Returning.AI rejected the request/); // no field seeded: the sandbox refuses the key
	});
});

describe('User Fields > User Field History > lists', () => {
	test('Get Many with Return All pages with page/limit 100 until the total', async () => {
		seedHistories(250, (i) => ({ userId: USER, field: 'department', value: `v${i}` }));
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'getAll', communityId: COMMUNITY, returnAll: true });
		expect(r.json).toHaveLength(250);
		expect(t.sandbox.requests.map(wire)).toEqual([1, 2, 3].map((page) => ({ method: 'GET', path: `/v1/communities/${COMMUNITY}/user-field-histories`, query: { page: String(page), limit: '100' }, body: undefined })));
		expect(r.json.map((h: { value: string }) => h.value)).toEqual(Array.from({ length: 250 }, (_, i) => `v${i}`));
	});

	test('Get Many with Limit keeps one page size and stops when it has enough (no repeated records)', async () => {
		seedHistories(250, (i) => ({ value: `v${i}` }));
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'getAll', communityId: COMMUNITY, returnAll: false, limit: 130 });
		expect(t.sandbox.requests.map((q) => q.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
		expect(r.json.map((h: { value: string }) => h.value)).toEqual(Array.from({ length: 130 }, (_, i) => `v${i}`));
	});

	test('Get Many filters by field and user through the query', async () => {
		const [dept, deposit] = seedFields();
		const h = seedHistories(3, (i) => [
			{ userId: USER, fieldId: dept._id, value: 'Sales' },
			{ userId: USER, fieldId: deposit._id, value: 10 },
			{ userId: OTHER_USER, fieldId: dept._id, value: 'Ops' },
		][i]);
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'getAll', communityId: COMMUNITY, limit: 10, filters: { fieldId: dept._id, userId: USER } });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'GET',
			path: `/v1/communities/${COMMUNITY}/user-field-histories`,
			query: { fieldId: dept._id, userId: USER, page: '1', limit: '10' },
			body: undefined,
		});
		expect(r.json).toEqual([h[0]]);
	});

	test('Get Many for Field, for User, and for Field and User use their own paths', async () => {
		const [dept, deposit] = seedFields();
		const h = seedHistories(3, (i) => [
			{ userId: USER, fieldId: dept._id, value: 'Sales' },
			{ userId: USER, fieldId: deposit._id, value: 10 },
			{ userId: OTHER_USER, fieldId: dept._id, value: 'Ops' },
		][i]);
		const forField = await t.run(node, { resource: 'userFieldHistory', operation: 'getAllForField', communityId: COMMUNITY, fieldId: byId(dept._id), returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${COMMUNITY}/user-fields/${dept._id}/user-field-histories`, query: { page: '1', limit: '100' }, body: undefined });
		expect(forField.json).toEqual([h[0], h[2]]);

		const forUser = await t.run(node, { resource: 'userFieldHistory', operation: 'getAllForUser', communityId: COMMUNITY, userId: USER, returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${COMMUNITY}/users/${USER}/user-field-histories`, query: { page: '1', limit: '100' }, body: undefined });
		expect(forUser.json).toEqual([h[0], h[1]]);

		const both = await t.run(node, { resource: 'userFieldHistory', operation: 'getAllForFieldAndUser', communityId: COMMUNITY, userId: OTHER_USER, fieldId: byId(dept._id), returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'GET',
			path: `/v1/communities/${COMMUNITY}/users/${OTHER_USER}/user-fields/${dept._id}/user-field-histories`,
			query: { page: '1', limit: '100' },
			body: undefined,
		});
		expect(both.json).toEqual([h[2]]);
	});

	test('Get Many for Field of an unknown field gives a 404 naming the field', async () => {
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'getAllForField', communityId: COMMUNITY, fieldId: byId('6857de260f3c24d98fd7ca85'), returnAll: true });
		expect(r.error.message).toBe("The user field with ID '6857de260f3c24d98fd7ca85' was not found");
		expect(r.error.description).toMatch(/is guessed \(not confirmed by the reference\)/);
	});

	test('a filter that is not an ObjectId is refused before the call', async () => {
		const r = await t.run(node, { resource: 'userFieldHistory', operation: 'getAll', communityId: COMMUNITY, returnAll: true, filters: { userId: 'bob' } });
		expect(r.error.message).toBe("The parameter 'User ID' must be a 24-character hexadecimal ID, got 'bob'");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
