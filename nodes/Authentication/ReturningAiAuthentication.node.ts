import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { auth } from './resources/auth';

export const authenticationResources = [auth];

export class ReturningAiAuthentication implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Authentication',
		name: 'returningAiAuthentication',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(authenticationResources),
		description: 'Register, verify and log in Returning.AI users, and get single sign-on login URLs',
		defaults: { name: 'Returning.AI Authentication' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(authenticationResources),
	};
}
