/* eslint-disable */
/**
 * Loaded into the bench's n8n process only (NODE_OPTIONS=--require, set by bench/run.ts). Never shipped.
 *
 * 1. Counts expression evaluations (Expression.prototype.renderExpression: every `={{ }}` n8n evaluates)
 *    and isolate acquisitions (Expression.prototype.acquireIsolate), by expression text. On SIGUSR2 it writes
 *    the counts to $BENCH_COUNTS_DIR/<pid>.json (the bench sends the signal before and after each run).
 * 2. With $BENCH_PATCHED_ROUTING_NODE set, n8n-core's execution-engine/routing-node.js resolves to that file
 *    instead (the patched copy bench/lib/patch.ts writes outside the clone). The patched copy changes
 *    behaviour only for nodes whose name ends with " [patched]", so patched and unpatched variants alternate
 *    in the same n8n process.
 * 3. With $BENCH_CPU_PROFILE set (bench/run.ts --cpu-profile), each SIGUSR2 also checks for
 *    $BENCH_COUNTS_DIR/profile-label: present → start the V8 CPU profiler (inspector, this process only);
 *    absent while profiling → stop it and write $BENCH_CPU_PROFILE/<label>.cpuprofile (bench/cpuprofile.ts sums it).
 */
const Module = require('module');
const { writeFileSync, mkdirSync } = require('fs');
const { join, dirname } = require('path');

const runtimeModules = process.env.BENCH_RUNTIME_MODULES;
const countsDir = process.env.BENCH_COUNTS_DIR;
const patched = process.env.BENCH_PATCHED_ROUTING_NODE;

if (patched && runtimeModules) {
	const original = join(runtimeModules, 'n8n-core/dist/execution-engine/routing-node.js');
	const resolve = Module._resolveFilename;
	Module._resolveFilename = function (request, parent, ...rest) {
		const file = resolve.call(this, request, parent, ...rest);
		return file === original ? patched : file;
	};
}

if (countsDir && runtimeModules) {
	const evaluations = new Map();
	let isolates = 0;
	let total = 0;
	try {
		const { Expression } = require(join(runtimeModules, 'n8n-workflow'));
		const render = Expression.prototype.renderExpression;
		Expression.prototype.renderExpression = function (expression, ...rest) {
			total++;
			const key = String(expression).slice(0, 120);
			evaluations.set(key, (evaluations.get(key) ?? 0) + 1);
			return render.call(this, expression, ...rest);
		};
		const acquire = Expression.prototype.acquireIsolate;
		if (acquire) {
			Expression.prototype.acquireIsolate = function (...args) {
				isolates++;
				return acquire.apply(this, args);
			};
		}
		process.on('SIGUSR2', () => {
			mkdirSync(countsDir, { recursive: true });
			if (process.env.BENCH_CPU_PROFILE) toggleProfile();
			writeFileSync(join(countsDir, `${process.pid}.json`), JSON.stringify({ at: Date.now(), total, isolates, byExpression: Object.fromEntries(evaluations) }));
		});
	} catch (error) {
		// not an n8n process (e.g. a task runner without n8n-workflow): nothing to count
	}
}

let session;
let profiling;
function toggleProfile() {
	const { readFileSync } = require('fs');
	let label;
	try {
		label = readFileSync(join(countsDir, 'profile-label'), 'utf8').trim();
	} catch {
		label = undefined;
	}
	if (label && !profiling) {
		const inspector = require('inspector');
		session = session ?? new inspector.Session();
		try {
			session.connect();
		} catch {
			/* already connected */
		}
		profiling = label;
		session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
	} else if (!label && profiling) {
		const name = profiling;
		profiling = undefined;
		session.post('Profiler.stop', (error, result) => {
			if (error) return;
			mkdirSync(process.env.BENCH_CPU_PROFILE, { recursive: true });
			writeFileSync(join(process.env.BENCH_CPU_PROFILE, `${name}.cpuprofile`), JSON.stringify(result.profile));
		});
	}
}
