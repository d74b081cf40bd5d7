import { useSandbox, wire } from '../harness/sandbox';
import { legacyResources, ReturningAiLegacy } from '../../nodes/Legacy/ReturningAiLegacy.node';
import { reference } from '../sandbox/reference';

const t = useSandbox();
const node = 'returningAiLegacy';
const KEY = 'sandbox-api-key-0123456789';
const BADGE_ID = '84845081-98fd-46f3-96aa-1032174e58a5';
const ROLE_ID = '682d61dfd843de46566c9eab';
const COMMUNITY = '6167dba9c548eb5c7ec28057';

const parts = (req = t.sandbox.lastRequest()) =>
	(req.parts ?? []).map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.filename ? undefined : p.text, size: p.data.length }));
const fileItem = (data: Buffer, fileName: string, mimeType: string, json = {}) => ({ json, binary: { data: { data: data.toString('base64'), mimeType, fileName } } });

describe('Legacy > coverage and deprecation', () => {
	const ops = legacyResources.flatMap((r) => r.operations);

	test('every Legacy entry except the three messaging duplicates is one operation', () => {
		const legacy = reference.filter((e) => e.node === 'Legacy');
		expect(legacy).toHaveLength(28);
		const duplicates = legacy.filter((e) => e.duplicateOf).map((e) => e.id).sort();
		expect(duplicates).toEqual(['legacyMessages.react', 'legacyMessages.reply', 'legacyMessages.send']);
		expect(ops.map((o) => o.route).sort()).toEqual(legacy.filter((e) => !e.duplicateOf).map((e) => e.id).sort());
		expect(ops).toHaveLength(25);
	});

	test('the node and every operation say they are deprecated', () => {
		const description = new ReturningAiLegacy().description;
		expect(description.description).toMatch(/^Deprecated: /);
		expect(ops.every((o) => o.deprecated === true)).toBe(true);
		// Per node version (version 1.1 opens on Server › Get Many: its Server operations are defined once per version).
		for (const version of [1, 1.1]) {
			const shown = (p: (typeof description.properties)[number]) => ((p.displayOptions?.show?.['@version'] as number[] | undefined) ?? [version]).includes(version);
			const options = description.properties.filter((p) => p.name === 'operation' && shown(p)).flatMap((p) => p.options as Array<{ description: string }>);
			expect(options).toHaveLength(25);
			for (const option of options) expect(option.description).toMatch(/^Deprecated \(Legacy API\)\. /);
		}
	});
});

