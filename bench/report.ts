/* eslint-disable */
/** `npx ts-node --transpile-only bench/report.ts bench/results/<file>.json [more.json …]`: the spread tables of saved runs. */
import { readFileSync } from 'fs';
import { spreadTables } from './lib/report';

for (const file of process.argv.slice(2)) {
	const r = JSON.parse(readFileSync(file, 'utf8'));
	console.log(`# ${file}: n8n ${r.n8n}, ${r.package}; load ${r.machine?.map((m: any) => `${m.when} ${m.loadavg.join(' ')} (${m.at})`).join(', ')}`);
	console.log(spreadTables(r.runs, { events: r.config?.events ?? 0, perItemCount: r.config?.perItemCount ?? r.runs.find((x: any) => x.scenario === '2')?.items ?? 1 }).text);
	for (const n of r.notes ?? []) console.log(`! ${n}`);
}
