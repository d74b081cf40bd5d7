/* eslint-disable */
import { randomBytes } from 'crypto';

import type { Handler, HandlerContext } from '../server';

/** Channels are the generic collection of GET /v1/channels ({_id, topic, type}); messages that of GET /v1/messages. */
export const CHANNELS = '/v1/channels';
export const MESSAGES = '/v1/messages';

const shortId = () => randomBytes(8).toString('hex').slice(0, 15);

function findMessage(ctx: HandlerContext, id: string): any {
	return ctx.sandbox.collection(MESSAGES).find((m) => m.id === id);
}

function post(ctx: HandlerContext, channel: any, text: string, sender: string, extra: Record<string, unknown> = {}): any {
	const message = {
		id: shortId(),
		message: text,
		user: { user_id: sender.includes('@') ? undefined : sender, email: sender.includes('@') ? sender : undefined },
		channel: { channel_id: channel._id, name: channel.topic },
		timestamp: new Date('2026-02-01T00:00:00.000Z').toISOString(),
		...extra,
	};
	ctx.sandbox.collection(MESSAGES).push(message);
	return message;
}

export const messagingHandlers: Record<string, Handler> = {
	/** Filters by channel_id, user_id, email; `count` keeps the newest `count` messages; data.total = number returned. */
	'messages.getMany': (ctx) => {
		const q = ctx.req.query as Record<string, string>;
		let list = ctx.sandbox.collection(MESSAGES).filter(
			(m) =>
				(q.channel_id === undefined || m.channel?.channel_id === q.channel_id) &&
				(q.user_id === undefined || m.user?.user_id === q.user_id) &&
				(q.email === undefined || m.user?.email === q.email),
		);
		if (q.count !== undefined) list = list.slice(-Number(q.count));
		return ctx.ok({ total: list.length, messages: list }, { message: 'messages fetched successfully' });
	},
	/** The channel must exist; a forum channel needs forumTopicId; other channels must not get one. */
	'messages.send': (ctx) => {
		const b = ctx.req.body;
		const channel = ctx.sandbox.collection(CHANNELS).find((c) => c._id === b.channelId);
		if (!channel) return ctx.fail(404, 'Channel not found');
		if (channel.type === 'forum' && !b.forumTopicId) return ctx.fail(400, '"forumTopicId" is required for a forum channel');
		if (channel.type !== 'forum' && b.forumTopicId !== undefined) return ctx.fail(400, '"forumTopicId" is only allowed for a forum channel');
		post(ctx, channel, b.message, b.sender, b.forumTopicId ? { forumTopicId: b.forumTopicId } : {});
		return { status: 200, body: { status: 'success', message: 'Message send successfully' } };
	},
	'messages.reply': (ctx) => {
		const b = ctx.req.body;
		const parent = findMessage(ctx, b.messageId);
		if (!parent) return ctx.fail(404, 'Message not found');
		const channel = ctx.sandbox.collection(CHANNELS).find((c) => c._id === parent.channel.channel_id) ?? { _id: parent.channel.channel_id, topic: parent.channel.name };
		post(ctx, channel, b.message, b.sender, { replyTo: parent.id });
		return { status: 200, body: { status: 'success', message: 'Message reply successfully' } };
	},
	'messages.react': (ctx) => {
		const b = ctx.req.body;
		const target = findMessage(ctx, b.messageId);
		if (!target) return ctx.fail(404, 'Message not found');
		if (!/^:[a-z0-9_+-]+:$/.test(b.emoji)) return ctx.fail(400, '"emoji" must be a shortcode like :smile:');
		(target.reactions ??= []).push({ emoji: b.emoji, sender: b.sender });
		return { status: 200, body: { status: 'success', message: 'Reaction added successfully' } };
	},
	/** Bare array, one entry per `images` part; only image/* files. */
	'messages.uploadImages': (ctx) => {
		const parts = (ctx.req.parts ?? []).filter((p) => p.name === 'images');
		const notImage = parts.find((p) => !String(p.contentType ?? '').startsWith('image/'));
		if (notImage) return ctx.fail(400, `"images" must be image files, got ${notImage.contentType ?? 'no type'} (${notImage.filename})`);
		return {
			status: 200,
			body: parts.map((p, i) => ({
				id: `img${i + 1}`,
				name: p.filename,
				url: `https://cdn.returning.ai/messages/${p.filename}`,
				type: p.contentType,
				size: p.data.length,
			})),
		};
	},
};
