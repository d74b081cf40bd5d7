/* eslint-disable */
import { randomBytes } from 'crypto';

import type { Handler, HandlerContext } from '../server';

/** Registered accounts: email -> { email, password, username, verified, code }. The verification code is always 246810. */
export const VERIFICATION_CODE = '246810';

function accounts(ctx: HandlerContext): Map<string, any> {
	let map = ctx.sandbox.state.get('accounts');
	if (!map) {
		map = new Map();
		ctx.sandbox.state.set('accounts', map);
	}
	return map;
}

export const authHandlers: Record<string, Handler> = {
	'auth.register': (ctx) => {
		const b = ctx.req.body;
		if (b.confirmPassword !== undefined && b.confirmPassword !== b.password) return ctx.fail(400, '"confirmPassword" must match "password"');
		if (String(b.password).length < 8) return ctx.fail(400, '"password" must be at least 8 characters');
		if (accounts(ctx).has(b.email)) return ctx.fail(409, `${b.email} is already registered`);
		accounts(ctx).set(b.email, { email: b.email, password: b.password, username: b.username, verified: false, code: VERIFICATION_CODE });
		return ctx.ok({ email: b.email, username: b.username }, { message: 'Registered. Check your email for the verification code.' });
	},
	'auth.verifyEmail': (ctx) => {
		const account = accounts(ctx).get(ctx.req.body.email);
		if (!account) return ctx.fail(404, 'No account with this email');
		if (ctx.req.body.code !== account.code) return ctx.fail(400, 'Invalid "code"');
		account.verified = true;
		return ctx.ok({ email: account.email, verified: true }, { message: 'Email verified' });
	},
	/** A careless API: the failure body echoes the submitted credentials, so the node's redaction is really tested. */
	'auth.login': (ctx) => {
		const { email, password } = ctx.req.body;
		const account = accounts(ctx).get(email);
		if (!account || account.password !== password) {
			return { status: 400, body: { status: 'error', message: `Invalid email or password (${password})`, request: { email, password } } };
		}
		if (!account.verified) return ctx.fail(403, 'Email is not verified');
		return ctx.ok({ token: `token-${randomBytes(8).toString('hex')}` }, { message: 'Login success' });
	},
	/** Secure Auth: {error, loginUrl, sessionId}; error:true in a 200 body for a userId with spaces. */
	'auth.secureAuth': (ctx) => {
		const q = ctx.req.query as Record<string, string>;
		const host = ctx.req.headers.hostname;
		if (/\s/.test(q.userId)) return { status: 200, body: { error: true, message: 'userId must not contain spaces' } };
		const token = randomBytes(8).toString('hex');
		return {
			status: 200,
			body: {
				error: false,
				loginUrl: `https://${host}/v2/app/loginApi/${ctx.req.headers.apikey}/${q.accessLevel ?? '2'}?token=${token}&host=${host}`,
				sessionId: randomBytes(9).toString('hex'),
			},
		};
	},
};
