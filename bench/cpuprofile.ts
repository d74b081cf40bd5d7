/* eslint-disable */
/**
 * `npx ts-node --transpile-only bench/cpuprofile.ts <events> a.cpuprofile [b.cpuprofile …]`: where the CPU time
 * of n8n's main process went during a scenario-3 burst (profiles written by `npm run bench -- --only 3
 * --cpu-profile`, bench/lib/preload.cjs). Per profile, in ms per event: self time by owner (the package, n8n-workflow,
 * n8n-core, n8n's CLI, @n8n/*, other dependencies, Node's own JS, native/GC), the time spent under a frame of the
 * package (inclusive), the inclusive time of a few n8n functions on the webhook path, and the top self-time functions.
 */
import { readFileSync } from 'fs';
import { basename } from 'path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

const PACKAGE = 'n8n-nodes-returning-ai';
function owner(url: string, fn: string): string {
	if (!url) return fn.startsWith('(') ? fn : '(native)';
	if (url.includes(`node_modules/${PACKAGE}/`)) return 'ours (the package)';
	if (url.startsWith('node:')) return 'node internals';
	const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/);
	const pkg = m?.[1] ?? '(other)';
	if (pkg === 'n8n-workflow' || pkg === 'n8n-core' || pkg === 'n8n') return pkg;
	if (pkg.startsWith('@n8n/')) return pkg;
	return `dep: ${pkg}`;
}

/** n8n functions on the webhook path whose inclusive time is shown. */
const WATCH = ['parseRequestBody', 'getSimpleParameterValue', 'acquireIsolate', 'releaseIsolate', 'readRawBody', 'parseBody', 'getCredentials', 'executeWebhook', 'runWebhook', 'webhook', 'decodeBody', 'checkEvent', 'renderExpression', 'evaluateResponseOptions'];

const [eventsArg, ...files] = process.argv.slice(2);
const events = Number(eventsArg);
if (!events || !files.length) {
	console.error('usage: bench/cpuprofile.ts <events per profile> <file.cpuprofile> …');
	process.exit(2);
}
for (const file of files) {
	const p: Profile = JSON.parse(readFileSync(file, 'utf8'));
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const selfUs = new Map<number, number>();
	p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
	const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
	const idle = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, us]) => a + us, 0);
	// the profiler's own stop (serialising the profile, under node:inspector's post) is left out of everything
	const underInspector = (id: number) => {
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.url === 'node:inspector') return true;
		return false;
	};
	const profilerUs = [...selfUs].filter(([id]) => underInspector(id)).reduce((a, [, us]) => a + us, 0);
	for (const id of [...selfUs.keys()]) if (underInspector(id)) selfUs.delete(id);
	const busy = total - idle - profilerUs;

	const byOwner = new Map<string, number>();
	const byFn = new Map<string, number>();
	const underOurs = { us: 0 };
	const inclusive = new Map<string, number>();
	for (const [id, us] of selfUs) {
		const n = byId.get(id)!;
		const f = n.callFrame;
		if (f.functionName === '(idle)') continue;
		const o = owner(f.url, f.functionName);
		byOwner.set(o, (byOwner.get(o) ?? 0) + us);
		const fnKey = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('node_modules/').pop()}:${f.lineNumber + 1}` : ''}`;
		byFn.set(fnKey, (byFn.get(fnKey) ?? 0) + us);
		// walk up the stack once: inside the package? which watched functions are on it?
		let ours = false;
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const cf = byId.get(cur)!.callFrame;
			if (cf.url.includes(`node_modules/${PACKAGE}/`)) ours = true;
			const name = WATCH.find((w) => cf.functionName === w);
			if (name) {
				const key = `${name} (${owner(cf.url, cf.functionName)})`;
				if (!seen.has(key)) {
					seen.add(key);
					inclusive.set(key, (inclusive.get(key) ?? 0) + us);
				}
			}
		}
		if (ours) underOurs.us += us;
	}
	const ms = (us: number) => (us / 1000 / events).toFixed(3);
	console.log(`\n# ${basename(file)}: ${((p.endTime - p.startTime) / 1e6).toFixed(1)} s profiled, busy ${(busy / 1e6).toFixed(1)} s; ms per event (${events} events)`);
	console.log(`  the profiler's own stop, left out: ${ms(profilerUs)}`);
	console.log(`  busy (not idle): ${ms(busy)}   under a frame of the package (inclusive): ${ms(underOurs.us)} (${((underOurs.us / busy) * 100).toFixed(2)} % of busy)`);
	console.log('  self time by owner:');
	for (const [o, us] of [...byOwner].sort((a, b) => b[1] - a[1])) console.log(`    ${ms(us).padStart(8)}  ${o}`);
	console.log('  inclusive time of functions on the webhook path:');
	for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1])) console.log(`    ${ms(us).padStart(8)}  ${k}`);
	console.log('  top self time:');
	for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${ms(us).padStart(8)}  ${k}`);
}
