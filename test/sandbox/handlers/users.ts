/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the Users routes (route id -> handler); routes not listed use the generic REST model. */
export const usersHandlers: Record<string, Handler> = {};
