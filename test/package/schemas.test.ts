import Ajv from 'ajv';
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join, relative } from 'path';

import {
	answerWithReferenceExamples,
	committedFiles,
	demoSandbox,
	EMPTY,
	generate,
	padVersion,
	runOperations,
	schemaFile,
	schemaOperations,
	type JsonSchema,
	type OperationRun,
} from '../../scripts/gen-schemas';
import { loadNodeTypes } from '../harness/engine';
import { Sandbox } from '../sandbox/server';

/**
 * The output schemas n8n's editor asks for (`/schemas/<node>/<x.y.z>/<resource>/<operation>.json`, served from
 * `<node's dist folder>/__schema__/v<x.y.z>/<resource>/<operation>.json`): one per operation of every action
 * node and version, valid JSON Schema, describing what the node really outputs, and in the package tarball.
 */
const ROOT = join(__dirname, '..', '..');
const types = loadNodeTypes();
const ops = schemaOperations(types);
const ajv = new Ajv({ strict: true, allErrors: true });
const schemaOf = (op: (typeof ops)[number]): JsonSchema => JSON.parse(readFileSync(schemaFile(op), 'utf8'));
/** The trigger has no resource or operation: n8n asks for `/schemas/<nodeType>/<x.y.z>.json` (`__schema__/v<x.y.z>.json`). */
const trigger = types['n8n-nodes-returning-ai.returningAiTrigger'];
const TRIGGER_FILES = ([] as number[]).concat(trigger.description.version).map((v) => `nodes/Trigger/__schema__/v${padVersion(v)}.json`);
const label = (op: (typeof ops)[number]) => `${op.nodeType.split('.')[1]} v${op.version} ${op.resource}.${op.operation}`;

/** Every output item of the runs that fails its operation's schema, with ajv's reasons. */
function failures(runs: OperationRun[]): string[] {
	const out: string[] = [];
	for (const run of runs) {
		const validate = ajv.compile(schemaOf(run.op));
		run.json.forEach((json, i) => {
			if (!validate(json)) out.push(`${label(run.op)} item ${i}: ${ajv.errorsText(validate.errors)}`);
		});
	}
	return out;
}

