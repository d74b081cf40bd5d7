import type { INodeProperties } from 'n8n-workflow';

import { nodeTypesMap } from '../harness/engine';

/** The "From List" placeholders n8n shows in every picker, as the built descriptions carry them. */
function placeholders(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [type, node] of Object.entries(nodeTypesMap())) {
		for (const p of (node as { description: { properties: INodeProperties[] } }).description.properties) {
			const list = (p.modes ?? []).find((m) => m.name === 'list');
			if (list?.placeholder) out[`${type.split('.').pop()} ${p.name}`] = list.placeholder;
		}
	}
	return out;
}

test('picker placeholders keep acronyms and take "an" before a vowel sound', () => {
	const all = placeholders();
	expect(all['returningAiApiKeys apiKeyId']).toBe('Select an API key...');
	expect(all['returningAiCommunity userId']).toBe('Select a user...');
	expect(all['returningAiUserFields fieldId']).toBe('Select a user field...');
	expect(Object.values(all).filter((p) => /^Select a [aeio]|\bapi\b/.test(p))).toEqual([]);
});
