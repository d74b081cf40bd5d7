/* eslint-disable */
/**
 * The example workflows in examples/: which of them can run with the nodes built so far, and whether
 * their Returning.AI nodes use resources, operations and parameters the nodes really have.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { PKG, ROOT } from './n8n';
import { operationsOf, shownFor, type BuiltNode } from './nodes';

export const EXAMPLES_DIR = join(ROOT, 'examples');

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	webhookId?: string;
	credentials?: Record<string, { id: string; name: string }>;
}

export interface Example {
	file: string;
	workflow: { id: string; name: string; nodes: WorkflowNode[]; connections: Record<string, unknown> };
	/** Node types of this package the example uses but package.json does not register yet. */
	missing: string[];
	/** Whether it starts from a Manual Trigger and uses no trigger of this package (so `n8n execute` can run it). */
	runnable: boolean;
}

/** A node used as an AI tool has the type `<package>.<name>Tool` (n8n's convertNodeToAiTool); its base node is `<package>.<name>`. */
export function baseType(type: string): string {
	return type.startsWith(`${PKG.name}.`) && type.endsWith('Tool') ? type.slice(0, -'Tool'.length) : type;
}
/** Parameters n8n adds to every node used as a tool. */
const TOOL_PARAMETERS = new Set(['descriptionType', 'toolDescription']);

export function loadExamples(built: BuiltNode[]): Example[] {
	const types = new Set(built.map((n) => n.type));
	return readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Example['workflow'];
			const ours = workflow.nodes.filter((n) => n.type.startsWith(`${PKG.name}.`));
			const missing = [...new Set(ours.map((n) => baseType(n.type)).filter((t) => !types.has(t)))];
			const hasOurTrigger = ours.some((n) => built.find((b) => b.type === n.type)?.isTrigger || /trigger$/i.test(n.type));
			const runnable = !hasOurTrigger && workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger');
			return { file, workflow, missing, runnable };
		});
}

/** Problems of an example's nodes against the built nodes' descriptions (only for node types that exist). */
export function validateExample(example: Example, built: BuiltNode[]): string[] {
	const problems: string[] = [];
	for (const node of example.workflow.nodes) {
		const b = built.find((x) => x.type === baseType(node.type));
		if (!b) continue;
		const isTool = baseType(node.type) !== node.type;
		const where = `${example.file} › ${node.name}`;
		if (node.typeVersion > b.latestVersion) problems.push(`${where}: typeVersion ${node.typeVersion}, the node's latest is ${b.latestVersion}`);
		const params = node.parameters ?? {};
		if (b.isTrigger) {
			const names = new Set(b.description.properties.map((p) => p.name));
			// n8n adds Poll Times to every polling node when it loads it.
			if ((b.description as { polling?: boolean }).polling) names.add('pollTimes');
			for (const key of Object.keys(params)) if (!names.has(key)) problems.push(`${where}: the trigger has no parameter '${key}'`);
			for (const [key, value] of Object.entries(params)) {
				const prop = b.description.properties.find((p) => p.name === key && p.type === 'options');
				if (prop && typeof value === 'string' && !value.startsWith('=') && !(prop.options ?? []).some((o) => o.value === value)) {
					problems.push(`${where}: '${key}' = '${value}' is not an option (${(prop.options ?? []).map((o) => String(o.value)).join(', ')})`);
				}
			}
			if (b.description.webhooks?.length && !node.webhookId) problems.push(`${where}: give the trigger a fixed webhookId`);
			continue;
		}
		const ops = operationsOf(b, node.typeVersion);
		const resources = [...new Set(ops.map((o) => o.resource))];
		if (params.resource !== undefined && !resources.includes(params.resource as string)) {
			problems.push(`${where}: resource '${String(params.resource)}' does not exist (${resources.join(', ')})`);
			continue;
		}
		const op = ops.find((o) => o.resource === params.resource && o.operation === params.operation);
		if (!op) {
			problems.push(`${where}: operation '${String(params.operation)}' does not exist for resource '${String(params.resource)}' (${ops.filter((o) => o.resource === params.resource).map((o) => o.operation).join(', ')})`);
			continue;
		}
		for (const [key, value] of Object.entries(params)) {
			if (key === 'resource' || key === 'operation' || (isTool && TOOL_PARAMETERS.has(key))) continue;
			const prop = op.visible.find((p) => p.name === key);
			if (!prop) {
				problems.push(`${where}: '${key}' is not a parameter of ${String(params.resource)} › ${String(params.operation)} (parameters: ${op.visible.map((p) => p.name).join(', ')})`);
				continue;
			}
			const isRl = Boolean(value && typeof value === 'object' && (value as { __rl?: boolean }).__rl);
			if (prop.type === 'resourceLocator' && !isRl) problems.push(`${where}: '${key}' is a resource locator: write { "__rl": true, "mode": "id", "value": ${JSON.stringify(value)} }`);
			if (prop.type !== 'resourceLocator' && isRl) problems.push(`${where}: '${key}' is a plain ${prop.type}, not a resource locator`);
			if (prop.type === 'collection' && (typeof value !== 'object' || value === null)) problems.push(`${where}: '${key}' must be an object`);
			if (prop.type === 'collection' && value && typeof value === 'object') {
				const allowed = new Set(((prop as any).options ?? []).map((o: { name: string }) => o.name));
				for (const sub of Object.keys(value)) if (!allowed.has(sub)) problems.push(`${where}: '${key}.${sub}' is not an option of ${prop.displayName}`);
			}
		}
		// Parameters that show only for some value of another parameter (e.g. a channel type): judge with the values set, else the defaults.
		const values: Record<string, unknown> = {};
		for (const prop of op.visible) if (!(prop.name in values)) values[prop.name] = prop.default;
		Object.assign(values, params);
		for (const req of op.required) {
			if (!shownFor(req, values)) continue;
			if (!(req.name in params)) problems.push(`${where}: required parameter '${req.name}' (${req.displayName}) is not set`);
		}
	}
	return problems;
}
