import type { ResourceSpec } from '../../shared/types';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailCheck = (label: string) => (v: unknown) =>
	EMAIL.test(String(v).trim()) ? undefined : `The parameter '${label}' must be an email address, got '${String(v)}'`;

export const streak: ResourceSpec = {
	value: 'streak',
	name: 'Streak and Mini Game',
	description: 'Streak logs and the spin-wheel mini game',
	operations: [
		{
			value: 'getManyLogs',
			name: 'Get Many Logs',
			action: 'Get many streak logs',
			description: "List users' streak activity log entries",
			route: 'streaks.getManyLogs',
			list: { style: 'page', maxPageSize: 100 },
			fields: [
				{ name: 'email', label: 'Email', type: 'string', in: 'query', group: 'filters', placeholder: 'e.g. name@email.com', description: 'Only the logs of the user with this email address', validate: emailCheck('Email') },
			],
		},
		{
			value: 'updateSpinWheel',
			name: 'Update Spin Wheel',
			action: 'Change the spin wheel information of a user such as available spins',
			description: "Edit one user's spin-wheel (mini game) information, such as available spins",
			route: 'streaks.updateSpinWheel',
			notFoundLabel: 'user',
			fields: [
				{ name: 'email', label: 'Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com', description: 'Email address of the user whose wheel information changes', validate: emailCheck('Email') },
				{
					name: 'wheelFields', label: 'Wheel Fields (JSON)', type: 'json', in: 'body', default: '{}', spread: true,
					placeholder: '{"spins": 3}',
					description: 'Wheel fields to change, as a JSON object merged into the request body (the editable fields are not documented)',
					validate: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : "The parameter 'Wheel Fields (JSON)' must be a JSON object, e.g. {\"spins\": 3}"),
				},
			],
		},
		{
			value: 'updateSettings',
			name: 'Update Settings',
			action: 'Update the streak settings',
			description: "Create or update the community's streak definition: its name, period, time zone and what members must do",
			route: 'streaks.updateDefinition',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Daily check-in', description: 'Name of the streak' },
				{ name: 'timezone', label: 'Time Zone', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. Europe/London', description: 'IANA time zone the streak periods are counted in, e.g. Europe/London or UTC' },
				{ name: 'startDate', label: 'Start Date', type: 'dateTime', in: 'body', group: 'additionalFields', description: 'When the streak starts, sent as ISO 8601 UTC' },
				{ name: 'timeframeValue', label: 'Period Unit', type: 'string', in: 'body', wire: 'timeframe.value', group: 'additionalFields', placeholder: 'e.g. day', description: 'Unit of one streak period, e.g. day or week' },
				{ name: 'timeframeCount', label: 'Period Length', type: 'number', in: 'body', wire: 'timeframe.count', group: 'additionalFields', typeOptions: { minValue: 1 }, default: 1, description: 'How many units one streak period lasts' },
				{
					name: 'action', label: 'Action (JSON)', type: 'json', in: 'body', group: 'additionalFields', default: '{"operator": "and", "conditions": []}',
					placeholder: '{"operator": "and", "conditions": []}',
					description: 'What a member must do in a period to keep the streak, as a JSON object with operator and conditions',
					validate: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : 'The parameter \'Action (JSON)\' must be a JSON object, e.g. {"operator": "and", "conditions": []}'),
				},
				{ name: 'activeDaysType', label: 'Active Days Type', type: 'string', in: 'body', group: 'additionalFields', description: 'Which days count, as the API takes it (the reference does not list the values)' },
				{ name: 'activeDays', label: 'Active Days', type: 'stringList', in: 'body', group: 'additionalFields', placeholder: 'e.g. monday, wednesday, friday', description: 'The active days, when Active Days Type asks for a list (comma-separated)' },
			],
		},
	],
};
