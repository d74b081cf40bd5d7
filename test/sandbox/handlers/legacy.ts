/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Legacy routes (route id -> handler); routes not listed use the generic REST model. */
export const legacyHandlers: Record<string, Handler> = {};
