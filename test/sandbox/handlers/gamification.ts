/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Gamification routes (route id -> handler); routes not listed use the generic REST model. */
export const gamificationHandlers: Record<string, Handler> = {};
