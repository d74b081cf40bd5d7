/**
 * Writes the README's operations table from the node descriptions and the path table, between
 * <!-- operations:start --> and <!-- operations:end -->. `npm run readme:ops`; `--check` fails when stale.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { ROUTES } from '../nodes/shared/routes';
import { operations } from '../test/harness/catalogue';
import { reference } from '../test/sandbox/reference';

export const README = join(__dirname, '..', 'README.md');

export function renderTable(): string {
const ops = operations();
const byRoute = new Map(Object.entries(ROUTES).map(([id, r]) => [`${r.method} ${r.path}`, { id, ...r }]));
const lines: string[] = [];
let unconfirmed = 0;
for (const nodeName of [...new Set(ops.map((o) => o.nodeDisplayName))]) {
	const mine = ops.filter((o) => o.nodeDisplayName === nodeName);
	lines.push(`### ${nodeName} (${mine.length})`, '', '| Resource | Operation | Method | Path | Path status |', '|---|---|---|---|---|');
	for (const o of mine) {
		const route = byRoute.get(`${o.method} ${o.path}`);
		const status = route?.status ?? 'unknown';
		if (status !== 'documented') unconfirmed++;
		const mark = status === 'documented' ? 'documented' : `**${status}** (unconfirmed)`;
		const host = route?.host ? `${route.host}` : '';
		const versions = o.versions ? ` (node version ${o.versions.join(', ')})` : '';
		lines.push(`| ${o.resourceName} | ${o.operationName}${o.deprecated ? ' (deprecated)' : ''}${versions} | ${o.method} | \`${host}${o.path}\` | ${mark} |`);
	}
	lines.push('');
}
const covered = new Set(ops.map((o) => `${o.method} ${o.path}`));
const dupes = reference.filter((e) => e.duplicateOf);
lines.push(
	`${ops.length} operations cover ${reference.filter((e) => covered.has(`${e.method} ${e.path}`)).length} of the reference's ${reference.length} entries; ${unconfirmed} of the operations use a path the reference does not confirm.`,
	'',
	ops.some((o) => o.versions)
		? 'An operation marked with a node version is listed in that version only: workflows saved with version 1 keep version 1, new nodes get the newest version (see the node pages).'
		: '',
	'',
	dupes.length ? `Listed twice in the reference and exposed once: ${dupes.map((e) => `\`${e.id}\` = \`${e.duplicateOf}\``).join(', ')}.` : '',
);
return lines.join('\n').trim();
}

export function withTable(readme: string): string {
	return readme.replace(/(<!-- operations:start -->)[\s\S]*(<!-- operations:end -->)/, `$1\n${renderTable()}\n$2`);
}

if (require.main === module) {
const readme = readFileSync(README, 'utf8');
const next = withTable(readme);
if (process.argv.includes('--check')) {
	if (next !== readme) {
		console.error('README operations table is stale: run npm run readme:ops');
		process.exit(1);
	}
	console.log('README operations table is up to date');
} else {
	writeFileSync(README, next);
	console.log('README operations table written');
}
}
