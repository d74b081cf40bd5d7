/* eslint-disable */
/**
 * Runs a polling trigger's poll() with n8n-core's real PollContext, the way n8n's active-workflow manager
 * does: the node's static data lives in the Workflow object (one `Poller` = one active workflow, kept across
 * checks), credentials go through the same TestCredentialsHelper as runWorkflow. `saved()` is what n8n
 * would have stored: n8n saves a poller's static data when a check emits (and keeps it in memory otherwise);
 * a check that throws is reported to n8n's error handling and its result discarded.
 */
import { PollContext } from 'n8n-core';
import { Workflow, type IDataObject, type INode, type INodeExecutionData, type IWorkflowExecuteAdditionalData, type WorkflowActivateMode, type WorkflowExecuteMode } from 'n8n-workflow';

import { NodeTypes, PACKAGE, TestCredentialsHelper, nodeTypesMap } from './engine';

export interface PollerOptions {
	parameters: Record<string, unknown>;
	baseUrl: string;
	apiKey?: string;
	credential?: Record<string, unknown>;
	/** Static data to start from (e.g. what a previous n8n process saved). */
	staticData?: IDataObject;
	type?: string;
}

export interface PollResult {
	/** The items poll() returned (null: nothing new). */
	items: INodeExecutionData[] | null;
	json: any[];
	error?: any;
}

export class Poller {
	readonly workflow: Workflow;
	readonly node: INode;
	/** What the node logged as warnings (n8n's logger is n8n-core's; this records its calls too). */
	readonly warnings: string[] = [];
	private readonly additionalData: IWorkflowExecuteAdditionalData;

	constructor(private readonly options: PollerOptions) {
		this.node = {
			id: 'p1',
			name: 'Poll Under Test',
			type: `${PACKAGE}.${options.type ?? 'returningAiPollingTrigger'}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...options.parameters } as any,
			credentials: { returningAiApi: { id: 'c1', name: 'Returning.AI sandbox' } },
		};
		this.workflow = new Workflow({
			id: 'poll-test',
			nodes: [this.node],
			connections: {},
			nodeTypes: new NodeTypes(nodeTypesMap()),
			active: true,
			staticData: structuredClone(options.staticData ?? {}),
			settings: { executionOrder: 'v1' },
		});
		const credentials = { returningAiApi: { baseUrl: options.baseUrl, apiKey: options.apiKey ?? 'sandbox-api-key-0123456789', communityId: '', ...(options.credential ?? {}) } as any };
		this.additionalData = { credentialsHelper: new TestCredentialsHelper(credentials), variables: {}, instanceBaseUrl: 'http://127.0.0.1/' } as unknown as IWorkflowExecuteAdditionalData;
	}

	/** One check. `mode` 'manual' is the editor's "Fetch Test Event"; activation 'activate' the check n8n runs when a workflow is published. */
	async poll(mode: WorkflowExecuteMode = 'trigger', activation: WorkflowActivateMode = 'activate'): Promise<PollResult> {
		const ctx = new PollContext(this.workflow, this.workflow.getNode(this.node.name)!, this.additionalData, mode, activation);
		const nodeType = nodeTypesMap()[this.node.type] as any;
		// n8n-core's logger is a shared singleton: its warn is wrapped for the length of this check only.
		const logger = ctx.logger as any;
		const warn = logger.warn;
		const warnings = this.warnings;
		logger.warn = (message: string, meta?: object) => {
			warnings.push(message);
			warn.call(logger, message, meta);
		};
		try {
			const out = (await nodeType.poll.call(ctx)) as INodeExecutionData[][] | null;
			const items = out === null ? null : out[0];
			return { items, json: (items ?? []).map((i) => i.json) };
		} catch (error) {
			return { items: null, json: [], error };
		} finally {
			logger.warn = warn;
		}
	}

	/** The node's static data as it stands (a copy). */
	state(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.getStaticData('node', this.node))) as IDataObject;
	}

	/** The whole workflow static data, as n8n would write it to the database (a copy), for a "restart". */
	saved(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.staticData));
	}
}
