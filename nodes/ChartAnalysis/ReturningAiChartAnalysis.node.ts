import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { analysis } from './resources/analysis';

export const chartAnalysisResources = [analysis];

/** Version 1.1 opens on Analysis › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const chartAnalysisVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'analysis', operation: 'getAll' }] };

export class ReturningAiChartAnalysis implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Chart Analysis',
		name: 'returningAiChartAnalysis',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(chartAnalysisVersions),
		subtitle: resourceSubtitle(chartAnalysisResources),
		description: 'Publish and manage Returning.AI trading chart analyses: texts, levels and drawings',
		defaults: { name: 'Returning.AI Chart Analysis' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(chartAnalysisResources, chartAnalysisVersions),
		hints: [
			{
				// The ordering rule is not documented; the reference example has support < pivot < resistance (chart-analysis.md §4).
				message: "The levels are not in the usual order (Support < Pivot < Resistance): the API may reject them as breaking its ordering rules",
				type: 'warning',
				location: 'ndv',
				whenToDisplay: 'beforeExecution',
				displayCondition: `={{ (() => { const l = $parameter["operation"] === "create" ? $parameter["levels"] : ($parameter["updateFields"] || {}).levels; if (!l || !l.pivot || !l.resistance || !l.support) return false; return !(l.support.price < l.pivot.price && l.pivot.price < l.resistance.price); })() }}`,
			},
		],
	};
}
