// The path table: every Returning.AI operation's method and path, in exactly one place.
// Generated once by scripts/gen-routes.ts from the reference, then maintained by hand:
// to correct a path, change its line here. status: documented | inferred | guessed (see README).
import type { Route } from './types';

export type RouteId =
	| 'auth.register'
	| 'auth.verifyEmail'
	| 'auth.login'
	| 'auth.secureAuth'
	| 'users.get'
	| 'users.getManyFiltered'
	| 'users.create'
	| 'users.getData'
	| 'users.manage'
	| 'miniGames.getManyLogs'
	| 'miniGames.getCurrentStats'
	| 'messages.getMany'
	| 'messages.send'
	| 'messages.reply'
	| 'messages.react'
	| 'messages.uploadImages'
	| 'leaderboards.getMany'
	| 'leaderboards.create'
	| 'leaderboards.get'
	| 'leaderboards.update'
	| 'leaderboards.delete'
	| 'streaks.getManyLogs'
	| 'streaks.updateSpinWheel'
	| 'streaks.updateDefinition'
	| 'tiers.getSettings'
	| 'userActivity.getDailyHistory'
	| 'userActivity.getManyLogs'
	| 'userActivity.getStats'
	| 'redemptionOrders.updateStatus'
	| 'redemptionOrders.getManyByEmail'
	| 'redemptionStatuses.getMany'
	| 'redemptionStatuses.get'
	| 'redemptionOrders.getMany'
	| 'redemptionStatuses.create'
	| 'redemptionOrders.getStatusHistory'
	| 'analysis.create'
	| 'analysis.get'
	| 'analysis.update'
	| 'analysis.delete'
	| 'analysis.getMany'
	| 'analysis.appendDrawings'
	| 'bulkUpdates.getMany'
	| 'bulkUpdates.getStatus'
	| 'bulkUpdates.get'
	| 'bulkUpdates.updateUsersFromCsv'
	| 'bulkUpdates.updatePremiumCurrencyFromCsv'
	| 'channels.getMany'
	| 'incomingWebhooks.sendMessage'
	| 'incomingWebhooks.updateCustomFields'
	| 'incomingWebhooks.updateCurrency'
	| 'analytics.getLoyaltyOverview'
	| 'purchaseHistories.update'
	| 'categories.getMany'
	| 'categories.create'
	| 'categories.update'
	| 'categories.delete'
	| 'categories.get'
	| 'products.getMany'
	| 'products.create'
	| 'products.update'
	| 'products.delete'
	| 'products.bulkCreate'
	| 'products.bulkUpdate'
	| 'products.get'
	| 'storeConfig.get'
	| 'storeConfig.update'
	| 'appearance.updateThemeColors'
	| 'appearance.updateBotProfile'
	| 'appearance.updateUrlMetadata'
	| 'appearance.updateNameAndUrl'
	| 'communityUsers.getMany'
	| 'communityUsers.get'
	| 'community.create'
	| 'communityApiKeys.create'
	| 'communityApiKeys.getMany'
	| 'communityApiKeys.delete'
	| 'communityApiKeys.update'
	| 'userApiKeys.getMany'
	| 'userApiKeys.create'
	| 'userApiKeys.update'
	| 'userApiKeys.delete'
	| 'userApiKeys.getCurrent'
	| 'userFieldHistories.getManyInCommunity'
	| 'userFieldHistories.getManyForField'
	| 'userFieldHistories.getManyForUser'
	| 'userFieldHistories.getManyForFieldAndUser'
	| 'userFieldHistories.createForUser'
	| 'userFieldHistories.create'
	| 'userFieldHistories.getMany'
	| 'userFields.getCustom'
	| 'userFields.updateCustom'
	| 'userFields.create'
	| 'userFields.deleteCustom'
	| 'userFields.getMany'
	| 'userFields.delete'
	| 'userFields.update'
	| 'userFields.get'
	| 'legacyServers.create'
	| 'legacyServers.getMany'
	| 'legacyServers.updateMetadata'
	| 'legacyBulk.importUsersFromCsv'
	| 'legacyBadges.getMany'
	| 'legacyBadges.create'
	| 'legacyBadges.update'
	| 'legacyBadges.delete'
	| 'legacyBadges.removeFromUser'
	| 'legacyBadges.awardToUser'
	| 'legacyMessages.reply'
	| 'legacyMessages.send'
	| 'legacyMessages.react'
	| 'legacyRoles.getMany'
	| 'legacyRoles.create'
	| 'legacyRoles.update'
	| 'legacyRoles.delete'
	| 'legacyRoles.getManyForUser'
	| 'legacyRoles.addToUser'
	| 'legacyRoles.removeFromUser'
	| 'legacyUsers.uploadAvatar'
	| 'legacyChannels.create'
	| 'legacyChannels.update'
	| 'legacyChannels.delete'
	| 'legacyApiKeys.getMany'
	| 'legacyApiKeys.create'
	| 'legacyApiKeys.delete'
	| 'legacyApiKeys.update';

