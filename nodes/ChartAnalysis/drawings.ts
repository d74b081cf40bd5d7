/**
 * The chart-analysis data model (test/sandbox/reference/chart-analysis.md §4-6): drawings and levels as
 * the node's fixedCollections hold them, their wire form, and the checks run before a request is sent.
 * No n8n runtime dependency beyond types, so the checks are unit-tested on their own.
 */
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { toDate } from '../shared/values';

export interface Coordinate {
	time: unknown;
	price: unknown;
}

export interface Drawing {
	type: string;
	clientObjectId?: unknown;
	points?: unknown;
	style?: Record<string, unknown>;
	startHead?: unknown;
	endHead?: unknown;
	[key: string]: unknown;
}

type StyleKey = 'color' | 'lineWidth' | 'lineStyle' | 'fillColor' | 'borderColor';

interface DrawingKind {
	/** Wire `type`. */
	type: string;
	/** Name of the fixedCollection option. */
	option: string;
	label: string;
	/** UI labels of the points, in wire order; their count is the point count. */
	points: string[];
	/** Whether the point count is documented (else only the UI fixes it, and JSON input is not checked). */
	pointsConfirmed: boolean;
	style: StyleKey[];
	heads?: boolean;
	unconfirmed?: boolean;
}

export const DRAWING_KINDS: DrawingKind[] = [
	{ type: 'HORIZONTAL_LINE', option: 'horizontalLine', label: 'Horizontal Line', points: ['Point'], pointsConfirmed: true, style: ['color', 'lineWidth', 'lineStyle'] },
	{ type: 'LINE', option: 'line', label: 'Line', points: ['Start', 'End'], pointsConfirmed: true, style: ['color', 'lineWidth', 'lineStyle'], heads: true },
	{ type: 'RECTANGLE', option: 'rectangle', label: 'Rectangle', points: ['Corner 1', 'Corner 2'], pointsConfirmed: true, style: ['fillColor', 'borderColor', 'lineWidth'] },
	{ type: 'PARALLEL', option: 'parallel', label: 'Parallel Channel', points: ['Point 1', 'Point 2', 'Point 3'], pointsConfirmed: false, style: ['color', 'lineWidth', 'lineStyle'], unconfirmed: true },
	{ type: 'FIBONACCI_RETRACEMENT', option: 'fibonacciRetracement', label: 'Fibonacci Retracement', points: ['Start', 'End'], pointsConfirmed: false, style: ['color', 'lineWidth', 'lineStyle'], unconfirmed: true },
];

export const LINE_STYLES = ['SOLID', 'DASHED'];
export const HEADS = ['NONE', 'ARROW'];
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const STYLE_LABELS: Record<StyleKey, string> = {
	color: 'Color',
	lineWidth: 'Line Width',
	lineStyle: 'Line Style',
	fillColor: 'Fill Color',
	borderColor: 'Border Color',
};

/** A wrong value: what to put in the error message. */
export class ModelError extends Error {
	constructor(
		message: string,
		readonly description?: string,
	) {
		super(message);
	}
}

const camel = (label: string) => label.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase());

/** Parameter names of a point in the UI, e.g. `corner1Time` / `corner1Price`. */
const pointParams = (label: string) => ({ time: `${camel(label)}Time`, price: `${camel(label)}Price` });

/** ISO 8601 UTC, without milliseconds when they are zero (as in the reference: 2026-01-08T00:00:00Z). */
export function isoTime(value: unknown): string | undefined {
	const date = toDate(value);
	if (!date) return undefined;
	return date.toISOString().replace('.000Z', 'Z');
}

// ---------------------------------------------------------------- UI (fixedCollection) definitions

function styleProperty(key: StyleKey): INodeProperties {
	switch (key) {
		case 'lineWidth':
			return { displayName: 'Line Width', name: 'lineWidth', type: 'number', default: 2, typeOptions: { minValue: 1, maxValue: 10 }, description: 'Line width in pixels' };
		case 'lineStyle':
			return {
				displayName: 'Line Style',
				name: 'lineStyle',
				type: 'options',
				default: 'SOLID',
				options: [
					{ name: 'Dashed', value: 'DASHED' },
					{ name: 'Solid', value: 'SOLID' },
				],
				description: 'Whether the line is drawn solid or dashed',
			};
		case 'fillColor':
			return { displayName: 'Fill Color', name: 'fillColor', type: 'color', default: '#00FF33', description: 'Fill colour as a hex code, e.g. #00FF33' };
		case 'borderColor':
			return { displayName: 'Border Color', name: 'borderColor', type: 'color', default: '#00FF00', description: 'Border colour as a hex code, e.g. #00FF00' };
		default:
			return { displayName: 'Color', name: 'color', type: 'color', default: '#2962FF', description: 'Line colour as a hex code, e.g. #2962FF' };
	}
}

