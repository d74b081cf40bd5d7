import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { miniGame } from './resources/miniGame';
import { user } from './resources/user';

export const usersResources = [user, miniGame];

export class ReturningAiUsers implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Users',
		name: 'returningAiUsers',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(usersResources),
		description: 'Create, find, read, delete and restore Returning.AI community members, and read their mini-game stats',
		defaults: { name: 'Returning.AI Users' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(usersResources),
	};
}
