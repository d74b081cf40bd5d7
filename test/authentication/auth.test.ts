import { VERIFICATION_CODE } from '../sandbox/handlers/auth';
import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiAuthentication';
const KEY = 'sandbox-api-key-0123456789';

/** What n8n shows of an error (message, description, API response, stack): everything except the node's own parameters. */
const shown = (error: Record<string, unknown>) => JSON.stringify({ ...error, node: undefined });

const register = (email: string, password: string, additionalFields: Record<string, unknown> = {}) =>
	t.run(node, { resource: 'auth', operation: 'register', email, password, additionalFields });

describe('Authentication > Register, Verify Email, Log In', () => {
	test('Register sends POST /v1/auth/register with confirmPassword = password and outputs the account without the password', async () => {
		const r = await register('john@example.com', 'StrongPass1!', { username: 'john_doe_123', firstname: 'John', lastname: 'Doe', displayname: 'John Doe' });
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({
			method: 'POST',
			path: '/v1/auth/register',
			query: {},
			body: { email: 'john@example.com', password: 'StrongPass1!', confirmPassword: 'StrongPass1!', username: 'john_doe_123', firstname: 'John', lastname: 'Doe', displayname: 'John Doe' },
		});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(r.json).toEqual([{ email: 'john@example.com', username: 'john_doe_123' }]);
		expect(JSON.stringify(r.items)).not.toContain('StrongPass1!');
	});

	test('a password the API rejects is reported by its display name, without the password', async () => {
		const r = await register('john@example.com', 'short');
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Password' must be at least 8 characters");
		expect(r.error.description).toMatch(/Check the parameter 'Password'/);
	});

	test('Verify Email sends {email, code}; a wrong code names the parameter', async () => {
		await register('john@example.com', 'StrongPass1!');
		const bad = await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'john@example.com', code: '000000' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/auth/verify-email', query: {}, body: { email: 'john@example.com', code: '000000' } });
		expect(bad.error.message).toBe("Returning.AI rejected the request: Invalid 'Verification Code'");
		const ok = await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'john@example.com', code: VERIFICATION_CODE });
		expect(ok.json).toEqual([{ email: 'john@example.com', verified: true }]);
	});

	test('Verify Email for an unknown account gives a 404 in words', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'ghost@example.com', code: '1' });
		expect(r.error.message).toBe('Returning.AI answered 404 Not Found: No account with this email');
		expect(r.error.description).toMatch(/POST \/v1\/auth\/verify-email is guessed/);
	});

	test('Log In sends {email, password} and outputs the token', async () => {
		await register('john@example.com', 'StrongPass1!');
		await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'john@example.com', code: VERIFICATION_CODE });
		const r = await t.run(node, { resource: 'auth', operation: 'login', email: 'john@example.com', password: 'StrongPass1!' });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'POST', path: '/v1/auth/login', query: {}, body: { email: 'john@example.com', password: 'StrongPass1!' } });
		expect(r.json).toEqual([{ token: expect.stringMatching(/^token-[0-9a-f]{16}$/) }]);
	});

	test('a wrong password echoed back by the API is redacted from the message and the error body', async () => {
		await register('john@example.com', 'StrongPass1!');
		const r = await t.run(node, { resource: 'auth', operation: 'login', email: 'john@example.com', password: 'Wrong-Guess-42' });
		expect(t.sandbox.lastRequest().body.password).toBe('Wrong-Guess-42');
		expect(r.error.message).toBe("Returning.AI rejected the request: Invalid email or password ([redacted])");
		expect(r.error.errorResponse.body).toEqual({ status: 'error', message: 'Invalid email or password ([redacted])', request: { email: 'john@example.com', password: '[redacted]' } });
		expect(shown(r.error)).not.toContain('Wrong-Guess-42');
	});

	test('an unreachable server: the error does not contain the password either', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'login', email: 'john@example.com', password: 'Offline-Pass-55' }, { baseUrl: 'http://127.0.0.1:9' });
		expect(r.status).toBe('error');
		expect(r.error.message).toMatch(/ECONNREFUSED|connect|refused/i);
		expect(shown(r.error)).not.toContain('Offline-Pass-55');
	});

	test('an unverified account gets 403 from Log In', async () => {
		await register('john@example.com', 'StrongPass1!');
		const r = await t.run(node, { resource: 'auth', operation: 'login', email: 'john@example.com', password: 'StrongPass1!' });
		expect(r.error.message).toBe('The API key is not allowed to do this: Email is not verified');
	});

	test('an unknown API key gives 401', async () => {
		const r = await register('john@example.com', 'StrongPass1!');
		expect(r.status).toBe('success');
		const bad = await t.run(node, { resource: 'auth', operation: 'login', email: 'john@example.com', password: 'StrongPass1!' }, { apiKey: 'unknown-key-000000' });
		expect(bad.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
		expect(shown(bad.error)).not.toContain('StrongPass1!');
	});

	test('Continue On Fail: one failing login among three items', async () => {
		await register('a@example.com', 'Password-A1');
		await register('b@example.com', 'Password-B2');
		await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'a@example.com', code: VERIFICATION_CODE });
		await t.run(node, { resource: 'auth', operation: 'verifyEmail', email: 'b@example.com', code: VERIFICATION_CODE });
		t.sandbox.requests.length = 0;
		const r = await t.run(
			node,
			{ resource: 'auth', operation: 'login', email: '={{ $json.email }}', password: '={{ $json.pw }}' },
			{
				continueOnFail: true,
				items: [{ json: { email: 'a@example.com', pw: 'Password-A1' } }, { json: { email: 'b@example.com', pw: 'nope-nope' } }, { json: { email: 'b@example.com', pw: 'Password-B2' } }],
			},
		);
		expect(t.sandbox.requests).toHaveLength(3);
		expect(r.json[0].token).toMatch(/^token-/);
		expect(r.json[1].error).toBe("Returning.AI rejected the request: Invalid email or password ([redacted])");
		expect(JSON.stringify(r.items[1])).not.toContain('nope-nope');
		expect(r.json[2].token).toMatch(/^token-/);
	});
});

