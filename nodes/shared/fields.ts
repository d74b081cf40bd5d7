import type { FieldSpec } from './types';

/** Field builders shared by several nodes. Each returns a fresh spec, so callers may override keys. */

export function objectIdPath(
	name: string,
	label: string,
	description: string,
	extra: Partial<FieldSpec> = {},
): FieldSpec {
	return { name, label, type: 'string', in: 'path', required: true, objectId: true, description, ...extra };
}

/** The partner-API list options (leaderboards, store): sort, fields, search, filter. */
export function partnerListOptions(examples: { sort: string; fields: string; filter: string }): FieldSpec[] {
	return [
		{
			name: 'sort',
			label: 'Sort',
			type: 'string',
			in: 'query',
			group: 'options',
			placeholder: `e.g. ${examples.sort}`,
			description: `Sort order as field:asc or field:desc, e.g. ${examples.sort}`,
			validate: (v) =>
				/^[A-Za-z0-9_.]+:(asc|desc)$/.test(String(v))
					? undefined
					: `The option 'Sort' must look like field:asc or field:desc (e.g. ${examples.sort}), got '${String(v)}'`,
		},
		{
			name: 'fields',
			label: 'Fields',
			type: 'stringList',
			in: 'query',
			group: 'options',
			placeholder: `e.g. ${examples.fields}`,
			description: `Only return these fields, comma-separated field names, e.g. ${examples.fields}`,
		},
		{
			name: 'search',
			label: 'Search',
			type: 'string',
			in: 'query',
			group: 'filters',
			wire: 'search',
			placeholder: 'e.g. premium',
			description: 'Keyword to search for (sent as keyword:&lt;value&gt;)',
			transform: (v) => (String(v).includes(':') ? v : `keyword:${String(v)}`),
		},
		{
			name: 'filter',
			label: 'Filter',
			type: 'string',
			in: 'query',
			group: 'filters',
			placeholder: `e.g. ${examples.filter}`,
			description: `Filter as field:value, e.g. ${examples.filter}`,
			validate: (v) =>
				/^[A-Za-z0-9_.]+:.+$/.test(String(v))
					? undefined
					: `The filter 'Filter' must look like field:value (e.g. ${examples.filter}), got '${String(v)}'`,
		},
	];
}

export const langOption = (): FieldSpec => ({
	name: 'lang',
	label: 'Language',
	type: 'string',
	in: 'query',
	group: 'options',
	placeholder: 'e.g. th',
	description: 'Language code of the translated fields to return, e.g. th',
});

export const communityIdPath = (): FieldSpec => ({
	name: 'communityId',
	label: 'Community ID',
	type: 'string',
	in: 'path',
	objectId: true,
	credentialFallback: 'communityId',
	placeholder: 'e.g. 6502c9e514a3e564c5c09c0a',
	description: "The community's ID, a 24-character hex ObjectId (community settings > Appearance). Leave empty to use the Default Community ID of the credential.",
});
