import { NodeOperationError } from 'n8n-workflow';

import type { FieldSpec, ResourceSpec } from '../../shared/types';
import { emptyAsSuccess } from './common';

const seo = (group: 'additionalFields' | 'updateFields'): FieldSpec[] => [
	{ name: 'seoTitle', label: 'SEO Title', type: 'string', in: 'body', wire: 'url_meta.title', group, placeholder: 'e.g. My Community', description: 'Title search engines and link previews show for the server' },
	{ name: 'seoDescription', label: 'SEO Description', type: 'string', in: 'body', wire: 'url_meta.description', group, typeOptions: { rows: 2 }, description: 'Description search engines and link previews show for the server' },
	{ name: 'seoImageLogo', label: 'SEO Logo Image URL', type: 'string', in: 'body', wire: 'url_meta.imageLogo', group, placeholder: 'e.g. https://example.com/logo.webp', description: 'Public URL of the logo image search engines and link previews show' },
];

export const server: ResourceSpec = {
	value: 'server',
	name: 'Server',
	description: 'Servers (communities) owned by the API key',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a server',
			description: 'Create a server (community) for the API key',
			route: 'legacyServers.create',
			deprecated: true,
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. My Community', description: 'Name of the server' },
				...seo('additionalFields'),
			],
			postProcess: emptyAsSuccess,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many servers',
			description: 'List the servers owned by the API key',
			route: 'legacyServers.getMany',
			deprecated: true,
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'updateMetadata',
			name: 'Update Metadata',
			action: 'Update the server metadata',
			description: "Update the server's name and SEO metadata; the current equivalent is Community > Appearance",
			route: 'legacyServers.updateMetadata',
			deprecated: true,
			fields: [{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', description: 'Display name of the server' }, ...seo('updateFields')],
			preSend: async function (requestOptions) {
				if (!Object.keys((requestOptions.body ?? {}) as object).length) {
					throw new NodeOperationError(this.getNode(), 'Nothing to update: add at least one field under Update Fields', { itemIndex: this.getItemIndex() });
				}
				return requestOptions;
			},
			postProcess: emptyAsSuccess,
		},
	],
};
