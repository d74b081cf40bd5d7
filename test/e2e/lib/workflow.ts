/* eslint-disable */
/**
 * The shape of the workflows the e2e runs with `n8n execute` (lib/agent.ts, lib/retry.ts): a Manual Trigger
 * named Start, the given nodes and connections, not active, execution order v1.
 */
import { CREDENTIAL_ID, CREDENTIAL_NAME } from './n8n';

/** A node's `credentials` for the sandbox credential the e2e imports. */
export const SANDBOX_CREDENTIALS = { returningAiApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } };

/** `{ id, name, nodes: [Start, ...nodes], connections }`; `startId` is the Manual Trigger's node id. */
export function manualWorkflow(o: { id: string; name: string; startId: string; nodes: unknown[]; connections: Record<string, unknown> }): Record<string, unknown> {
	return {
		id: o.id,
		name: o.name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [{ id: o.startId, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }, ...o.nodes],
		connections: o.connections,
		pinData: {},
	};
}

/** A connection from one node's output of `type` (main, ai_tool, ...) to the first input of each of `nodes`. */
export function to(nodes: string | string[], type = 'main'): Record<string, unknown> {
	return { [type]: [(Array.isArray(nodes) ? nodes : [nodes]).map((node) => ({ node, type, index: 0 }))] };
}
