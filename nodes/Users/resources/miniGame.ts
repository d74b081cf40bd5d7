import type { FieldSpec, ResourceSpec } from '../../shared/types';

const email = (): FieldSpec => ({
	name: 'email',
	label: 'Email',
	type: 'string',
	in: 'body',
	required: true,
	placeholder: 'e.g. nathan@example.com',
	description: 'Email address of the user',
});

export const miniGame: ResourceSpec = {
	value: 'miniGame',
	name: 'Mini Game',
	description: 'Mini-game (e.g. spin wheel) logs and streak stats of a user',
	operations: [
		{
			value: 'getCurrentStats',
			name: 'Get Current Stats',
			action: 'Get current mini game and streak stats',
			description: "Get a user's current mini-game state and streak statistics, by email",
			route: 'miniGames.getCurrentStats',
			fields: [email()],
		},
		{
			value: 'getManyLogs',
			name: 'Get Many Logs',
			action: 'Get many mini game logs',
			description: "List a user's mini-game play logs, by email (one call: the API documents no paging)",
			route: 'miniGames.getManyLogs',
			list: { style: 'none', maxPageSize: 1000 },
			fields: [email()],
		},
	],
};