describe('Authentication > Get Login URL (Secure Auth on the community domain)', () => {
	/** The sandbox listens on 127.0.0.1:<port>: plain http is accepted for loopback hosts only. */
	const domain = () => t.baseUrl; // e.g. http://127.0.0.1:40123
	const host = () => t.baseUrl.replace('http://', '');

	test('sends GET <domain>/api/secureAuth with action=login, the identity, and the apiKey + hostname headers', async () => {
		const r = await t.run(node, {
			resource: 'auth',
			operation: 'getLoginUrl',
			communityDomain: domain(),
			userId: 'john_doe_123',
			additionalFields: { accessLevel: '1', email: 'john@example.com', firstname: 'John', lastname: 'Doe', displayname: 'John D' },
		});
		const req = t.sandbox.lastRequest();
		expect(wire(req)).toEqual({
			method: 'GET',
			path: '/api/secureAuth',
			query: { action: 'login', userId: 'john_doe_123', accessLevel: '1', email: 'john@example.com', firstname: 'John', lastname: 'Doe', displayname: 'John D' },
			body: undefined,
		});
		expect(req.headers.apikey).toBe(KEY);
		expect(req.headers.hostname).toBe(host());
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`); // the credential's usual header is sent too
		expect(r.json).toEqual([
			{
				error: false,
				loginUrl: expect.stringMatching(new RegExp(`^https://${host().replace('.', '\\.')}/v2/app/loginApi/${KEY}/1\\?token=[0-9a-f]{16}&host=`)),
				sessionId: expect.stringMatching(/^[0-9a-f]{18}$/),
			},
		]);
	});

	test('error:true in a 200 answer is a failure, in the API\'s words', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'getLoginUrl', communityDomain: domain(), userId: 'john doe' });
		expect(r.error.message).toBe('Returning.AI reported a failure: userId must not contain spaces');
	});

	test('without a scheme the call uses https (here: a TLS handshake against the plain-http sandbox, which fails)', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'getLoginUrl', communityDomain: host(), userId: 'u1' });
		expect(r.status).toBe('error');
		expect(JSON.stringify(r.error.messages ?? r.error.message)).toMatch(/EPROTO|wrong version number|ssl|tls/i);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('http:// is refused for a real domain (the call always uses https)', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'getLoginUrl', communityDomain: 'http://community.example.com', userId: 'u1' });
		expect(r.error.message).toBe("The parameter 'Community Domain' must use https, got 'http://community.example.com'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a URL with a path is refused before the call', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'getLoginUrl', communityDomain: 'https://community.example.com/login', userId: 'u1' });
		expect(r.error.message).toBe("The parameter 'Community Domain' must be a domain name, got 'community.example.com/login'");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a key without the authentication permission gives 403', async () => {
		const r = await t.run(node, { resource: 'auth', operation: 'getLoginUrl', communityDomain: domain(), userId: 'u1' }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'authentication' permission");
		expect(t.sandbox.lastRequest().headers.apikey).toBe('sandbox-limited-key-0123456789');
	});
});
