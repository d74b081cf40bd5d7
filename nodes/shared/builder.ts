import type { INodeProperties, INodePropertyOptions, NodeParameterValueType } from 'n8n-workflow';

import { subtitleOf } from './description';
import { buildRequest, paginate, runOperation, sendOnce } from './request';
import { requestOptionsProperty } from './retry';
import { ROUTES } from './routes';
import type { FieldGroup, FieldSpec, NodeVersions, OperationSpec, ResourceSpec, VersionRange } from './types';
import { OBJECT_ID_EXAMPLE } from './values';

/** A picker's placeholder: "Select a user...", "Select an API key..." (acronyms kept, the article by sound). */
function pickerPlaceholder(label: string): string {
	const words = label.split(' ').map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()));
	const an = /^[A-Z]{2,}$/.test(words[0]) ? /^[AEFHILMNORSX]/.test(words[0]) : /^[aeio]/.test(words[0]);
	return `Select ${an ? 'an' : 'a'} ${words.join(' ')}...`;
}

const GROUP_LABELS: Record<FieldGroup, { displayName: string; placeholder: string }> = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add Option' },
};

const N8N_TYPES = {
	string: 'string',
	number: 'number',
	boolean: 'boolean',
	options: 'options',
	multiOptions: 'multiOptions',
	json: 'json',
	dateTime: 'dateTime',
	dateDMY: 'dateTime',
	dateYMD: 'dateTime',
	stringList: 'string',
	binary: 'string',
} as const;

function sentence(text: string | undefined): string | undefined {
	if (!text) return undefined;
	const trimmed = text.trim();
	// n8n's node rules: a single sentence has no final period, several sentences end with one.
	if (trimmed.replace('e.g.', '').split('. ').length === 1) return trimmed.replace(/\.$/, '');
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function defaultFor(field: FieldSpec): NodeParameterValueType {
	if (field.default !== undefined) return field.default;
	switch (field.type) {
		case 'number':
			return 0;
		case 'boolean':
			return false;
		case 'multiOptions':
			return [];
		case 'json':
			return '{}';
		case 'binary':
			return 'data';
		case 'options': {
			const first = field.options?.[0];
			return typeof first === 'object' ? (first.value as string) : (first ?? '');
		}
		default:
			return '';
	}
}

export function sortOptions<T extends { name: string }>(options: T[]): T[] {
	return [...options].sort((a, b) => a.name.localeCompare(b.name));
}

function optionList(field: FieldSpec): INodePropertyOptions[] {
	const options = (field.options ?? []).map((o) =>
		typeof o === 'object'
			? { name: o.name, value: o.value, description: sentence(o.description) }
			: { name: titleCase(o), value: o },
	);
	return sortOptions(options).map((o) => (o.description ? o : { name: o.name, value: o.value }));
}

/** 'user_fields' / 'userFields' / 'premium' → 'User Fields' / 'Premium'. */
export function titleCase(text: string): string {
	return text
		.replace(/[_-]+/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/\b\w/g, (c) => c.toUpperCase())
		.replace(/\bId\b/g, 'ID')
		.replace(/\bUrl\b/g, 'URL')
		.trim();
}

/** The n8n parameter for one field (without displayOptions, which the caller adds). */
export function fieldProperty(field: FieldSpec): INodeProperties {
	const property: INodeProperties = {
		displayName: field.label,
		name: field.name,
		type: N8N_TYPES[field.type],
		default: defaultFor(field),
	};
	const description = sentence(field.description);
	if (description) property.description = description;
	if (field.required) property.required = true;
	if (field.placeholder) property.placeholder = field.placeholder;
	if (field.hint) property.hint = field.hint;
	if (field.type === 'options' || field.type === 'multiOptions') property.options = optionList(field);
	if (field.password) property.typeOptions = { password: true };
	if (field.type === 'binary') {
		property.hint ??= 'The name of the input binary field that holds the file; separate several with commas';
	}
	if (field.type === 'stringList') {
		property.hint ??= 'Separate several values with commas';
	}
	if (field.typeOptions) property.typeOptions = { ...property.typeOptions, ...field.typeOptions };
	if (field.picker) {
		// The modes are written under a `modes` key so n8n's rules see them as modes (which have no default).
		const locator: Pick<INodeProperties, 'type' | 'default' | 'modes'> = {
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: pickerPlaceholder(field.label),
					typeOptions: { searchListMethod: field.picker, searchable: true },
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: field.objectId ? `e.g. ${OBJECT_ID_EXAMPLE}` : (field.placeholder ?? 'e.g. abc123'),
					validation: field.objectId
						? [
								{
									type: 'regex',
									properties: {
										regex: '^[0-9a-fA-F]{24}$',
										errorMessage: 'Must be a 24-character hexadecimal ID',
									},
								},
							]
						: undefined,
				},
				...(field.byEmail
					? [
							{
								displayName: 'By Email',
								name: 'email',
								type: 'string' as const,
								placeholder: 'e.g. nathan@example.com',
								validation: [
									{
										type: 'regex' as const,
										properties: { regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', errorMessage: 'Must be an email address, e.g. nathan@example.com' },
									},
								],
							},
						]
					: []),
			],
		};
		Object.assign(property, locator);
		delete property.placeholder;
	}
	const merged = { ...property, ...(field.property ?? {}) } as INodeProperties;
	// `required: false` is n8n's default; its rules want it left out.
	if (merged.required === false) delete merged.required;
	return merged;
}

