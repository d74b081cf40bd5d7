import { readFileSync } from 'fs';

import { README, withTable } from '../../scripts/operations-table';

test('the README operations table matches the nodes (run npm run readme:ops after changing an operation)', () => {
	const readme = readFileSync(README, 'utf8');
	expect(withTable(readme)).toBe(readme);
	expect(readme.split('\n').slice(0, 5).join('\n')).toMatch(/```bash\n.*npm ci && npm (start|run sandbox).*\n.*npm ci && npm test/);
});
