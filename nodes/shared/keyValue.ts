import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldSpec } from './types';

/**
 * A list of name/value pairs entered as an n8n fixedCollection ("Add Field" rows), sent as whatever
 * shape the API wants (`toWire` turns the rows into it). Empty lists are not sent.
 */
export function keyValueField(options: {
	name: string;
	label: string;
	in: FieldSpec['in'];
	wire?: string;
	group?: FieldSpec['group'];
	description: string;
	nameLabel: string;
	namePlaceholder: string;
	valuePlaceholder: string;
	/** Descriptions of the two columns; defaults say what each row needs. */
	nameDescription?: string;
	valueDescription?: string;
	toWire: (rows: Array<{ name: string; value: string }>) => unknown;
}): FieldSpec {
	const property: Partial<INodeProperties> = {
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'pairs',
				values: [
					{
						displayName: options.nameLabel,
						name: 'name',
						type: 'string',
						default: '',
						placeholder: options.namePlaceholder,
						description: options.nameDescription ?? `${options.nameLabel} of this row; every row needs one`,
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: options.valuePlaceholder,
						description: options.valueDescription ?? 'The value for this row, sent as text',
					},
				],
			},
		],
	};
	return {
		name: options.name,
		label: options.label,
		type: 'json',
		in: options.in,
		wire: options.wire,
		group: options.group,
		description: options.description,
		property,
		validate: (value) => {
			const rows = rowsOf(value);
			const unnamed = rows.findIndex((r) => String(r.name ?? '').trim() === '');
			return unnamed === -1 ? undefined : `Row ${unnamed + 1} of '${options.label}' has no ${options.nameLabel}: enter one or remove the row`;
		},
		transform: (value) => {
			const rows = rowsOf(value).map((r) => ({ name: String(r.name).trim(), value: String(r.value ?? '') }));
			return rows.length ? options.toWire(rows) : undefined;
		},
	};
}

function rowsOf(value: unknown): IDataObject[] {
	const rows = value && typeof value === 'object' ? (value as IDataObject).pairs : undefined;
	return Array.isArray(rows) ? (rows as IDataObject[]) : [];
}
