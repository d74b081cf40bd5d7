import { nodeTypesMap, runListSearch } from '../harness/engine';
import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiUsers';
const KEY = 'sandbox-api-key-0123456789';
const USERS = '/v1/users';

/** What n8n shows of an error (message, description, API response, stack): everything except the node's own parameters. */
const shown = (error: Record<string, unknown>) => JSON.stringify({ ...error, node: undefined });

const seedUsers = (count: number, make: (i: number) => Record<string, unknown> = () => ({})) =>
	t.sandbox.seed('users.get', count, (i) => ({
		username: `user${i + 1}`,
		email: `user${i + 1}@example.com`,
		firstName: `First${i + 1}`,
		lastName: `Last${i + 1}`,
		joinDate: '2025-03-01',
		xp: i,
		coins: 10 * i,
		...make(i),
	}));

describe('Users > User > Create', () => {
	test('sends POST /v1/users with the required fields, the flags, custom fields (rows + JSON) and confirmPassword', async () => {
		const r = await t.run(node, {
			resource: 'user',
			operation: 'create',
			email: 'john@example.com',
			username: 'john_doe_123',
			firstname: 'John',
			lastname: 'Doe',
			displayname: 'John Doe',
			accessLevel: 1,
			joinServer: true,
			sendEmail: false,
			emailPassword: false,
			additionalFields: {
				password: 'StrongPass1!',
				customFields: { pairs: [{ name: 'customerid', value: 'C-10023' }, { name: ' region ', value: 'EU' }] },
				customFieldsJson: '[{"fieldIdorName": "tier", "value": 3}]',
				referral: 'C-10001',
				emailTemplate: '0',
			},
		});
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({
			method: 'POST',
			path: '/v1/users',
			query: {},
			body: {
				email: 'john@example.com',
				username: 'john_doe_123',
				firstname: 'John',
				lastname: 'Doe',
				displayname: 'John Doe',
				accessLevel: 1,
				joinServer: true,
				sendEmail: false,
				emailPassword: false,
				password: 'StrongPass1!',
				confirmPassword: 'StrongPass1!',
				customFields: [
					{ fieldIdorName: 'customerid', value: 'C-10023' },
					{ fieldIdorName: 'region', value: 'EU' },
					{ fieldIdorName: 'tier', value: 3 },
				],
				referral: 'C-10001',
				emailTemplate: '0',
			},
		});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toEqual({ userId: expect.stringMatching(/^[0-9a-f]{24}$/), username: 'john_doe_123', email: 'john@example.com' });
		expect(t.sandbox.collection(USERS)[0].customFields).toEqual({ customerid: 'C-10023', region: 'EU', tier: 3 });
	});

	test('an SSO user without password sends no password fields and no empty custom fields', async () => {
		await t.run(node, {
			resource: 'user', operation: 'create', email: 'sso@example.com', username: 'sso1', firstname: 'S', lastname: 'O', displayname: 'SSO',
			accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false,
			additionalFields: { customFields: { pairs: [{ name: 'customerid', value: '42' }] }, externalId: 'X-1' },
		});
		expect(t.sandbox.lastRequest().body).toEqual({
			email: 'sso@example.com', username: 'sso1', firstname: 'S', lastname: 'O', displayname: 'SSO',
			accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false,
			customFields: [{ fieldIdorName: 'customerid', value: '42' }], externalId: 'X-1',
		});
	});

	test('a custom field row without a name is rejected before the call', async () => {
		const r = await t.run(node, {
			resource: 'user', operation: 'create', email: 'a@example.com', username: 'a', firstname: 'A', lastname: 'B', displayname: 'AB',
			accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false,
			additionalFields: { customFields: { pairs: [{ name: 'ok', value: '1' }, { name: '  ', value: '2' }] } },
		});
		expect(r.error.message).toBe("Row 2 of 'Custom Fields' has no Field ID or Name: enter one or remove the row");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a taken username gives a 409 explained in words, and the error does not contain the password', async () => {
		seedUsers(1, () => ({ username: 'taken' }));
		const r = await t.run(node, {
			resource: 'user', operation: 'create', email: 'new@example.com', username: 'taken', firstname: 'A', lastname: 'B', displayname: 'AB',
			accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false, additionalFields: { password: 'Secret-Pass-9' },
		});
		expect(r.error.message).toBe('Returning.AI refused the change because of a conflict: Username taken is already taken');
		expect(shown(r.error)).not.toContain('Secret-Pass-9');
	});

	test('should the API echo the password, the output shows [redacted] instead', async () => {
		t.sandbox.fault({ route: 'users.create', kind: 'status', status: 200, body: { status: 'success', data: { userId: '7', password: 'Echoed-Pass-77', note: 'pw=Echoed-Pass-77' } } });
		const r = await t.run(node, {
			resource: 'user', operation: 'create', email: 'e@example.com', username: 'e', firstname: 'E', lastname: 'F', displayname: 'EF',
			accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false, additionalFields: { password: 'Echoed-Pass-77' },
		});
		expect(t.sandbox.lastRequest().body.password).toBe('Echoed-Pass-77');
		expect(r.json).toEqual([{ userId: '7', password: '[redacted]', note: 'pw=[redacted]' }]);
	});
});

