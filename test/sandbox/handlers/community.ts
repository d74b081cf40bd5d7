/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Community routes (route id -> handler); routes not listed use the generic REST model. */
export const communityHandlers: Record<string, Handler> = {};