const HEAD_OPTIONS = [
	{ name: 'Arrow', value: 'ARROW' },
	{ name: 'None', value: 'NONE' },
];

function headProperties(): INodeProperties[] {
	return [
		{ displayName: 'Start Head', name: 'startHead', type: 'options', default: 'NONE', options: HEAD_OPTIONS, description: 'What the line shows at its start point: an arrow head or nothing' },
		{ displayName: 'End Head', name: 'endHead', type: 'options', default: 'ARROW', options: HEAD_OPTIONS, description: 'What the line shows at its end point: an arrow head or nothing' },
	];
}

function kindOption(kind: DrawingKind): INodePropertyCollection {
	const values: INodeProperties[] = [
		{
			displayName: 'Client Object ID',
			name: 'clientObjectId',
			type: 'string',
			default: '',
			placeholder: 'e.g. support_zone',
			description: 'Your own ID for this drawing, any short text you choose that is unique in the analysis, e.g. support_zone; texts mention it as [[ID:label]]. Left empty, one is made up (drawing_N).',
		},
	];
	for (const label of kind.points) {
		const p = pointParams(label);
		values.push(
			{ displayName: `${label} Time`, name: p.time, type: 'dateTime', default: '', description: `Time of the ${label.toLowerCase()} on the chart, sent as ISO 8601 UTC, e.g. 2026-01-08T10:00:00Z` },
			{ displayName: `${label} Price`, name: p.price, type: 'number', default: 0, typeOptions: { numberPrecision: 5 }, description: `Price of the ${label.toLowerCase()} on the chart, e.g. 1.355` },
		);
	}
	if (kind.heads) values.push(...headProperties());
	values.push(...kind.style.map(styleProperty));
	// Alphabetical by display name, as n8n's rules want the fields of a fixedCollection group.
	values.sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0));
	return {
		displayName: kind.unconfirmed ? `${kind.label} (Unconfirmed Type)` : kind.label,
		name: kind.option,
		values,
	};
}

/** The `Drawings` fixedCollection: one repeatable group per drawing type (no `../` displayOptions). */
export function drawingsProperty(): Partial<INodeProperties> {
	return {
		type: 'fixedCollection',
		placeholder: 'Add Drawing',
		default: {},
		typeOptions: { multipleValues: true },
		options: DRAWING_KINDS.map(kindOption),
	};
}

/** The `Levels` fixedCollection: pivot, resistance and support, each once. */
export const LEVEL_KEYS = ['pivot', 'resistance', 'support'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];
const LEVEL_LABELS: Record<LevelKey, string> = { pivot: 'Pivot', resistance: 'Resistance', support: 'Support' };

export function levelsProperty(): Partial<INodeProperties> {
	return {
		type: 'fixedCollection',
		placeholder: 'Add Level',
		default: {},
		options: LEVEL_KEYS.map((key) => ({
			displayName: LEVEL_LABELS[key],
			name: key,
			values: [
				{ displayName: 'Price', name: 'price', type: 'number', default: 0, typeOptions: { numberPrecision: 5 }, description: `Price of the ${key} level` },
				{ displayName: 'Time', name: 'time', type: 'dateTime', default: '', description: 'Time of the level on the chart, sent as ISO 8601 UTC, e.g. 2026-01-08T10:00:00Z' },
				{ displayName: 'Client Object ID', name: 'clientObjectId', type: 'string', default: key, description: 'Your own ID for this level, any short text you choose, e.g. pivot_main; texts mention it as [[ID:label]]' },
			],
		})),
	};
}

// ---------------------------------------------------------------- UI value -> wire form

type UiValue = Record<string, Array<Record<string, unknown>> | undefined>;

/**
 * Turns the Drawings fixedCollection value into wire drawings (in the order of the drawing types, then
 * entry order). Times become ISO 8601; values that cannot be converted are kept for the checks to report.
 */
export function drawingsFromUi(value: unknown): Drawing[] {
	const ui = (value && typeof value === 'object' ? value : {}) as UiValue;
	const out: Drawing[] = [];
	for (const kind of DRAWING_KINDS) {
		for (const entry of ui[kind.option] ?? []) {
			const drawing: Drawing = { type: kind.type };
			const id = typeof entry.clientObjectId === 'string' ? entry.clientObjectId.trim() : '';
			drawing.clientObjectId = id || `drawing_${out.length + 1}`;
			drawing.points = kind.points.map((label) => {
				const p = pointParams(label);
				return { time: isoTime(entry[p.time]) ?? entry[p.time], price: entry[p.price] };
			});
			if (kind.heads) {
				drawing.startHead = entry.startHead ?? 'NONE';
				drawing.endHead = entry.endHead ?? 'ARROW';
			}
			const style: Record<string, unknown> = {};
			for (const key of kind.style) {
				const v = entry[key];
				if (v !== undefined && v !== '') style[key] = v;
			}
			drawing.style = style;
			out.push(drawing);
		}
	}
	return out;
}

