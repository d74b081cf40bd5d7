/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the ChartAnalysis routes (route id -> handler); routes not listed use the generic REST model. */
export const chartAnalysisHandlers: Record<string, Handler> = {};