function show(
	resource: string,
	operation: string,
	extra?: INodeProperties['displayOptions'],
	version: VersionShow = {},
): INodeProperties['displayOptions'] {
	return {
		...extra,
		show: { ...(extra?.show ?? {}), resource: [resource], operation: [operation], ...version },
	};
}

/** A node's versions when it declares none: just 1. */
const ONE_VERSION: NodeVersions = { versions: [1] };

export function inRange(range: VersionRange | undefined, version: number): boolean {
	return (range?.since === undefined || version >= range.since) && (range?.until === undefined || version <= range.until);
}

type VersionShow = { '@version'?: number[] };

/** The `@version` displayOption for some of a node's versions; none when it is all of them. */
function versionShow(all: number[], these: number[]): VersionShow {
	if (these.length === 0) throw new Error(`A parameter shown for no node version (of ${all.join(', ')})`);
	return these.length === all.length ? {} : { '@version': these };
}

/** Every parameter of one operation: top-level fields, collections, Return All/Limit, Simplify. */
export function operationProperties(resource: ResourceSpec, op: OperationSpec, node: NodeVersions = ONE_VERSION): INodeProperties[] {
	const fields = op.fields ?? [];
	const props: INodeProperties[] = [];
	const all = node.versions;
	const opVersions = all.filter((v) => inRange(op.versions, v));
	const inOp = (p: INodeProperties, range?: VersionRange): INodeProperties => ({
		...p,
		displayOptions: show(resource.value, op.value, p.displayOptions, versionShow(all, opVersions.filter((v) => inRange(range, v)))),
	});
	for (const field of fields.filter((f) => f.group && f.versions)) {
		throw new Error(`${resource.value}.${op.value}: '${field.name}' is in a collection; only top-level fields can have versions`);
	}
	for (const field of fields.filter((f) => !f.group)) props.push(inOp(fieldProperty(field), field.versions));
	if (op.list) {
		props.push(
			inOp({
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
			}),
			inOp({
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'Max number of results to return',
				displayOptions: { show: { returnAll: [false] } },
			}),
		);
	}
	for (const group of Object.keys(GROUP_LABELS) as FieldGroup[]) {
		const members = fields.filter((f) => f.group === group);
		if (!members.length) continue;
		props.push(
			inOp({
				displayName: GROUP_LABELS[group].displayName,
				name: group,
				type: 'collection',
				placeholder: GROUP_LABELS[group].placeholder,
				default: {},
				options: sortOptions(members.map(fieldProperty).map((p) => ({ ...p, name: p.name, displayName: p.displayName }))).sort((a, b) =>
					a.displayName.localeCompare(b.displayName),
				),
			}),
		);
	}
	if (op.simplify) {
		props.push(
			inOp({
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description: `Whether to return a simplified version of the response instead of the raw data (keeps ${op.simplify.join(', ')})`,
			}),
		);
	}
	return props;
}

/** The option of the Operation parameter, carrying all of the operation's routing. */
export function operationOption(resource: ResourceSpec, op: OperationSpec): INodePropertyOptions {
	const route = ROUTES[op.route];
	const description = sentence(op.deprecated ? `Deprecated (Legacy API). ${op.description}` : op.description);
	return {
		name: op.name,
		value: op.value,
		action: op.action,
		description,
		routing: {
			request: { method: route.method, url: route.path },
			// Every operation sends its requests itself (paginate: true), so that each one is retried (issue 15).
			send: { preSend: [buildRequest(op)], paginate: true },
			operations: {
				pagination: op.execute ? runOperation(op, resource.name) : op.list ? paginate(op, resource.name) : sendOnce(op, resource.name),
			},
		},
	};
}

/** The canvas subtitle of an action node, from the option names: "Get Many: User". */
export function resourceSubtitle(resources: ResourceSpec[]): string {
	const labels = resources.flatMap((r) => r.operations.map((op) => [`${r.value} ${op.value}`, `${op.name}: ${r.name}`]));
	return subtitleOf('$parameter["resource"] + " " + $parameter["operation"]', Object.fromEntries(labels));
}

