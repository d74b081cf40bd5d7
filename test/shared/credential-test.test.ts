import { ReturningAiApi } from '../../credentials/ReturningAiApi.credentials';
import { Sandbox, useSandbox } from '../harness/sandbox';

// The credential's Test button: n8n sends test.request and, when it fails with a status that one of
// test.rules names, shows that rule's message (first match) instead of the bare status text.
const t = useSandbox();
const cred = new ReturningAiApi();

async function testMessage(baseUrl: string, apiKey: string): Promise<string | undefined> {
	const res = await fetch(`${baseUrl}${cred.test.request.url}`, { headers: { authorization: `Bearer ${apiKey}`, 'x-api-key': apiKey } });
	if (res.ok) return undefined;
	const rule = (cred.test.rules ?? []).find((r) => r.type === 'responseCode' && r.properties.value === res.status);
	return rule ? rule.properties.message : `no rule for ${res.status}`;
}

describe('credential test failures', () => {
	test('passes with a key that may read the store', async () => {
		expect(await testMessage(t.baseUrl, Sandbox.API_KEY)).toBeUndefined();
	});

	test('a refused key says what to check: the key, its expiry, the Base URL (and never echoes the key)', async () => {
		const message = await testMessage(t.baseUrl, 'wrong-key-123456');
		expect(message).toMatch(/^Returning\.AI refused the API Key \(401\)\. Check that the key is copied completely/);
		expect(message).toContain('Base URL');
		expect(message).not.toContain('wrong-key-123456');
	});

	test('a key without the store permission says which permission to add', async () => {
		expect(await testMessage(t.baseUrl, Sandbox.LIMITED_KEY)).toMatch(/lacks the store permission this test reads \(403\)/);
	});

	test('a Base URL that is not the API says to fix the Base URL', async () => {
		expect(await testMessage(`${t.baseUrl}/not-the-api`, Sandbox.API_KEY)).toMatch(/^The Base URL answered 404/);
	});
});