describe('Legacy > Server', () => {
	test('Create sends POST /servers with x-api-key and the SEO fields nested in url_meta', async () => {
		const r = await t.run(node, { resource: 'server', operation: 'create', name: 'TR5-new1-Sep', additionalFields: { seoTitle: 'Genesiv SEO Title', seoImageLogo: 'https://example.com/logo.webp' } });
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({ method: 'POST', path: '/servers', query: {}, body: { name: 'TR5-new1-Sep', url_meta: { title: 'Genesiv SEO Title', imageLogo: 'https://example.com/logo.webp' } } });
		expect(req.headers['x-api-key']).toBe(KEY);
		expect(r.json[0]).toMatchObject({ name: 'TR5-new1-Sep', url_meta: { title: 'Genesiv SEO Title' } });
	});

	test('Get Many: one call without paging parameters; Limit trims', async () => {
		const servers = t.sandbox.seed('legacyServers.getMany', 3);
		const all = await t.run(node, { resource: 'server', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/servers', query: {}, body: undefined });
		expect(all.json).toEqual(servers);
		const two = await t.run(node, { resource: 'server', operation: 'getAll', limit: 2 });
		expect(two.json).toEqual(servers.slice(0, 2));
		expect(t.sandbox.requests).toHaveLength(2);
	});

	test('Update Metadata sends PUT /servers with only the fields set and outputs success', async () => {
		t.sandbox.seed('legacyServers.getMany', 1, () => ({ name: 'Old' }));
		const r = await t.run(node, {
			resource: 'server',
			operation: 'updateMetadata',
			updateFields: { name: 'TR5-new1-Sep-Edited', seoTitle: 'Genesiv SEO Title', seoDescription: 'Genesiv SEO Description' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: '/servers',
			query: {},
			body: { name: 'TR5-new1-Sep-Edited', url_meta: { title: 'Genesiv SEO Title', description: 'Genesiv SEO Description' } },
		});
		expect(r.json).toEqual([{ success: true }]);
		expect(t.sandbox.collection('/servers')[0]).toMatchObject({ name: 'TR5-new1-Sep-Edited', url_meta: { title: 'Genesiv SEO Title' } });
	});

	test('Update Metadata with nothing to update fails before the call', async () => {
		const r = await t.run(node, { resource: 'server', operation: 'updateMetadata', updateFields: {} });
		expect(r.error.message).toBe('Nothing to update: add at least one field under Update Fields');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('404: no server for the key (Record Not Found), with the unconfirmed-route hint absent for a documented route', async () => {
		const r = await t.run(node, { resource: 'server', operation: 'updateMetadata', updateFields: { name: 'X' } });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: Record Not Found');
		expect(r.error.description).toBe('Check the values entered in this node.');
	});
});

describe('Legacy > Badge', () => {
	const seedBadge = (extra = {}) => {
		const badge = { id: BADGE_ID, title: 'Major', action: 'custom', quantity: '3', attachRequired: 'true', awarded: 'false', image: '', ...extra };
		t.sandbox.collection('/badges').push(badge);
		return badge;
	};

	test('Create sends the badge with numbers and booleans; the API echoes strings', async () => {
		const r = await t.run(node, {
			resource: 'badge',
			operation: 'create',
			title: "It's title",
			action: 'custom',
			additionalFields: { quantity: 100, description: 'This is description', award: true, awardXpQuantity: 100, awardCurrency: true, awardCurrencyQuantity: 100, attachRequired: true, awarded: false },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/badges',
			query: {},
			body: { title: "It's title", action: 'custom', quantity: 100, description: 'This is description', award: true, awardXpQuantity: 100, awardCurrency: true, awardCurrencyQuantity: 100, attachRequired: true, awarded: false },
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ title: "It's title", action: 'custom', quantity: '100', attachRequired: 'true', awarded: 'false', image: '' });
		expect(r.json[0].id).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('a fractional Quantity is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'badge', operation: 'create', title: 'X', action: 'custom', additionalFields: { quantity: 1.5 } });
		expect(r.error.message).toBe("The field 'Quantity' must be a whole number of 0 or more, got 1.5");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get Many lists the badges', async () => {
		const badge = seedBadge();
		const r = await t.run(node, { resource: 'badge', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/badges', query: {}, body: undefined });
		expect(r.json).toEqual([badge]);
	});

	test('Update sends PUT /badges/{id} with the whole badge', async () => {
		seedBadge();
		const r = await t.run(node, { resource: 'badge', operation: 'update', badgeId: BADGE_ID, title: 'Major II', action: 'custom', additionalFields: { quantity: 4, enabledDarkAndLight: true } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/badges/${BADGE_ID}`, query: {}, body: { title: 'Major II', action: 'custom', quantity: 4, enabledDarkAndLight: true } });
		expect(r.json).toEqual([{ id: BADGE_ID, title: 'Major II', action: 'custom', quantity: '4', enabledDarkAndLight: true, image: '' }]);
	});

	test('Delete sends DELETE /badges/{id} and outputs { deleted: true }', async () => {
		seedBadge();
		const r = await t.run(node, { resource: 'badge', operation: 'delete', badgeId: BADGE_ID });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/badges/${BADGE_ID}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection('/badges')).toHaveLength(0);
	});

	test('Award to User sends the platform user ID as a string and outputs the user\'s badges', async () => {
		seedBadge();
		const r = await t.run(node, { resource: 'badge', operation: 'awardToUser', badgeId: BADGE_ID, userId: '={{ $json.uid }}' }, { items: [{ json: { uid: 1102 } }] });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: `/badges/${BADGE_ID}/award`, query: {}, body: { userId: '1102' } });
		expect(r.json).toEqual([{ id: BADGE_ID, title: 'Major', action: 'custom', quantity: '3', attachRequired: 'true', awarded: 'true', image: '' }]);
	});

	test('Remove From User sends POST /badges/{id}/remove and outputs success', async () => {
		seedBadge();
		t.sandbox.state.set('legacy.userBadges', { '7': [BADGE_ID] });
		const r = await t.run(node, { resource: 'badge', operation: 'removeFromUser', badgeId: BADGE_ID, userId: '7' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: `/badges/${BADGE_ID}/remove`, query: {}, body: { userId: '7' } });
		expect(r.json).toEqual([{ success: true }]);
		expect(t.sandbox.state.get('legacy.userBadges')).toEqual({ '7': [] });
	});

	test('400: removing a badge the user does not hold', async () => {
		seedBadge();
		const r = await t.run(node, { resource: 'badge', operation: 'removeFromUser', badgeId: BADGE_ID, userId: '7' });
		expect(r.error.message).toBe('Returning.AI rejected the request: User 7 does not have this badge');
		expect(r.error.httpCode).toBe('400');
	});

	test('404: an unknown badge names the ID', async () => {
		const r = await t.run(node, { resource: 'badge', operation: 'awardToUser', badgeId: BADGE_ID, userId: '1' });
		expect(r.error.message).toBe(`The badge with ID '${BADGE_ID}' was not found`);
		expect(r.error.description).toBe("Check the parameter 'Badge ID': the ID must exist and belong to the API key's community. The API said: Badge not found.");
	});

	test('a 200 answer with meta.success false is an error', async () => {
		t.sandbox.fault({ route: 'legacyBadges.getMany', kind: 'failureEnvelope', body: 'Server not found' });
		const r = await t.run(node, { resource: 'badge', operation: 'getAll', returnAll: true });
		expect(r.error.message).toBe('Returning.AI reported a failure: Server not found');
	});
});

describe('Legacy > Role', () => {
	const roleParams = {
		title: 'Manager 2',
		class: 'red',
		order: 1,
		billable: true,
		serverPermissions: ['allow_dm', 'warn_members'],
		channelPermissions: ['post_messages', 'share_Attachments'],
	};
	const roleBody = {
		title: 'Manager 2',
		class: 'red',
		order: 1,
		billable: true,
		server_permissions: { server_administrator: false, allow_dm: true, create_invite: false, warn_members: true, suspend_members: false, ban_members: false, broadcast_messages: false, overwrite_language: false },
		channel_permissions: { post_messages: true, attach_files: false, allow_mentions: false, manage_messages: false, pinable: false, share_links: false, share_Attachments: true },
	};
	const seedRole = () => {
		const role = { _id: ROLE_ID, title: 'Manager', class: 'blue', order: 1, billable: false };
		t.sandbox.collection('/roles').push(role);
		return role;
	};

	test('Create sends every permission flag (chosen = true, others false)', async () => {
		const r = await t.run(node, { resource: 'role', operation: 'create', ...roleParams });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/roles', query: {}, body: roleBody });
		expect(r.json[0]).toMatchObject({ title: 'Manager 2', class: 'red', serverPermissions: roleBody.server_permissions, channelPermissions: roleBody.channel_permissions });
		expect(r.json[0]._id).toMatch(/^[0-9a-f]{24}$/);
	});

	test('Update sends PUT /roles/{id} with the whole role', async () => {
		seedRole();
		const r = await t.run(node, { resource: 'role', operation: 'update', roleId: ROLE_ID, ...roleParams, billable: false, serverPermissions: [], channelPermissions: [] });
		const none = (o: Record<string, boolean>) => Object.fromEntries(Object.keys(o).map((k) => [k, false]));
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PUT',
			path: `/roles/${ROLE_ID}`,
			query: {},
			body: { ...roleBody, billable: false, server_permissions: none(roleBody.server_permissions), channel_permissions: none(roleBody.channel_permissions) },
		});
		expect(r.json[0]).toMatchObject({ _id: ROLE_ID, title: 'Manager 2', billable: false });
	});

	test('Get Many, Delete', async () => {
		const role = seedRole();
		const list = await t.run(node, { resource: 'role', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/roles', query: {}, body: undefined });
		expect(list.json).toEqual([role]);
		const del = await t.run(node, { resource: 'role', operation: 'delete', roleId: ROLE_ID });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/roles/${ROLE_ID}`, query: {}, body: undefined });
		expect(del.json).toEqual([{ deleted: true }]);
	});

	test('Add to User, Get Many for User, Remove From User', async () => {
		const role = seedRole();
		const add = await t.run(node, { resource: 'role', operation: 'addToUser', roleId: ROLE_ID, userId: '1102' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: `/roles/${ROLE_ID}/add`, query: {}, body: { userId: '1102' } });
		expect(add.json).toEqual([{ success: true }]);
		const held = await t.run(node, { resource: 'role', operation: 'getAllForUser', userId: '1102', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/roles/1102', query: {}, body: undefined });
		expect(held.json).toEqual([role]);
		const remove = await t.run(node, { resource: 'role', operation: 'removeFromUser', roleId: ROLE_ID, userId: '1102' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: `/roles/${ROLE_ID}/remove`, query: {}, body: { userId: '1102' } });
		expect(remove.json).toEqual([{ success: true }]);
		const after = await t.run(node, { resource: 'role', operation: 'getAllForUser', userId: '1102', returnAll: true });
		expect(after.json).toEqual([]);
	});

	test('a bad Role ID is rejected before the call', async () => {
		const r = await t.run(node, { resource: 'role', operation: 'delete', roleId: '1102' });
		expect(r.error.message).toBe("The parameter 'Role ID' must be a 24-character hexadecimal ID, got '1102'");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Legacy > Channel', () => {
	test('Create, Update, Delete', async () => {
		const created = await t.run(node, { resource: 'channel', operation: 'create', topic: 'IC Markets', channelType: 'open' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/channels', query: {}, body: { topic: 'IC Markets', channelType: 'open' } });
		const id = created.json[0]._id;
		expect(id).toMatch(/^[0-9a-f]{24}$/);
		expect(created.json[0]).toMatchObject({ topic: 'IC Markets', channelType: 'open' });
		const updated = await t.run(node, { resource: 'channel', operation: 'update', channelId: id, topic: 'Chit Chat', channelType: 'forum' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/channels/${id}`, query: {}, body: { topic: 'Chit Chat', channelType: 'forum' } });
		expect(updated.json[0]).toMatchObject({ _id: id, topic: 'Chit Chat', channelType: 'forum' });
		const deleted = await t.run(node, { resource: 'channel', operation: 'delete', channelId: id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/channels/${id}`, query: {}, body: undefined });
		expect(deleted.json).toEqual([{ deleted: true }]);
	});

	test('404: deleting an unknown channel names the ID', async () => {
		const r = await t.run(node, { resource: 'channel', operation: 'delete', channelId: '67d04e05f090d20ae5342121' });
		expect(r.error.message).toBe("The channel with ID '67d04e05f090d20ae5342121' was not found");
	});
});

describe('Legacy > API Key', () => {
	test('Create sends the permissions as an array and the expiry date as ISO 8601', async () => {
		const r = await t.run(node, {
			resource: 'apiKey',
			operation: 'create',
			name: 'Slack Integration API Key',
			permissions: 'sendMessage, getMessages',
			additionalFields: { expirePeriod: 0, expireDate: '2026-12-31T00:00:00' },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: '/api-keys',
			query: {},
			body: { name: 'Slack Integration API Key', permissions: ['sendMessage', 'getMessages'], expirePeriod: 0, expireDate: '2026-12-31T00:00:00.000Z' },
		});
		expect(r.json[0]).toMatchObject({ name: 'Slack Integration API Key', permissions: ['sendMessage', 'getMessages'] });
	});

	test('Get Many, Update, Delete', async () => {
		const [key] = t.sandbox.seed('legacyApiKeys.getMany', 1, () => ({ name: 'Old', permissions: ['sendMessage'], expirePeriod: 0 }));
		const list = await t.run(node, { resource: 'apiKey', operation: 'getAll', returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: '/api-keys', query: {}, body: undefined });
		expect(list.json).toEqual([key]);
		const updated = await t.run(node, { resource: 'apiKey', operation: 'update', apiKeyId: key._id, updateFields: { permissions: 'getMessages' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'PUT', path: `/api-keys/${key._id}`, query: {}, body: { permissions: ['getMessages'] } });
		expect(updated.json[0]).toMatchObject({ _id: key._id, name: 'Old', permissions: ['getMessages'] });
		const deleted = await t.run(node, { resource: 'apiKey', operation: 'delete', apiKeyId: key._id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/api-keys/${key._id}`, query: {}, body: undefined });
		expect(deleted.json).toEqual([{ deleted: true }]);
	});

	test('404 on a guessed route says the route is not confirmed', async () => {
		const r = await t.run(node, { resource: 'apiKey', operation: 'delete', apiKeyId: '675b9876fedc432109876543' });
		expect(r.error.message).toBe("The api key with ID '675b9876fedc432109876543' was not found");
		expect(r.error.description).toMatch(/The path DELETE \/api-keys\/\{apiKeyId\} is guessed \(not confirmed by the reference\)/);
	});
});

describe('Legacy > User and Bulk Import (multipart)', () => {
	test('Upload Avatar sends userId and the image as the part "avatar" with the Bearer key', async () => {
		const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
		const r = await t.run(node, { resource: 'user', operation: 'uploadAvatar', userId: '61100af5c548eb5c7ebc7819', binaryPropertyName: 'data' }, { items: [fileItem(png, 'me.png', 'image/png')] });
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path, query: req.query }).toEqual({ method: 'POST', path: '/v1/users/avatar', query: {} });
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(parts(req)).toEqual([
			{ name: 'userId', filename: undefined, contentType: undefined, text: '61100af5c548eb5c7ebc7819', size: 24 },
			{ name: 'avatar', filename: 'me.png', contentType: 'image/png', text: undefined, size: 16 },
		]);
		expect(req.parts![1].data.equals(png)).toBe(true);
		expect(r.json).toEqual([{ userId: '61100af5c548eb5c7ebc7819', avatar: 'https://cdn.returning.ai/avatars/61100af5c548eb5c7ebc7819/me.png', size: 16 }]);
	});

	test('Import Users From CSV (binary) sends "data" and "communityId"', async () => {
		const csv = 'email,username\nann@example.com,ann';
		const r = await t.run(node, { resource: 'bulkImport', operation: 'importUsersFromCsv', communityId: COMMUNITY }, { items: [fileItem(Buffer.from(csv), 'import.csv', 'text/csv')] });
		const req = t.sandbox.lastRequest();
		expect({ method: req.method, path: req.path }).toEqual({ method: 'POST', path: '/v1/users/bulk-import' });
		expect(req.parts!.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.text }))).toEqual([
			{ name: 'data', filename: 'import.csv', contentType: 'text/csv', text: csv },
			{ name: 'communityId', filename: undefined, contentType: undefined, text: COMMUNITY },
		]);
		expect(r.json).toEqual([{ message: 'Bulk import user process is queued. You can check in Api Log ( community settings )' }]);
	});

	test('Import Users From CSV built from input items: plain CSV (no _op columns), Community ID from the credential', async () => {
		const r = await t.run(node, { resource: 'bulkImport', operation: 'importUsersFromCsv', csvSource: 'items', communityId: '' }, {
			credential: { communityId: COMMUNITY },
			items: [{ json: { email: 'ann@example.com', username: 'ann', xp: 10 } }, { json: { email: 'bo@example.com', username: 'bo', xp: 0 } }],
		});
		expect(r.status).toBe('success');
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.lastRequest().parts!.map((p) => ({ name: p.name, filename: p.filename, text: p.text }))).toEqual([
			{ name: 'communityId', filename: undefined, text: COMMUNITY },
			{ name: 'data', filename: 'bulk-import.csv', text: 'email,username,xp\nann@example.com,ann,10\nbo@example.com,bo,0' },
		]);
		expect(r.json).toHaveLength(1);
	});

	test('Import Users From CSV without any Community ID names the parameter and the credential fallback', async () => {
		const r = await t.run(node, { resource: 'bulkImport', operation: 'importUsersFromCsv', csvSource: 'items', communityId: '' }, { items: [{ json: { email: 'a@example.com' } }] });
		expect(r.error.message).toBe("The parameter 'Community ID' is required");
		expect(r.error.description).toBe("Enter a value for 'Community ID' or set a default Community ID in the Returning.AI API credential.");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Legacy > auth and Continue On Fail', () => {
	test('401: an unknown key', async () => {
		const r = await t.run(node, { resource: 'badge', operation: 'getAll', returnAll: true }, { apiKey: 'wrong-key-0123456789' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
	});

	test('403: a key without the legacy permission', async () => {
		const r = await t.run(node, { resource: 'role', operation: 'getAll', returnAll: true }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'legacy' permission");
	});

	test('Continue On Fail: the failing item gets an error, the others go on', async () => {
		t.sandbox.collection('/badges').push({ id: BADGE_ID, title: 'Major', action: 'custom' });
		const r = await t.run(node, { resource: 'badge', operation: 'awardToUser', badgeId: '={{ $json.badge }}', userId: '={{ $json.user }}' }, {
			continueOnFail: true,
			items: [{ json: { badge: BADGE_ID, user: '1' } }, { json: { badge: 'b3df14ee-a674-480b-be2a-3f32c9d3a1d9', user: '2' } }, { json: { badge: BADGE_ID, user: '3' } }],
		});
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(3);
		expect(r.items[0].json).toMatchObject({ id: BADGE_ID, awarded: 'true' });
		expect(r.items[1].error?.message).toBe("The badge with ID 'b3df14ee-a674-480b-be2a-3f32c9d3a1d9' was not found");
		expect(r.items[2].json).toMatchObject({ id: BADGE_ID, awarded: 'true' });
		expect(t.sandbox.state.get('legacy.userBadges')).toEqual({ '1': [BADGE_ID], '3': [BADGE_ID] });
	});
});
