import type { FieldSpec, ResourceSpec } from '../../shared/types';

const identifierType = (): FieldSpec => ({
	name: 'identifierType', label: 'Identifier Type', type: 'string', in: 'body', wire: 'identifier_type', required: true, default: 'email',
	placeholder: 'e.g. email', description: 'Kind of identifier the users are given as, e.g. email (the value the reference shows)',
});

export const userActivity: ResourceSpec = {
	value: 'userActivity',
	name: 'User Activity',
	description: "Users' gamification history, logs and activity stats",
	operations: [
		{
			value: 'getDailyHistory',
			name: 'Get Daily History',
			action: 'Get the daily gamification history of users',
			description: 'Get the XP and in-game currency each listed user earned on one day (one item per user found)',
			route: 'userActivity.getDailyHistory',
			list: { style: 'pageBody', maxPageSize: 100, itemsPath: 'results' },
			fields: [
				{
					name: 'identifiers', label: 'Identifiers', type: 'stringList', in: 'body', wire: 'identifier', required: true,
					placeholder: 'e.g. user1@test.com, user2@test.com', description: 'The users to report on, e.g. their emails',
				},
				identifierType(),
				{
					name: 'date', label: 'Date', type: 'dateDMY', in: 'body', required: true,
					description: 'The day to report; any date works (a date picked here, an expression such as $now, 2026-01-20 or 20/01/2026), sent as DD/MM/YYYY',
				},
			],
		},
		{
			value: 'getManyLogs',
			name: 'Get Many Logs',
			action: 'Get many gamification logs of a user',
			description: "List a user's individual XP and currency log entries",
			route: 'userActivity.getManyLogs',
			list: { style: 'pageBody', maxPageSize: 100, itemsPath: 'results' },
			fields: [
				{ name: 'identifier', label: 'Identifier', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com', description: 'The user, given as the kind of identifier set in Identifier Type, e.g. their email address' },
				identifierType(),
			],
		},
		{
			value: 'getStats',
			name: 'Get Stats',
			action: 'Get the activity stats of a user',
			description: "Get per-day counts of a user's messages, replies, reactions and social actions over a look-back window",
			route: 'userActivity.getStats',
			fields: [
				{ name: 'identifier', label: 'Identifier', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com', description: 'The user, given as the kind of identifier set in Identifier Type, e.g. their email address' },
				identifierType(),
				{
					name: 'days', label: 'Days', type: 'number', in: 'body', required: true, default: 30, typeOptions: { minValue: 1 },
					description: 'Look-back window in days, a whole number, e.g. 30',
					validate: (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : `The parameter 'Days' must be a whole number of 1 or more, got ${String(v)}`),
				},
			],
		},
	],
};
