/**
 * One-off generator: writes nodes/shared/routes.ts from the project's copy of the reference
 * (test/sandbox/reference/endpoints.json). routes.ts is the single place in the code where a
 * method and path live; after generation it is edited by hand (a path correction is one line),
 * and test/catalogue.test.ts keeps it honest against the reference.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..');
const entries = JSON.parse(readFileSync(join(root, 'test/sandbox/reference/endpoints.json'), 'utf8')) as Array<{
	id: string; method: string; path: string; pathStatus: string; auth: string; baseUrl: string;
}>;
const lines = entries.map((e) => {
	const host = e.baseUrl !== 'https://api.returning.ai' ? `, host: '${e.baseUrl}'` : '';
	return `\t'${e.id}': { method: '${e.method}', path: '${e.path}', status: '${e.pathStatus}', auth: '${e.auth}'${host} },`;
});
const out = `// The path table: every Returning.AI operation's method and path, in exactly one place.
// Generated once by scripts/gen-routes.ts from the reference, then maintained by hand:
// to correct a path, change its line here. status: documented | inferred | guessed (see README).
import type { Route } from './types';

export type RouteId =
${entries.map((e) => `\t| '${e.id}'`).join('\n')};

export const ROUTES: Record<RouteId, Route> = {
${lines.join('\n')}
};
`;
writeFileSync(join(root, 'nodes/shared/routes.ts'), out);
console.log(`wrote ${entries.length} routes`);
