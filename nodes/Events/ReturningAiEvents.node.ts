import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { incomingWebhook } from './resources/incomingWebhook';

export const eventsResources = [incomingWebhook];

export class ReturningAiEvents implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Events',
		name: 'returningAiEvents',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(eventsResources),
		description: "Send actions into a Returning.AI community through its incoming webhooks (plain or AES-encrypted)",
		defaults: { name: 'Returning.AI Events' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(eventsResources),
	};
}
