import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { analysis } from './resources/analysis';

export const chartAnalysisResources = [analysis];

export class ReturningAiChartAnalysis implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Chart Analysis',
		name: 'returningAiChartAnalysis',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Publish and manage Returning.AI trading chart analyses: texts, levels and drawings',
		defaults: { name: 'Returning.AI Chart Analysis' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'returningAiApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json' },
		},
		properties: buildProperties(chartAnalysisResources),
	};
}
