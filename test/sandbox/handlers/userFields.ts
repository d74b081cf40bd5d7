/* eslint-disable */
import type { Handler } from '../server';

/** Custom sandbox handlers for the UserFields routes (route id -> handler); routes not listed use the generic REST model. */
export const userFieldsHandlers: Record<string, Handler> = {};
