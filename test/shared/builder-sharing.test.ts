import type { INodeProperties } from 'n8n-workflow';

import { buildProperties } from '../../nodes/shared/builder';
import type { FieldSpec, ResourceSpec } from '../../nodes/shared/types';
import { nodeTypesMap } from '../harness/engine';

const id = (): FieldSpec => ({ name: 'thingId', label: 'Thing ID', type: 'string', in: 'path', wire: 'categoryID', required: true });
const note = (label: string): FieldSpec => ({ name: 'note', label, type: 'string', in: 'body', required: true });

const things: ResourceSpec = {
	value: 'thing',
	name: 'Thing',
	description: 'Things',
	operations: [
		{ value: 'get', name: 'Get', action: 'Get a thing', description: 'Get', route: 'categories.get', fields: [id()] },
		{ value: 'update', name: 'Update', action: 'Update a thing', description: 'Update', route: 'categories.update', fields: [id(), note('Note')] },
		{ value: 'delete', name: 'Delete', action: 'Delete a thing', description: 'Delete', route: 'categories.delete', fields: [id()] },
		// the same ID field, but not first: merging it would move it above Note for this operation
		{ value: 'create', name: 'Create', action: 'Create a thing', description: 'Create', route: 'categories.create', fields: [note('Note'), id()] },
		// a field with the same name but another definition stays separate
		{ value: 'archive', name: 'Archive', action: 'Archive a thing', description: 'Archive', route: 'categories.update', fields: [id(), note('Reason')] },
	],
};

const named = (props: INodeProperties[], name: string) => props.filter((p) => p.name === name);
/** The parameters shown for an operation, in display order. */
const shownFor = (props: INodeProperties[], operation: string) =>
	props.filter((p) => p.name !== 'resource' && p.name !== 'operation' && (p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation)).map((p) => `${p.name}:${p.displayName}`);

describe('builder: one definition for a parameter several operations share', () => {
	const props = buildProperties([things]);

	test('an identical leading field is defined once, shown for every operation that has it first', () => {
		const ids = named(props, 'thingId');
		expect(ids.map((p) => p.displayOptions)).toEqual([
			{ show: { resource: ['thing'], operation: ['get', 'update', 'delete', 'archive'] } },
			{ show: { resource: ['thing'], operation: ['create'] } },
		]);
	});

	test('fields differing in anything but the operations stay separate; identical ones are shared', () => {
		expect(named(props, 'note').map((p) => [p.displayName, p.displayOptions?.show?.operation])).toEqual([
			['Note', ['update', 'create']],
			['Reason', ['archive']],
		]);
	});

	test('every operation still shows its fields in its own order', () => {
		expect(shownFor(props, 'get')).toEqual(['thingId:Thing ID']);
		expect(shownFor(props, 'update')).toEqual(['thingId:Thing ID', 'note:Note']);
		expect(shownFor(props, 'create')).toEqual(['note:Note', 'thingId:Thing ID']);
		expect(shownFor(props, 'archive')).toEqual(['thingId:Thing ID', 'note:Reason']);
	});

	test('the Store node defines Category and Product once each (n8n evaluates every definition per item)', () => {
		const store = nodeTypesMap()['n8n-nodes-returning-ai.returningAiStore'].description.properties;
		expect(named(store, 'categoryId').map((p) => p.displayOptions?.show)).toEqual([{ resource: ['category'], operation: ['delete', 'get', 'update'] }]);
		expect(named(store, 'productId').map((p) => p.displayOptions?.show)).toEqual([{ resource: ['product'], operation: ['delete', 'get', 'update'] }]);
	});
});
