import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { FieldGroup, FieldSpec, ResourceSpec } from '../../shared/types';
import { convert, isEmpty, readRaw } from '../../shared/values';
import {
	checkDrawings,
	checkLevels,
	checkReferences,
	drawingsFromUi,
	drawingsProperty,
	levelsFromUi,
	levelsProperty,
	LEVEL_KEYS,
	ModelError,
	type Drawing,
} from '../drawings';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const analysisId = (): FieldSpec => objectIdPath('analysisId', 'Analysis ID', 'The chart analysis: its ID (24-character hex ObjectId), as Create or Get Many return it', { placeholder: 'e.g. 507f1f77bcf86cd799439011' });

const sender = (description: string): FieldSpec => ({
	name: 'sender', label: 'Sender Email', type: 'string', in: 'body', required: true, placeholder: 'e.g. name@email.com', description,
	validate: (v) => (EMAIL.test(String(v).trim()) ? undefined : `The parameter 'Sender Email' must be an email address, got '${String(v)}'`),
});

const TEXTS: Array<[name: string, label: string, description: string]> = [
	['preferenceText', 'Preference Text', 'Main thesis; may mention levels and drawings as [[clientObjectId:label]]'],
	['alternativeText', 'Alternative Text', 'Alternative scenario or invalidation'],
	['comments', 'Comments', 'Free comments'],
];

const texts = (group: FieldGroup): FieldSpec[] =>
	TEXTS.map(([name, label, description]) => ({ name, label, type: 'string', in: 'body', wire: `metadata.${name}`, group, typeOptions: { rows: 3 }, description }));

const expiryHours = (group: FieldGroup): FieldSpec => ({
	name: 'expiryHours', label: 'Expiry (Hours)', type: 'number', in: 'body', wire: 'metadata.expiry', group, default: 24, typeOptions: { minValue: 1 },
	description: 'Lifetime of the analysis in hours, sent as {type: HOURS, hours}',
	validate: (v) => ((v as number) > 0 ? undefined : `The field 'Expiry (Hours)' must be greater than 0, got ${String(v)}`),
	transform: (v) => ({ type: 'HOURS', hours: v }),
});

const levels = (required: boolean, group?: FieldGroup): FieldSpec => ({
	name: 'levels', label: 'Levels', type: 'json', in: 'body', ...(required ? { required: true } : { group }),
	description: 'Pivot, resistance and support levels (all three); the API expects support < pivot < resistance',
	property: { ...levelsProperty(), hint: 'The reference example has Support < Pivot < Resistance; the API rejects levels that break its ordering rules' },
	transform: (v) => levelsFromUi(v),
});

const drawings = (group?: FieldGroup): FieldSpec => ({
	name: 'drawings', label: 'Drawings', type: 'json', in: 'body', ...(group ? { group } : {}),
	description: 'Chart drawings, one group per drawing type',
	property: drawingsProperty(),
	transform: (v) => drawingsFromUi(v),
});

const drawingsJsonSpec = (group: FieldGroup): FieldSpec => ({
	name: 'drawingsJson', label: 'Drawings (JSON)', type: 'json', in: 'none', group, default: '[]',
	placeholder: '[{"type": "HORIZONTAL_LINE", "clientObjectId": "target", "points": [{"time": "2026-01-08T10:00:00Z", "price": 1.355}], "style": {"color": "#FF0000", "lineWidth": 2, "lineStyle": "SOLID"}}]',
	description: 'More drawings as a JSON array of {type, clientObjectId, points: [{time, price}], style}, sent after the ones of Drawings (for types or fields the form does not offer)',
	validate: (v) => (Array.isArray(v) ? undefined : 'The field must be a JSON array of drawing objects, e.g. [{"type": "LINE", ...}]'),
});

function fail(ctx: IExecuteSingleFunctions, error: unknown): never {
	if (error instanceof ModelError) {
		throw new NodeOperationError(ctx.getNode(), error.message, { description: error.description, itemIndex: ctx.getItemIndex() });
	}
	throw error;
}

/**
 * Completes the body of create / update / append: drawings of the form first, then those of the JSON
 * input, all checked (per drawing, unique IDs, and on create the [[id]] mentions in the texts).
 */
