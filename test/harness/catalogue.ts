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
}

/** Every operation every declarative node of the package exposes, read from the node descriptions. */
export function operations(types: Record<string, INodeType> = nodeTypesMap()): CatalogueOperation[] {
	const out: CatalogueOperation[] = [];
	for (const [nodeType, node] of Object.entries(types)) {
		const props = node.description.properties;
		const resourceProp = props.find((p) => p.name === 'resource');
		if (!resourceProp) continue;
		for (const opProp of props.filter((p) => p.name === 'operation')) {
			const resource = (opProp.displayOptions?.show?.resource as string[])[0];
			const resourceName = (resourceProp.options as INodePropertyOptions[]).find((o) => o.value === resource)!.name;
			for (const option of opProp.options as INodePropertyOptions[]) {
				const request = option.routing?.request;
				out.push({
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
