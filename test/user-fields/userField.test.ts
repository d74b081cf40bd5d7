import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiUserFields';
const KEY = 'sandbox-api-key-0123456789';
const COMMUNITY = '6167dba9c548eb5c7ec28057';
const DEFAULT_COMMUNITY = '6502c9e514a3e564c5c09c0a';

function seedFields(count: number, communityId = COMMUNITY) {
	const keys = ['department', 'deposit-amount', 'user-level', 'country', 'vip'];
	return t.sandbox.seed(
		'userFields.getMany',
		count,
		(i) => ({ field: keys[i] ?? `field-${i}`, name: (keys[i] ?? `field-${i}`).replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), type: 'text' }),
		{ communityId },
	);
}

describe('User Fields > User Field', () => {
	test('Create sends POST /v1/communities/{id}/user-fields with key, name and type and outputs the field', async () => {
		const r = await t.run(node, { resource: 'userField', operation: 'create', communityId: COMMUNITY, field: 'userLevel', name: 'User Level', type: 'number' });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({ method: 'POST', path: `/v1/communities/${COMMUNITY}/user-fields`, query: {}, body: { field: 'userLevel', name: 'User Level', type: 'number' } });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ field: 'userLevel', name: 'User Level', type: 'number', communityId: COMMUNITY, creator: { username: 'admin' } });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('Create sends the older optional fields; Choices become an array', async () => {
		await t.run(node, {
			resource: 'userField',
			operation: 'create',
			communityId: COMMUNITY,
			field: 'tier',
			name: 'Tier',
			type: 'select',
			additionalFields: { description: 'Loyalty tier', required: true, defaultValue: 'Bronze', options: 'Gold, Silver, Bronze' },
		});
		expect(t.sandbox.lastRequest().body).toEqual({
			field: 'tier',
			name: 'Tier',
			type: 'select',
			description: 'Loyalty tier',
			required: true,
			defaultValue: 'Bronze',
			options: ['Gold', 'Silver', 'Bronze'],
		});
	});

	test('Create: a Field Key over 50 characters is refused before the call', async () => {
		const r = await t.run(node, { resource: 'userField', operation: 'create', communityId: COMMUNITY, field: 'k'.repeat(51), name: 'N', type: 'text' });
		expect(r.error.message).toBe("The field 'Field Key' is 51 characters long; the maximum is 50");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Create: a taken key gives a 409 conflict', async () => {
		seedFields(1);
		const r = await t.run(node, { resource: 'userField', operation: 'create', communityId: COMMUNITY, field: 'department', name: 'Dept', type: 'text' });
		expect(r.error.message).toBe('Returning.AI refused the change because of a conflict: User field "department" already exists');
	});

	test("Create with an empty Community ID uses the credential's Default Community ID", async () => {
		await t.run(node, { resource: 'userField', operation: 'create', communityId: '', field: 'x', name: 'X', type: 'text' }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(t.sandbox.lastRequest().path).toBe(`/v1/communities/${DEFAULT_COMMUNITY}/user-fields`);
	});

	test('without Community ID and credential default, it stops before the call', async () => {
		const r = await t.run(node, { resource: 'userField', operation: 'getAll', communityId: '', returnAll: true });
		expect(r.error.message).toBe("The parameter 'Community ID' is required");
		expect(r.error.description).toBe("Enter a value for 'Community ID' or set a default Community ID in the Returning.AI API credential.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get (picker in From List mode) sends GET /v1/communities/{id}/user-fields/{fieldId}', async () => {
		const [f] = seedFields(2);
		const r = await t.run(node, { resource: 'userField', operation: 'get', communityId: COMMUNITY, fieldId: { __rl: true, mode: 'list', value: f._id, cachedResultName: 'Department' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${COMMUNITY}/user-fields/${f._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([f]);
	});

	test('Get of an unknown field gives a 404 naming the field and the parameter', async () => {
		const r = await t.run(node, { resource: 'userField', operation: 'get', communityId: COMMUNITY, fieldId: byId('6857de260f3c24d98fd7ca85') });
		expect(r.error.message).toBe("The user field with ID '6857de260f3c24d98fd7ca85' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'User Field'/);
	});

	test('Get Many sends one GET without paging parameters; Return All outputs all, Limit trims', async () => {
		const fields = seedFields(5, DEFAULT_COMMUNITY);
		const all = await t.run(node, { resource: 'userField', operation: 'getAll', returnAll: true }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(all.json).toEqual(fields);
		const some = await t.run(node, { resource: 'userField', operation: 'getAll', returnAll: false, limit: 3 }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(some.json).toEqual(fields.slice(0, 3));
		expect(t.sandbox.requests.map(wire)).toEqual([
			{ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/user-fields`, query: {}, body: undefined },
			{ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/user-fields`, query: {}, body: undefined },
		]);
	});

	test('Update sends PUT with name and type (both required by the API)', async () => {
		const [f] = seedFields(1);
		const r = await t.run(node, { resource: 'userField', operation: 'update', communityId: COMMUNITY, fieldId: byId(f._id), name: 'Team', type: 'single-line-text' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/v1/communities/${COMMUNITY}/user-fields/${f._id}`, query: {}, body: { name: 'Team', type: 'single-line-text' } });
		expect(r.json[0]).toMatchObject({ _id: f._id, field: 'department', name: 'Team', type: 'single-line-text' });
	});

	test('Delete sends DELETE and outputs { deleted: true }', async () => {
		const [f] = seedFields(1);
		const r = await t.run(node, { resource: 'userField', operation: 'delete', communityId: COMMUNITY, fieldId: byId(f._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/communities/${COMMUNITY}/user-fields/${f._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection(`/v1/communities/${COMMUNITY}/user-fields`)).toHaveLength(0);
	});

	test('a 400 names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'userFields.create', kind: 'status', status: 400, body: { status: 'error', message: '"type" must be one of [text, number]', meta: { statusCode: 400, status: 'error' } } });
		const r = await t.run(node, { resource: 'userField', operation: 'create', communityId: COMMUNITY, field: 'x', name: 'X', type: 'multi-line-text' });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Type' must be one of [text, number]");
	});

	test('401 for an unknown key, 403 for a key without the permission', async () => {
		const unknown = await t.run(node, { resource: 'userField', operation: 'getAll', communityId: COMMUNITY, returnAll: true }, { apiKey: 'unknown-key-9999' });
		expect(unknown.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		const limited = await t.run(node, { resource: 'userField', operation: 'getAll', communityId: COMMUNITY, returnAll: true }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(limited.error.message).toBe("The API key is not allowed to do this: API key lacks the 'user fields' permission");
	});

	test('Continue On Fail: the unknown field fails its item, the known one is output', async () => {
		const [f] = seedFields(1);
		const r = await t.run(
			node,
			{ resource: 'userField', operation: 'get', communityId: COMMUNITY, fieldId: byId('={{ $json.id }}') },
			{ continueOnFail: true, items: [{ json: { id: f._id } }, { json: { id: '6857de260f3c24d98fd7ca85' } }] },
		);
		expect(r.status).toBe('success');
		expect(r.items[0].json).toEqual(f);
		expect(r.items[1].json.error).toBe("The user field with ID '6857de260f3c24d98fd7ca85' was not found");
	});
});

describe('User Fields > user-field picker', () => {
	test('From List lists the user fields of the community by name with their IDs', async () => {
		const fields = seedFields(3);
		const result = await runListSearch({ type: node, method: 'searchUserFields', baseUrl: t.baseUrl, parameters: { resource: 'userField', operation: 'get', communityId: COMMUNITY } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${COMMUNITY}/user-fields`, query: {}, body: undefined });
		expect(result).toEqual({
			results: [
				{ name: 'Department', value: fields[0]._id, url: undefined },
				{ name: 'Deposit Amount', value: fields[1]._id, url: undefined },
				{ name: 'User Level', value: fields[2]._id, url: undefined },
			],
			paginationToken: undefined,
		});
	});

	test('the search text filters the list; the credential default community is used when the node has none', async () => {
		const fields = seedFields(3, DEFAULT_COMMUNITY);
		const result = await runListSearch({
			type: node,
			method: 'searchUserFields',
			baseUrl: t.baseUrl,
			filter: 'dep',
			parameters: { resource: 'userField', operation: 'get', communityId: '' },
			credential: { communityId: DEFAULT_COMMUNITY },
		});
		expect(t.sandbox.lastRequest().path).toBe(`/v1/communities/${DEFAULT_COMMUNITY}/user-fields`);
		expect(result.results).toEqual([
			{ name: 'Department', value: fields[0]._id, url: undefined },
			{ name: 'Deposit Amount', value: fields[1]._id, url: undefined },
		]);
	});

	test('the Field Key picker offers the keys (not the IDs)', async () => {
		seedFields(2);
		const result = await runListSearch({
			type: node,
			method: 'searchUserFieldKeys',
			baseUrl: t.baseUrl,
			parameters: { resource: 'userFieldHistory', operation: 'create', communityId: COMMUNITY },
		});
		expect(result.results).toEqual([
			{ name: 'Department', value: 'department', url: undefined },
			{ name: 'Deposit Amount', value: 'deposit-amount', url: undefined },
		]);
	});

	test('a failing list call says how to work around it', async () => {
		await expect(
			runListSearch({ type: node, method: 'searchUserFields', baseUrl: t.baseUrl, apiKey: 'sandbox-limited-key-0123456789', parameters: { resource: 'userField', operation: 'get', communityId: COMMUNITY } }),
		).rejects.toThrow("Could not load the list from Returning.AI (403): API key lacks the 'user fields' permission");
	});
});
