import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import { channel } from './resources/channel';

export const channelsResources = [channel];

export class ReturningAiChannels implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Channels',
		name: 'returningAiChannels',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(channelsResources),
		description: 'List the Returning.AI community channels an API key can post to',
		defaults: { name: 'Returning.AI Channels' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(channelsResources),
	};
}
