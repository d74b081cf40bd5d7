/* eslint-disable */
// Custom sandbox handlers by route id, for routes the generic REST model cannot simulate
// (actions, uploads, jobs, webhooks). One file per category; each exports a map of handlers.
import type { Handler } from '../server';
import { storeHandlers } from './store';
import { usersHandlers } from './users';
import { authHandlers } from './auth';
import { messagingHandlers } from './messaging';
import { channelsHandlers } from './channels';
import { communityHandlers } from './community';
import { analyticsHandlers } from './analytics';
import { apiKeysHandlers } from './apiKeys';
import { userFieldsHandlers } from './userFields';
import { gamificationHandlers } from './gamification';
import { rewardsHandlers } from './rewards';
import { chartAnalysisHandlers } from './chartAnalysis';
import { bulkHandlers } from './bulk';
import { legacyHandlers } from './legacy';
import { eventsHandlers } from './events';

export const handlers: Record<string, Handler> = {
	...storeHandlers,
	...usersHandlers,
	...authHandlers,
	...messagingHandlers,
	...channelsHandlers,
	...communityHandlers,
	...analyticsHandlers,
	...apiKeysHandlers,
	...userFieldsHandlers,
	...gamificationHandlers,
	...rewardsHandlers,
	...chartAnalysisHandlers,
	...bulkHandlers,
	...legacyHandlers,
	...eventsHandlers,
};
