/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Bulk routes (route id -> handler); routes not listed use the generic REST model. */
export const bulkHandlers: Record<string, Handler> = {};
