/* eslint-disable */
import { objectId, type Handler, type HandlerContext } from '../server';

const fieldsPath = (ctx: HandlerContext) => `/v1/communities/${ctx.params.communityId}/user-fields`;
const historiesPath = (ctx: HandlerContext) => `/v1/communities/${ctx.params.communityId}/user-field-histories`;

function fields(ctx: HandlerContext): any[] {
	return ctx.sandbox.collection(fieldsPath(ctx));
}

/** All value changes of a community live in one list; the four list routes filter it. */
function histories(ctx: HandlerContext, filter: { userId?: string; fieldId?: string }) {
	return ctx.sandbox
		.collection(historiesPath(ctx))
		.filter((h) => (!filter.userId || h.userId === filter.userId) && (!filter.fieldId || h.fieldId === filter.fieldId));
}

function record(ctx: HandlerContext, userId: string) {
	const body = ctx.req.body ?? {};
	const field = fields(ctx).find((f) => f.field === body.field);
	if (!field) return ctx.fail(400, `"field" must be the key of an existing user field, got "${body.field}"`);
	const entry = { _id: objectId(), userId, fieldId: field._id, field: body.field, value: body.value, createdAt: new Date().toISOString() };
	ctx.sandbox.collection(historiesPath(ctx)).push(entry);
	return ctx.ok(entry, { status: 201, meta: { statusCode: 201 } });
}

function knownField(ctx: HandlerContext) {
	return fields(ctx).some((f) => f._id === ctx.params.fieldId);
}

const list = (ctx: HandlerContext, filter: { userId?: string; fieldId?: string }) => ctx.sandbox.listResponse(ctx, histories(ctx, filter));

/** Custom sandbox handlers for the UserFields routes (route id -> handler); routes not listed use the generic REST model. */
export const userFieldsHandlers: Record<string, Handler> = {
	/** The key gets hyphens for spaces (documented); a key is unique in its community (409). */
	'userFields.create': (ctx) => {
		const body = ctx.req.body ?? {};
		const key = String(body.field).trim().replace(/\s+/g, '-');
		if (key.length < 1 || key.length > 50) return ctx.fail(400, '"field" must be 1-50 characters');
		if (String(body.name).length < 1 || String(body.name).length > 100) return ctx.fail(400, '"name" must be 1-100 characters');
		if (fields(ctx).some((f) => f.field === key)) return ctx.fail(409, `User field "${key}" already exists`);
		const now = new Date().toISOString();
		const created = {
			_id: objectId(),
			...body,
			field: key,
			creator: { _id: '61100af5c548eb5c7ebc7819', displayName: 'Admin', username: 'admin' },
			communityId: ctx.params.communityId,
			createdAt: now,
			updatedAt: now,
		};
		fields(ctx).push(created);
		return ctx.ok(created, { status: 201, meta: { statusCode: 201 }, message: 'Create user field successful' });
	},
	'userFieldHistories.create': (ctx) => record(ctx, String(ctx.req.body?.userId)),
	'userFieldHistories.createForUser': (ctx) => record(ctx, ctx.params.userId),
	'userFieldHistories.getManyInCommunity': (ctx) => list(ctx, {}),
	'userFieldHistories.getMany': (ctx) => list(ctx, { userId: ctx.req.query.userId as string, fieldId: ctx.req.query.fieldId as string }),
	'userFieldHistories.getManyForUser': (ctx) => list(ctx, { userId: ctx.params.userId }),
	'userFieldHistories.getManyForField': (ctx) => (knownField(ctx) ? list(ctx, { fieldId: ctx.params.fieldId }) : ctx.fail(404, 'User field not found')),
	'userFieldHistories.getManyForFieldAndUser': (ctx) =>
		knownField(ctx) ? list(ctx, { userId: ctx.params.userId, fieldId: ctx.params.fieldId }) : ctx.fail(404, 'User field not found'),
};
