/* eslint-disable */
import { Sandbox, type RecordedRequest } from '../sandbox/server';
import { runNode, type NodeRun, type RunNodeOptions } from './engine';

export { Sandbox };

/**
 * Starts one in-process sandbox for a test file (reset before each test) and returns helpers:
 * `run(type, parameters, options)` runs a node of this package against it.
 */
export function useSandbox() {
	const sandbox = new Sandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
	});
	beforeEach(() => sandbox.reset());
	return {
		sandbox,
		get baseUrl() {
			return baseUrl;
		},
		run(type: string, parameters: Record<string, unknown>, options: Partial<RunNodeOptions> = {}): Promise<NodeRun> {
			return runNode({ type, parameters, baseUrl, ...options });
		},
	};
}

/** The parts of a recorded request that tests compare exactly. */
export function wire(req: RecordedRequest) {
	return { method: req.method, path: req.path, query: req.query, body: req.body };
}

/** Resource-locator value in "By ID" mode. */
export function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}
