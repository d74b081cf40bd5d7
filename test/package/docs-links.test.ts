import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { ReturningAiApi } from '../../credentials/ReturningAiApi.credentials';

// n8n opens a node's documentation with `?utm_source=…` appended, which breaks a `#anchor`: every link is a
// page of its own (docs/<page>.md in this repository), and the page names the node it documents.
const ROOT = join(__dirname, '..', '..');
const DOCS = 'https://github.com/returning-ai/n8n-nodes-returning-ai/blob/main/';
const codexFiles = readdirSync(join(ROOT, 'nodes'))
	.flatMap((dir) => readdirSync(join(ROOT, 'nodes', dir)).filter((f) => f.endsWith('.node.json')).map((f) => join('nodes', dir, f)));

function page(url: string): string {
	expect(url).not.toContain('#');
	expect(url.startsWith(DOCS)).toBe(true);
	const file = url.slice(DOCS.length);
	expect(existsSync(join(ROOT, file))).toBe(true);
	return readFileSync(join(ROOT, file), 'utf8');
}

test.each(codexFiles)('%s links to a page about the node and to the credential page', (file) => {
	const codex = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
	const [primary] = codex.resources.primaryDocumentation;
	const displayName = `Returning.AI ${file.split('/')[1].replace(/([a-z])([A-Z])/g, '$1 $2').replace('Api Keys', 'API Keys')}`;
	expect(page(primary.url)).toContain(displayName);
	expect(codex.resources.credentialDocumentation[0].url).toBe(new ReturningAiApi().documentationUrl);
});

test('the credential documentation is a page without an anchor', () => {
	expect(page(new ReturningAiApi().documentationUrl)).toContain('If the test fails');
});
