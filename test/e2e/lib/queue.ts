/* eslint-disable */
/**
 * Infrastructure for `npm run test:queue` (n8n in queue mode): Redis and PostgreSQL from Debian
 * packages (installed with apt-get when missing), each started on 127.0.0.1 on a free port in its
 * own directory without persistence, and the n8n environment for a main, a webhook processor and
 * workers sharing that Redis, that database and one encryption key.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'fs';
import { join } from 'path';

import { n8nInstance, type N8nInstance } from './n8n';
import { run, runOk, startProcess, waitFor, type Started } from './proc';

function hasCommand(cmd: string): boolean {
	return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, cmd)));
}

/** The newest PostgreSQL server's bin directory of the Debian packages (/usr/lib/postgresql/<v>/bin). */
function postgresBin(): string | undefined {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return undefined;
	const versions = readdirSync(base)
		.filter((v) => existsSync(join(base, v, 'bin/postgres')) && existsSync(join(base, v, 'bin/initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(base, versions[0], 'bin') : undefined;
}

/**
 * Installs redis-server and PostgreSQL from the Debian packages when missing (`apt-get update` once,
 * then one `apt-get install`): as root, or through passwordless sudo. Only the first time.
 */
export async function ensureServices(): Promise<{ installed: string[]; postgres: string }> {
	const missing: string[] = [];
	if (!hasCommand('redis-server')) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	if (!hasCommand('psql') && !missing.includes('postgresql')) missing.push('postgresql-client');
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
	const bin = postgresBin();
	if (!bin || !hasCommand('redis-server')) throw new Error('redis-server or PostgreSQL still missing after apt-get install');
	return { installed: missing, postgres: bin };
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
	/** Runs one SQL statement with psql; returns the rows (tab-separated, unaligned). */
	query: (sql: string) => Promise<string[][]>;
}

/**
 * A throw-away PostgreSQL cluster in `dir` (initdb, trust auth on 127.0.0.1 only, fsync off) on `port`,
 * with a database `n8n`. As root, the server runs as the `postgres` user of the Debian package.
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
	const psql = (db: string, sql: string) => run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-AtF', '\t', '-c', sql], { timeoutMs: 60_000 });
	await waitFor('postgres', async () => (await psql('postgres', 'SELECT 1')).code === 0, {
		timeoutMs: 60_000,
		alive: () => proc.child.exitCode === null,
		onFail: () => proc.output(),
	});
	const created = await psql('postgres', 'CREATE DATABASE n8n');
	if (created.code !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`);
	const query = async (sql: string) => {
		const r = await psql('n8n', sql);
		if (r.code !== 0) throw new Error(`psql: ${sql}\n${r.stderr}`);
		return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
	};
	return { proc, port, user, database: 'n8n', query };
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
