import type { INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import pkg from '../../package.json';

/**
 * Every parameter is described, for a person and for an AI agent choosing a value (issue 12 item 4):
 * each leaf parameter of every built node description (all nodes of package.json `n8n.nodes`, the
 * trigger too), including the children of collections and fixedCollections, has a description; and
 * every ID-like parameter says what form the ID takes (24-character hex ObjectId, UUID, numeric, an
 * order ID, or "as the API returns it" where the reference does not say).
 *
 * Failures name node › resource › operation › parameter path. (Written without fs, path, process or
 * require, so that n8n's own lint, `n8n-node lint`, has nothing to report in this file.)
 */

/**
 * nodes/Users/resources/user.ts is being reworked (and described) on another branch. Its parameters
 * that still have no description, or an ID without its form, are listed here, and only these. Empty
 * both lists once that work is merged: an entry that is fixed by then fails the test, so the lists
 * cannot go stale.
 */
const PENDING_USERS_REWORK: { undescribed: string[]; idWithoutForm: string[] } = {
	undescribed: [],
	idWithoutForm: [],
};

/** How an ID-like parameter's description names its form. */
const ID_FORMAT = /24-character hex|ObjectId|UUID|numeric|order ID|as [\w >.]+ returns? (it|them)|as the API returns|its key|any (short )?text you choose/i;

interface Leaf {
	path: string;
	property: INodeProperties;
}

async function descriptions(): Promise<Array<{ node: string; description: INodeTypeDescription }>> {
	const out: Array<{ node: string; description: INodeTypeDescription }> = [];
	for (const entry of pkg.n8n.nodes) {
		// dist/nodes/X/Y.node.js -> the source module ../../nodes/X/Y.node
		const mod = (await import(`../../${entry.replace(/^dist\//, '').replace(/\.js$/, '')}`)) as Record<string, unknown>;
		for (const Exported of Object.values(mod)) {
			if (typeof Exported !== 'function') continue;
			const description = (new (Exported as new () => { description?: INodeTypeDescription })()).description;
			if (description?.name) out.push({ node: description.name, description });
		}
	}
	return out;
}

/** Leaf parameters below one top-level parameter: collections and fixedCollections are walked into. */
function leaves(property: INodeProperties, path: string[]): Leaf[] {
	if (property.type === 'notice') return [];
	if (property.type === 'collection') {
		return ((property.options ?? []) as INodeProperties[]).flatMap((child) => leaves(child, [...path, property.name]));
	}
	if (property.type === 'fixedCollection') {
		return ((property.options ?? []) as INodePropertyCollection[]).flatMap((group) =>
			group.values.flatMap((child) => leaves(child, [...path, property.name, group.name])),
		);
	}
	return [{ path: [...path, property.name].join(' › '), property }];
}

/** Every leaf parameter of a node, once per resource and operation it is shown for. */
function leafParameters(node: string, description: INodeTypeDescription): Leaf[] {
	const out: Leaf[] = [];
	for (const property of description.properties) {
		// The Resource and Operation selectors: their options carry the descriptions (checked below).
		if ((property.name === 'resource' || property.name === 'operation') && property.type === 'options') continue;
		const show = property.displayOptions?.show ?? {};
		const resources = (show.resource as string[] | undefined) ?? ['-'];
		const operations = (show.operation as string[] | undefined) ?? ['-'];
		for (const resource of resources) {
			for (const operation of operations) {
				const prefix = description.group.includes('trigger') ? [node] : [node, resource, operation];
				out.push(...leaves(property, prefix));
			}
		}
	}
	return out;
}

const isIdLike = (p: INodeProperties) =>
	p.type === 'resourceLocator' || /(Id|ID)$/.test(p.name) || /\bID\b/.test(p.displayName);

let nodes: Array<{ node: string; description: INodeTypeDescription }> = [];
let all: Leaf[] = [];

describe('parameter descriptions', () => {
	beforeAll(async () => {
		nodes = await descriptions();
		all = nodes.flatMap(({ node, description }) => leafParameters(node, description));
	});

	test('the walk sees every node of package.json, the trigger too, and hundreds of parameters', () => {
		expect(nodes.length).toBe(pkg.n8n.nodes.length);
		expect(nodes.some(({ description }) => description.group.includes('trigger'))).toBe(true);
		expect(all.length).toBeGreaterThan(500);
		// fixedCollection children are reached (e.g. Chart Analysis drawings)
		expect(all.some((l) => l.path.endsWith('drawings › line › startHead'))).toBe(true);
	});

	test('every leaf parameter has a description', () => {
		const missing = all.filter((l) => !l.property.description?.trim()).map((l) => l.path);
		expect(missing.filter((path) => !PENDING_USERS_REWORK.undescribed.includes(path))).toEqual([]);
	});

	test('the pending Users lists hold only parameters of user.ts that still need the fix', () => {
		const missing = new Set(all.filter((l) => !l.property.description?.trim()).map((l) => l.path));
		expect(PENDING_USERS_REWORK.undescribed.filter((path) => !missing.has(path))).toEqual([]);
		const vague = new Set(all.filter((l) => isIdLike(l.property) && !ID_FORMAT.test(l.property.description ?? '')).map((l) => l.path));
		expect(PENDING_USERS_REWORK.idWithoutForm.filter((path) => !vague.has(path))).toEqual([]);
		for (const path of [...PENDING_USERS_REWORK.undescribed, ...PENDING_USERS_REWORK.idWithoutForm]) expect(path).toMatch(/^returningAiUsers › user › /);
	});

	test('no description only repeats the display name', () => {
		const same = all.filter((l) => l.property.description?.trim().toLowerCase() === l.property.displayName.trim().toLowerCase());
		expect(same.map((l) => l.path)).toEqual([]);
	});

	test('every ID-like parameter says what form the ID takes', () => {
		const vague = all
			.filter((l) => isIdLike(l.property) && l.property.description && !ID_FORMAT.test(l.property.description))
			.filter((l) => !PENDING_USERS_REWORK.idWithoutForm.includes(l.path))
			.map((l) => `${l.path}: ${l.property.description}`);
		expect(vague).toEqual([]);
	});

	test('every Resource and Operation option has a description', () => {
		const missing: string[] = [];
		for (const { node, description } of nodes) {
			for (const property of description.properties) {
				if (property.name !== 'resource' && property.name !== 'operation') continue;
				const resource = (property.displayOptions?.show?.resource as string[] | undefined)?.[0] ?? '-';
				for (const o of (property.options ?? []) as INodePropertyOptions[]) {
					if (!o.description?.trim()) missing.push(`${node} › ${property.name === 'resource' ? String(o.value) : `${resource} › ${String(o.value)}`}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});
