import { runListSearch } from '../harness/engine';
import { byId, useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiCommunity';
const KEY = 'sandbox-api-key-0123456789';
const DEFAULT_COMMUNITY = '6502c9e514a3e564c5c09c0a';

/** A community the sandbox knows (the management routes answer 404 for unknown ones). */
function seedCommunity(fields: Record<string, unknown> = {}, id?: string) {
	const [c] = t.sandbox.seed('community.create', 1, () => ({ name: 'Returning AI Community', uri: 'returning-ai-community', ...(id ? { _id: id } : {}), ...fields }));
	return c;
}

describe('Community > Appearance > Update Name and URL', () => {
	test('sends PUT /v1/management/communities/{communityID} with only the fields set, Bearer auth, and outputs the community', async () => {
		const c = seedCommunity();
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: c._id, updateFields: { name: 'Traders Club', uri: 'traders-club' } });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({ method: 'PUT', path: `/v1/management/communities/${c._id}`, query: {}, body: { name: 'Traders Club', uri: 'traders-club' } });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(req.headers['content-type']).toMatch(/application\/json/);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ _id: c._id, name: 'Traders Club', uri: 'traders-club' });
		expect(r.json[0].updatedAt).toEqual(expect.any(String));
	});

	test("an empty Community ID falls back to the credential's Default Community ID", async () => {
		seedCommunity({}, DEFAULT_COMMUNITY);
		const r = await t.run(
			node,
			{ resource: 'appearance', operation: 'updateNameAndUrl', communityId: '', updateFields: { domain: 'club.example.com' } },
			{ credential: { communityId: DEFAULT_COMMUNITY } },
		);
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: '/v1/management/communities/6502c9e514a3e564c5c09c0a',
			query: {},
			body: { domain: 'club.example.com' },
		});
		expect(r.json[0]).toMatchObject({ _id: DEFAULT_COMMUNITY, domain: 'club.example.com' });
	});

	test('the node value wins over the credential default', async () => {
		const c = seedCommunity();
		await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: c._id, updateFields: { name: 'X' } }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(t.sandbox.lastRequest().path).toBe(`/v1/management/communities/${c._id}`);
	});

	test('with neither a Community ID nor a credential default, it stops before any request and says how to fix it', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: '', updateFields: { name: 'X' } });
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("The parameter 'Community ID' is required");
		expect(r.error.description).toBe("Enter a value for 'Community ID' or set a default Community ID in the Returning.AI API credential.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a Community ID that is not an ObjectId is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: 'my-community', updateFields: { name: 'X' } });
		expect(r.error.message).toBe("The parameter 'Community ID' must be a 24-character hexadecimal ID, got 'my-community'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a URL slug taken by another community gives a 409 explained as a conflict', async () => {
		seedCommunity({ name: 'Other', uri: 'taken-slug' });
		const c = seedCommunity({ name: 'Mine', uri: 'mine' });
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: c._id, updateFields: { uri: 'taken-slug' } });
		expect(r.error.message).toBe('Returning.AI refused the change because of a conflict: Community uri "taken-slug" is already taken');
		expect(r.error.description).toMatch(/^A value that must be unique is already taken/);
	});

	test('an unknown community gives a 404 naming the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: '507f1f77bcf86cd799439011', updateFields: { name: 'X' } });
		expect(r.error.message).toBe("The community with ID '507f1f77bcf86cd799439011' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'Community ID'/);
	});

	test('nothing to update is refused before the call', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateNameAndUrl', communityId: DEFAULT_COMMUNITY, updateFields: {} });
		expect(r.error.message).toBe("Nothing to update: add at least one of 'Name', 'URL Slug' or 'Custom Domain' under Update Fields");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Community > Appearance > other updates', () => {
	test('Update Theme Colors sends the palettes as JSON objects to /appearance', async () => {
		const c = seedCommunity();
		const r = await t.run(node, {
			resource: 'appearance',
			operation: 'updateThemeColors',
			communityId: c._id,
			updateFields: { dark: '{"accent": "#3EA1FD", "background": "#000000", "text": "#FFFFFF"}' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: `/v1/management/communities/${c._id}/appearance`,
			query: {},
			body: { dark: { accent: '#3EA1FD', background: '#000000', text: '#FFFFFF' } },
		});
		expect(r.json).toEqual([{ communityID: c._id, light: {}, dark: { accent: '#3EA1FD', background: '#000000', text: '#FFFFFF' } }]);
	});

	test('Update Theme Colors rejects a palette that is not a JSON object', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateThemeColors', communityId: DEFAULT_COMMUNITY, updateFields: { light: '["#fff"]' } });
		expect(r.error.message).toBe(
			`The field 'Light Theme (JSON)' must be a JSON object of colours, e.g. {"accent": "#3EA1FD", "background": "#000000", "text": "#FFFFFF"}`,
		);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Update URL Metadata nests the preview fields and sends the flags', async () => {
		const c = seedCommunity();
		const r = await t.run(node, {
			resource: 'appearance',
			operation: 'updateUrlMetadata',
			communityId: c._id,
			updateFields: { previewEnabled: true, previewTitle: 'Returning AI Community', previewImage: 'https://example.com/preview-image.png', guestModeEnabled: false, membersListVisible: true },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: `/v1/management/communities/${c._id}/meta`,
			query: {},
			body: {
				preview: { isEnabled: true, title: 'Returning AI Community', image: 'https://example.com/preview-image.png' },
				guestModeEnabled: false,
				membersListVisible: true,
			},
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({
			communityID: c._id,
			preview: { isEnabled: true, title: 'Returning AI Community', image: 'https://example.com/preview-image.png' },
			membersListVisible: true,
			guestModeEnabled: false,
		});
	});

	test('Update Bot Profile sends PUT /v1/community-bot without any community ID', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateBotProfile', updateFields: { name: 'Helper Bot', avatar: 'https://example.com/bot.png' } }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: '/v1/community-bot', query: {}, body: { name: 'Helper Bot', avatar: 'https://example.com/bot.png' } });
		expect(r.json).toEqual([{ name: 'Helper Bot', avatar: 'https://example.com/bot.png' }]);
	});

	test('Update Bot Profile > Remove Avatar sends avatar: null', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateBotProfile', updateFields: { avatar: 'https://example.com/ignored.png', removeAvatar: true } });
		expect(t.sandbox.lastRequest().body).toEqual({ avatar: null });
		expect(r.json).toEqual([{ name: 'Returning AI Bot', avatar: null }]);
	});
});

