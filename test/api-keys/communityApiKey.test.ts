import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiApiKeys';
const KEY = 'sandbox-api-key-0123456789';
const COMMUNITY = '675a1234bcde567890123456';
const DEFAULT_COMMUNITY = '6502c9e514a3e564c5c09c0a';

async function createKey(communityId = COMMUNITY, name = 'Slack Integration API Key') {
	const r = await t.run(node, { resource: 'communityApiKey', operation: 'create', communityId, name, permissions: 'sendMessage, replyMessage' });
	return r.json[0];
}

describe('API Keys > Community API Key', () => {
	test('Create sends POST /v1/communities/{id}/api-keys with the permissions as an array and outputs the full key once', async () => {
		const r = await t.run(node, {
			resource: 'communityApiKey',
			operation: 'create',
			communityId: COMMUNITY,
			name: 'Slack Integration API Key',
			permissions: 'sendMessage, replyMessage',
			additionalFields: { expirePeriod: 30, expireDate: '2026-12-31T23:59:59' },
		});
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({
			method: 'POST',
			path: `/v1/communities/${COMMUNITY}/api-keys`,
			query: {},
			body: { name: 'Slack Integration API Key', permissions: ['sendMessage', 'replyMessage'], expirePeriod: 30, expireDate: '2026-12-31T23:59:59.000Z' },
		});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'Slack Integration API Key', permissions: ['sendMessage', 'replyMessage'], expirePeriod: 30, communityId: COMMUNITY });
		// the secret, exactly as the API returned it: 64 hex characters, not masked
		expect(r.json[0].key).toMatch(/^[0-9a-f]{64}$/);
		const listed = await t.run(node, { resource: 'communityApiKey', operation: 'getAll', communityId: COMMUNITY, returnAll: true });
		expect(listed.json[0].key).toBe(`${r.json[0].key.slice(0, 4)}${'*'.repeat(56)}${r.json[0].key.slice(-4)}`);
	});

	test("Create with an empty Community ID uses the credential's Default Community ID", async () => {
		await t.run(node, { resource: 'communityApiKey', operation: 'create', name: 'K', permissions: 'getUserData' }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: `/v1/communities/${DEFAULT_COMMUNITY}/api-keys`, query: {}, body: { name: 'K', permissions: ['getUserData'] } });
	});

	test('Create with neither a Community ID nor a default stops before the call', async () => {
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'create', name: 'K', permissions: 'getUserData' });
		expect(r.error.message).toBe("The parameter 'Community ID' is required");
		expect(r.error.description).toBe("Enter a value for 'Community ID' or set a default Community ID in the Returning.AI API credential.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Create refuses empty permissions before the call', async () => {
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'create', communityId: COMMUNITY, name: 'K', permissions: ' , ' });
		expect(r.error.message).toBe("The parameter 'Permissions' is required");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get Many sends one GET without paging parameters; Limit trims', async () => {
		for (const name of ['A', 'B', 'C']) await createKey(COMMUNITY, name);
		t.sandbox.requests.length = 0;
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'getAll', communityId: COMMUNITY, returnAll: false, limit: 2 });
		expect(t.sandbox.requests.map(wire)).toEqual([{ method: 'GET', path: `/v1/communities/${COMMUNITY}/api-keys`, query: {}, body: undefined }]);
		expect(r.json.map((k: { name: string }) => k.name)).toEqual(['A', 'B']);
	});

	test('Update sends PUT with only the fields set', async () => {
		const created = await createKey();
		const r = await t.run(node, {
			resource: 'communityApiKey',
			operation: 'update',
			communityId: COMMUNITY,
			apiKeyId: byId(created._id),
			updateFields: { permissions: 'sendMessage', expirePeriod: 0 },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: `/v1/communities/${COMMUNITY}/api-keys/${created._id}`,
			query: {},
			body: { permissions: ['sendMessage'], expirePeriod: 0 },
		});
		expect(r.json[0]).toMatchObject({ _id: created._id, name: 'Slack Integration API Key', permissions: ['sendMessage'], expirePeriod: 0 });
	});

	test('Update with nothing set is refused before the call', async () => {
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'update', communityId: COMMUNITY, apiKeyId: byId('675b9876fedc432109876543'), updateFields: {} });
		expect(r.error.message).toBe('Nothing to update: add at least one field under Update Fields');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Expire Period must be a whole number of days', async () => {
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'update', communityId: COMMUNITY, apiKeyId: byId('675b9876fedc432109876543'), updateFields: { expirePeriod: 1.5 } });
		expect(r.error.message).toBe("The field 'Expire Period (Days)' must be a whole number of 0 or more, got 1.5");
	});

	test('Delete sends DELETE and outputs { deleted: true }; the key is gone', async () => {
		const created = await createKey();
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'delete', communityId: COMMUNITY, apiKeyId: byId(created._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/communities/${COMMUNITY}/api-keys/${created._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection(`/v1/communities/${COMMUNITY}/api-keys`)).toHaveLength(0);
	});

	test('Delete of an unknown key gives a 404 naming the key', async () => {
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'delete', communityId: COMMUNITY, apiKeyId: byId('675b9876fedc432109876543') });
		expect(r.error.message).toBe("The API key with ID '675b9876fedc432109876543' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'API Key'/);
	});

	test('the key picker lists the community keys by name, from the credential default community', async () => {
		const a = await createKey(DEFAULT_COMMUNITY, 'Zapier');
		const result = await runListSearch({
			type: node,
			method: 'searchCommunityApiKeys',
			baseUrl: t.baseUrl,
			parameters: { resource: 'communityApiKey', operation: 'delete', communityId: '' },
			credential: { communityId: DEFAULT_COMMUNITY },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/api-keys`, query: {}, body: undefined });
		expect(result.results).toEqual([{ name: 'Zapier', value: a._id, url: undefined }]);
	});

	test('a 400 names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'communityApiKeys.create', kind: 'status', status: 400, body: { status: 'error', message: '"permissions" contains an unknown permission "sendMessagez"' } });
		const r = await t.run(node, { resource: 'communityApiKey', operation: 'create', communityId: COMMUNITY, name: 'K', permissions: 'sendMessagez' });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Permissions' contains an unknown permission \"sendMessagez\"");
		expect(r.error.description).toMatch(/^Check the parameter 'Permissions'/);
	});

	test('401 for an unknown key, 403 for a key without the permission', async () => {
		const unknown = await t.run(node, { resource: 'communityApiKey', operation: 'getAll', communityId: COMMUNITY, returnAll: true }, { apiKey: 'not-a-key-123' });
		expect(unknown.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		const limited = await t.run(node, { resource: 'communityApiKey', operation: 'getAll', communityId: COMMUNITY, returnAll: true }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(limited.error.message).toBe("The API key is not allowed to do this: API key lacks the 'api keys' permission");
	});

	test('Continue On Fail: an unknown key fails its item only', async () => {
		const created = await createKey();
		const r = await t.run(
			node,
			{ resource: 'communityApiKey', operation: 'delete', communityId: COMMUNITY, apiKeyId: byId('={{ $json.id }}') },
			{ continueOnFail: true, items: [{ json: { id: '675b9876fedc432109876543' } }, { json: { id: created._id } }] },
		);
		expect(r.status).toBe('success');
		expect(r.items[0].json.error).toBe("The API key with ID '675b9876fedc432109876543' was not found");
		expect(r.items[1].json).toEqual({ deleted: true });
	});
});
