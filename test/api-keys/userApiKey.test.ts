import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiApiKeys';
const USER = '71100af5c548eb5c7ebc7819';
const COMMUNITY = '6167dba9c548eb5c7ec28057';

async function createKey(name = 'testing') {
	const r = await t.run(node, { resource: 'userApiKey', operation: 'create', userId: USER, communityId: COMMUNITY, name, permissions: 'sendMessages' });
	return r.json[0];
}

describe('API Keys > User API Key', () => {
	test('Create sends POST /v1/users/apikeys?userId=… with communityId in the body and outputs the full key', async () => {
		const r = await t.run(node, {
			resource: 'userApiKey',
			operation: 'create',
			userId: USER,
			communityId: COMMUNITY,
			name: 'testing',
			permissions: 'sendMessages, readOwnProfile',
			additionalFields: { expirePeriod: 0 },
		});
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/users/apikeys',
			query: { userId: USER },
			body: { communityId: COMMUNITY, name: 'testing', permissions: ['sendMessages', 'readOwnProfile'], expirePeriod: 0 },
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'testing', permissions: ['sendMessages', 'readOwnProfile'], isActive: true, userId: USER, communityId: COMMUNITY });
		expect(r.json[0].key).toMatch(/^[0-9a-f]{64}$/);
	});

	test("Create takes the body's Community ID from the credential when left empty", async () => {
		await t.run(node, { resource: 'userApiKey', operation: 'create', userId: USER, communityId: '', name: 'k', permissions: 'sendMessages' }, { credential: { communityId: COMMUNITY } });
		expect(t.sandbox.lastRequest().body).toEqual({ communityId: COMMUNITY, name: 'k', permissions: ['sendMessages'] });
	});

	test('Create without any Community ID stops before the call', async () => {
		const r = await t.run(node, { resource: 'userApiKey', operation: 'create', userId: USER, communityId: '', name: 'k', permissions: 'sendMessages' });
		expect(r.error.message).toBe("The parameter 'Community ID' is required");
		expect(r.error.description).toBe("Enter a value for 'Community ID' or set a default Community ID in the Returning.AI API credential.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get Many sends GET /v1/users/{userId}/api-keys once and outputs the (masked) keys', async () => {
		const a = await createKey('one');
		const b = await createKey('two');
		t.sandbox.requests.length = 0;
		const r = await t.run(node, { resource: 'userApiKey', operation: 'getAll', userId: USER, returnAll: true });
		expect(t.sandbox.requests.map(wire)).toEqual([{ method: 'GET', path: `/v1/users/${USER}/api-keys`, query: {}, body: undefined }]);
		expect(r.json.map((k: { _id: string }) => k._id)).toEqual([a._id, b._id]);
		expect(r.json[0].key).toMatch(/^[0-9a-f]{4}\*{56}[0-9a-f]{4}$/);
	});

	test('Get Many: User ID must be an ObjectId', async () => {
		const r = await t.run(node, { resource: 'userApiKey', operation: 'getAll', userId: '123', returnAll: true });
		expect(r.error.message).toBe("The parameter 'User ID' must be a 24-character hexadecimal ID, got '123'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Update sends PUT /v1/users/{userId}/api-keys/{apiKeyId} with only the fields set', async () => {
		const k = await createKey();
		const r = await t.run(node, {
			resource: 'userApiKey',
			operation: 'update',
			userId: USER,
			apiKeyId: byId(k._id),
			updateFields: { name: 'Updated API Key Name', permissions: 'readOwnProfile,updateOwnProfile,readOwnMessages', expirePeriod: 180, expireDate: '2025-06-30T23:59:59Z', isActive: false },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: `/v1/users/${USER}/api-keys/${k._id}`,
			query: {},
			body: {
				name: 'Updated API Key Name',
				permissions: ['readOwnProfile', 'updateOwnProfile', 'readOwnMessages'],
				expirePeriod: 180,
				expireDate: '2025-06-30T23:59:59.000Z',
				isActive: false,
			},
		});
		expect(r.json[0]).toMatchObject({ _id: k._id, name: 'Updated API Key Name', isActive: false });
	});

	test('Delete sends DELETE and outputs { deleted: true }', async () => {
		const k = await createKey();
		const r = await t.run(node, { resource: 'userApiKey', operation: 'delete', userId: USER, apiKeyId: byId(k._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/users/${USER}/api-keys/${k._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
	});

	test('Delete of an unknown key gives a 404 that mentions the inferred path', async () => {
		const r = await t.run(node, { resource: 'userApiKey', operation: 'delete', userId: USER, apiKeyId: byId('689b34c3799e47c88fa2f89d') });
		expect(r.error.message).toBe("The API key with ID '689b34c3799e47c88fa2f89d' was not found");
		expect(r.error.description).toMatch(/DELETE \/v1\/users\/\{userId\}\/api-keys\/\{apiKeyId\} is inferred/);
	});

	test("Get Current sends GET /v1/users/apikeys/info and outputs the key's details, never the key", async () => {
		const r = await t.run(node, { resource: 'userApiKey', operation: 'getCurrent' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/v1/users/apikeys/info', query: {}, body: undefined });
		expect(r.json).toEqual([{ name: 'Sandbox key', permissions: ['*'], communityId: '6167dba9c548eb5c7ec28057', expireDate: '' }]);
		expect(JSON.stringify(r.json)).not.toContain('sandbox-api-key-0123456789');
	});

	test("the key picker lists the user's keys (from the User ID parameter)", async () => {
		const k = await createKey('my key');
		const result = await runListSearch({ type: node, method: 'searchUserApiKeys', baseUrl: t.baseUrl, parameters: { resource: 'userApiKey', operation: 'delete', userId: USER } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/users/${USER}/api-keys`, query: {}, body: undefined });
		expect(result.results).toEqual([{ name: 'my key', value: k._id, url: undefined }]);
	});

	test('the key picker is empty until a User ID is entered (no request)', async () => {
		const result = await runListSearch({ type: node, method: 'searchUserApiKeys', baseUrl: t.baseUrl, parameters: { resource: 'userApiKey', operation: 'delete', userId: '' } });
		expect(result.results).toEqual([]);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('403 for a key without the permission', async () => {
		const r = await t.run(node, { resource: 'userApiKey', operation: 'getCurrent' }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'api keys' permission");
	});
});
