/* eslint-disable */
import type { Handler } from '../server';

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
