/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Rewards routes (route id -> handler); routes not listed use the generic REST model. */
export const rewardsHandlers: Record<string, Handler> = {};
