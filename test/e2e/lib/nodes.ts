/* eslint-disable */
/**
 * What the built package offers, read from dist/ exactly as n8n reads it (package.json `n8n.nodes`):
 * each node's description, its resources and operations with their routing (method + path), and
 * the parameters an operation requires. The e2e generates its workflows from this, so it covers
 * whatever nodes are registered, and checks the example workflows against it.
 */
import { basename, join } from 'path';

import { PKG, ROOT } from './n8n';

export interface NodeProperty {
	displayName: string;
	name: string;
	type: string;
	default?: unknown;
	required?: boolean;
	options?: Array<{ name: string; value: unknown; routing?: { request?: { method?: string; url?: string } } } & Record<string, any>>;
	displayOptions?: { show?: Record<string, unknown[]>; hide?: Record<string, unknown[]> };
	modes?: Array<{ name: string }>;
}

export interface NodeDescription {
	displayName: string;
	name: string;
	version: number | number[];
	group: string[];
	properties: NodeProperty[];
	credentials?: Array<{ name: string; required?: boolean }>;
	webhooks?: Array<{ name: string; httpMethod: string; path: string; responseMode?: string }>;
}

export interface BuiltNode {
	file: string;
	type: string;
	description: NodeDescription;
	isTrigger: boolean;
	latestVersion: number;
	versions: number[];
}

export interface OperationInfo {
	resource?: string;
	operation: string;
	method: string;
	url: string;
	/** Top-level parameters shown for this operation and marked required. */
	required: NodeProperty[];
	/** Every parameter name shown for this resource + operation. */
	visible: NodeProperty[];
}

/** Loads every node registered in package.json `n8n.nodes` from the compiled dist/. */
export function loadBuiltNodes(): BuiltNode[] {
	return PKG.n8n.nodes.map((file) => {
		const exported = require(join(ROOT, file)) as Record<string, new () => { description: NodeDescription }>;
		const className = basename(file).replace(/\.node\.js$/, '');
		const NodeClass = exported[className] ?? Object.values(exported)[0];
		const description = new NodeClass().description;
		const versions = Array.isArray(description.version) ? description.version : [description.version];
		return {
			file,
			type: `${PKG.name}.${description.name}`,
			description,
			isTrigger: description.group.includes('trigger') || Boolean(description.webhooks?.length),
			latestVersion: Math.max(...versions),
			versions,
		};
	});
}

export function shownFor(prop: NodeProperty, values: Record<string, unknown>): boolean {
	const show = prop.displayOptions?.show ?? {};
	for (const [key, allowed] of Object.entries(show)) {
		if (key === '@version' && '@version' in values) {
			if (!allowed.includes(values['@version'])) return false;
			continue;
		}
		if (key.startsWith('@')) continue;
		if (!(key in values)) continue; // depends on a parameter we do not set (e.g. returnAll): counts as shown
		if (!allowed.includes(values[key])) return false;
	}
	const hide = prop.displayOptions?.hide ?? {};
	for (const [key, hidden] of Object.entries(hide)) {
		if (key in values && hidden.includes(values[key])) return false;
	}
	return true;
}

/** Every resource/operation pair of a declarative node at a version (default: its newest), with method, path and required parameters. */
export function operationsOf(node: BuiltNode, version: number = node.latestVersion): OperationInfo[] {
	const props = node.description.properties;
	const resourceProp = props.find((p) => p.name === 'resource' && p.type === 'options');
	const resources = resourceProp ? (resourceProp.options ?? []).map((o) => String(o.value)) : [undefined];
	const out: OperationInfo[] = [];
	for (const resource of resources) {
		const opProps = props.filter((p) => p.name === 'operation' && p.type === 'options' && shownFor(p, { '@version': version, ...(resource !== undefined ? { resource } : {}) }));
		for (const opProp of opProps) {
			for (const option of opProp.options ?? []) {
				const operation = String(option.value);
				const values: Record<string, unknown> = { '@version': version, operation, ...(resource !== undefined ? { resource } : {}) };
				const visible = props.filter((p) => p.name !== 'resource' && p.name !== 'operation' && shownFor(p, values));
				out.push({
					resource,
					operation,
					method: String(option.routing?.request?.method ?? 'GET').toUpperCase(),
					url: String(option.routing?.request?.url ?? ''),
					required: visible.filter((p) => p.required),
					visible,
				});
			}
		}
	}
	return out;
}
