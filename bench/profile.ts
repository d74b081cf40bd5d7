/* eslint-disable */
/**
 * `npx ts-node --transpile-only bench/profile.ts [list|perItem|bulk|bulk-mem] [count]`: runs one scenario's node
 * through n8n-core's engine (the test harness) in this process, against a sandbox in a child
 * process, and prints the time. Add `node --cpu-prof -r ts-node/register/transpile-only` to profile.
 */
import { runNode } from '../test/harness/engine';
import { startSandbox } from '../test/e2e/lib/n8n';
import { freePort, stopAll } from '../test/e2e/lib/proc';
import { LIST_SCENARIO, PER_ITEM_SCENARIO } from './lib/scenarios';

async function main() {
	const [mode = 'perItem', countArg] = process.argv.slice(2);
	const count = Number(countArg ?? (mode === 'list' ? 20000 : 1000));
	const sandbox = await startSandbox(await freePort(), '/tmp/profile-sandbox.log');
	const post = (path: string, body: unknown) => fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	await post('reset', {});
	if (mode === 'list') {
		await post('seed', { route: LIST_SCENARIO.seedRoute, count, template: LIST_SCENARIO.template });
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			const c0 = process.cpuUsage();
			const r = await runNode({ type: 'returningAiStore', parameters: LIST_SCENARIO.ours.parameters, baseUrl: sandbox.url });
			const cpu = process.cpuUsage(c0);
			console.log(`list ${count}: ${(performance.now() - t0).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ${r.items.length} items, ${r.status}`);
		}
	} else if (mode === 'bulk-mem') {
		// Heap of scenario 5's A in-process (run with node --expose-gc): peak while the node runs and what stays
		// after a GC with the output held, above the heap with the input items already allocated.
		const gc = (globalThis as any).gc as () => void;
		const items = Array.from({ length: count }, (_, i) => ({ json: { email: `member${i}@example.com`, xp_op: 'add', xp: (i % 997) + 1 } }));
		const csvBytes = Buffer.byteLength(['email,xp_op,xp', ...items.map((r) => `${r.json.email},${r.json.xp_op},${r.json.xp}`)].join('\n'));
		for (let i = 0; i < 2; i++) {
			gc();
			const base = process.memoryUsage().heapUsed;
			let peak = base;
			const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
			const t0 = performance.now();
			const r = await runNode({ type: 'returningAiBulkOperations', parameters: { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', numericOperator: 'add' }, baseUrl: sandbox.url, items });
			clearInterval(timer);
			const ms = performance.now() - t0;
			gc();
			const kept = process.memoryUsage().heapUsed - base;
			const mib = (b: number) => (b / 2 ** 20).toFixed(1);
			console.log(`bulk-mem ${count}: ${ms.toFixed(0)} ms, ${r.status}; CSV ${mib(csvBytes)} MiB; heap peak +${mib(peak - base)} MiB (${((peak - base) / count).toFixed(0)} B/row), kept after GC with the output held +${mib(kept)} MiB (${(kept / count).toFixed(0)} B/row); output items ${r.items.length}`);
		}
	} else if (mode === 'bulk') {
		// Bulk Operations › Update Users From CSV, CSV built from `count` input items (scenario 5's A)
		const items = Array.from({ length: count }, (_, i) => ({ json: { email: `member${i}@example.com`, xp_op: 'add', xp: (i % 997) + 1 } }));
		for (let i = 0; i < 3; i++) {
			const t0 = performance.now();
			const c0 = process.cpuUsage();
			const r = await runNode({ type: 'returningAiBulkOperations', parameters: { resource: 'bulkUpdate', operation: 'updateUsersFromCsv', csvSource: 'items', numericOperator: 'add' }, baseUrl: sandbox.url, items });
			const cpu = process.cpuUsage(c0);
			console.log(`bulk ${count}: ${(performance.now() - t0).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ${r.items.length} items, ${r.status} ${r.error?.message ?? ''}`);
		}
	} else {
		await post('seed', { route: PER_ITEM_SCENARIO.seedRoute, count });
		const res = await fetch(`${sandbox.url}${PER_ITEM_SCENARIO.listPath}?skip=0&limit=100`, { headers: { authorization: 'Bearer sandbox-api-key-0123456789' } });
		const first = ((await res.json()) as any).data.map((r: any) => r._id) as string[];
		const items = Array.from({ length: count }, (_, i) => ({ json: { id: first[i % first.length] } }));
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			const c0 = process.cpuUsage();
			const r = await runNode({ type: 'returningAiStore', parameters: PER_ITEM_SCENARIO.ours.parameters, baseUrl: sandbox.url, items });
			const cpu = process.cpuUsage(c0);
			console.log(`perItem ${count}: ${(performance.now() - t0).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ${r.items.length} items, ${r.status} ${r.error?.message ?? ''}`);
		}
	}
	await stopAll();
}
main().catch(async (e) => {
	console.error(e);
	await stopAll();
	process.exit(1);
});
