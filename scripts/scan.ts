/**
 * n8n's verification scanner (`@n8n/scan-community-package`), both of its legs, run locally:
 *
 * 1. source: the repository's package.json, nodes/** and credentials/** with the scanner's
 *    SOURCE_FILE_PATTERNS (what it lints in the provenance-attested source checkout);
 * 2. tarball: the package as npm would publish it (`npm run build`, `npm pack` into a temporary
 *    folder, extracted), with the scanner's own tarball patterns (`**\/*.js`, `package.json`).
 *
 * Its CLI only takes a published package name, so this calls its exported `analyzePackage(dir,
 * patterns)`, which lints with inline configuration off (eslint-disable comments do not count).
 * `npm run scan`; prints each leg's error count and findings, exits 1 on any error.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { stripVTControlCharacters } from 'util';

import type { AnalysisResult } from '@n8n/scan-community-package/scanner/scanner.mjs';

/** The patterns the scanner's analyzePackageByName uses for the unpacked tarball. */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const ROOT = join(__dirname, '..');

/** Errors in the stylish report ("✖ 5 problems (5 errors, 0 warnings)"); a failure without one counts 1. */
function errorCount(result: AnalysisResult): number {
	if (result.passed) return 0;
	const plain = stripVTControlCharacters(result.details ?? '');
	const match = /\((\d+) errors?,/.exec(plain);
	return match ? Number(match[1]) : 1;
}

function run(command: string, args: string[], cwd: string): string {
	return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Builds, packs into a temporary folder and extracts; returns the unpacked package folder. */
function packTarball(): { dir: string; cleanup: () => void } {
	const tmp = mkdtempSync(join(tmpdir(), 'rai-scan-'));
	const cleanup = () => rmSync(tmp, { recursive: true, force: true });
	let packed = false;
	try {
		run('npm', ['run', 'build', '--silent'], ROOT);
		run('npm', ['pack', '--silent', '--pack-destination', tmp], ROOT);
		const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
		if (!tarball) throw new Error(`npm pack wrote no .tgz into ${tmp}`);
		run('tar', ['-xzf', tarball], tmp);
		packed = true;
		return { dir: join(tmp, 'package'), cleanup };
	} finally {
		// On a failure the temporary folder goes at once (the error propagates as it is).
		if (!packed) cleanup();
	}
}

async function main(): Promise<number> {
	// The scanner is an ES module; ts-node compiles this import() to require(), which Node 20.19+ can do for ES modules.
	const scanner = await import('@n8n/scan-community-package/scanner/scanner.mjs');

	const legs: Array<{ name: string; result: AnalysisResult }> = [];
	legs.push({ name: 'source', result: await scanner.analyzePackage(ROOT, scanner.SOURCE_FILE_PATTERNS) });
	const packed = packTarball();
	try {
		legs.push({ name: 'tarball', result: await scanner.analyzePackage(packed.dir, TARBALL_FILE_PATTERNS) });
	} finally {
		packed.cleanup();
	}

	let total = 0;
	for (const { name, result } of legs) {
		const errors = errorCount(result);
		total += errors;
		process.stdout.write(`== scanner, ${name} leg: ${errors} error${errors === 1 ? '' : 's'}${result.message ? ` (${result.message})` : ''}\n`);
		if (result.details) process.stdout.write(`${result.details.replace(/^\s+|\s+$/g, '')}\n`);
	}
	process.stdout.write(total ? `== scanner: ${total} errors, fix them before publishing\n` : '== scanner: passed\n');
	return total ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