export const ROUTES: Record<RouteId, Route> = {
	'auth.register': { method: 'POST', path: '/v1/auth/register', status: 'guessed', auth: 'bearer' },
	'auth.verifyEmail': { method: 'POST', path: '/v1/auth/verify-email', status: 'guessed', auth: 'bearer' },
	'auth.login': { method: 'POST', path: '/v1/auth/login', status: 'guessed', auth: 'bearer' },
	'auth.secureAuth': { method: 'GET', path: '/api/secureAuth', status: 'documented', auth: 'secure-auth', host: 'https://{communityDomain}' },
	'users.get': { method: 'GET', path: '/v1/users/{userId}', status: 'documented', auth: 'bearer' },
	'users.getManyFiltered': { method: 'POST', path: '/v1/users/filter', status: 'guessed', auth: 'bearer' },
	'users.create': { method: 'POST', path: '/v1/users', status: 'documented', auth: 'bearer' },
	'users.getData': { method: 'POST', path: '/v1/users/info', status: 'documented', auth: 'bearer' },
	'users.manage': { method: 'POST', path: '/v1/users/manage', status: 'documented', auth: 'bearer' },
	'miniGames.getManyLogs': { method: 'POST', path: '/v1/mini-games/logs', status: 'guessed', auth: 'bearer' },
	'miniGames.getCurrentStats': { method: 'POST', path: '/v1/mini-games/stats', status: 'guessed', auth: 'bearer' },
	'messages.getMany': { method: 'GET', path: '/v1/messages', status: 'documented', auth: 'bearer' },
	'messages.send': { method: 'POST', path: '/v1/messages/send', status: 'documented', auth: 'bearer' },
	'messages.reply': { method: 'POST', path: '/v1/messages/reply', status: 'inferred', auth: 'bearer' },
	'messages.react': { method: 'POST', path: '/v1/messages/react', status: 'inferred', auth: 'bearer' },
	'messages.uploadImages': { method: 'POST', path: '/v1/messages/upload-image', status: 'documented', auth: 'bearer' },
	'leaderboards.getMany': { method: 'GET', path: '/v1/leaderboards', status: 'documented', auth: 'bearer' },
	'leaderboards.create': { method: 'POST', path: '/v1/leaderboards', status: 'documented', auth: 'bearer' },
	'leaderboards.get': { method: 'GET', path: '/v1/leaderboards/{leaderboardID}', status: 'documented', auth: 'bearer' },
	'leaderboards.update': { method: 'PATCH', path: '/v1/leaderboards/{leaderboardID}', status: 'documented', auth: 'bearer' },
	'leaderboards.delete': { method: 'DELETE', path: '/v1/leaderboards/{leaderboardID}', status: 'inferred', auth: 'bearer' },
	'streaks.getManyLogs': { method: 'GET', path: '/v1/streaks/logs', status: 'guessed', auth: 'bearer' },
	'streaks.updateSpinWheel': { method: 'PUT', path: '/v1/mini-games/spin-wheel', status: 'guessed', auth: 'bearer' },
	'streaks.updateDefinition': { method: 'PUT', path: '/v1/streaks', status: 'inferred', auth: 'bearer' },
	'tiers.getSettings': { method: 'GET', path: '/v1/tiers', status: 'guessed', auth: 'bearer' },
	'userActivity.getDailyHistory': { method: 'POST', path: '/v1/users/activity/daily', status: 'documented', auth: 'bearer' },
	'userActivity.getManyLogs': { method: 'POST', path: '/v1/users/activity/logs', status: 'guessed', auth: 'bearer' },
	'userActivity.getStats': { method: 'POST', path: '/v1/users/activity/stats', status: 'documented', auth: 'bearer' },
	'redemptionOrders.updateStatus': { method: 'PUT', path: '/v1/redemption-transactions/status', status: 'documented', auth: 'bearer' },
	'redemptionOrders.getManyByEmail': { method: 'POST', path: '/v1/redemption-transactions/user', status: 'guessed', auth: 'bearer' },
	'redemptionStatuses.getMany': { method: 'GET', path: '/v1/redemption-statuses', status: 'guessed', auth: 'bearer' },
	'redemptionStatuses.get': { method: 'GET', path: '/v1/redemption-statuses/{statusId}', status: 'guessed', auth: 'bearer' },
	'redemptionOrders.getMany': { method: 'GET', path: '/v1/redemption-transactions', status: 'guessed', auth: 'bearer' },
	'redemptionStatuses.create': { method: 'POST', path: '/v1/redemption-statuses', status: 'guessed', auth: 'bearer' },
	'redemptionOrders.getStatusHistory': { method: 'GET', path: '/v1/redemption-transactions/{transactionId}/status-history', status: 'guessed', auth: 'bearer' },
	'analysis.create': { method: 'POST', path: '/v1/analysis/{communityId}/channels/{channelId}', status: 'documented', auth: 'bearer' },
	'analysis.get': { method: 'GET', path: '/v1/analysis/{analysisId}', status: 'inferred', auth: 'bearer' },
	'analysis.update': { method: 'PATCH', path: '/v1/analysis/{analysisId}', status: 'documented', auth: 'bearer' },
	'analysis.delete': { method: 'DELETE', path: '/v1/analysis/{analysisId}', status: 'inferred', auth: 'bearer' },
	'analysis.getMany': { method: 'GET', path: '/v1/analysis/{communityId}/channels/{channelId}', status: 'inferred', auth: 'bearer' },
	'analysis.appendDrawings': { method: 'POST', path: '/v1/analysis/{analysisId}/drawings', status: 'guessed', auth: 'bearer' },
	'bulkUpdates.getMany': { method: 'GET', path: '/v1/users/bulk-update', status: 'inferred', auth: 'bearer' },
	'bulkUpdates.getStatus': { method: 'GET', path: '/v1/users/bulk-update/{jobId}/status', status: 'guessed', auth: 'bearer' },
	'bulkUpdates.get': { method: 'GET', path: '/v1/users/bulk-update/{jobId}', status: 'inferred', auth: 'bearer' },
	'bulkUpdates.updateUsersFromCsv': { method: 'POST', path: '/v1/users/bulk-update', status: 'documented', auth: 'bearer' },
	'bulkUpdates.updatePremiumCurrencyFromCsv': { method: 'POST', path: '/v1/users/bulk-update/premium-currency', status: 'guessed', auth: 'bearer' },
	'channels.getMany': { method: 'GET', path: '/v1/channels', status: 'inferred', auth: 'bearer' },
	'incomingWebhooks.sendMessage': { method: 'POST', path: '/v1/incoming-webhooks/{webhookId}', status: 'guessed', auth: 'incoming-webhook' },
	'incomingWebhooks.updateCustomFields': { method: 'POST', path: '/v1/incoming-webhooks/{webhookId}', status: 'guessed', auth: 'incoming-webhook' },
	'incomingWebhooks.updateCurrency': { method: 'POST', path: '/v1/incoming-webhooks/{webhookId}', status: 'guessed', auth: 'incoming-webhook' },
	'analytics.getLoyaltyOverview': { method: 'GET', path: '/v1/analytics/loyalty-overview', status: 'guessed', auth: 'bearer' },
	'purchaseHistories.update': { method: 'PATCH', path: '/v1/purchase-histories/{purchaseHistoryID}', status: 'documented', auth: 'bearer' },
	'categories.getMany': { method: 'GET', path: '/v1/categories', status: 'documented', auth: 'bearer' },
	'categories.create': { method: 'POST', path: '/v1/categories', status: 'documented', auth: 'bearer' },
	'categories.update': { method: 'PUT', path: '/v1/categories/{categoryID}', status: 'documented', auth: 'bearer' },
	'categories.delete': { method: 'DELETE', path: '/v1/categories/{categoryID}', status: 'inferred', auth: 'bearer' },
	'categories.get': { method: 'GET', path: '/v1/categories/{categoryID}', status: 'documented', auth: 'bearer' },
	'products.getMany': { method: 'GET', path: '/v1/products', status: 'documented', auth: 'bearer' },
	'products.create': { method: 'POST', path: '/v1/products', status: 'documented', auth: 'bearer' },
	'products.update': { method: 'PUT', path: '/v1/products/{productID}', status: 'documented', auth: 'bearer' },
	'products.delete': { method: 'DELETE', path: '/v1/products/{productID}', status: 'documented', auth: 'bearer' },
	'products.bulkCreate': { method: 'POST', path: '/v1/products/bulk', status: 'documented', auth: 'bearer' },
	'products.bulkUpdate': { method: 'PUT', path: '/v1/products/bulk', status: 'documented', auth: 'bearer' },
	'products.get': { method: 'GET', path: '/v1/products/{productID}', status: 'documented', auth: 'bearer' },
	'storeConfig.get': { method: 'GET', path: '/v1/stores', status: 'documented', auth: 'bearer' },
	'storeConfig.update': { method: 'PUT', path: '/v1/stores', status: 'documented', auth: 'bearer' },
	'appearance.updateThemeColors': { method: 'PUT', path: '/v1/management/communities/{communityID}/appearance', status: 'guessed', auth: 'bearer' },
	'appearance.updateBotProfile': { method: 'PUT', path: '/v1/community-bot', status: 'documented', auth: 'bearer' },
	'appearance.updateUrlMetadata': { method: 'PUT', path: '/v1/management/communities/{communityID}/meta', status: 'guessed', auth: 'bearer' },
	'appearance.updateNameAndUrl': { method: 'PUT', path: '/v1/management/communities/{communityID}', status: 'documented', auth: 'bearer' },
	'communityUsers.getMany': { method: 'GET', path: '/v1/communities/{communityId}/users', status: 'guessed', auth: 'bearer' },
	'communityUsers.get': { method: 'GET', path: '/v1/communities/{communityId}/users/{userId}', status: 'guessed', auth: 'bearer' },
	'community.create': { method: 'POST', path: '/v1/management/communities', status: 'inferred', auth: 'bearer' },
	'communityApiKeys.create': { method: 'POST', path: '/v1/communities/{communityId}/api-keys', status: 'inferred', auth: 'bearer' },
	'communityApiKeys.getMany': { method: 'GET', path: '/v1/communities/{communityId}/api-keys', status: 'inferred', auth: 'bearer' },
	'communityApiKeys.delete': { method: 'DELETE', path: '/v1/communities/{communityId}/api-keys/{apiKeyId}', status: 'documented', auth: 'bearer' },
	'communityApiKeys.update': { method: 'PUT', path: '/v1/communities/{communityId}/api-keys/{apiKeyId}', status: 'inferred', auth: 'bearer' },
	'userApiKeys.getMany': { method: 'GET', path: '/v1/users/{userId}/api-keys', status: 'inferred', auth: 'bearer' },
	'userApiKeys.create': { method: 'POST', path: '/v1/users/apikeys', status: 'documented', auth: 'bearer' },
	'userApiKeys.update': { method: 'PUT', path: '/v1/users/{userId}/api-keys/{apiKeyId}', status: 'documented', auth: 'bearer' },
	'userApiKeys.delete': { method: 'DELETE', path: '/v1/users/{userId}/api-keys/{apiKeyId}', status: 'inferred', auth: 'bearer' },
	'userApiKeys.getCurrent': { method: 'GET', path: '/v1/users/apikeys/info', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.getManyInCommunity': { method: 'GET', path: '/v1/communities/{communityId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.getManyForField': { method: 'GET', path: '/v1/communities/{communityId}/user-fields/{fieldId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.getManyForUser': { method: 'GET', path: '/v1/communities/{communityId}/users/{userId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.getManyForFieldAndUser': { method: 'GET', path: '/v1/communities/{communityId}/users/{userId}/user-fields/{fieldId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.createForUser': { method: 'POST', path: '/v1/communities/{communityId}/users/{userId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.create': { method: 'POST', path: '/v1/communities/{communityId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFieldHistories.getMany': { method: 'GET', path: '/v1/communities/{communityId}/user-field-histories', status: 'guessed', auth: 'bearer' },
	'userFields.getCustom': { method: 'GET', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'inferred', auth: 'bearer' },
	'userFields.updateCustom': { method: 'PUT', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'documented', auth: 'bearer' },
	'userFields.create': { method: 'POST', path: '/v1/communities/{communityId}/user-fields', status: 'documented', auth: 'bearer' },
	'userFields.deleteCustom': { method: 'DELETE', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'inferred', auth: 'bearer' },
	'userFields.getMany': { method: 'GET', path: '/v1/communities/{communityId}/user-fields', status: 'inferred', auth: 'bearer' },
	'userFields.delete': { method: 'DELETE', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'inferred', auth: 'bearer' },
	'userFields.update': { method: 'PUT', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'documented', auth: 'bearer' },
	'userFields.get': { method: 'GET', path: '/v1/communities/{communityId}/user-fields/{fieldId}', status: 'inferred', auth: 'bearer' },
	'legacyServers.create': { method: 'POST', path: '/servers', status: 'inferred', auth: 'x-api-key' },
	'legacyServers.getMany': { method: 'GET', path: '/servers', status: 'inferred', auth: 'x-api-key' },
	'legacyServers.updateMetadata': { method: 'PUT', path: '/servers', status: 'documented', auth: 'x-api-key' },
	'legacyBulk.importUsersFromCsv': { method: 'POST', path: '/v1/users/bulk-import', status: 'documented', auth: 'bearer' },
	'legacyBadges.getMany': { method: 'GET', path: '/badges', status: 'inferred', auth: 'x-api-key' },
	'legacyBadges.create': { method: 'POST', path: '/badges', status: 'documented', auth: 'x-api-key' },
	'legacyBadges.update': { method: 'PUT', path: '/badges/{badgeId}', status: 'documented', auth: 'x-api-key' },
	'legacyBadges.delete': { method: 'DELETE', path: '/badges/{badgeId}', status: 'inferred', auth: 'x-api-key' },
	'legacyBadges.removeFromUser': { method: 'POST', path: '/badges/{badgeId}/remove', status: 'documented', auth: 'x-api-key' },
	'legacyBadges.awardToUser': { method: 'POST', path: '/badges/{badgeId}/award', status: 'documented', auth: 'x-api-key' },
	'legacyMessages.reply': { method: 'POST', path: '/v1/messages/reply', status: 'inferred', auth: 'bearer' },
	'legacyMessages.send': { method: 'POST', path: '/v1/messages/send', status: 'documented', auth: 'bearer' },
	'legacyMessages.react': { method: 'POST', path: '/v1/messages/react', status: 'inferred', auth: 'bearer' },
	'legacyRoles.getMany': { method: 'GET', path: '/roles', status: 'inferred', auth: 'x-api-key' },
	'legacyRoles.create': { method: 'POST', path: '/roles', status: 'documented', auth: 'x-api-key' },
	'legacyRoles.update': { method: 'PUT', path: '/roles/{roleId}', status: 'documented', auth: 'x-api-key' },
	'legacyRoles.delete': { method: 'DELETE', path: '/roles/{roleId}', status: 'inferred', auth: 'x-api-key' },
	'legacyRoles.getManyForUser': { method: 'GET', path: '/roles/{userId}', status: 'documented', auth: 'x-api-key' },
	'legacyRoles.addToUser': { method: 'POST', path: '/roles/{roleId}/add', status: 'guessed', auth: 'x-api-key' },
	'legacyRoles.removeFromUser': { method: 'POST', path: '/roles/{roleId}/remove', status: 'guessed', auth: 'x-api-key' },
	'legacyUsers.uploadAvatar': { method: 'POST', path: '/v1/users/avatar', status: 'guessed', auth: 'bearer' },
	'legacyChannels.create': { method: 'POST', path: '/channels', status: 'documented', auth: 'x-api-key' },
	'legacyChannels.update': { method: 'PUT', path: '/channels/{channelId}', status: 'documented', auth: 'x-api-key' },
	'legacyChannels.delete': { method: 'DELETE', path: '/channels/{channelId}', status: 'inferred', auth: 'x-api-key' },
	'legacyApiKeys.getMany': { method: 'GET', path: '/api-keys', status: 'guessed', auth: 'x-api-key' },
	'legacyApiKeys.create': { method: 'POST', path: '/api-keys', status: 'guessed', auth: 'x-api-key' },
	'legacyApiKeys.delete': { method: 'DELETE', path: '/api-keys/{apiKeyId}', status: 'guessed', auth: 'x-api-key' },
	'legacyApiKeys.update': { method: 'PUT', path: '/api-keys/{apiKeyId}', status: 'guessed', auth: 'x-api-key' },
};
