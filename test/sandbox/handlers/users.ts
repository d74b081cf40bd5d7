/* eslint-disable */
import { entry } from '../reference';
import { objectId, type Handler, type HandlerContext } from '../server';

/** Users live in the generic collection of GET /v1/users/{userId}, so Create, Get, Get Data and Manage share them. */
export const USERS = '/v1/users';
export const MINI_GAME_LOGS = '/v1/mini-games/logs';

/** The filter columns of POST /v1/users/filter, mapped to the stored user's keys. */
const COLUMN: Record<string, string> = { email: 'email', first_name: 'firstName', last_name: 'lastName', join_date: 'joinDate', xp: 'xp', coins: 'coins' };

function column(user: any, name: string): unknown {
	if (name in COLUMN) return user[COLUMN[name]];
	return user.customFields?.[name];
}

function matches(user: any, filter: Record<string, any>): boolean {
	return Object.entries(filter).every(([name, cond]) => {
		const value = column(user, name);
		if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
			if (cond.gte !== undefined && !(value !== undefined && (value as any) >= cond.gte)) return false;
			if (cond.lte !== undefined && !(value !== undefined && (value as any) <= cond.lte)) return false;
			return true;
		}
		return value === cond;
	});
}

function findUser(ctx: HandlerContext, key: string): any {
	return ctx.sandbox.collection(USERS).find((u) => u._id === key || u.userId === key || u.email === key || u.username === key);
}

export const usersHandlers: Record<string, Handler> = {
	/** Boolean flags choose the fields returned; none = the whole profile. */
	'users.get': (ctx) => {
		const user = ctx.sandbox.collection(USERS).find((u) => u._id === ctx.params.userId);
		if (!user) return ctx.fail(404, 'User not found');
		const flags = Object.entries(ctx.req.query).filter(([, v]) => v === 'true').map(([k]) => k);
		if (!flags.length) return ctx.ok(user);
		return ctx.ok(Object.fromEntries(flags.filter((f) => f in user).map((f) => [f, user[f]])));
	},
	/** Filter + column projection, then the documented cursor paging (200 a page; page mode when `page` is sent). */
	'users.getManyFiltered': (ctx) => {
		const body = ctx.req.body ?? {};
		if (body.cursor !== undefined && body.page !== undefined) return ctx.fail(400, 'Send either cursor or page, not both');
		if (!body.fields.length) return ctx.fail(400, '"fields" must contain at least one column');
		// Users created or seeded through /v1/users, plus records seeded straight into the list route's own collection.
		const rows = [...ctx.sandbox.collection(USERS), ...ctx.sandbox.collection(ctx.sandbox.collectionPath('users.getManyFiltered'))]
			.filter((u) => !u.deleted && matches(u, body.filter ?? {}))
			.map((u) => Object.fromEntries(body.fields.map((f: string) => [f, column(u, f) ?? null])));
		return ctx.sandbox.listResponse(ctx, rows);
	},
	/** Creates a member; confirmPassword must equal password; usernames and emails are unique. Never echoes the password. */
	'users.create': (ctx) => {
		const b = ctx.req.body;
		if (b.password !== undefined && b.confirmPassword !== b.password) return ctx.fail(400, '"confirmPassword" must match "password"');
		if (b.customFields !== undefined && !b.customFields.every((c: any) => c && typeof c.fieldIdorName === 'string' && 'value' in c)) {
			return ctx.fail(400, '"customFields" items must be {fieldIdorName, value}');
		}
		const users = ctx.sandbox.collection(USERS);
		if (users.some((u) => u.username === b.username)) return ctx.fail(409, `Username ${b.username} is already taken`);
		if (users.some((u) => u.email === b.email)) return ctx.fail(409, `Email ${b.email} is already registered`);
		const user = {
			_id: objectId(),
			username: b.username,
			email: b.email,
			firstName: b.firstname,
			lastName: b.lastname,
			displayName: b.displayname,
			accessLevel: b.accessLevel,
			joinDate: '2026-01-01',
			xp: 0,
			coins: 0,
			customFields: Object.fromEntries((b.customFields ?? []).map((c: any) => [c.fieldIdorName, c.value])),
			hasPassword: b.password !== undefined,
		};
		users.push(user);
		return ctx.ok({ userId: user._id, username: user.username, email: user.email }, { message: 'User created successfully' });
	},
	/** The documented data shape, filled from the stored user; 404 for unknown ids/emails. */
	'users.getData': (ctx) => {
		const user = findUser(ctx, String(ctx.req.body.idOrEmail));
		if (!user) return ctx.fail(404, 'User not found');
		const template = (entry('users.getData').response.example as any).data;
		return ctx.ok({
			...template,
			userId: user._id,
			username: user.username,
			firstName: user.firstName,
			lastName: user.lastName,
			xp: user.xp ?? 0,
			coins: user.coins ?? 0,
			customFields: user.customFields ?? {},
		});
	},
	/** Delete / restore by username (or email); answers with an echo of the request, without a status field. */
	'users.manage': (ctx) => {
		const { action, user: name } = ctx.req.body;
		const user = findUser(ctx, String(name));
		if (!user) return ctx.fail(404, `User ${name} not found`);
		if (action === 'delete' && user.deleted) return ctx.fail(409, `User ${name} is already deleted`);
		if (action === 'restore' && !user.deleted) return ctx.fail(409, `User ${name} is not deleted`);
		user.deleted = action === 'delete';
		return { status: 200, body: { action, user: name } };
	},
	/** Logs of one user (seeded into /v1/mini-games/logs with an `email`). */
	'miniGames.getManyLogs': (ctx) => {
		const logs = ctx.sandbox.collection(MINI_GAME_LOGS).filter((l) => l.email === ctx.req.body.email);
		return ctx.ok(logs);
	},
	/** Stats of one user: sandbox.state 'miniGameStats' (email -> stats), else the reference example. */
	'miniGames.getCurrentStats': (ctx) => {
		const stats = (ctx.sandbox.state.get('miniGameStats') ?? {})[ctx.req.body.email];
		return ctx.ok(stats ?? (entry('miniGames.getCurrentStats').response.example as any).data);
	},
};
