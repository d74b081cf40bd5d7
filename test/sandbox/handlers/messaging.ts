/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Messaging routes (route id -> handler); routes not listed use the generic REST model. */
export const messagingHandlers: Record<string, Handler> = {};
