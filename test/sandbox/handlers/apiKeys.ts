/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the ApiKeys routes (route id -> handler); routes not listed use the generic REST model. */
export const apiKeysHandlers: Record<string, Handler> = {};