describe('Users > User > Get', () => {
	test('sends GET /v1/users/{id} with one =true flag per chosen field and outputs the user', async () => {
		const [u] = seedUsers(2);
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: u._id, options: { returnFields: ['email', 'username', 'lastLogin'] } });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'GET',
			path: `/v1/users/${u._id}`,
			query: { email: 'true', username: 'true', lastLogin: 'true' },
			body: undefined,
		});
		expect(r.json).toEqual([{ email: 'user1@example.com', username: 'user1' }]);
	});

	test('without options it sends no query and outputs the whole profile', async () => {
		const [u] = seedUsers(1);
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: u._id });
		expect(t.sandbox.lastRequest().query).toEqual({});
		expect(r.json).toEqual([u]);
	});

	test('an unknown user gives a 404 naming the ID and the parameter', async () => {
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: '61100af5c548eb5c7ebc7819' });
		expect(r.error.message).toBe("The user with ID '61100af5c548eb5c7ebc7819' was not found");
		expect(r.error.description).toMatch(/Check the parameter 'User ID'/);
	});

	test('a malformed ID is rejected before any request', async () => {
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: 'user1' });
		expect(r.error.message).toBe("The parameter 'User ID' must be a 24-character hexadecimal ID, got 'user1'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('an unknown API key gives 401 with a fix in the description, without the key', async () => {
		const [u] = seedUsers(1);
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: u._id }, { apiKey: 'wrong-key-9876543210' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(r.error.description).toMatch(/Check the API Key in the Returning.AI API credential/);
		expect(shown(r.error)).not.toContain('wrong-key-9876543210');
	});

	test('a key without the users permission gives 403', async () => {
		const [u] = seedUsers(1);
		const r = await t.run(node, { resource: 'user', operation: 'get', userId: u._id }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'users' permission");
	});
});

