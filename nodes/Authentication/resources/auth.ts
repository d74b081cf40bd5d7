import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { CREDENTIAL } from '../../shared/description';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

const email = (description: string): FieldSpec => ({
	name: 'email',
	label: 'Email',
	type: 'string',
	in: 'body',
	required: true,
	placeholder: 'e.g. nathan@example.com',
	description,
});

const password = (description: string): FieldSpec => ({
	name: 'password',
	label: 'Password',
	type: 'string',
	in: 'body',
	required: true,
	password: true,
	typeOptions: { password: true },
	description,
});

/** Register: confirmPassword repeats Password (the user types it once). */
async function confirmPassword(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = { ...((requestOptions.body as IDataObject) ?? {}) };
	if (body.password !== undefined) body.confirmPassword = body.password;
	requestOptions.body = body;
	return requestOptions;
}

/**
 * Secure Auth runs on the community's own domain and reads the key from a header literally named
 * `apiKey`, plus `hostname` = the community domain. (The credential adds its usual Authorization and
 * x-api-key headers too: the same key, to the same community.)
 */
async function secureAuthHeaders(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials(CREDENTIAL);
	const host = String(requestOptions.baseURL ?? '').replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
	requestOptions.headers = { ...(requestOptions.headers ?? {}), apiKey: String(credentials.apiKey ?? ''), hostname: host };
	return requestOptions;
}

export const auth: ResourceSpec = {
	value: 'auth',
	name: 'Auth',
	description: 'Sign-up, email verification, password login and single sign-on',
	operations: [
		{
			value: 'getLoginUrl',
			name: 'Get Login URL',
			action: 'Get an SSO login URL',
			description:
				"Secure Auth: exchange your user's identity for a one-time login URL on the community's own domain; the user is created on first login",
			route: 'auth.secureAuth',
			staticQuery: { action: 'login' },
			preSend: secureAuthHeaders,
			notFoundLabel: 'Secure Auth page',
			fields: [
				{
					name: 'communityDomain', label: 'Community Domain', type: 'string', in: 'host', required: true,
					placeholder: 'e.g. community.example.com',
					description: "The community's own (custom) domain, without https:// or a path. It is also sent as the hostname header.",
				},
				{
					name: 'userId', label: 'User ID', type: 'string', in: 'query', required: true, placeholder: 'e.g. john_doe_123',
					description: 'Your own identifier for the user, any text you choose such as their username; reuse the same value for later logins',
				},
				{ name: 'accessLevel', label: 'Access Level', type: 'string', in: 'query', group: 'additionalFields', placeholder: 'e.g. 1', description: 'Access level to grant (examples: 0, 1, 3)' },
				{ name: 'email', label: 'Email', type: 'string', in: 'query', group: 'additionalFields', placeholder: 'e.g. nathan@example.com', description: 'Email address of the user, used when the user is created on first login' },
				{ name: 'firstname', label: 'First Name', type: 'string', in: 'query', group: 'additionalFields', placeholder: 'e.g. John', description: 'First name of the user, used when the user is created on first login' },
				{ name: 'lastname', label: 'Last Name', type: 'string', in: 'query', group: 'additionalFields', placeholder: 'e.g. Doe', description: 'Last name of the user, used when the user is created on first login' },
				{ name: 'displayname', label: 'Display Name', type: 'string', in: 'query', group: 'additionalFields', placeholder: 'e.g. John Doe', description: 'Name shown in the community, used when the user is created on first login' },
			],
		},
		{
			value: 'login',
			name: 'Log In',
			action: 'Log in a user with a password',
			description: "Check a user's email and password and get a login token",
			route: 'auth.login',
			fields: [email('Email address of the account (the reference does not say whether a username is accepted too)'), password('Password of the account')],
		},
		{
			value: 'register',
			name: 'Register',
			action: 'Register a user with a password',
			description: 'Sign up a new account with an email address and a password',
			route: 'auth.register',
			preSend: confirmPassword,
			fields: [
				email('Email address of the new account'),
				password('Password for the new account. The node also sends it as confirmPassword.'),
				{ name: 'username', label: 'Username', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. john_doe_123', description: 'Unique username' },
				{ name: 'firstname', label: 'First Name', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. John', description: 'First name of the new account' },
				{ name: 'lastname', label: 'Last Name', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. Doe', description: 'Last name of the new account' },
				{ name: 'displayname', label: 'Display Name', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. John Doe', description: 'Name shown in the community for the new account' },
			],
		},
		{
			value: 'verifyEmail',
			name: 'Verify Email',
			action: 'Verify the email of a user',
			description: 'Confirm the email address of a newly registered account with the code sent to it',
			route: 'auth.verifyEmail',
			fields: [
				email('Email address being verified'),
				{
					name: 'code', label: 'Verification Code', type: 'string', in: 'body', required: true, placeholder: 'e.g. 482913',
					description: 'Code sent to the user by email (sent as "code": the field name is not confirmed by the reference)',
				},
			],
		},
	],
};
