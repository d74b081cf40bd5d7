/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Channels routes (route id -> handler); routes not listed use the generic REST model. */
export const channelsHandlers: Record<string, Handler> = {};
