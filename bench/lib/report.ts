/* eslint-disable */
/**
 * The spread tables of a bench run: every variant's median and min–max (time, CPU of n8n's process tree,
 * expression evaluations and isolates per item or event, requests, memory, load) and every ratio of
 * interest with the min – median – max of the per-rep ratios (reps are interleaved, so a rep's variants
 * shared the machine's load). `npx ts-node --transpile-only bench/report.ts bench/results/<file>.json`
 * prints them again from a saved run.
 */
import { median, table } from './stats';

/** One measured run (what bench/run.ts records; its own record extends this one). */
export interface Run {
	scenario: string;
	case: string;
	variant: string;
	rep: number;
	/** The variant's work: node executionTime(s) for A/B, the loop for C. */
	ms: number;
	/** stoppedAt - startedAt of the execution (A/B). */
	execMs?: number;
	items: number;
	requests: number;
	rssPeakMb?: number;
	rssGrowthMb?: number;
	eventsPerSec?: number;
	/** CPU time (user + system) n8n's process tree used during the run. */
	cpuMs?: number;
	/** Expression evaluations / isolate acquisitions n8n made during the run (bench/lib/preload.cjs). */
	evaluations?: number;
	isolates?: number;
	evaluationsByExpression?: Record<string, number>;
	/** 1-minute load average when the run started. */
	load1?: number;
	/** Input items of the run (scenario 5: the rows; evaluations are counted per input item). */
	inputs?: number;
	/** Scenario 6: the execution's status and error (a failed run is a result there, not a bench failure). */
	status?: string;
	error?: string;
}

const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '-');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const spread = (xs: number[]) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : undefined);

/** Ratios to compare per scenario: [numerator, denominator, what]. For scenario 3 the ratio is of events/s (higher is better). */
const PAIRS: Record<string, Array<[string, string, string]>> = {
	'1': [
		['A', 'B', 'ours ÷ HTTP Request'],
		['A', 'C', 'ours ÷ bare loop'],
	],
	'2': [
		['A', 'B', 'ours ÷ HTTP Request'],
		['A', 'M', 'ours ÷ minimal declarative'],
		['M', 'B', 'minimal declarative ÷ HTTP Request'],
		['AP', 'A', 'ours patched ÷ ours'],
		['MP', 'M', 'minimal patched ÷ minimal'],
		['AP', 'B', 'ours patched ÷ HTTP Request'],
		['MP', 'B', 'minimal patched ÷ HTTP Request'],
	],
	'3': [
		['oursV1', 'webhookAuth', 'Trigger 1 (default) ÷ Webhook + Header Auth'],
		['ours', 'webhookAuth', 'Trigger 1.1 ÷ Webhook + Header Auth'],
		['oursV1', 'ours', 'Trigger 1 ÷ Trigger 1.1'],
		['webhookAuth', 'webhook', 'Webhook + Header Auth ÷ Webhook'],
	],
	'5': [
		['A', 'B', 'ours from items ÷ Convert to File + HTTP Request'],
		['AB', 'B', 'Convert to File + ours ÷ Convert to File + HTTP Request'],
		['AP', 'B', 'ours from items, patched RoutingNode ÷ Convert to File + HTTP Request'],
		['AP', 'A', 'ours from items: patched ÷ unpatched RoutingNode'],
	],
	'6': [
		['A', 'B', 'ours ÷ HTTP Request + Retry On Fail (status-aware Complete When)'],
		['A', 'BT', "ours ÷ HTTP Request + Retry On Fail (scenario 1's Complete When)"],
	],
};