function finishBody(jsonField: FieldSpec, mode: 'create' | 'update' | 'append') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const fromUi = (Array.isArray(body.drawings) ? body.drawings : []) as Drawing[];
		const raw = readRaw(this, jsonField);
		const fromJson = isEmpty(raw) ? [] : (convert(jsonField, raw) as unknown[]);
		const all = [...fromUi, ...fromJson];
		try {
			const levelsObj = body.levels as IDataObject | undefined;
			if (levelsObj !== undefined) checkLevels(levelsObj, true);
			const levelIds = LEVEL_KEYS.map((k) => (levelsObj?.[k] as IDataObject | undefined)?.clientObjectId).filter((v): v is string => typeof v === 'string');
			checkDrawings(all, fromUi.length, levelIds);
			if (mode === 'create') {
				const metadata = (body.metadata ?? {}) as IDataObject;
				const ids = [...levelIds, ...all.map((d) => String((d as Drawing).clientObjectId))];
				checkReferences(TEXTS.map(([name, label]) => [label, metadata[name]]), ids);
			}
		} catch (error) {
			fail(this, error);
		}
		if (all.length) body.drawings = all as IDataObject[];
		else delete body.drawings;
		if (mode === 'append' && !all.length) {
			throw new NodeOperationError(this.getNode(), 'No drawings to append', {
				description: "Add at least one drawing under 'Drawings' or in 'Drawings (JSON)'.",
				itemIndex: this.getItemIndex(),
			});
		}
		if (mode === 'update' && Object.keys(body).every((k) => k === 'sender')) {
			throw new NodeOperationError(this.getNode(), 'Nothing to update: add at least one field under Update Fields', { itemIndex: this.getItemIndex() });
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

const createJson = drawingsJsonSpec('additionalFields');
const updateJson: FieldSpec = { ...drawingsJsonSpec('updateFields'), label: 'Drawings (JSON, Replace All)' };
const appendJson = drawingsJsonSpec('additionalFields');

export const analysis: ResourceSpec = {
	value: 'analysis',
	name: 'Analysis',
	description: 'Trading chart analyses published into community channels',
	operations: [
		{
			value: 'appendDrawings',
			name: 'Append Drawings',
			action: 'Append drawings to an analysis',
			description: 'Add drawings to an analysis, keeping the existing ones',
			route: 'analysis.appendDrawings',
			notFoundLabel: 'analysis',
			fields: [
				analysisId(),
				sender('Email of the community member making the change'),
				drawings(),
				appendJson,
			],
			preSend: finishBody(appendJson, 'append'),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an analysis',
			description: 'Publish a trading chart analysis (texts, levels, drawings) into a channel as a member',
			route: 'analysis.create',
			notFoundLabel: 'channel',
			fields: [
				communityIdPath(),
				{ name: 'channelId', label: 'Channel ID', type: 'string', in: 'path', required: true, objectId: true, placeholder: 'e.g. 67d04e05f090d20ae5342121', description: 'The channel to publish the analysis in: its ID (24-character hex ObjectId), as Channels > Get Many returns it' },
				sender('Email of the community member the analysis is published as'),
				{ name: 'title', label: 'Title', type: 'string', in: 'body', wire: 'metadata.title', required: true, placeholder: 'e.g. GBPUSD Bullish Bounce from Support', description: 'Headline of the analysis shown in the channel' },
				{ name: 'symbol', label: 'Symbol', type: 'string', in: 'body', wire: 'metadata.symbol', required: true, placeholder: 'e.g. GBP/USD', description: 'The traded instrument, e.g. GBP/USD' },
				{ name: 'timeframe', label: 'Timeframe', type: 'string', in: 'body', wire: 'metadata.timeframe', required: true, default: 'H1', placeholder: 'e.g. H1', description: 'Chart timeframe, e.g. H1' },
				{
					name: 'direction', label: 'Direction', type: 'options', in: 'body', wire: 'metadata.direction', required: true,
					options: [{ name: 'Bullish', value: 'BULLISH' }, { name: 'Bearish', value: 'BEARISH' }], default: 'BULLISH', description: 'Market bias',
				},
				{
					name: 'entryPlacement', label: 'Entry Placement', type: 'options', in: 'body', wire: 'metadata.entryPlacement', required: true,
					options: [{ name: 'Above Current Price', value: 'ABOVE_CURRENT' }, { name: 'Below Current Price', value: 'BELOW_CURRENT' }], default: 'ABOVE_CURRENT',
					description: 'Entry relative to the current price; with Direction it sets the analysis type (e.g. bullish + above = breakout)',
				},
				levels(true),
				drawings(),
				...texts('additionalFields'),
				expiryHours('additionalFields'),
				{ name: 'idempotencyKey', label: 'Idempotency Key', type: 'string', in: 'body', group: 'additionalFields', placeholder: 'e.g. analysis_20250109_001', description: 'Your key that makes a retried create safe (the API creates the analysis once)' },
				createJson,
			],
			preSend: finishBody(createJson, 'create'),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an analysis',
			description: 'Delete a chart analysis',
			route: 'analysis.delete',
			fields: [analysisId()],
			output: 'deleted',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an analysis',
			description: 'Get a chart analysis with its metadata, levels and drawings',
			route: 'analysis.get',
			fields: [analysisId()],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many analyses',
			description: 'List the analyses posted in a community channel',
			route: 'analysis.getMany',
			notFoundLabel: 'channel',
			list: { style: 'none', maxPageSize: 1000 },
			fields: [
				communityIdPath(),
				{ name: 'channelId', label: 'Channel ID', type: 'string', in: 'path', required: true, objectId: true, placeholder: 'e.g. 67d04e05f090d20ae5342121', description: 'The channel whose analyses to list: its ID (24-character hex ObjectId), as Channels > Get Many returns it' },
			],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an analysis',
			description: 'Change texts, expiry, levels or drawings of an analysis; drawings sent here REPLACE all existing ones',
			route: 'analysis.update',
			notFoundLabel: 'analysis',
			fields: [
				analysisId(),
				sender('Email of the community member making the change'),
				{ name: 'title', label: 'Title', type: 'string', in: 'body', wire: 'metadata.title', group: 'updateFields', description: 'New headline of the analysis shown in the channel' },
				...texts('updateFields'),
				expiryHours('updateFields'),
				levels(false, 'updateFields'),
				{ ...drawings('updateFields'), label: 'Drawings (Replace All)', description: 'Drawings that REPLACE all existing ones (use Append Drawings to add)' },
				updateJson,
				{
					name: 'links', label: 'Links (JSON)', type: 'json', in: 'body', group: 'updateFields', default: '[]',
					description: 'Links between objects, as a JSON array (the API remaps them to persisted IDs; the shape is not documented)',
					validate: (v) => (Array.isArray(v) ? undefined : "The field 'Links (JSON)' must be a JSON array"),
				},
			],
			preSend: finishBody(updateJson, 'update'),
		},
	],
};
