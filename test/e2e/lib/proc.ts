/* eslint-disable */
/**
 * Process and timing helpers for the real-n8n scripts (`npm start`, `npm run test:e2e`).
 * Every child runs in its own process group, so stopping it also stops what it started
 * (n8n's task runner, ts-node's worker); only processes started here are ever signalled.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'child_process';
import { createWriteStream } from 'fs';
import { createServer } from 'net';

export interface Started {
	name: string;
	child: ChildProcess;
	exited: Promise<number | null>;
	output: () => string;
}

const started: Started[] = [];
let stopping: Promise<void> | undefined;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** A phase timer: `const done = phase('Install n8n'); ...; done();` and `printTimings()` at the end. */
const timings: Array<{ name: string; ms: number }> = [];
export function phase(name: string, log = true): () => number {
	const t0 = Date.now();
	if (log) console.log(`\n▶ ${name}`);
	return () => {
		const ms = Date.now() - t0;
		timings.push({ name, ms });
		if (log) console.log(`  ✓ ${name} (${seconds(ms)})`);
		return ms;
	};
}
export function printTimings(title: string): void {
	const width = Math.max(...timings.map((t) => t.name.length), 10);
	console.log(`\n${title}`);
	for (const t of timings) console.log(`  ${t.name.padEnd(width)}  ${seconds(t.ms).padStart(8)}`);
	console.log(`  ${'total'.padEnd(width)}  ${seconds(timings.reduce((s, t) => s + t.ms, 0)).padStart(8)}`);
}

export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a command to completion (own process group, killed on timeout). Prints a heartbeat for long steps. */
export function run(
	command: string,
	args: string[],
	options: SpawnOptions & { timeoutMs?: number; heartbeat?: string; quiet?: boolean } = {},
): Promise<RunResult> {
	const { timeoutMs = 15 * 60_000, heartbeat, ...spawnOptions } = options;
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...spawnOptions });
		const entry: Started = { name: `${command} ${args[0] ?? ''}`, child, exited: new Promise((r) => child.on('exit', (c) => r(c))), output: () => stdout + stderr };
		started.push(entry);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (d) => (stdout += d));
		child.stderr?.on('data', (d) => (stderr += d));
		const t0 = Date.now();
		const beat = heartbeat ? setInterval(() => console.log(`  … ${heartbeat} (${Math.round((Date.now() - t0) / 1000)} s)`), 20_000) : undefined;
		const timer = setTimeout(() => {
			killGroup(child, 'SIGKILL');
			reject(new Error(`${command} ${args.join(' ')} timed out after ${seconds(timeoutMs)}\n${stdout}\n${stderr}`));
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			if (beat) clearInterval(beat);
			reject(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			if (beat) clearInterval(beat);
			started.splice(started.indexOf(entry), 1);
			resolve({ code, stdout, stderr });
		});
	});
}

/** Like run(), but throws with the output when the exit code is not 0. */
export async function runOk(command: string, args: string[], options: Parameters<typeof run>[2] = {}): Promise<RunResult> {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.code})\n${tail(result.stdout + '\n' + result.stderr, 60)}`);
	}
	return result;
}

export function tail(text: string, lines: number): string {
	return text.split('\n').slice(-lines).join('\n');
}

/** Starts a long-running process; its output goes to `logFile` (and, with `echo`, to the console). */
export function startProcess(name: string, command: string, args: string[], options: SpawnOptions & { logFile: string; echo?: (line: string) => void }): Started {
	const { logFile, echo, ...spawnOptions } = options;
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...spawnOptions });
	const log = createWriteStream(logFile);
	let output = '';
	const onData = (d: Buffer) => {
		const text = d.toString();
		output += text;
		if (output.length > 4_000_000) output = output.slice(-2_000_000);
		log.write(text);
		if (echo) for (const line of text.split('\n')) if (line.trim()) echo(line);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
	const entry: Started = { name, child, exited, output: () => output };
	started.push(entry);
	void exited.then(() => {
		const i = started.indexOf(entry);
		if (i !== -1) started.splice(i, 1);
		log.end();
	});
	return entry;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/** Stops one started process: SIGTERM to its group, SIGKILL after `graceMs`. */
export async function stopProcess(p: Started, graceMs = 8000): Promise<void> {
	if (p.child.exitCode !== null || p.child.signalCode !== null) return;
	killGroup(p.child, 'SIGTERM');
	const done = await Promise.race([p.exited.then(() => true), sleep(graceMs).then(() => false)]);
	if (!done) {
		killGroup(p.child, 'SIGKILL');
		await Promise.race([p.exited, sleep(2000)]);
	}
}

/** Stops every process started through this module, newest first. Safe to call twice. */
export function stopAll(): Promise<void> {
	stopping ??= (async () => {
		for (const p of [...started].reverse()) await stopProcess(p);
	})();
	return stopping;
}

/** Ctrl-C / SIGTERM: stop everything this script started, then exit. */
export function stopAllOnSignals(onStop?: () => void): void {
	const handler = (signal: NodeJS.Signals) => {
		if (onStop) onStop();
		console.log(`\n${signal}: stopping everything this script started…`);
		void stopAll().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
	};
	process.once('SIGINT', handler);
	process.once('SIGTERM', handler);
	process.once('SIGHUP', handler);
	// Last resort if the script dies another way: synchronous group kill.
	process.once('exit', () => {
		for (const p of started) killGroup(p.child, 'SIGKILL');
	});
}

/** A free TCP port on 127.0.0.1 (for the e2e, so it never collides with a running `npm start`). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const port = (server.address() as { port: number }).port;
			server.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(true));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
	});
}

/** Polls `check` until it returns true or `timeoutMs` passes; fails early if `alive()` turns false. */
export async function waitFor(what: string, check: () => Promise<boolean>, options: { timeoutMs: number; intervalMs?: number; alive?: () => boolean; onFail?: () => string }): Promise<void> {
	const t0 = Date.now();
	while (Date.now() - t0 < options.timeoutMs) {
		if (options.alive && !options.alive()) throw new Error(`${what}: the process exited.\n${options.onFail?.() ?? ''}`);
		try {
			if (await check()) return;
		} catch {
			/* not yet */
		}
		await sleep(options.intervalMs ?? 250);
	}
	throw new Error(`${what}: not ready after ${seconds(options.timeoutMs)}.\n${options.onFail?.() ?? ''}`);
}