/** Every variant's median and min–max (time, CPU, evaluations), and every ratio with the spread of the per-rep ratios. */
export function spreadTables(runs: Run[], config: { events: number; perItemCount: number }): { text: string; data: any[] } {
	const { events: EVENTS, perItemCount: PER_ITEM_COUNT } = config;
	const out: string[] = [];
	const data: any[] = [];
	const cases = [...new Set(runs.filter((r) => PAIRS[r.scenario]).map((r) => `${r.scenario}|${r.case}`))];
	for (const c of cases) {
		const [scenario, name] = c.split('|');
		const of = (v: string) => runs.filter((r) => r.scenario === scenario && r.case === name && r.variant === v);
		const variants = [...new Set(runs.filter((r) => r.scenario === scenario && r.case === name).map((r) => r.variant))];
		// a failed node has no executionTime (scenario 6): the whole execution's time then
		const metric = (r: Run) => (scenario === '3' ? r.eventsPerSec! : Number.isFinite(r.ms) && r.ms !== null ? r.ms : r.execMs ?? NaN);
		const per = (r: Run) => (scenario === '3' ? r.requests : r.inputs ?? (r.items || 1));
		const rows = variants.map((v) => {
			const rs = of(v);
			const t = spread(rs.map(metric));
			const cpu = spread(rs.map((r) => (r.cpuMs ?? NaN) / (scenario === '3' ? r.requests : 1)).filter(Number.isFinite));
			const ev = spread(rs.map((r) => (r.evaluations ?? NaN) / per(r)).filter(Number.isFinite));
			const iso = spread(rs.map((r) => (r.isolates ?? NaN) / per(r)).filter(Number.isFinite));
			const loads = rs.map((r) => r.load1 ?? NaN).filter(Number.isFinite);
			const d = { scenario, case: name, variant: v, time: t, cpu, evaluationsPer: ev, isolatesPer: iso, load: spread(loads), peakRssMb: spread(rs.map((r) => r.rssPeakMb ?? NaN).filter(Number.isFinite)), growthMb: spread(rs.map((r) => r.rssGrowthMb ?? NaN).filter(Number.isFinite)), requests: spread(rs.map((r) => r.requests)), items: spread(rs.map((r) => r.items)), statuses: [...new Set(rs.map((r) => r.status).filter(Boolean))] };
			data.push(d);
			return [
				v,
				t ? (scenario === '3' ? `${f2(t.median)} (${f2(t.min)}–${f2(t.max)})` : `${f0(t.median)} (${f0(t.min)}–${f0(t.max)})`) : '-',
				cpu ? (scenario === '3' ? `${f2(cpu.median)} (${f2(cpu.min)}–${f2(cpu.max)})` : `${f0(cpu.median)} (${f0(cpu.min)}–${f0(cpu.max)})`) : '-',
				ev ? `${f2(ev.median)}` : '-',
				iso ? `${f2(iso.median)}` : '-',
				d.requests ? `${f0(d.requests.median)}${d.requests.min !== d.requests.max ? ` (${f0(d.requests.min)}–${f0(d.requests.max)})` : ''}` : '-',
				d.items ? f0(d.items.median) : '-',
				d.peakRssMb ? `${f0(d.peakRssMb.median)} (+${f0(d.growthMb?.median ?? NaN)}; +${f0(d.growthMb?.min ?? NaN)}–${f0(d.growthMb?.max ?? NaN)})` : '-',
				loads.length ? `${f2(Math.min(...loads))}–${f2(Math.max(...loads))}` : '-',
				d.statuses.join(','),
			];
		});
		const unit = scenario === '3' ? 'events/s' : 'ms';
		out.push(`\nScenario ${scenario}, ${name}: median (min–max) of ${Math.max(...variants.map((v) => of(v).length))} interleaved rep(s)`);
		out.push(table(['variant', `${unit}`, scenario === '3' ? 'CPU ms/event' : 'CPU ms (n8n tree)', scenario === '3' ? 'evaluations/event' : 'evaluations/item', scenario === '3' ? 'isolates/event' : 'isolates/item', 'requests', scenario === '3' ? 'executions' : 'items out', 'peak RSS MB (growth; min–max)', 'load 1 min', 'status'], rows));
		const ratioRows: unknown[][] = [];
		for (const [a, b2, what] of PAIRS[scenario]) {
			if (!of(a).length || !of(b2).length) continue;
			const byRep = (v: string, m: (r: Run) => number) => new Map(of(v).map((r) => [r.rep, m(r)]));
			const pair = (m: (r: Run) => number) => {
				const A = byRep(a, m);
				const B = byRep(b2, m);
				return [...A.keys()].filter((k) => B.has(k) && Number.isFinite(A.get(k)!) && Number.isFinite(B.get(k)!) && B.get(k)! > 0).map((k) => A.get(k)! / B.get(k)!);
			};
			const wall = pair(metric);
			const cpuPer = (r: Run) => (r.cpuMs ?? NaN) / (scenario === '3' ? r.requests : 1);
			const cpu = pair(cpuPer);
			const medRatio = median(of(a).map(metric)) / median(of(b2).map(metric));
			const cpuMedRatio = median(of(a).map(cpuPer)) / median(of(b2).map(cpuPer));
			const w = spread(wall);
			const cp = spread(cpu);
			// the claim is the ratio's side of 1: settled only when every rep's ratio is on that side
			const side = (x: ReturnType<typeof spread>, what: string) =>
				!x ? '' : x.min > 1 ? `${what}: every rep above 1` : x.max < 1 ? `${what}: every rep below 1` : `${what}: reps on both sides of 1, not settled`;
			const wide = !!w && w.min <= 1 && w.max >= 1;
			const note = [side(w, scenario === '3' ? 'events/s' : 'time'), side(cp, 'CPU')].filter(Boolean).join('; ');
			ratioRows.push([what, `${f2(medRatio)}x`, w ? `${f2(w.min)} – ${f2(w.median)} – ${f2(w.max)}` : '-', Number.isFinite(cpuMedRatio) ? `${f2(cpuMedRatio)}x` : '-', cp ? `${f2(cp.min)} – ${f2(cp.median)} – ${f2(cp.max)}` : '-', note]);
			data.push({ scenario, case: name, ratio: what, of: [a, b2], medianRatio: medRatio, perRep: w, cpuMedianRatio: cpuMedRatio, cpuPerRep: cp, wide });
		}
		if (ratioRows.length) out.push(table(['ratio', `${scenario === '3' ? 'events/s' : 'time'} (medians)`, 'per rep min – median – max', scenario === '3' ? 'CPU per event (medians)' : 'CPU (medians)', 'CPU per rep min – median – max', 'note'], ratioRows));
		if (scenario === '2' || scenario === '3') {
			for (const v of variants) {
				const by = of(v).find((r) => r.evaluationsByExpression)?.evaluationsByExpression;
				if (by) out.push(`  ${v} evaluations per ${scenario === '3' ? 'event' : 'item'} by expression (rep 1): ${Object.entries(by).map(([k, n]) => `${JSON.stringify(k)} ${f2(n / (scenario === '3' ? EVENTS : PER_ITEM_COUNT))}`).join('; ')}`);
			}
		}
	}
	return { text: out.join('\n'), data };
}

