import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { emptyAsSuccess, platformUserId } from './common';

const badgeId = (): FieldSpec => ({
	name: 'badgeId',
	label: 'Badge ID',
	type: 'string',
	in: 'path',
	required: true,
	placeholder: 'e.g. 84845081-98fd-46f3-96aa-1032174e58a5',
	description: 'The badge: its ID, a UUID as listed by Get Many',
});

const integer = (label: string) => (v: unknown) =>
	Number.isInteger(v) && (v as number) >= 0 ? undefined : `The field '${label}' must be a whole number of 0 or more, got ${String(v)}`;

const badgeFields = (): FieldSpec[] => [
	{ name: 'title', label: 'Title', type: 'string', in: 'body', required: true, placeholder: 'e.g. Top Trader', description: 'Title of the badge shown to members' },
	{ name: 'action', label: 'Action', type: 'string', in: 'body', required: true, default: 'custom', placeholder: 'e.g. custom', description: 'What earns the badge, e.g. custom' },
	{ name: 'description', label: 'Description', type: 'string', in: 'body', group: 'additionalFields', typeOptions: { rows: 2 }, description: 'Text that explains the badge to members' },
	{ name: 'quantity', label: 'Quantity', type: 'number', in: 'body', group: 'additionalFields', typeOptions: { minValue: 0 }, description: 'How many times the action is needed', validate: integer('Quantity') },
	{ name: 'image', label: 'Image URL', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. https://example.com/badge.png', description: 'Public URL of the badge image' },
	{ name: 'enabledDarkAndLight', label: 'Separate Dark and Light Images', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether to use separate images for the dark and light themes' },
	{ name: 'darkImage', label: 'Dark Image URL', type: 'string', in: 'body', group: 'additionalFields', description: 'Public URL of the badge image for the dark theme, used with Separate Dark and Light Images' },
	{ name: 'lightImage', label: 'Light Image URL', type: 'string', in: 'body', group: 'additionalFields', description: 'Public URL of the badge image for the light theme, used with Separate Dark and Light Images' },
	{ name: 'applied', label: 'Applied', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether the badge is applied' },
	{ name: 'awarded', label: 'Awarded', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether the badge is awarded' },
	{ name: 'award', label: 'Award XP', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether earning the badge grants XP' },
	{ name: 'awardXpQuantity', label: 'XP Awarded', type: 'number', in: 'body', group: 'additionalFields', typeOptions: { minValue: 0 }, description: 'XP a member gets when the badge is awarded, a whole number; used with Award XP', validate: integer('XP Awarded') },
	{ name: 'awardCurrency', label: 'Award Currency', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether earning the badge grants currency' },
	{ name: 'awardCurrencyQuantity', label: 'Currency Awarded', type: 'number', in: 'body', group: 'additionalFields', typeOptions: { minValue: 0 }, description: 'Currency a member gets when the badge is awarded, a whole number; used with Award Currency', validate: integer('Currency Awarded') },
	{ name: 'attachRequired', label: 'Attachment Required', type: 'boolean', in: 'body', group: 'additionalFields', description: 'Whether claiming the badge needs an attachment' },
];

export const badge: ResourceSpec = {
	value: 'badge',
	name: 'Badge',
	description: 'Badges users can earn (the API returns quantity, attachRequired and awarded as strings)',
	operations: [
		{
			value: 'awardToUser',
			name: 'Award to User',
			action: 'Award a badge to a user',
			description: 'Grant a badge to a user',
			route: 'legacyBadges.awardToUser',
			deprecated: true,
			fields: [badgeId(), platformUserId('body')],
			postProcess: emptyAsSuccess,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a badge',
			description: 'Create a badge, optionally granting XP and currency when awarded',
			route: 'legacyBadges.create',
			deprecated: true,
			fields: badgeFields(),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a badge',
			description: 'Delete a badge',
			route: 'legacyBadges.delete',
			deprecated: true,
			fields: [badgeId()],
			output: 'deleted',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many badges',
			description: "List the server's badges",
			route: 'legacyBadges.getMany',
			deprecated: true,
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'removeFromUser',
			name: 'Remove From User',
			action: 'Remove a badge from a user',
			description: 'Take a badge away from a user',
			route: 'legacyBadges.removeFromUser',
			deprecated: true,
			fields: [badgeId(), platformUserId('body')],
			postProcess: emptyAsSuccess,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a badge',
			description: 'Replace the settings of a badge: send every setting to keep, as unset ones may be cleared',
			route: 'legacyBadges.update',
			deprecated: true,
			fields: [badgeId(), ...badgeFields()],
		},
	],
};
