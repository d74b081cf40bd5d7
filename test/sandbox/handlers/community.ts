/* eslint-disable */
import { objectId, type Handler, type HandlerContext } from '../server';

const COMMUNITIES = '/v1/management/communities';

function communities(ctx: HandlerContext): any[] {
	return ctx.sandbox.collection(COMMUNITIES);
}

/** 409 when name, uri or domain is already used by another community (the API's documented conflict). */
function conflict(ctx: HandlerContext, body: any, selfId?: string) {
	for (const key of ['name', 'uri', 'domain']) {
		if (body[key] === undefined) continue;
		const taken = communities(ctx).some((c) => c._id !== selfId && c[key] === body[key]);
		if (taken) return ctx.fail(409, `Community ${key} "${body[key]}" is already taken`);
	}
	return undefined;
}

function findCommunity(ctx: HandlerContext): any {
	return communities(ctx).find((c) => c._id === ctx.params.communityID);
}

/** Custom sandbox handlers for the Community routes (route id -> handler); routes not listed use the generic REST model. */
export const communityHandlers: Record<string, Handler> = {
	'community.create': (ctx) => {
		const body = ctx.req.body ?? {};
		const taken = conflict(ctx, body);
		if (taken) return taken;
		const now = new Date().toISOString();
		const record = { _id: objectId(), name: body.name, ...(body.uri !== undefined ? { uri: body.uri } : {}), ...(body.domain !== undefined ? { domain: body.domain } : {}), createdAt: now, updatedAt: now };
		communities(ctx).push(record);
		return ctx.ok(record, { status: 201, meta: { statusCode: 201 } });
	},
	/** Partial update of the community: only the fields sent change; the community must exist. */
	'appearance.updateNameAndUrl': (ctx) => {
		const community = findCommunity(ctx);
		if (!community) return ctx.fail(404, 'Community not found');
		const body = ctx.req.body ?? {};
		const taken = conflict(ctx, body, community._id);
		if (taken) return taken;
		Object.assign(community, body, { updatedAt: new Date().toISOString() });
		return ctx.ok(community, { message: 'Update community success.' });
	},
	'appearance.updateThemeColors': (ctx) => {
		const community = findCommunity(ctx);
		if (!community) return ctx.fail(404, 'Community not found');
		const body = ctx.req.body ?? {};
		if (body.light === undefined && body.dark === undefined) return ctx.fail(400, '"light" or "dark" is required');
		community.appearance = {
			light: { ...(community.appearance?.light ?? {}), ...(body.light ?? {}) },
			dark: { ...(community.appearance?.dark ?? {}), ...(body.dark ?? {}) },
		};
		return ctx.ok({ communityID: community._id, ...community.appearance });
	},
	/** Link preview, member list, guest mode: `preview` is merged key by key, omitted fields stay. */
	'appearance.updateUrlMetadata': (ctx) => {
		const community = findCommunity(ctx);
		if (!community) return ctx.fail(404, 'Community not found');
		const body = ctx.req.body ?? {};
		const now = new Date().toISOString();
		const before = community.meta ?? { _id: objectId(), communityID: community._id, preview: {}, membersListVisible: true, guestModeEnabled: false, createdAt: now };
		community.meta = { ...before, ...body, preview: { ...before.preview, ...(body.preview ?? {}) }, updatedAt: now };
		return ctx.ok(community.meta, { message: 'Update community meta success.' });
	},
	/** The bot of the key's community: one object, merged. */
	'appearance.updateBotProfile': (ctx) => {
		const body = ctx.req.body ?? {};
		if (body.communityID !== undefined || body.communityId !== undefined) return ctx.fail(400, 'communityID must not be sent');
		const bot = { ...(ctx.sandbox.state.get('bot') ?? { name: 'Returning AI Bot', avatar: null }), ...body };
		ctx.sandbox.state.set('bot', bot);
		return ctx.ok(bot);
	},
};
