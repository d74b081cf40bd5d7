/* eslint-disable */
import { randomUUID } from 'crypto';

import { objectId, type Handler, type HandlerContext } from '../server';
import { parseCsv } from './bulk';

/**
 * Custom handlers for the Legacy routes. Servers, badges, roles, channels and API keys live in the
 * generic collections (`/servers`, `/badges`, `/roles`, `/channels`, `/api-keys`); badges are keyed by a
 * UUID `id` and echo quantity/attachRequired/awarded as strings, as the reference shows. Badge and role
 * holdings per numeric platform user id are in `state` ('legacy.userBadges', 'legacy.userRoles').
 */

const SERVER_FLAGS = ['server_administrator', 'allow_dm', 'create_invite', 'warn_members', 'suspend_members', 'ban_members', 'broadcast_messages', 'overwrite_language'];
const CHANNEL_FLAGS = ['post_messages', 'attach_files', 'allow_mentions', 'manage_messages', 'pinable', 'share_links', 'share_Attachments'];

function holdings(ctx: HandlerContext, key: string): Record<string, string[]> {
	let map = ctx.sandbox.state.get(key);
	if (!map) {
		map = {};
		ctx.sandbox.state.set(key, map);
	}
	return map;
}

/** The badge as the API echoes it: quantity, attachRequired and awarded as strings. */
function badgeRecord(id: string, body: any) {
	const record: any = { ...body, id };
	for (const key of ['quantity', 'attachRequired', 'awarded']) if (record[key] !== undefined) record[key] = String(record[key]);
	record.image ??= '';
	return record;
}

function permissionProblem(body: any): string | undefined {
	for (const [group, flags] of [['server_permissions', SERVER_FLAGS], ['channel_permissions', CHANNEL_FLAGS]] as const) {
		for (const flag of flags) {
			if (typeof body[group]?.[flag] !== 'boolean') return `"${group}.${flag}" is required and must be a boolean`;
		}
	}
	return undefined;
}

function roleRecord(_id: string, body: any, createdAt: string) {
	const { server_permissions, channel_permissions, ...rest } = body;
	return { _id, ...rest, serverPermissions: server_permissions, channelPermissions: channel_permissions, serverId: '6502c9e514a3e564c5c09c0a', createdAt, updatedAt: new Date().toISOString(), __v: 0 };
}

function userChange(key: 'legacy.userBadges' | 'legacy.userRoles', kind: 'add' | 'remove', message: string): Handler {
	return (ctx) => {
		const isBadge = key === 'legacy.userBadges';
		const list = ctx.sandbox.collection(isBadge ? '/badges' : '/roles');
		const id = isBadge ? ctx.params.badgeId : ctx.params.roleId;
		const found = list.find((r) => (isBadge ? r.id : r._id) === id);
		if (!found) return ctx.fail(404, isBadge ? 'Badge not found' : 'Role not found');
		const map = holdings(ctx, key);
		const userId = String(ctx.req.body.userId);
		const held = (map[userId] ??= []);
		if (kind === 'add' && !held.includes(id)) held.push(id);
		if (kind === 'remove') {
			if (!held.includes(id)) return ctx.fail(400, `User ${userId} does not have this ${isBadge ? 'badge' : 'role'}`);
			held.splice(held.indexOf(id), 1);
		}
		// Award answers the user's badges; the other calls answer an empty array (reference examples).
		const body = isBadge && kind === 'add' ? list.filter((b) => held.includes(b.id)).map((b) => ({ ...b, awarded: 'true' })) : [];
		return ctx.ok(body, { message, meta: { devMessage: message } });
	};
}

