import { langOption, partnerListOptions } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/types';

const json = (name: string, label: string, description: string) =>
	({
		name, label: `${label} (JSON)`, type: 'json', in: 'body', group: 'updateFields', description,
		validate: (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : `The field '${label} (JSON)' must be a JSON object`),
	}) as const;

export const storeConfiguration: ResourceSpec = {
	value: 'storeConfiguration',
	name: 'Store Configuration',
	description: "The community store's settings",
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the store configuration',
			description: "Get the community store's configuration",
			route: 'storeConfig.get',
			fields: [partnerListOptions({ sort: '', fields: 'title,isEnabled', filter: '' })[1], langOption()],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the store configuration',
			description: "Update the community store's configuration; only the fields set are changed",
			route: 'storeConfig.update',
			fields: [
				{ name: 'isEnabled', label: 'Enabled', type: 'boolean', in: 'body', group: 'updateFields', description: 'Whether the store is enabled (a Title is required when enabling it)' },
				{ name: 'title', label: 'Title', type: 'string', in: 'body', group: 'updateFields', description: 'Store title (max 32 characters)',
					validate: (v) => (String(v).length > 32 ? `The field 'Title' is ${String(v).length} characters long; the maximum is 32` : undefined) },
				{ name: 'description', label: 'Description', type: 'string', in: 'body', group: 'updateFields', typeOptions: { rows: 3 }, description: 'Store description (HTML allowed)' },
				json('cover', 'Cover', 'Cover settings as a JSON object; the newer reference lists the keys isEnabled, light and dark'),
				json('currency', 'Currency', 'How the currency is shown, as a JSON object, e.g. {"isEnabled": true, "name": "Coins"}'),
				json('widget', 'Widget', 'Store widget settings as a JSON object; the newer reference lists isEnabled, allowedDomains, accessMode, testUsers, testRoles, size, appearance, callToAction and userIdentifierFields. Never include widgetID or _id.'),
			],
		},
	],
};
