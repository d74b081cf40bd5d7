/* eslint-disable */
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { nodeTypesMap } from './engine';

export interface CatalogueOperation {
	nodeType: string;
	nodeDisplayName: string;
	resource: string;
	resourceName: string;
	operation: string;
	operationName: string;
	method: string;
	path: string;
	deprecated: boolean;
	/** The node versions that list the operation, when not all of them (an Operation parameter per version run). */
	versions?: number[];
}

/** Every operation every declarative node of the package exposes, read from the node descriptions. */
export function operations(types: Record<string, INodeType> = nodeTypesMap()): CatalogueOperation[] {
	const out: CatalogueOperation[] = [];
	for (const [nodeType, node] of Object.entries(types)) {
		const props = node.description.properties;
		const resourceProp = props.find((p) => p.name === 'resource');
		if (!resourceProp) continue;
		const allVersions = ([] as number[]).concat(node.description.version);
		for (const opProp of props.filter((p) => p.name === 'operation')) {
			const resource = (opProp.displayOptions?.show?.resource as string[])[0];
			const shownIn = (opProp.displayOptions?.show?.['@version'] as number[] | undefined) ?? allVersions;
			const resourceName = (resourceProp.options as INodePropertyOptions[]).find((o) => o.value === resource)!.name;
			for (const option of opProp.options as INodePropertyOptions[]) {
				const request = option.routing?.request;
				// Light versioning defines the Operation parameter once per run of versions: list each operation once.
				const seen = out.find((o) => o.nodeType === nodeType && o.resource === resource && o.operation === String(option.value));
				if (seen) {
					seen.versions = [...new Set([...(seen.versions ?? []), ...shownIn])].sort((a, b) => a - b);
					if (seen.versions.length === allVersions.length) delete seen.versions;
					continue;
				}
				out.push({
					...(shownIn.length < allVersions.length ? { versions: [...shownIn] } : {}),
					nodeType,
					nodeDisplayName: node.description.displayName,
					resource,
					resourceName,
					operation: String(option.value),
					operationName: option.name,
					method: String(request?.method ?? ''),
					path: String(request?.url ?? ''),
					deprecated: /^Deprecated/.test(option.description ?? ''),
				});
			}
		}
	}
	return out;
}

export function propertiesOf(node: INodeType): INodeProperties[] {
	return node.description.properties;
}