/**
 * The Resource parameter, each resource's Operation parameter, and every operation's fields.
 * With several node versions (`node`), a parameter whose default or options differ between versions is
 * defined once per run of versions that agree, shown with `@version` (as n8n's own nodes do); the rest once.
 */
export function buildProperties(resources: ResourceSpec[], node: NodeVersions = ONE_VERSION): INodeProperties[] {
	const sorted = sortOptions(resources);
	const all = node.versions;
	const entryAt = (version: number) => [...(node.defaults ?? [])].filter((d) => d.since <= version).sort((a, b) => b.since - a.since)[0];
	for (const d of node.defaults ?? []) {
		const resource = resources.find((r) => r.value === d.resource);
		const op = resource?.operations.find((o) => o.value === d.operation);
		if (!op || !all.includes(d.since) || !inRange(op.versions, d.since)) {
			throw new Error(`Node defaults from version ${d.since}: ${d.resource} › ${d.operation} is not an operation of that version`);
		}
	}
	const resourceOptions = sorted
		.map((r) => ({ name: r.name, value: r.value, description: sentence(r.description) }))
		.map((o) => (o.description ? o : { name: o.name, value: o.value }));
	const properties: INodeProperties[] = [];
	for (const [resourceDefault, versions] of byVersion(all, (v) => entryAt(v)?.resource ?? resources[0].value)) {
		properties.push({
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resourceOptions,
			default: resourceDefault,
			...(versions.length < all.length ? { displayOptions: { show: versionShow(all, versions) } } : {}),
		});
	}
	for (const resource of resources) {
		/** The operations a version lists, and the one it opens on (the version's default entry, else the first). */
		const atVersion = (v: number) => {
			const ops = resource.operations.filter((op) => inRange(op.versions, v));
			const entry = [...(node.defaults ?? [])].filter((d) => d.since <= v && d.resource === resource.value).sort((a, b) => b.since - a.since)[0];
			const opening = entry && ops.some((op) => op.value === entry.operation) ? entry.operation : ops[0]?.value;
			return JSON.stringify({ ops: ops.map((op) => op.value), default: opening });
		};
		for (const [key, versions] of byVersion(all, atVersion)) {
			const { ops, default: firstOperation } = JSON.parse(key) as { ops: string[]; default: string };
			if (!ops.length) continue;
			properties.push({
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: [resource.value], ...versionShow(all, versions) } },
				options: sortOptions(resource.operations.filter((op) => ops.includes(op.value))).map((op) => operationOption(resource, op)),
				default: firstOperation,
			});
		}
	}
	for (const resource of resources) {
		// One definition for a parameter that several operations of a resource share unchanged (an ID
		// field, say): n8n's RoutingNode evaluates every property definition for every input item (twice:
		// once more to resolve the base URL), so each duplicate costs an expression evaluation per item.
		// Merged only where the operation's display order stays the same: the shared parameters must be
		// the first ones of the operation, in the order of their earlier definitions.
		const shared = new Map<string, INodeProperties>();
		for (const op of resource.operations) {
			let lastIndex = -1;
			let mergingPrefix = true;
			for (const property of operationProperties(resource, op, node)) {
				const key = sharingKey(property);
				const earlier = shared.get(key);
				const index = earlier && mergingPrefix ? properties.indexOf(earlier) : -1;
				if (earlier && index > lastIndex) {
					(earlier.displayOptions!.show!.operation as string[]).push(op.value);
					lastIndex = index;
					continue;
				}
				mergingPrefix = false;
				properties.push(property);
				if (!shared.has(key)) shared.set(key, property);
			}
		}
	}
	// Retry on Rate Limit, Retry Max Tries, Retry Max Wait (issue 15), shown in n8n's Request Options.
	properties.push(requestOptionsProperty);
	return properties;
}

/** The node's versions grouped by a value that depends on the version (in version order): [value, versions][]. */
function byVersion<T>(versions: number[], valueAt: (version: number) => T): Array<[T, number[]]> {
	const groups = new Map<T, number[]>();
	for (const v of versions) {
		const value = valueAt(v);
		groups.set(value, [...(groups.get(value) ?? []), v]);
	}
	return [...groups];
}

/** `version` and `defaultVersion` of a node description, from its versions. */
export function nodeVersion(node: NodeVersions): { version: number | number[]; defaultVersion?: number } {
	const newest = node.versions[node.versions.length - 1];
	return node.versions.length === 1 ? { version: newest } : { version: [...node.versions], defaultVersion: newest };
}

/** A property's definition apart from the operations it is shown for (functions compared by source). */
function sharingKey(property: INodeProperties): string {
	const show = { ...(property.displayOptions?.show ?? {}) };
	delete show.operation;
	return JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show } }, (_, v: unknown) =>
		typeof v === 'function' ? `fn:${String(v)}` : v,
	);
}
