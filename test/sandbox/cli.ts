/* eslint-disable */
// `npm run sandbox [-- --port 4010]`: the Returning.AI simulator on 127.0.0.1, seeded with demo data.
import { Sandbox } from './server';
import { seedDemo } from './seed';

async function main() {
	const arg = process.argv.indexOf('--port');
	const port = Number(arg !== -1 ? process.argv[arg + 1] : process.env.SANDBOX_PORT ?? 4010);
	const sandbox = new Sandbox();
	const url = await sandbox.start(port);
	seedDemo(sandbox);
	console.log(`Returning.AI sandbox listening on ${url}`);
	console.log(`API key (all permissions): ${Sandbox.API_KEY}`);
	console.log(`API key (messaging only):  ${Sandbox.LIMITED_KEY}`);
	console.log('Control API: GET /__sandbox/requests, POST /__sandbox/reset | /__sandbox/faults | /__sandbox/seed | /__sandbox/keys, DELETE /__sandbox/faults');
	const stop = async () => {
		await sandbox.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
