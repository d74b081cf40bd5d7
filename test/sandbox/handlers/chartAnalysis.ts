/* eslint-disable */
import { objectId, type Handler } from '../server';

const KEY = 'analyses';

function all(ctx: Parameters<Handler>[0]): any[] {
	let list = ctx.sandbox.state.get(KEY);
	if (!list) {
		list = [];
		ctx.sandbox.state.set(KEY, list);
	}
	return list;
}

function find(ctx: Parameters<Handler>[0]) {
	return all(ctx).find((a) => a.analysisId === ctx.params.analysisId);
}

/** Ids of levels and drawings must be unique within one analysis. */
function duplicateId(levels: any, drawings: any[]): string | undefined {
	const ids = [...Object.values(levels ?? {}).map((l: any) => l?.clientObjectId), ...drawings.map((d) => d?.clientObjectId)].filter(Boolean);
	return ids.find((id, i) => ids.indexOf(id) !== i);
}

/**
 * Custom sandbox handlers for the Chart Analysis routes. Analyses are kept in state `analyses`
 * ({analysisId, communityId, channelId, sender, metadata, levels, drawings, links}); Get Many lists one
 * channel's; Update merges metadata, replaces levels/drawings; Append Drawings adds to drawings.
 */
export const chartAnalysisHandlers: Record<string, Handler> = {
	'analysis.create': (ctx) => {
		const body = ctx.req.body;
		for (const key of ['pivot', 'resistance', 'support']) {
			if (!body.levels?.[key]) return ctx.fail(400, `"levels.${key}" is required`);
		}
		const drawings = body.drawings ?? [];
		const dup = duplicateId(body.levels, drawings);
		if (dup) return ctx.fail(400, `Duplicate clientObjectId "${dup}"`);
		const existing = body.idempotencyKey && all(ctx).find((a) => a.idempotencyKey === body.idempotencyKey);
		if (existing) return ctx.ok({ analysisId: existing.analysisId }, { status: 201 });
		const record = {
			analysisId: objectId(),
			communityId: ctx.params.communityId,
			channelId: ctx.params.channelId,
			...body,
			drawings,
			createdAt: new Date().toISOString(),
		};
		all(ctx).push(record);
		return ctx.ok({ analysisId: record.analysisId }, { status: 201, message: 'Analysis created successfully' });
	},
	'analysis.get': (ctx) => {
		const a = find(ctx);
		if (!a) return ctx.fail(404, 'Analysis not found');
		const { communityId, channelId, idempotencyKey, ...rest } = a;
		return ctx.ok(rest);
	},
	'analysis.getMany': (ctx) => {
		const list = all(ctx)
			.filter((a) => a.communityId === ctx.params.communityId && a.channelId === ctx.params.channelId)
			.map((a) => ({ analysisId: a.analysisId, metadata: { title: a.metadata?.title, symbol: a.metadata?.symbol } }));
		return ctx.ok(list);
	},
	'analysis.update': (ctx) => {
		const a = find(ctx);
		if (!a) return ctx.fail(404, 'Analysis not found');
		const { sender, metadata, levels, drawings, links } = ctx.req.body;
		const updatedFields: string[] = [];
		if (metadata) {
			a.metadata = { ...a.metadata, ...metadata };
			updatedFields.push(...Object.keys(metadata));
		}
		if (levels) {
			a.levels = levels;
			updatedFields.push('levels');
		}
		if (drawings) {
			const dup = duplicateId(levels ?? a.levels, drawings);
			if (dup) return ctx.fail(400, `Duplicate clientObjectId "${dup}"`);
			a.drawings = drawings;
			updatedFields.push('drawings');
		}
		if (links) {
			a.links = links;
			updatedFields.push('links');
		}
		a.updatedBy = sender;
		return ctx.ok({ analysisId: a.analysisId, updatedFields }, { message: 'Analysis updated successfully' });
	},
	'analysis.delete': (ctx) => {
		const list = all(ctx);
		const i = list.findIndex((a) => a.analysisId === ctx.params.analysisId);
		if (i === -1) return ctx.fail(404, 'Analysis not found');
		list.splice(i, 1);
		return ctx.ok({ analysisId: ctx.params.analysisId }, { message: 'Analysis deleted successfully' });
	},
	'analysis.appendDrawings': (ctx) => {
		const a = find(ctx);
		if (!a) return ctx.fail(404, 'Analysis not found');
		const drawings = ctx.req.body.drawings;
		const dup = duplicateId(a.levels, [...a.drawings, ...drawings]);
		if (dup) return ctx.fail(400, `Duplicate clientObjectId "${dup}"`);
		a.drawings.push(...drawings);
		return ctx.ok({ analysisId: a.analysisId, drawings: a.drawings.length }, { message: 'Drawings appended successfully' });
	},
};
