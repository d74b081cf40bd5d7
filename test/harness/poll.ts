/* eslint-disable */
/**
 * Runs a polling trigger's poll() with n8n-core's real PollContext, the way n8n's active-workflow manager
 * does: the node's static data lives in the Workflow object (one `Poller` = one active workflow, kept across
 * checks), credentials go through the same TestCredentialsHelper as runWorkflow. `saved()` is what n8n
 * would have stored in its database, as n8n 2.41.1 and 1.123.81 store it (ActiveWorkflowManager.add runs the
 * first check inside the activation, `executePollTrigger(true)`, and then calls saveStaticData; a check that
 * emits calls saveStaticData in `__emit`): the static data after the first check of this Poller (the
 * activation, if it did not throw) and after each check that emitted. Any other check's changes live only in
 * memory and are gone after a restart. A check that throws is reported to n8n's error handling and its result
 * discarded.
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
	private checks = 0;
	private persisted: IDataObject;

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
		this.persisted = structuredClone(options.staticData ?? {});
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
			const activationCheck = mode !== 'manual' && this.checks++ === 0;
			const out = (await nodeType.poll.call(ctx)) as INodeExecutionData[][] | null;
			const items = out === null ? null : out[0];
			if (activationCheck || out !== null) this.persisted = JSON.parse(JSON.stringify(this.workflow.staticData));
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

	/** The workflow static data n8n would have in its database now (a copy; see above), for a "restart". */
	saved(): IDataObject {
		return structuredClone(this.persisted);
	}
}