export const legacyHandlers: Record<string, Handler> = {
	/** PUT /servers changes the key's server (the first one); none yet -> 404 Record Not Found, as documented. */
	'legacyServers.updateMetadata': (ctx) => {
		const servers = ctx.sandbox.collection('/servers');
		if (!servers.length) return ctx.fail(404, 'Record Not Found');
		const body = ctx.req.body ?? {};
		servers[0] = { ...servers[0], ...body, url_meta: { ...(servers[0].url_meta ?? {}), ...(body.url_meta ?? {}) }, updatedAt: new Date().toISOString() };
		const message = 'Server has been updated successfully';
		return ctx.ok({}, { message, meta: { devMessage: message } });
	},
	'legacyBadges.create': (ctx) => {
		const record = badgeRecord(randomUUID(), ctx.req.body);
		ctx.sandbox.collection('/badges').push(record);
		return ctx.ok(record);
	},
	'legacyBadges.update': (ctx) => {
		const list = ctx.sandbox.collection('/badges');
		const i = list.findIndex((b) => b.id === ctx.params.badgeId);
		if (i === -1) return ctx.fail(404, 'Badge not found');
		list[i] = badgeRecord(list[i].id, ctx.req.body);
		return ctx.ok(list[i]);
	},
	'legacyBadges.awardToUser': userChange('legacy.userBadges', 'add', 'Badge has been rewarded successfully'),
	'legacyBadges.removeFromUser': userChange('legacy.userBadges', 'remove', 'Badge has been removed successfully'),
	'legacyRoles.create': (ctx) => {
		const problem = permissionProblem(ctx.req.body);
		if (problem) return ctx.fail(400, problem);
		const record = roleRecord(objectId(), ctx.req.body, new Date().toISOString());
		ctx.sandbox.collection('/roles').push(record);
		return ctx.ok(record);
	},
	'legacyRoles.update': (ctx) => {
		const problem = permissionProblem(ctx.req.body);
		if (problem) return ctx.fail(400, problem);
		const list = ctx.sandbox.collection('/roles');
		const i = list.findIndex((r) => r._id === ctx.params.roleId);
		if (i === -1) return ctx.fail(404, 'Role not found');
		list[i] = roleRecord(list[i]._id, ctx.req.body, list[i].createdAt);
		return ctx.ok(list[i]);
	},
	'legacyRoles.getManyForUser': (ctx) => {
		const held = holdings(ctx, 'legacy.userRoles')[ctx.params.userId] ?? [];
		const message = 'User roles fetched successfully';
		return ctx.ok(ctx.sandbox.collection('/roles').filter((r) => held.includes(r._id)), { message, meta: { devMessage: message } });
	},
	'legacyRoles.addToUser': userChange('legacy.userRoles', 'add', 'Role has been added successfully'),
	'legacyRoles.removeFromUser': userChange('legacy.userRoles', 'remove', 'Role has been removed successfully'),
	/** Multipart `userId` + `avatar` (an image file). */
	'legacyUsers.uploadAvatar': (ctx) => {
		const parts = ctx.req.parts ?? [];
		const userId = parts.find((p) => p.name === 'userId')!.text;
		const avatar = parts.find((p) => p.name === 'avatar')!;
		if (avatar.filename === undefined || !/^image\//.test(avatar.contentType ?? '')) return ctx.fail(400, '"avatar" must be an image file');
		return ctx.ok({ userId, avatar: `https://cdn.returning.ai/avatars/${userId}/${avatar.filename}`, size: avatar.data.length });
	},
	/** Multipart `data` (CSV) + `communityId`; queued like the bulk update. Imports are kept in state 'legacy.imports'. */
	'legacyBulk.importUsersFromCsv': (ctx) => {
		const parts = ctx.req.parts ?? [];
		const communityId = parts.find((p) => p.name === 'communityId')!.text;
		if (!/^[0-9a-fA-F]{24}$/.test(communityId)) return ctx.fail(400, '"communityId" must be a valid ObjectId');
		const data = parts.find((p) => p.name === 'data')!;
		if (data.filename === undefined) return ctx.fail(400, '"data" must be a CSV file');
		const table = parseCsv(data.text);
		if (table.length < 2) return ctx.fail(400, 'The CSV file has no data rows');
		const imports = ctx.sandbox.state.get('legacy.imports') ?? [];
		imports.push({ communityId, fileName: data.filename, rows: table });
		ctx.sandbox.state.set('legacy.imports', imports);
		const message = 'Bulk import user process is queued';
		return ctx.ok({ message: `${message}. You can check in Api Log ( community settings )` }, { message });
	},
};
