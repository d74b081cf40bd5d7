import { AUTH_MODE_HEADER, ReturningAiApi } from '../../credentials/ReturningAiApi.credentials';

const cred = new ReturningAiApi();
const data = { apiKey: 'community-key-123', incomingWebhookApiKey: 'hook-key-456' };

describe('Returning.AI API credential: webhook fields and auth modes', () => {
	test('the optional webhook fields exist; secrets are password fields', () => {
		const byName = Object.fromEntries(cred.properties.map((p) => [p.name, p]));
		expect(Object.keys(byName)).toEqual(
			expect.arrayContaining(['webhookAesSecret', 'webhookEncryptionMode', 'webhookToken', 'incomingWebhookUrl', 'incomingWebhookApiKey']),
		);
		for (const secret of ['webhookAesSecret', 'webhookToken', 'incomingWebhookApiKey']) {
			expect(byName[secret].typeOptions?.password).toBe(true);
			expect(byName[secret].required).toBeFalsy();
		}
		expect(byName.webhookEncryptionMode.default).toBe('auto');
		expect((byName.webhookEncryptionMode.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['auto', 'cbc', 'gcm']);
	});

	test('API routes get the community key as Bearer and x-api-key', async () => {
		const out = await (cred.authenticate as Function)(data, { url: '/v1/stores', headers: { Accept: 'application/json' } });
		expect(out.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer community-key-123', 'x-api-key': 'community-key-123' });
	});

	test('incoming-webhook requests keep their own x-api-key, get no community key, and lose the marker', async () => {
		const out = await (cred.authenticate as Function)(data, {
			url: 'https://hooks.example.com/in/1',
			headers: { [AUTH_MODE_HEADER]: 'incoming-webhook', 'x-api-key': 'hook-key-456' },
		});
		expect(out.headers).toEqual({ 'x-api-key': 'hook-key-456' });
	});

	test('an unknown marker value is removed and normal auth applies', async () => {
		const out = await (cred.authenticate as Function)(data, { url: '/v1/x', headers: { 'X-Returning-Ai-Auth-Mode': 'other' } });
		expect(out.headers).toEqual({ Authorization: 'Bearer community-key-123', 'x-api-key': 'community-key-123' });
	});
});
