import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { communityIdPath } from '../../shared/fields';
import type { FieldSpec, ResourceSpec } from '../../shared/types';

/** The management routes spell the placeholder `{communityID}`. */
const communityId = (): FieldSpec => ({ ...communityIdPath(), wire: 'communityID' });

const PALETTE_EXAMPLE = '{"accent": "#3EA1FD", "background": "#000000", "text": "#FFFFFF"}';

const palette = (name: 'light' | 'dark', label: string): FieldSpec => ({
	name,
	label,
	type: 'json',
	in: 'body',
	group: 'updateFields',
	default: '{}',
	placeholder: PALETTE_EXAMPLE,
	description: `Colours of the ${name} theme as a JSON object, e.g. ${PALETTE_EXAMPLE}`,
	validate: (v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? undefined
			: `The field '${label}' must be a JSON object of colours, e.g. ${PALETTE_EXAMPLE}`,
});

/** Every appearance call is a partial update: refuse to send an empty one. */
function requireChange(what: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		if (!Object.keys(body).length) {
			throw new NodeOperationError(this.getNode(), `Nothing to update: add at least one of ${what} under Update Fields`, {
				itemIndex: this.getItemIndex(),
			});
		}
		return requestOptions;
	};
}

export const appearance: ResourceSpec = {
	value: 'appearance',
	name: 'Appearance',
	description: "The community's name, URL, theme, link preview and bot",
	operations: [
		{
			value: 'updateBotProfile',
			name: 'Update Bot Profile',
			action: 'Update the bot profile',
			description: "Change the community bot's display name and avatar; the community comes from the API key",
			route: 'appearance.updateBotProfile',
			fields: [
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', placeholder: 'e.g. Returning AI Bot', description: 'Display name of the bot' },
				{ name: 'avatar', label: 'Avatar URL', type: 'string', in: 'body', group: 'updateFields', placeholder: 'e.g. https://example.com/bot-avatar.png', description: 'Image URL of the bot avatar' },
				{ name: 'removeAvatar', label: 'Remove Avatar', type: 'boolean', in: 'none', group: 'updateFields', description: 'Whether to remove the avatar (sends an empty avatar); overrides Avatar URL' },
			],
			preSend: async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
				const updates = this.getNodeParameter('updateFields', {}) as IDataObject;
				const body = (requestOptions.body ?? {}) as IDataObject;
				if (updates.removeAvatar === true) body.avatar = null;
				requestOptions.body = body;
				return await requireChange("'Name', 'Avatar URL' or 'Remove Avatar'").call(this, requestOptions);
			},
		},
		{
			value: 'updateNameAndUrl',
			name: 'Update Name and URL',
			action: 'Update the community name and URL',
			description: "Change the community's display name, URL slug or custom domain; only the fields set are changed",
			route: 'appearance.updateNameAndUrl',
			notFoundLabel: 'community',
			fields: [
				communityId(),
				{ name: 'name', label: 'Name', type: 'string', in: 'body', group: 'updateFields', placeholder: 'e.g. Returning AI Community', description: 'Community display name' },
				{ name: 'uri', label: 'URL Slug', type: 'string', in: 'body', group: 'updateFields', placeholder: 'e.g. returning-ai-community', description: 'The community URI slug; must not be taken by another community' },
				{ name: 'domain', label: 'Custom Domain', type: 'string', in: 'body', group: 'updateFields', placeholder: 'e.g. community.example.com', description: 'Custom domain of the community; must not be taken by another community' },
			],
			preSend: requireChange("'Name', 'URL Slug' or 'Custom Domain'"),
		},
		{
			value: 'updateThemeColors',
			name: 'Update Theme Colors',
			action: 'Update the theme colors',
			description: "Change the community's light and/or dark colour palette",
			route: 'appearance.updateThemeColors',
			notFoundLabel: 'community',
			fields: [communityId(), palette('light', 'Light Theme (JSON)'), palette('dark', 'Dark Theme (JSON)')],
			preSend: requireChange("'Light Theme (JSON)' or 'Dark Theme (JSON)'"),
		},
		{
			value: 'updateUrlMetadata',
			name: 'Update URL Metadata',
			action: 'Update the URL metadata',
			description: 'Change the link preview (title, description, image), member-list visibility and guest mode',
			route: 'appearance.updateUrlMetadata',
			notFoundLabel: 'community',
			fields: [
				communityId(),
				{ name: 'previewEnabled', label: 'Link Preview Enabled', type: 'boolean', in: 'body', wire: 'preview.isEnabled', group: 'updateFields', default: true, description: 'Whether links to the community show a preview' },
				{ name: 'previewTitle', label: 'Preview Title', type: 'string', in: 'body', wire: 'preview.title', group: 'updateFields', placeholder: 'e.g. Returning AI Community', description: 'Title shown in the preview of links to the community' },
				{ name: 'previewDescription', label: 'Preview Description', type: 'string', in: 'body', wire: 'preview.description', group: 'updateFields', typeOptions: { rows: 2 }, placeholder: 'e.g. Join our community and explore AI-powered trading tools.', description: 'Text shown under the title in the preview of links to the community' },
				{ name: 'previewImage', label: 'Preview Image URL', type: 'string', in: 'body', wire: 'preview.image', group: 'updateFields', placeholder: 'e.g. https://example.com/preview-image.png', description: 'Public URL of the image shown in the preview of links to the community' },
				{ name: 'membersListVisible', label: 'Members List Visible', type: 'boolean', in: 'body', group: 'updateFields', default: true, description: 'Whether the member list is visible' },
				{ name: 'guestModeEnabled', label: 'Guest Mode Enabled', type: 'boolean', in: 'body', group: 'updateFields', description: 'Whether guests may browse without joining' },
			],
			preSend: requireChange('the fields'),
		},
	],
};
