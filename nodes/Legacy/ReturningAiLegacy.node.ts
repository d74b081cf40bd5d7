import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, nodeVersion, resourceSubtitle } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperation';
import { CREDENTIALS, REQUEST_DEFAULTS } from '../shared/description';
import type { NodeVersions } from '../shared/types';
import { apiKey } from './resources/apiKeys';
import { badge } from './resources/badges';
import { bulkImport } from './resources/bulkImport';
import { channel } from './resources/channels';
import { role } from './resources/roles';
import { server } from './resources/servers';
import { user } from './resources/users';

/**
 * The deprecated Legacy API (root routes with x-api-key, `{meta, body}` envelope). The three Legacy
 * messaging pages duplicate the current Messaging calls and are not exposed here (docs/legacy.md).
 */
export const legacyResources = [server, badge, role, channel, apiKey, bulkImport, user];

/** Version 1.1 opens on Server › Get Many (version 1 on a write operation); saved version 1 workflows keep version 1. */
export const legacyVersions: NodeVersions = { versions: [1, 1.1], defaults: [{ since: 1.1, resource: 'server', operation: 'getAll' }] };

export class ReturningAiLegacy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Returning.AI Legacy',
		name: 'returningAiLegacy',
		icon: { light: 'file:../../icons/returningAi.svg', dark: 'file:../../icons/returningAi.dark.svg' },
		group: ['transform'],
		...nodeVersion(legacyVersions),
		subtitle: resourceSubtitle(legacyResources),
		description:
			'Deprecated: the Returning.AI Legacy API (servers, badges, roles, channels, API keys), kept for compatibility. Prefer the current Returning.AI nodes.',
		defaults: { name: 'Returning.AI Legacy' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		requestDefaults: REQUEST_DEFAULTS,
		properties: buildProperties(legacyResources, legacyVersions),
	};

	/** Operations whose one call covers all input items run without RoutingNode (nodes/shared/customOperation.ts). */
	customOperations = buildCustomOperations(legacyResources);
}
