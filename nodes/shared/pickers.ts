import { listSearch } from './listSearch';
import type { FieldSpec } from './types';

/**
 * Resource-locator pickers several nodes share. A node lists the ones it uses in
 * `methods.listSearch` (e.g. `listSearch: { searchChannels }`) and points a field at it
 * with `picker: 'searchChannels'` (or uses the field builders below).
 */

/** Channels the API key can post to (GET /v1/channels: `{_id, topic}`; no paging, filtered on the list received). */
export const searchChannels = listSearch({ route: 'channels.getMany', style: 'none', nameKey: 'topic', idKey: '_id' });

/** A channel ID field with the channel picker. Channel IDs are not 24-hex ObjectIds (the reference shows shorter IDs). */
export function channelIdField(extra: Partial<FieldSpec> = {}): FieldSpec {
	return {
		name: 'channelId',
		label: 'Channel',
		type: 'string',
		in: 'body',
		required: true,
		picker: 'searchChannels',
		placeholder: 'e.g. 663347f4361726479c6',
		description: 'The channel, from the list of channels the API key can post to, or by its ID as Channels > Get Many returns it',
		...extra,
	};
}
