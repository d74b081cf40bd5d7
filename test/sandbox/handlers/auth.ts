/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Authentication routes (route id -> handler); routes not listed use the generic REST model. */
export const authHandlers: Record<string, Handler> = {};
