/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Events routes (route id -> handler); routes not listed use the generic REST model. */
export const eventsHandlers: Record<string, Handler> = {};