export interface LevelEntry {
	price: unknown;
	clientObjectId: unknown;
	time: unknown;
}

/** Turns the Levels fixedCollection value into the wire `levels` object. */
export function levelsFromUi(value: unknown): Partial<Record<LevelKey, LevelEntry>> {
	const ui = (value && typeof value === 'object' ? value : {}) as Record<string, Record<string, unknown> | undefined>;
	const out: Partial<Record<LevelKey, LevelEntry>> = {};
	for (const key of LEVEL_KEYS) {
		const entry = ui[key];
		if (!entry) continue;
		const id = typeof entry.clientObjectId === 'string' && entry.clientObjectId.trim() !== '' ? entry.clientObjectId.trim() : key;
		out[key] = { price: entry.price, clientObjectId: id, time: isoTime(entry.time) ?? entry.time };
	}
	return out;
}

// ---------------------------------------------------------------- checks

const kindOf = (type: unknown) => DRAWING_KINDS.find((k) => k.type === type);

function positivePrice(value: unknown): boolean {
	return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function validTime(value: unknown): boolean {
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && toDate(value) !== undefined;
}

/**
 * Checks one drawing. `fromUi` says whether to name fields by their UI labels ('Corner 2 Price') or by
 * their JSON paths (points[1].price). Throws a ModelError naming the drawing and the field.
 */
export function checkDrawing(drawing: unknown, index: number, fromUi: boolean): void {
	const n = index + 1;
	if (!drawing || typeof drawing !== 'object' || Array.isArray(drawing)) {
		throw new ModelError(`Drawing ${n} must be a JSON object`, 'Each drawing looks like {"type": "LINE", "clientObjectId": "...", "points": [...], "style": {...}}.');
	}
	const d = drawing as Drawing;
	if (typeof d.type !== 'string' || d.type === '') {
		throw new ModelError(`Drawing ${n} has no 'type'`, `Set type to one of ${DRAWING_KINDS.map((k) => k.type).join(', ')}.`);
	}
	const kind = kindOf(d.type);
	const name = `Drawing ${n} (${kind ? kind.label : d.type})`;
	const field = (uiLabel: string, jsonPath: string) => (fromUi ? `'${uiLabel}'` : jsonPath);
	if (typeof d.clientObjectId !== 'string' || d.clientObjectId.trim() === '') {
		throw new ModelError(`${name}: ${field('Client Object ID', 'clientObjectId')} is required`, 'Give each drawing an ID of your own, unique in the analysis, e.g. support_zone.');
	}
	if (!kind) return; // a type the package does not know: sent unchanged for the API to judge
	if (!Array.isArray(d.points)) {
		throw new ModelError(`${name}: points must be an array of {time, price}`, `A ${kind.label} has ${kind.points.length} point(s).`);
	}
	if ((kind.pointsConfirmed || fromUi) && d.points.length !== kind.points.length) {
		throw new ModelError(
			`${name}: needs ${kind.points.length} point${kind.points.length > 1 ? 's' : ''} (${kind.points.join(', ')}), got ${d.points.length}`,
		);
	}
	(d.points as unknown[]).forEach((point, i) => {
		const label = kind.points[i] ?? `Point ${i + 1}`;
		const p = (point && typeof point === 'object' ? point : {}) as Coordinate;
		if (!validTime(p.time)) {
			throw new ModelError(
				`${name}: ${field(`${label} Time`, `points[${i}].time`)} must be a date and time, got ${JSON.stringify(p.time ?? null)}`,
				'Pick a date, or enter an ISO 8601 time such as 2026-01-08T10:00:00Z.',
			);
		}
		if (!positivePrice(p.price)) {
			throw new ModelError(`${name}: ${field(`${label} Price`, `points[${i}].price`)} must be a number greater than 0, got ${JSON.stringify(p.price ?? null)}`);
		}
	});
	if (kind.heads) {
		for (const [key, label] of [['startHead', 'Start Head'], ['endHead', 'End Head']] as const) {
			if (d[key] !== undefined && !HEADS.includes(String(d[key]))) {
				throw new ModelError(`${name}: ${field(label, key)} must be NONE or ARROW, got ${JSON.stringify(d[key])}`);
			}
		}
	}
	if (d.style !== undefined) {
		if (!d.style || typeof d.style !== 'object' || Array.isArray(d.style)) throw new ModelError(`${name}: style must be an object`);
		for (const key of ['color', 'fillColor', 'borderColor'] as const) {
			const v = d.style[key];
			if (v !== undefined && !(typeof v === 'string' && HEX.test(v))) {
				throw new ModelError(`${name}: ${field(STYLE_LABELS[key], `style.${key}`)} must be a hex colour like #FF0000, got ${JSON.stringify(v)}`);
			}
		}
		const width = d.style.lineWidth;
		if (width !== undefined && !(typeof width === 'number' && width > 0)) {
			throw new ModelError(`${name}: ${field('Line Width', 'style.lineWidth')} must be a number greater than 0, got ${JSON.stringify(width)}`);
		}
	}
}

/**
 * Checks drawings; the first `uiCount` came from the Drawings parameter, the rest from the JSON input.
 * Also checks that client object IDs are unique among the drawings and the given level IDs.
 */
export function checkDrawings(drawings: unknown[], uiCount: number, levelIds: string[] = []): void {
	drawings.forEach((d, i) => checkDrawing(d, i, i < uiCount));
	const seen = new Map<string, string>(levelIds.map((id) => [id, 'a level']));
	drawings.forEach((d, i) => {
		const id = String((d as Drawing).clientObjectId);
		const owner = seen.get(id);
		if (owner) {
			throw new ModelError(
				`Drawing ${i + 1} (${kindOf((d as Drawing).type)?.label ?? String((d as Drawing).type)}): the client object ID '${id}' is already used by ${owner}`,
				'Client object IDs must be unique within one analysis (levels and drawings together).',
			);
		}
		seen.set(id, `drawing ${i + 1}`);
	});
}

/** Checks the wire `levels` object. `required` = all three levels must be present (create). */
export function checkLevels(levels: unknown, required: boolean): void {
	if (!levels || typeof levels !== 'object' || Array.isArray(levels)) throw new ModelError("'Levels' must be an object with pivot, resistance and support");
	const l = levels as Record<string, LevelEntry | undefined>;
	for (const key of LEVEL_KEYS) {
		const entry = l[key];
		if (!entry) {
			if (required) throw new ModelError(`'Levels' needs the ${LEVEL_LABELS[key]} level`, "Add Pivot, Resistance and Support under 'Levels'.");
			continue;
		}
		if (!positivePrice(entry.price)) throw new ModelError(`Level ${LEVEL_LABELS[key]}: 'Price' must be a number greater than 0, got ${JSON.stringify(entry.price ?? null)}`);
		if (!validTime(entry.time)) {
			throw new ModelError(`Level ${LEVEL_LABELS[key]}: 'Time' must be a date and time, got ${JSON.stringify(entry.time ?? null)}`, 'Pick a date, or enter an ISO 8601 time such as 2026-01-08T10:00:00Z.');
		}
		if (typeof entry.clientObjectId !== 'string' || entry.clientObjectId === '') throw new ModelError(`Level ${LEVEL_LABELS[key]}: 'Client Object ID' is required`);
	}
	const ids = LEVEL_KEYS.map((k) => l[k]?.clientObjectId).filter((v): v is string => typeof v === 'string');
	const dup = ids.find((id, i) => ids.indexOf(id) !== i);
	if (dup) throw new ModelError(`'Levels': the client object ID '${dup}' is used by two levels`, 'Give each level its own ID.');
}

/** Whether the levels keep the order seen in the reference (support < pivot < resistance); not enforced. */
export function levelsOrdered(levels: Partial<Record<LevelKey, LevelEntry>>): boolean {
	const [s, p, r] = [levels.support?.price, levels.pivot?.price, levels.resistance?.price];
	if (typeof s !== 'number' || typeof p !== 'number' || typeof r !== 'number') return true;
	return s < p && p < r;
}

/** The `[[id:label]]` references in a text. */
export function referencesIn(text: string): string[] {
	return [...text.matchAll(/\[\[([^\]:]+)(?::[^\]]*)?\]\]/g)].map((m) => m[1].trim());
}

/** Checks that every `[[id:label]]` in the given texts names a level or drawing ID. */
export function checkReferences(texts: Array<[label: string, text: unknown]>, knownIds: string[]): void {
	for (const [label, text] of texts) {
		if (typeof text !== 'string') continue;
		for (const id of referencesIn(text)) {
			if (!knownIds.includes(id)) {
				throw new ModelError(
					`The field '${label}' mentions [[${id}]], but no level or drawing has the client object ID '${id}'`,
					`Known IDs in this request: ${knownIds.length ? knownIds.join(', ') : 'none'}. Fix the mention or add the drawing.`,
				);
			}
		}
	}
}
