/* eslint-disable */
import { objectId, type Handler } from '../server';

/**
 * Custom sandbox handlers for the Gamification routes (route id -> handler); routes not listed use the generic REST model.
 * Daily history: records of /v1/users/activity/daily ({identifier, user_id, coins, xp}) are the users known;
 * the answer lists those whose identifier was asked for, dated with the requested day, paged in the body
 * (records seeded without an identifier are listed for any request).
 */
export const gamificationHandlers: Record<string, Handler> = {
	'userActivity.getDailyHistory': (ctx) => {
		const { identifier, date } = ctx.req.body;
		const wanted = new Set((identifier as string[]).map((s) => s.toLowerCase()));
		const found = ctx.sandbox
			.collection('/v1/users/activity/daily')
			// Records seeded without an identifier (generic seeding) answer any request as they are.
			.filter((r) => r.identifier === undefined || wanted.has(String(r.identifier).toLowerCase()))
			.map((r) => (r.identifier === undefined ? r : { identifier: r.identifier, user_id: r.user_id, date, coins: r.coins, xp: r.xp }));
		const result: any = ctx.sandbox.listResponse(ctx, found);
		result.body.data.date = date;
		return result;
	},
	/** Logs of one user only. */
	'userActivity.getManyLogs': (ctx) => {
		const { identifier } = ctx.req.body;
		const rows = ctx.sandbox.collection('/v1/users/activity/logs').filter((r) => r.identifier === identifier);
		return ctx.sandbox.listResponse(ctx, rows);
	},
	/** Streak logs, optionally of one user (email). */
	'streaks.getManyLogs': (ctx) => {
		const email = ctx.req.query.email;
		const rows = ctx.sandbox.collection('/v1/streaks/logs').filter((r) => !email || r.email === email);
		return ctx.sandbox.listResponse(ctx, rows);
	},
	/**
	 * The community's one streak definition: created by the first PUT, replaced field by field after.
	 * Strict: only the documented fields, timeframe {value, count} (count a positive integer),
	 * action {operator, conditions[]}, a valid startDate, activeDays an array.
	 */
	'streaks.updateDefinition': (ctx) => {
		const body = ctx.req.body;
		const allowed = ctx.entry.body!.fields.map((f) => f.name);
		const extra = Object.keys(body).filter((k) => !allowed.includes(k));
		if (extra.length) return ctx.fail(400, `Unknown fields: ${extra.join(', ')}`);
		if (typeof body.name !== 'string' || body.name.trim() === '') return ctx.fail(400, '"name" must not be empty');
		if (body.timezone !== undefined && (typeof body.timezone !== 'string' || !/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/.test(body.timezone))) return ctx.fail(400, '"timezone" must be an IANA time zone');
		if (body.startDate !== undefined && (typeof body.startDate !== 'string' || Number.isNaN(Date.parse(body.startDate)))) return ctx.fail(400, '"startDate" must be a date');
		if (body.timeframe !== undefined) {
			const keys = Object.keys(body.timeframe);
			if (keys.some((k) => k !== 'value' && k !== 'count')) return ctx.fail(400, '"timeframe" accepts only value and count');
			if (body.timeframe.value !== undefined && typeof body.timeframe.value !== 'string') return ctx.fail(400, '"timeframe.value" must be a string');
			if (body.timeframe.count !== undefined && !(Number.isInteger(body.timeframe.count) && body.timeframe.count > 0)) return ctx.fail(400, '"timeframe.count" must be a positive integer');
		}
		if (body.action !== undefined && (typeof body.action.operator !== 'string' || !Array.isArray(body.action.conditions))) {
			return ctx.fail(400, '"action" must be {operator, conditions[]}');
		}
		if (body.activeDays !== undefined && !Array.isArray(body.activeDays)) return ctx.fail(400, '"activeDays" must be an array');
		const before = ctx.sandbox.state.get('streakDefinition') ?? { _id: objectId() };
		const definition = { ...before, ...body, updatedAt: new Date().toISOString() };
		ctx.sandbox.state.set('streakDefinition', definition);
		return ctx.ok(definition, { message: 'Streak updated' });
	},
	/** The wheel information of each user, merged by email. */
	'streaks.updateSpinWheel': (ctx) => {
		const { email, ...changes } = ctx.req.body;
		const users = ctx.sandbox.state.get('spinWheel') ?? new Map<string, any>();
		const merged = { email, ...(users.get(email) ?? {}), ...changes };
		users.set(email, merged);
		ctx.sandbox.state.set('spinWheel', users);
		return ctx.ok(merged, { message: 'Spin wheel updated successfully' });
	},
};
