/* eslint-disable */
/**
 * Saved version 1 workflows in a real n8n. n8n leaves parameters at their default out of a saved workflow,
 * so a version 1 node that opened on its default operation holds no resource or operation at all; with
 * version 1.1 opening on Get Many, such a node must still run the old operation. The workflow below is
 * such a save: Users version 1 with no resource/operation (Create), then Users version 1 › Manage Account
 * with the Action left at its default (Delete), then Gamification version 1 with neither (Leaderboard › Create).
 */
import { PKG } from './n8n';
import { SANDBOX_CREDENTIALS } from './workflow';

export const SAVED_V1_WORKFLOW_ID = 'rAiE2eSavedV1Nodes';
const USERNAME = 'saved_v1_member';

export function savedV1Workflow(): Record<string, unknown> {
	const credentials = SANDBOX_CREDENTIALS;
	const node = (id: string, name: string, type: string, x: number, parameters: Record<string, unknown>) => ({
		id, name, type: `${PKG.name}.${type}`, typeVersion: 1, position: [x, 0], parameters, credentials,
	});
	return {
		id: SAVED_V1_WORKFLOW_ID,
		name: 'E2E: saved version 1 nodes (no resource or operation saved)',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'v1-start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			node('v1-create', 'Create Member (v1 defaults)', 'returningAiUsers', 220, { email: 'saved.v1@example.com', username: USERNAME, firstname: 'Saved', lastname: 'Member', displayname: 'Saved Member' }),
			node('v1-manage', 'Delete Member (v1 Manage Account)', 'returningAiUsers', 440, { resource: 'user', operation: 'manage', user: '={{ $json.username }}' }),
			node('v1-board', 'Create Leaderboard (v1 defaults)', 'returningAiGamification', 660, { name: 'Saved v1 board' }),
		],
		connections: {
			Start: { main: [[{ node: 'Create Member (v1 defaults)', type: 'main', index: 0 }]] },
			'Create Member (v1 defaults)': { main: [[{ node: 'Delete Member (v1 Manage Account)', type: 'main', index: 0 }]] },
			'Delete Member (v1 Manage Account)': { main: [[{ node: 'Create Leaderboard (v1 defaults)', type: 'main', index: 0 }]] },
		},
		pinData: {},
	};
}

interface Recorded {
	method: string;
	path: string;
	body?: any;
}

export async function checkSavedV1(ctx: {
	execute: (workflowId: string) => Promise<{ code: number | null; run: any; output: string }>;
	sandboxRequests: () => Promise<Recorded[]>;
	pass: (m: string) => void;
	fail: (m: string) => void;
}): Promise<void> {
	const before = (await ctx.sandboxRequests()).length;
	const r = await ctx.execute(SAVED_V1_WORKFLOW_ID);
	const got = (await ctx.sandboxRequests()).slice(before).map((q) => ({ method: q.method, path: q.path, body: q.body }));
	if (r.code !== 0 || r.run?.status !== 'success') return ctx.fail(`saved version 1 nodes: execution failed (exit ${r.code}, status ${r.run?.status})\n${r.output}`);
	const expected: Recorded[] = [
		{ method: 'POST', path: '/v1/users', body: { email: 'saved.v1@example.com', username: USERNAME, firstname: 'Saved', lastname: 'Member', displayname: 'Saved Member', accessLevel: 1, joinServer: true, sendEmail: false, emailPassword: false } },
		{ method: 'POST', path: '/v1/users/manage', body: { action: 'delete', user: USERNAME } },
		{ method: 'POST', path: '/v1/leaderboards', body: { name: 'Saved v1 board' } },
	];
	const same = (a: Recorded, b: Recorded) => a.method === b.method && a.path === b.path && Object.entries(b.body).every(([k, v]) => JSON.stringify(a.body?.[k]) === JSON.stringify(v));
	if (got.length !== expected.length || !expected.every((e, i) => same(got[i], e))) {
		return ctx.fail(`saved version 1 nodes: sandbox requests ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
	}
	const out = (name: string) => r.run.data.resultData.runData[name]?.[0]?.data?.main?.[0]?.map((i: any) => i.json);
	const manage = out('Delete Member (v1 Manage Account)');
	if (JSON.stringify(manage) !== JSON.stringify([{ action: 'delete', user: USERNAME }])) return ctx.fail(`saved version 1 Manage Account output ${JSON.stringify(manage)}`);
	ctx.pass(`saved version 1 nodes ran their old operations: ${got.map((q) => `${q.method} ${q.path}`).join(', ')}; Manage Account output ${JSON.stringify(manage)}`);
}
