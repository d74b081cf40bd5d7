import { NodeOperationError } from 'n8n-workflow';

import { objectIdPath, partnerListOptions } from '../../shared/fields';
import type { FieldGroup, FieldSpec, ResourceSpec } from '../../shared/types';

const leaderboardId = (): FieldSpec =>
	objectIdPath('leaderboardId', 'Leaderboard', 'The leaderboard, from the list or by its ID (24-character hex ObjectId)', { wire: 'leaderboardID', picker: 'searchLeaderboards' });

const SLUG = /^[a-z0-9-]+$/;

export const TIME_FILTERS = [
	{ name: 'All Time', value: 'all-time' },
	{ name: 'Daily', value: 'daily' },
	{ name: 'Weekly', value: 'weekly' },
	{ name: 'Monthly', value: 'monthly' },
	{ name: 'Yearly', value: 'yearly' },
];

/**
 * Reads a time of day as the API's `{hours, minutes, ampm}` (12-hour clock): accepts `5:00 AM`,
 * `11:59 pm`, `17:30` and `00:00` (24-hour). Returns undefined when the text is not a time.
 */
export function parseTimeOfDay(text: string): { hours: number; minutes: number; ampm: 'AM' | 'PM' } | undefined {
	const m = /^\s*(\d{1,2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$/.exec(text);
	if (!m) return undefined;
	let hours = Number(m[1]);
	const minutes = Number(m[2] ?? 0);
	if (minutes > 59) return undefined;
	if (m[3]) {
		if (hours < 1 || hours > 12) return undefined;
		return { hours, minutes, ampm: m[3].toUpperCase() as 'AM' | 'PM' };
	}
	if (m[2] === undefined || hours > 23) return undefined;
	const ampm = hours >= 12 ? 'PM' : 'AM';
	hours = hours % 12 === 0 ? 12 : hours % 12;
	return { hours, minutes, ampm };
}

const timeOfDay = (name: string, label: string, description: string, group: FieldGroup): FieldSpec => ({
	name,
	label,
	type: 'string',
	in: 'body',
	group,
	placeholder: 'e.g. 5:00 AM',
	description: `${description}; enter h:mm AM/PM or HH:mm (24-hour), sent as {hours, minutes, ampm}`,
	transform: (v) => parseTimeOfDay(String(v)),
	validate: (v) =>
		parseTimeOfDay(String(v))
			? undefined
			: `The field '${label}' must be a time such as 5:00 AM, 11:59 PM or 17:30, got '${String(v)}'`,
});

const idList = (name: string, label: string, description: string, group: FieldGroup): FieldSpec => ({
	name, label, type: 'stringList', in: 'body', group, description,
});

const wholeNumber = (label: string, min: number) => (v: unknown) =>
	Number.isInteger(v) && (v as number) >= min ? undefined : `The field '${label}' must be a whole number of ${min} or more, got ${String(v)}`;

/** Every optional body field of create and update (create adds Name on top, as required). */
const leaderboardBody = (group: 'additionalFields' | 'updateFields'): FieldSpec[] => [
	{
		name: 'slug', label: 'Slug', type: 'string', in: 'body', group, placeholder: 'e.g. april-leaderboard',
		description: 'URL slug, unique in the community: lowercase letters, numbers and hyphens only',
		validate: (v) => (SLUG.test(String(v)) ? undefined : `The field 'Slug' may only contain lowercase letters, numbers and hyphens, got '${String(v)}'`),
	},
	{ name: 'description', label: 'Description', type: 'string', in: 'body', group, typeOptions: { rows: 3 }, description: 'Text shown with the leaderboard' },
	{ name: 'image', label: 'Image URL', type: 'string', in: 'body', group, wire: 'image', placeholder: 'e.g. https://cdn.example.com/leaderboard.png', description: 'Public URL of the leaderboard image' },
	{
		name: 'rankingField', label: 'Ranking Field', type: 'string', in: 'body', group, placeholder: 'e.g. currencies',
		description: 'What users are ranked by, e.g. currencies (needed in practice when creating)',
	},
	{
		name: 'displayedColumns', label: 'Displayed Columns', type: 'json', in: 'body', group, default: {},
		description: 'Columns shown in the leaderboard, in this order (max 50; needed in practice when creating)',
		property: {
			type: 'fixedCollection',
			placeholder: 'Add Column',
			typeOptions: { multipleValues: true, sortable: true },
			options: [
				{
					displayName: 'Column',
					name: 'column',
					values: [
						{ displayName: 'Column', name: 'column', type: 'string', default: '', placeholder: 'e.g. currencies', description: 'Column key, e.g. user, currencies, xps, level' },
						{ displayName: 'Visible', name: 'visible', type: 'boolean', default: true, description: 'Whether the column is shown' },
					],
				},
			],
		},
		transform: (v) => {
			const rows = ((v as { column?: Array<{ column?: string; visible?: boolean }> }).column ?? []).filter((r) => (r.column ?? '').trim() !== '');
			return rows.length ? rows.map((r, i) => ({ column: String(r.column).trim(), visible: r.visible !== false, order: i })) : undefined;
		},
		validate: (v) => {
			const rows = (v as { column?: unknown[] }).column ?? [];
			return rows.length > 50 ? `The field 'Displayed Columns' has ${rows.length} columns; the maximum is 50` : undefined;
		},
	},
	{ name: 'topRankOnly', label: 'Top Ranks Only', type: 'boolean', in: 'body', group, description: 'Whether to show only the top N ranks (N = Top Rank Limit)' },
	{ name: 'topRankLimit', label: 'Top Rank Limit', type: 'number', in: 'body', group, default: 10, typeOptions: { minValue: 1 }, description: 'How many top ranks Top Ranks Only shows, a whole number of 1 or more', validate: wholeNumber('Top Rank Limit', 1) },
	{ name: 'onlyPositiveRanks', label: 'Only Positive Ranks', type: 'boolean', in: 'body', group, description: 'Whether to show only users with a positive score' },
	{ name: 'includeDummyUsers', label: 'Include Dummy Users', type: 'boolean', in: 'body', group, description: 'Whether to include dummy users' },
	{ name: 'startDate', label: 'Start Date', type: 'dateTime', in: 'body', group, description: 'Schedule start, sent as ISO 8601 UTC, e.g. 2026-01-30T19:30:00.000Z (needed in practice when creating; send it whenever the schedule changes)' },
	{ name: 'endDate', label: 'End Date', type: 'dateTime', in: 'body', group, description: 'Schedule end, sent as ISO 8601 UTC, e.g. 2026-12-31T23:59:59.999Z' },
	{ name: 'hasNoEndDate', label: 'No End Date', type: 'boolean', in: 'body', group, description: 'Whether the leaderboard runs with no end date' },
	{ name: 'timeZone', label: 'Time Zone (UTC Offset)', type: 'number', in: 'body', group, typeOptions: { numberPrecision: 2, minValue: -12, maxValue: 14 }, description: 'UTC offset of the schedule in hours, a number as the API takes it, e.g. 5.3 or 7' },
	timeOfDay('startTime', 'Daily Start Time', 'Time of day the leaderboard starts counting', group),
	timeOfDay('endTime', 'Daily End Time', 'Time of day the leaderboard stops counting', group),
	{
		name: 'allowedTimeFilters', label: 'Allowed Time Filters', type: 'multiOptions', in: 'body', group, options: TIME_FILTERS,
		description: 'Time filters offered to viewers',
	},
	idList('allowedUsersToRank', 'Users Allowed to Rank', 'User IDs eligible to be ranked, comma-separated, as the API returns them', group),
	idList('allowedRolesToRank', 'Roles Allowed to Rank', 'Role IDs eligible to be ranked, comma-separated, as the API returns them', group),
	idList('allowedTagsToRank', 'Tags Allowed to Rank', 'Tags eligible to be ranked, comma-separated', group),
	idList('allowedUsersToView', 'Users Allowed to View', 'User IDs allowed to view the leaderboard, comma-separated, as the API returns them', group),
	idList('allowedRolesToView', 'Roles Allowed to View', 'Role IDs allowed to view the leaderboard, comma-separated, as the API returns them', group),
	idList('allowedTagsToView', 'Tags Allowed to View', 'Tags allowed to view the leaderboard, comma-separated', group),
	{ name: 'isEnabled', label: 'Enabled', type: 'boolean', in: 'body', group, description: 'Whether the leaderboard is enabled (needed in practice when creating)' },
	{ name: 'isPreviewEnabled', label: 'Preview Enabled', type: 'boolean', in: 'body', group, description: 'Whether preview mode is enabled' },
	{ name: 'displayOrder', label: 'Display Order', type: 'number', in: 'body', group, typeOptions: { minValue: 0 }, description: 'Sort position among leaderboards', validate: wholeNumber('Display Order', 0) },
	{
		name: 'widget', label: 'Widget (JSON)', type: 'json', in: 'body', group, default: '{}',
		placeholder: '{"enabled": true, "whitelistedDomains": ["example.com"], "size": {"type": "custom", "value": {"width": 420, "height": 640}}, "button": {"enabled": true, "text": "View", "link": "https://example.com"}}',
		description: 'Embeddable widget settings as a JSON object: {enabled, whitelistedDomains (max 50), size: {type, value: {width, height}}, button: {enabled, text, link}}',
		validate: (v) => {
			if (!v || typeof v !== 'object' || Array.isArray(v)) return "The field 'Widget (JSON)' must be a JSON object";
			const domains = (v as { whitelistedDomains?: unknown }).whitelistedDomains;
			if (domains !== undefined && !Array.isArray(domains)) return "The field 'Widget (JSON)' must have whitelistedDomains as an array of domain names";
			if (Array.isArray(domains) && domains.length > 50) return `The field 'Widget (JSON)' lists ${domains.length} whitelisted domains; the maximum is 50`;
			return undefined;
		},
	},
];

const nameField = (group?: 'updateFields'): FieldSpec => ({
	name: 'name', label: 'Name', type: 'string', in: 'body', ...(group ? { group } : { required: true }),
	placeholder: 'e.g. April Leaderboard', description: 'Display name of the leaderboard (1-100 characters)',
	validate: (v) => (String(v).length > 100 ? `The field 'Name' is ${String(v).length} characters long; the maximum is 100` : undefined),
});

const listOptions = () =>
	partnerListOptions({ sort: 'createdAt:desc', fields: 'name,slug,rankBy', filter: '' }).filter((f) => f.name !== 'filter');

export const leaderboard: ResourceSpec = {
	value: 'leaderboard',
	name: 'Leaderboard',
	description: 'Community leaderboards',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a leaderboard',
			description: "Create a leaderboard in the API key's community",
			route: 'leaderboards.create',
			fields: [nameField(), ...leaderboardBody('additionalFields')],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a leaderboard',
			description: 'Delete a leaderboard',
			route: 'leaderboards.delete',
			fields: [leaderboardId()],
			output: 'deleted',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a leaderboard',
			description: 'Get one leaderboard',
			route: 'leaderboards.get',
			fields: [leaderboardId(), { ...listOptions()[1], placeholder: 'e.g. name,slug,duration' }],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many leaderboards',
			description: "List the leaderboards of the API key's community",
			route: 'leaderboards.getMany',
			list: { style: 'page', maxPageSize: 100 },
			fields: listOptions(),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a leaderboard',
			description: 'Update settings, schedule, permissions or widget of a leaderboard; only the fields set are changed',
			route: 'leaderboards.update',
			fields: [leaderboardId(), nameField('updateFields'), ...leaderboardBody('updateFields')],
			preSend: async function (requestOptions) {
				if (!Object.keys((requestOptions.body ?? {}) as object).length) {
					throw new NodeOperationError(this.getNode(), 'Nothing to update: add at least one field under Update Fields', {
						itemIndex: this.getItemIndex(),
					});
				}
				return requestOptions;
			},
		},
	],
};
