/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the CommunityAnalytics routes (route id -> handler); routes not listed use the generic REST model. */
export const analyticsHandlers: Record<string, Handler> = {};
