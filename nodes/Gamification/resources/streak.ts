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
				{ name: 'email', label: 'Email', type: 'string', in: 'query', group: 'filters', placeholder: 'e.g. name@email.com', description: 'Only the logs of this user', validate: emailCheck('Email') },
			],
		},
		{
			value: 'updateSpinWheel',
			name: 'Update Spin Wheel',
			action: "Change a user's spin-wheel information (e.g. available spins)",
			description: "Edit one user's spin-wheel (mini game) information, such as available spins",
			route: 'streaks.updateSpinWheel',
			notFoundLabel: 'user',
			fields: [
				{ name: 'email', label: 'Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com', description: 'The user whose wheel information changes', validate: emailCheck('Email') },
				{
					name: 'wheelFields', label: 'Wheel Fields (JSON)', type: 'json', in: 'body', default: '{}', spread: true,
					placeholder: '{"spins": 3}',
					description: 'Wheel fields to change, as a JSON object merged into the request body (the editable fields are not documented)',
					validate: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : "The parameter 'Wheel Fields (JSON)' must be a JSON object, e.g. {\"spins\": 3}"),
				},
			],
		},
	],
};
