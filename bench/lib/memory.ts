/* eslint-disable */
/**
 * Memory of a process tree from /proc (Linux): VmRSS sampled while a run goes on, and VmHWM (the
 * kernel's peak RSS), reset before each run by writing 5 to /proc/<pid>/clear_refs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';

function status(pid: number): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return undefined;
	}
}

function field(pid: number, name: 'VmRSS' | 'VmHWM'): number {
	const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status(pid) ?? '');
	return m ? Number(m[1]) : 0;
}

/** `root` and all its descendants (n8n and e.g. its task runner). */
export function treePids(root: number): number[] {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parent.set(Number(name), ppid);
		} catch {
			/* gone */
		}
	}
	const out = [root];
	for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parent) if (ppid === out[i]) out.push(pid);
	return out;
}

export function rssKb(pids: number[]): number {
	return pids.reduce((s, p) => s + field(p, 'VmRSS'), 0);
}
export function hwmKb(pids: number[]): number {
	return pids.reduce((s, p) => s + field(p, 'VmHWM'), 0);
}

/** Resets the peak-RSS counters; false if the kernel does not allow it (then only sampling counts). */
export function resetPeaks(pids: number[]): boolean {
	let ok = true;
	for (const p of pids) {
		try {
			writeFileSync(`/proc/${p}/clear_refs`, '5');
		} catch {
			ok = false;
		}
	}
	return ok;
}

/** Samples the summed VmRSS of a process tree every `everyMs` until stopped; also reads VmHWM at the end. */
export function watchMemory(root: number, everyMs = 50): { stop: () => { beforeKb: number; peakKb: number; hwmKb: number; resetOk: boolean } } {
	const pids = treePids(root);
	const resetOk = resetPeaks(pids);
	const beforeKb = rssKb(pids);
	let peakKb = beforeKb;
	const timer = setInterval(() => {
		peakKb = Math.max(peakKb, rssKb(pids));
	}, everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			peakKb = Math.max(peakKb, rssKb(pids));
			const hwm = resetOk ? hwmKb(pids) : 0;
			return { beforeKb, peakKb: Math.max(peakKb, hwm), hwmKb: hwm, resetOk };
		},
	};
}

/** CPU time (user + system, ms) a process tree has used so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMs(pids: number[]): number {
	let ticks = 0;
	for (const p of pids) {
		try {
			const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15 of stat)
		} catch {
			/* gone */
		}
	}
	return ticks * 10;
}