describe('output schemas', () => {
	test('every operation of every action node, in every version of the node, has its file where n8n looks; no other file', () => {
		const actionNodes = Object.entries(types).filter(([, n]) => n.description.properties.some((p) => p.name === 'resource'));
		expect(new Set(ops.map((o) => o.nodeType))).toEqual(new Set(actionNodes.map(([t]) => t)));
		// Versions come from each node's built `version` (a number or a list), padded as n8n pads them.
		for (const [type, node] of actionNodes) {
			const versions = ([] as number[]).concat(node.description.version).map(padVersion);
			expect({ type, versions: [...new Set(ops.filter((o) => o.nodeType === type).map((o) => o.version))] }).toEqual({ type, versions });
		}
		expect(padVersion(1)).toBe('1.0.0');
		expect(padVersion(1.1)).toBe('1.1.0');
		const expected = ops.map((o) => relative(ROOT, schemaFile(o))).sort();
		expect(expected.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
		expect([...committedFiles().keys()].sort()).toEqual([...expected, ...TRIGGER_FILES].sort());
		expect(expected[0]).toMatch(/^nodes\/\w+\/__schema__\/v\d+\.\d+\.\d+\/\w+\/\w+\.json$/);
		// eslint-disable-next-line no-console
		console.log(`schemas: ${expected.length} files for ${ops.length} operations of ${new Set(ops.map((o) => o.nodeType)).size} nodes`);
	});

	test("the trigger's schema is what it adds to every event, for each of its versions", () => {
		expect(TRIGGER_FILES).toEqual(['nodes/Trigger/__schema__/v1.0.0.json', 'nodes/Trigger/__schema__/v1.1.0.json']);
		for (const file of TRIGGER_FILES) {
			const schema = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
			expect(ajv.validateSchema(schema)).toBe(true);
			expect(schema.properties._returningAi.properties).toEqual({ encrypted: { type: 'boolean' }, event: { type: 'string' }, receivedAt: { type: 'string' } });
		}
	});

	test('each file is a valid JSON Schema of an object with properties, as the editor requires (empty only where the reference shows no fields)', () => {
		const empty: string[] = [];
		for (const op of ops) {
			const schema = schemaOf(op);
			expect({ op: label(op), valid: ajv.validateSchema(schema), errors: ajv.errors ?? null }).toEqual({ op: label(op), valid: true, errors: null });
			expect({ op: label(op), type: schema.type, hasProperties: typeof schema.properties === 'object' }).toEqual({ op: label(op), type: 'object', hasProperties: true });
			if (!Object.keys(schema.properties!).length) {
				expect(schema.description).toBe(EMPTY);
				empty.push(`${op.nodeType} ${op.resource}.${op.operation}`);
			}
		}
		// Ten operations whose answers the reference documents as `"data": []` or `"data": {}` (and the demo data
		// leaves empty), counted once whatever the number of node versions that have them.
		expect(new Set(empty).size).toBeLessThanOrEqual(10);
	});

	test('the committed files are exactly what npm run schemas generates (regenerate after changing an operation)', async () => {
		const { files, problems } = await generate();
		expect(problems).toEqual([]);
		const committed = committedFiles();
		expect([...files.keys()].sort()).toEqual([...committed.keys()].sort());
		for (const [path, content] of files) expect({ path, content: committed.get(path) }).toEqual({ path, content });
	}, 120_000);

	test("every operation's real output for the reference's example answers validates against its schema", async () => {
		const sandbox = new Sandbox();
		const baseUrl = await sandbox.start();
		try {
			answerWithReferenceExamples(sandbox);
			const runs = await runOperations(ops, baseUrl, types);
			expect(runs.filter((r) => r.error).map((r) => `${label(r.op)}: ${r.error}`)).toEqual([]);
			expect(failures(runs)).toEqual([]);
		} finally {
			await sandbox.stop();
		}
	}, 120_000);

	test("the real output against the demo sandbox (seeded data, handlers, records created on the way) validates against each schema", async () => {
		const { sandbox, baseUrl } = await demoSandbox();
		try {
			const runs = await runOperations(ops, baseUrl, types, true);
			const withItems = runs.filter((r) => r.json.some((j) => Object.keys(j as object).length));
			expect(failures(runs)).toEqual([]);
			// Most operations find their records there; the rest answer 404 for the placeholder ID they are given.
			expect(withItems.length).toBeGreaterThanOrEqual(75); // 79 when written
		} finally {
			await sandbox.stop();
		}
	}, 120_000);

	test('a schema rejects an item of another shape (the validation above can fail)', () => {
		const op = ops.find((o) => o.nodeType.endsWith('returningAiStore') && o.resource === 'category' && o.operation === 'get')!;
		const validate = ajv.compile(schemaOf(op));
		expect(validate({ _id: 'x', name: 'Merch' })).toBe(true);
		expect(validate({ _id: 12, name: ['Merch'] })).toBe(false);
		expect(ajv.errorsText(validate.errors)).toMatch(/_id must be string/);
	});

	test('the package tarball (npm pack) ships every schema next to its node in dist/', () => {
		const nodeJs = join(ROOT, 'dist', 'nodes', 'Store', 'ReturningAiStore.node.js');
		// The schemas reach dist/ through gulp (build:static); a tree without a build gets the whole build.
		if (existsSync(nodeJs)) execFileSync('npx', ['gulp', 'build:static'], { cwd: ROOT, stdio: 'pipe' });
		else execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
		const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
		const files = new Set<string>(pack.files.map((f: { path: string }) => f.path));
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		for (const op of ops) {
			const inDist = relative(ROOT, schemaFile(op, join(ROOT, 'dist', 'nodes')));
			const node = (pkg.n8n.nodes as string[]).find((p) => p.startsWith(`dist/nodes/${op.folder}/`))!;
			expect({ op: label(op), schema: files.has(inDist), node: files.has(node) }).toEqual({ op: label(op), schema: true, node: true });
			expect(readFileSync(join(ROOT, inDist), 'utf8')).toBe(readFileSync(schemaFile(op), 'utf8'));
		}
		for (const file of TRIGGER_FILES) expect({ file, shipped: files.has(file.replace(/^nodes\//, 'dist/nodes/')) }).toEqual({ file, shipped: true });
	}, 180_000);
});