describe('Users > User > Get Many (POST /v1/users/filter)', () => {
	test('Return All follows next_cursor, 200 per page, with fields and the filter built from conditions', async () => {
		seedUsers(450, (i) => ({ joinDate: i < 430 ? '2025-05-01' : '2024-12-31' }));
		const r = await t.run(node, {
			resource: 'user',
			operation: 'getAll',
			fields: 'email, join_date',
			returnAll: true,
			filters: { conditions: { conditions: [{ field: 'join_date', comparison: 'between', value: '2025-01-01', valueTo: '2025-08-28' }] } },
		});
		expect(r.json).toHaveLength(430);
		expect(r.json[0]).toEqual({ email: 'user1@example.com', join_date: '2025-05-01' });
		expect(r.json[429]).toEqual({ email: 'user430@example.com', join_date: '2025-05-01' });
		const bodies = t.sandbox.requests.map((q) => q.body);
		const filter = { join_date: { gte: '2025-01-01', lte: '2025-08-28' } };
		expect(t.sandbox.requests.map((q) => `${q.method} ${q.path}`)).toEqual(Array(3).fill('POST /v1/users/filter'));
		expect(bodies).toEqual([
			{ fields: ['email', 'join_date'], filter },
			{ fields: ['email', 'join_date'], filter, cursor: Buffer.from('200').toString('base64url') },
			{ fields: ['email', 'join_date'], filter, cursor: Buffer.from('400').toString('base64url') },
		]);
	});

	test('Limit stops after the page that fills it and trims; numbers in comparisons are sent as numbers; JSON filter is merged', async () => {
		seedUsers(500);
		const r = await t.run(node, {
			resource: 'user',
			operation: 'getAll',
			fields: 'email,xp',
			limit: 250,
			filters: {
				conditions: { conditions: [{ field: 'xp', comparison: 'gte', value: '10' }, { field: 'xp', comparison: 'lte', value: '400' }, { field: 'first_name', comparison: 'equals', value: 'First12' }] },
				filter: '{"first_name": {"gte": "F"}}',
			},
		});
		expect(t.sandbox.requests[0].body).toEqual({ fields: ['email', 'xp'], filter: { xp: { gte: 10, lte: 400 }, first_name: { gte: 'F' } } });
		expect(t.sandbox.requests).toHaveLength(2);
		expect(r.json).toHaveLength(250);
		expect(r.json[0]).toEqual({ email: 'user11@example.com', xp: 10 });
	});

	test('Start at Page jumps to that page and Return All goes on page by page (never with a cursor)', async () => {
		seedUsers(650);
		const r = await t.run(node, { resource: 'user', operation: 'getAll', fields: 'email', returnAll: true, options: { page: 2 } });
		expect(t.sandbox.requests.map((q) => q.body)).toEqual([
			{ fields: ['email'], page: 2 },
			{ fields: ['email'], page: 3 },
			{ fields: ['email'], page: 4 },
		]);
		expect(r.json).toHaveLength(450);
		expect(r.json[0]).toEqual({ email: 'user201@example.com' });
		expect(r.json[449]).toEqual({ email: 'user650@example.com' });
	});

	test('Start at Page with a Limit asks for that page only', async () => {
		seedUsers(650);
		const r = await t.run(node, { resource: 'user', operation: 'getAll', fields: 'email', limit: 5, options: { page: 3 } });
		expect(t.sandbox.requests.map((q) => q.body)).toEqual([{ fields: ['email'], page: 3 }]);
		expect(r.json.map((j) => j.email)).toEqual(['user401@example.com', 'user402@example.com', 'user403@example.com', 'user404@example.com', 'user405@example.com']);
	});

	test('a Between condition without Value To is rejected before the call', async () => {
		const r = await t.run(node, {
			resource: 'user', operation: 'getAll', fields: 'email', limit: 5,
			filters: { conditions: { conditions: [{ field: 'xp', comparison: 'between', value: '1', valueTo: '' }] } },
		});
		expect(r.error.message).toBe("Condition 1 ('xp' is between) needs both Value and Value To");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('the API rejecting an empty column list is reported naming the parameter', async () => {
		const r = await t.run(node, { resource: 'user', operation: 'getAll', fields: '={{ "" }}', limit: 5 });
		expect(r.error.message).toBe("The parameter 'Fields' is required");
		t.sandbox.fault({ route: 'users.getManyFiltered', kind: 'status', status: 400, body: { status: 'error', message: '"fields" contains an unknown column "points"' } });
		const r2 = await t.run(node, { resource: 'user', operation: 'getAll', fields: 'points', limit: 5 });
		expect(r2.error.message).toBe("Returning.AI rejected the request: 'Fields' contains an unknown column \"points\"");
		expect(r2.error.description).toMatch(/Check the parameter 'Fields'/);
	});
});

describe('Users > User > Get Data', () => {
	test('sends POST /v1/users/info {idOrEmail} and outputs the data object', async () => {
		const [u] = seedUsers(1, () => ({ username: 'jdoe', xp: 120, coins: 35, customFields: { customerid: 'C-1' } }));
		const r = await t.run(node, { resource: 'user', operation: 'getData', idOrEmail: 'user1@example.com' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/info', query: {}, body: { idOrEmail: 'user1@example.com' } });
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ userId: u._id, username: 'jdoe', xp: 120, coins: 35, highestRole: '@all', loginStreak: 0, customFields: { customerid: 'C-1' } });
	});

	test('an unknown user gives a 404 in words (no path ID to name)', async () => {
		const r = await t.run(node, { resource: 'user', operation: 'getData', idOrEmail: 'ghost@example.com' });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: User not found');
	});
});

describe('Users > User > Manage Account', () => {
	test('Delete then Restore send {action, user} and output the echo', async () => {
		seedUsers(1, () => ({ username: 'momoyo' }));
		const del = await t.run(node, { resource: 'user', operation: 'manage', action: 'delete', user: 'momoyo' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/manage', query: {}, body: { action: 'delete', user: 'momoyo' } });
		expect(del.json).toEqual([{ action: 'delete', user: 'momoyo' }]);
		expect(t.sandbox.collection(USERS)[0].deleted).toBe(true);
		const res = await t.run(node, { resource: 'user', operation: 'manage', action: 'restore', user: 'momoyo' });
		expect(t.sandbox.lastRequest().body).toEqual({ action: 'restore', user: 'momoyo' });
		expect(res.json).toEqual([{ action: 'restore', user: 'momoyo' }]);
		expect(t.sandbox.collection(USERS)[0].deleted).toBe(false);
	});

	test('Continue On Fail: the unknown user fails, the other items go on', async () => {
		seedUsers(2);
		const r = await t.run(
			node,
			{ resource: 'user', operation: 'manage', action: 'delete', user: '={{ $json.name }}' },
			{ continueOnFail: true, items: [{ json: { name: 'user1' } }, { json: { name: 'nobody' } }, { json: { name: 'user2' } }] },
		);
		expect(r.status).toBe('success');
		expect(r.items).toHaveLength(3);
		expect(r.json[0]).toEqual({ action: 'delete', user: 'user1' });
		expect(r.json[1].error).toBe('Returning.AI answered 404 Not Found: User nobody not found');
		expect(r.json[2]).toEqual({ action: 'delete', user: 'user2' });
		expect(t.sandbox.requests).toHaveLength(3);
	});
});

/**
 * Version 1.1 (the version new nodes get): Delete and Restore as operations, Get and Get XP and Activity with
 * a User resource locator (From List / By ID / By Email). The tests above run version 1, as saved workflows do.
 */
describe('Users version 1.1', () => {
	const COMMUNITY = '6502c9e514a3e564c5c09c0a';
	const v11 = (parameters: Record<string, unknown>, options: Record<string, unknown> = {}) =>
		t.run(node, parameters, { typeVersion: 1.1, credential: { communityId: COMMUNITY }, ...options });
	const rl = (mode: string, value: string) => ({ __rl: true, mode, value });

	test('Delete sends {action: delete, user} and outputs {deleted: true}; Restore sends restore and outputs {restored: true}', async () => {
		seedUsers(1, () => ({ username: 'momoyo' }));
		const del = await v11({ resource: 'user', operation: 'delete', username: 'momoyo' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/manage', query: {}, body: { action: 'delete', user: 'momoyo' } });
		expect(del.json).toEqual([{ deleted: true }]);
		expect(t.sandbox.collection(USERS)[0].deleted).toBe(true);
		const res = await v11({ resource: 'user', operation: 'restore', username: 'momoyo' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/manage', query: {}, body: { action: 'restore', user: 'momoyo' } });
		expect(res.json).toEqual([{ restored: true }]);
		expect(t.sandbox.collection(USERS)[0].deleted).toBe(false);
	});

	test('Delete of an unknown member: the 404 in words, per item with Continue On Fail', async () => {
		seedUsers(1);
		const r = await v11({ resource: 'user', operation: 'delete', username: '={{ $json.name }}' }, { continueOnFail: true, items: [{ json: { name: 'nobody' } }, { json: { name: 'user1' } }] });
		expect(r.json[0].error).toBe('Returning.AI answered 404 Not Found: User nobody not found');
		expect(r.json[1]).toEqual({ deleted: true });
	});

	test('the operation list: Delete and Restore in, Manage Account out (it stays in version 1)', () => {
		const props = nodeTypesMap()[`n8n-nodes-returning-ai.${node}`].description.properties;
		const ops = props
			.filter((p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[]).includes('user'))
			.map((p) => [p.displayOptions?.show?.['@version'], p.default, (p.options as Array<{ value: string }>).map((o) => o.value)]);
		expect(ops).toEqual([
			[[1], 'create', ['create', 'get', 'getAll', 'getData', 'manage']],
			[[1.1], 'getAll', ['create', 'delete', 'get', 'getAll', 'getData', 'restore']],
		]);
	});

	test('Get by ID: the locator value goes into the path, validated as an ObjectId', async () => {
		const [u] = seedUsers(1);
		const r = await v11({ resource: 'user', operation: 'get', user: rl('id', u._id) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/users/${u._id}`, query: {}, body: undefined });
		expect(r.json).toEqual([u]);
		t.sandbox.reset();
		// n8n checks the By ID mode's pattern before the run; a value from an expression is checked by the node.
		await expect(v11({ resource: 'user', operation: 'get', user: rl('id', 'user1') })).rejects.toThrow('Must be a 24-character hexadecimal ID');
		const bad = await v11({ resource: 'user', operation: 'get', user: rl('id', '={{ "user1" }}') });
		expect(bad.error.message).toBe("The parameter 'User' must be a 24-character hexadecimal ID, got 'user1'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Get from the list: the picked member (its _id) is fetched; the 404 names the User parameter', async () => {
		const [u] = seedUsers(1);
		const r = await v11({ resource: 'user', operation: 'get', user: rl('list', u._id), options: { returnFields: ['email'] } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/users/${u._id}`, query: { email: 'true' }, body: undefined });
		expect(r.json).toEqual([{ email: u.email }]);
		const missing = await v11({ resource: 'user', operation: 'get', user: rl('list', ID_UNKNOWN) });
		expect(missing.error.message).toBe(`The user with ID '${ID_UNKNOWN}' was not found`);
		expect(missing.error.description).toMatch(/Check the parameter 'User'/);
	});

	test.each([
		['email', 'user1@example.com'],
		['id', '__ID__'],
		['list', '__ID__'],
	])('Get XP and Activity, %s mode: sends {idOrEmail} with the value', async (mode, value) => {
		const [u] = seedUsers(1, () => ({ xp: 120, coins: 35 }));
		const sent = value === '__ID__' ? u._id : value;
		const r = await v11({ resource: 'user', operation: 'getData', user: rl(mode, sent) });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/users/info', query: {}, body: { idOrEmail: sent } });
		expect(r.json[0]).toMatchObject({ userId: u._id, xp: 120, coins: 35 });
	});

	test('Get XP and Activity, By Email: n8n checks the address before the run', async () => {
		await expect(v11({ resource: 'user', operation: 'getData', user: rl('email', 'ada.example.com') })).rejects.toThrow('Must be an email address, e.g. nathan@example.com');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('version 1 parameters (userId, idOrEmail, Manage Account) are not part of version 1.1, and the other way round', () => {
		const props = nodeTypesMap()[`n8n-nodes-returning-ai.${node}`].description.properties;
		const versionsOf = (name: string) => props.filter((p) => p.name === name).map((p) => [p.type, p.displayOptions?.show?.operation, p.displayOptions?.show?.['@version']]);
		expect(versionsOf('userId')).toEqual([['string', ['get'], [1]]]);
		expect(versionsOf('idOrEmail')).toEqual([['string', ['getData'], [1]]]);
		expect(versionsOf('action')).toEqual([['options', ['manage'], [1]]]);
		expect(versionsOf('user')).toEqual([
			['resourceLocator', ['get'], [1.1]],
			['resourceLocator', ['getData'], [1.1]],
			['string', ['manage'], [1]],
		]);
		const getData = props.find((p) => p.name === 'user' && (p.displayOptions?.show?.operation as string[]).includes('getData'))!;
		expect(getData.modes!.map((m) => m.name)).toEqual(['list', 'id', 'email']);
		expect(versionsOf('username')).toEqual([
			['string', ['create'], undefined],
			['string', ['delete', 'restore'], [1.1]],
		]);
	});

	test("the user picker lists the members of the credential's community by display name", async () => {
		const members = t.sandbox.seed('communityUsers.getMany', 2, (i) => ({ displayName: `Member ${i}` }), { communityId: COMMUNITY });
		const result = await runListSearch({ type: node, method: 'searchUsers', baseUrl: t.baseUrl, credential: { communityId: COMMUNITY }, parameters: { resource: 'user', operation: 'get' } });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/communities/${COMMUNITY}/users`, query: {}, body: undefined });
		expect(result.results).toEqual(members.map((m) => ({ name: m.displayName, value: m._id, url: undefined })));
	});
});

const ID_UNKNOWN = '61100af5c548eb5c7ebc7819';
