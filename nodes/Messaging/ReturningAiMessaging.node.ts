import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { searchChannels } from '../shared/pickers';
import { message } from './resources/message';

export const messagingResources = [message];

export class ReturningAiMessaging implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Messaging',
		name: 'returningAiMessaging',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(messagingResources),
		description: 'Read, send, reply to and react to Returning.AI community messages, and upload message images',
		defaults: { name: 'Returning.AI Messaging' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(messagingResources),
	};

	methods = {
		listSearch: { searchChannels },
	};
}
