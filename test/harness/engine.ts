/* eslint-disable */
/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute + RoutingNode), the way
 * n8n tests its own nodes, with the package's real credential applied (generic auth resolved as the
 * n8n server's CredentialsHelper does). Nodes are found through package.json's `n8n.nodes` list, so a
 * new node needs no change here.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	isExpression,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { join } from 'path';

import { ReturningAiApi } from '../../credentials/ReturningAiApi.credentials';

const ROOT = join(__dirname, '..', '..');
export const PACKAGE = 'n8n-nodes-returning-ai';

/** Every node class the package declares, keyed by its full type (`n8n-nodes-returning-ai.returningAiStore`). */
export function loadNodeTypes(): Record<string, INodeType> {
	const pkg = require(join(ROOT, 'package.json'));
	const out: Record<string, INodeType> = {};
	for (const distPath of pkg.n8n.nodes as string[]) {
		const source = join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const mod = require(source);
		for (const Exported of Object.values(mod)) {
			if (typeof Exported !== 'function') continue;
			const instance = new (Exported as new () => INodeType)();
			if (instance?.description?.name) out[`${PACKAGE}.${instance.description.name}`] = instance;
		}
	}
	return out;
}

let cachedTypes: Record<string, INodeType> | undefined;
export function nodeTypesMap(): Record<string, INodeType> {
	cachedTypes ??= loadNodeTypes();
	return cachedTypes;
}

class NodeTypes implements INodeTypes {
	constructor(private readonly map: Record<string, INodeType>) {}
	getByName(type: string): INodeType {
		return this.map[type];
	}
	getByNameAndVersion(type: string): INodeType {
		const node = this.map[type];
		if (!node) throw new Error(`Unknown node type ${type}`);
		return node;
	}
	getKnownTypes() {
		return {};
	}
}

export class TestCredentialsHelper extends ICredentialsHelper {
	private readonly types: Record<string, ICredentialType> = {};
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
		const cred = new ReturningAiApi();
		this.types[cred.name] = cred;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	getOAuth2Options() {
		return undefined as any;
	}
	getCredentialsProperties(type: string) {
		return this.types[type].properties;
	}
	async getDecrypted(_a: unknown, _n: unknown, type: string) {
		return this.data[type] ?? {};
	}
	async getCredentials(): Promise<any> {
		throw new Error('not needed in tests');
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined as any;
	}
	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions, workflow: Workflow, node: INode) {
		const auth = this.types[typeName]?.authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		const resolve = (v: string) =>
			isExpression(v) ? String(workflow.expression.getSimpleParameterValue(node, v, 'internal', { $credentials: credentials } as any, undefined, '') ?? '') : v;
		for (const [outerKey, inner] of Object.entries(auth.properties)) {
			const target = ((requestOptions as any)[outerKey] ??= {});
			for (const [k, v] of Object.entries(inner as Record<string, string>)) target[resolve(k)] = resolve(v);
		}
		return requestOptions;
	}
}

function deferred<T>() {
	let resolve!: (v: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

export interface RunOptions {
	nodes: INode[];
	connections?: Record<string, any>;
	startNodeName: string;
	inputItems?: INodeExecutionData[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}

export async function runWorkflow({ nodes, connections = {}, startNodeName, inputItems = [{ json: {} }], credentials = {} }: RunOptions): Promise<IRun> {
	const nodeTypes = new NodeTypes(nodeTypesMap());
	const workflow = new Workflow({ id: 'test', nodes, connections, nodeTypes, active: false, settings: { executionOrder: 'v1' } });
	const hooks = new ExecutionLifecycleHooks('manual', '1', { id: 'test', name: 'test', nodes, connections, active: false, settings: {} } as any);
	const done = deferred<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => done.resolve(run));
	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		userId: 'test-user',
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: workflow.getNode(startNodeName)!, data: { main: [inputItems] }, source: null }],
		},
	};
	await new WorkflowExecute(additionalData, 'manual', runExecutionData as any).processRunExecutionData(workflow);
	return await done.promise;
}

export interface NodeRun {
	status: IRun['status'];
	/** Output items of the node (json and, with Continue On Fail, error). */
	items: INodeExecutionData[];
	json: any[];
	/** The error that stopped the workflow, if any. */
	error?: any;
	run: IRun;
}

export interface RunNodeOptions {
	/** Node type name without the package prefix, e.g. `returningAiStore`. */
	type: string;
	parameters: Record<string, unknown>;
	items?: INodeExecutionData[];
	baseUrl: string;
	apiKey?: string;
	credential?: Record<string, unknown>;
	continueOnFail?: boolean;
	typeVersion?: number;
}

/** Runs one node of this package on the given input items against a sandbox URL. */
export async function runNode(options: RunNodeOptions): Promise<NodeRun> {
	const name = 'Node Under Test';
	const node: INode = {
		id: 'n1',
		name,
		type: `${PACKAGE}.${options.type}`,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters as any,
		credentials: { returningAiApi: { id: 'c1', name: 'Returning.AI sandbox' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const run = await runWorkflow({
		nodes: [node],
		startNodeName: name,
		inputItems: options.items ?? [{ json: {} }],
		credentials: { returningAiApi: { baseUrl: options.baseUrl, apiKey: options.apiKey ?? 'sandbox-api-key-0123456789', communityId: '', ...(options.credential ?? {}) } as any },
	});
	const items: INodeExecutionData[] = (run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? []) as INodeExecutionData[];
	return { status: run.status, items, json: items.map((i) => i.json), error: run.data.resultData.error, run };
}
