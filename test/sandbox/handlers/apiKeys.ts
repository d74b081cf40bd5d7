/* eslint-disable */
import { randomBytes } from 'crypto';
import { Sandbox, objectId, type Handler, type HandlerContext } from '../server';

/** A listed key shows only its first and last 4 characters; the full key is returned once, on create. */
export function maskKey(key: string): string {
	return `${key.slice(0, 4)}${'*'.repeat(Math.max(0, key.length - 8))}${key.slice(-4)}`;
}

const masked = (record: any) => ({ ...record, key: maskKey(record.key) });

function keysOf(ctx: HandlerContext, path: string): any[] {
	return ctx.sandbox.collection(path);
}

function newKey(body: any, extra: Record<string, unknown>) {
	const now = new Date().toISOString();
	return {
		_id: objectId(),
		name: body.name,
		key: randomBytes(32).toString('hex'),
		permissions: body.permissions,
		expirePeriod: body.expirePeriod ?? 0,
		expireDate: body.expireDate ?? '',
		...extra,
		createdAt: now,
		updatedAt: now,
	};
}

function update(ctx: HandlerContext, path: string, id: string) {
	const list = keysOf(ctx, path);
	const record = list.find((k) => k._id === id);
	if (!record) return ctx.fail(404, 'API key not found');
	Object.assign(record, ctx.req.body ?? {}, { updatedAt: new Date().toISOString() });
	return ctx.ok(masked(record));
}

const communityPath = (ctx: HandlerContext) => `/v1/communities/${ctx.params.communityId}/api-keys`;
const userPath = (userId: string) => `/v1/users/${userId}/api-keys`;

/** Custom sandbox handlers for the ApiKeys routes (route id -> handler); routes not listed use the generic REST model. */
export const apiKeysHandlers: Record<string, Handler> = {
	'communityApiKeys.create': (ctx) => {
		const record = newKey(ctx.req.body, { communityId: ctx.params.communityId });
		keysOf(ctx, communityPath(ctx)).push(record);
		return ctx.ok(record);
	},
	'communityApiKeys.getMany': (ctx) => ctx.ok(keysOf(ctx, communityPath(ctx)).map(masked)),
	'communityApiKeys.update': (ctx) => update(ctx, communityPath(ctx), ctx.params.apiKeyId),
	/** Returns the deleted key, masked. */
	'communityApiKeys.delete': (ctx) => {
		const list = keysOf(ctx, communityPath(ctx));
		const i = list.findIndex((k) => k._id === ctx.params.apiKeyId);
		if (i === -1) return ctx.fail(404, 'API key not found');
		const [record] = list.splice(i, 1);
		return ctx.ok(masked(record), { message: 'Delete API key success.' });
	},
	/** userId in the query (documented), communityId in the body. */
	'userApiKeys.create': (ctx) => {
		const userId = String(ctx.req.query.userId);
		const record = newKey(ctx.req.body, { userId, communityId: ctx.req.body.communityId, isActive: true });
		keysOf(ctx, userPath(userId)).push(record);
		return ctx.ok(record);
	},
	'userApiKeys.getMany': (ctx) => ctx.ok(keysOf(ctx, userPath(ctx.params.userId)).map(masked)),
	'userApiKeys.update': (ctx) => update(ctx, userPath(ctx.params.userId), ctx.params.apiKeyId),
	/** Describes the key of the request (never echoes it). */
	'userApiKeys.getCurrent': (ctx) => {
		const key = /^Bearer (.+)$/.exec(ctx.req.headers.authorization ?? '')?.[1] ?? '';
		const spec = ctx.sandbox.keys.get(key);
		return ctx.ok({
			name: key === Sandbox.API_KEY ? 'Sandbox key' : 'Sandbox test key',
			permissions: spec?.permissions === '*' ? ['*'] : spec?.permissions,
			communityId: '6167dba9c548eb5c7ec28057',
			expireDate: '',
		});
	},
};