describe('Community > Community User', () => {
	test('Get Many sends one GET /v1/communities/{id}/users without paging parameters and outputs every user', async () => {
		const users = t.sandbox.seed('communityUsers.getMany', 3, (i) => ({ username: `member${i}`, displayName: `Member ${i}` }), { communityId: DEFAULT_COMMUNITY });
		const r = await t.run(node, { resource: 'communityUser', operation: 'getAll', communityId: DEFAULT_COMMUNITY, returnAll: true });
		expect(t.sandbox.requests.map(wire)).toEqual([{ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/users`, query: {}, body: undefined }]);
		expect(r.json).toEqual(users);
	});

	test('Get Many with Limit trims the single response and uses the credential default community', async () => {
		const users = t.sandbox.seed('communityUsers.getMany', 5, undefined, { communityId: DEFAULT_COMMUNITY });
		const r = await t.run(node, { resource: 'communityUser', operation: 'getAll', returnAll: false, limit: 2 }, { credential: { communityId: DEFAULT_COMMUNITY } });
		expect(t.sandbox.requests.map(wire)).toEqual([{ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/users`, query: {}, body: undefined }]);
		expect(r.json).toEqual(users.slice(0, 2));
	});

	test('Get sends GET /v1/communities/{id}/users/{userId} and outputs the user', async () => {
		const [u] = t.sandbox.seed('communityUsers.getMany', 1, () => ({ username: 'admin', displayName: 'Admin', email: 'admin@example.com' }), { communityId: DEFAULT_COMMUNITY });
		const r = await t.run(node, { resource: 'communityUser', operation: 'get', communityId: DEFAULT_COMMUNITY, userId: byId(u._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/users/${u._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([u]);
	});

	test('Get of an unknown user gives a 404 naming the user', async () => {
		const r = await t.run(node, { resource: 'communityUser', operation: 'get', communityId: DEFAULT_COMMUNITY, userId: byId('61100af5c548eb5c7ebc7819') });
		expect(r.error.message).toBe("The user with ID '61100af5c548eb5c7ebc7819' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'User'/);
		expect(r.error.description).toMatch(/GET \/v1\/communities\/\{communityId\}\/users\/\{userId\} is guessed/);
	});

	test('Continue On Fail: the unknown user gets an error item, the other item is output', async () => {
		const [u] = t.sandbox.seed('communityUsers.getMany', 1, () => ({ username: 'known' }), { communityId: DEFAULT_COMMUNITY });
		const r = await t.run(
			node,
			{ resource: 'communityUser', operation: 'get', communityId: DEFAULT_COMMUNITY, userId: byId('={{ $json.id }}') },
			{ continueOnFail: true, items: [{ json: { id: '61100af5c548eb5c7ebc7819' } }, { json: { id: u._id } }] },
		);
		expect(r.status).toBe('success');
		expect(t.sandbox.requests.map((q) => q.path)).toEqual([
			`/v1/communities/${DEFAULT_COMMUNITY}/users/61100af5c548eb5c7ebc7819`,
			`/v1/communities/${DEFAULT_COMMUNITY}/users/${u._id}`,
		]);
		expect(r.items).toHaveLength(2);
		expect(r.items[0].json.error).toBe("The user with ID '61100af5c548eb5c7ebc7819' was not found");
		expect(r.items[1].json).toEqual(u);
	});

	test('the user picker lists the community members by display name', async () => {
		const users = t.sandbox.seed('communityUsers.getMany', 2, (i) => ({ displayName: `Member ${i}` }), { communityId: DEFAULT_COMMUNITY });
		const result = await runListSearch({ type: node, method: 'searchCommunityUsers', baseUrl: t.baseUrl, parameters: { resource: 'communityUser', operation: 'get', communityId: DEFAULT_COMMUNITY } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${DEFAULT_COMMUNITY}/users`, query: {}, body: undefined });
		expect(t.sandbox.lastRequest().headers.authorization).toBe(`Bearer ${KEY}`);
		expect(result).toEqual({
			results: [
				{ name: 'Member 0', value: users[0]._id, url: undefined },
				{ name: 'Member 1', value: users[1]._id, url: undefined },
			],
			paginationToken: undefined,
		});
	});
});

describe('Community > Community > Create', () => {
	test('sends POST /v1/management/communities and outputs the new community', async () => {
		const r = await t.run(node, { resource: 'community', operation: 'create', name: 'Returning AI Community', additionalFields: { uri: 'returning-ai-community', domain: 'community.returning.ai' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/v1/management/communities',
			query: {},
			body: { name: 'Returning AI Community', uri: 'returning-ai-community', domain: 'community.returning.ai' },
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ name: 'Returning AI Community', uri: 'returning-ai-community', domain: 'community.returning.ai' });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('a 400 names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'community.create', kind: 'status', status: 400, body: { status: 'error', message: '"uri" must only contain lower-case letters, digits and hyphens', meta: { statusCode: 400, status: 'error' } } });
		const r = await t.run(node, { resource: 'community', operation: 'create', name: 'X', additionalFields: { uri: 'Bad Slug' } });
		expect(r.error.message).toBe("Returning.AI rejected the request: 'URL Slug' must only contain lower-case letters, digits and hyphens");
		expect(r.error.description).toMatch(/^Check the parameter 'URL Slug'/);
	});
});

describe('Community > authorization', () => {
	test('an unknown API key gives 401 with the fix and never the key', async () => {
		const r = await t.run(node, { resource: 'community', operation: 'create', name: 'X' }, { apiKey: 'wrong-key-abcdef' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(r.error.description).toMatch(/^Check the API Key in the Returning.AI API credential/);
		expect(JSON.stringify(r.error)).not.toContain('wrong-key-abcdef');
	});

	test('a key without the permission gives 403', async () => {
		const r = await t.run(node, { resource: 'appearance', operation: 'updateBotProfile', updateFields: { name: 'X' } }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'community' permission");
		expect(r.error.description).toMatch(/^Give the key the permission this call needs/);
	});
});
