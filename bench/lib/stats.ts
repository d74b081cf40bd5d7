/* eslint-disable */
export function median(values: number[]): number {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** a ÷ b as text with two decimals and an x, e.g. "0.93x". */
export function ratio(a: number, b: number): string {
	return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a';
}

function cell(v: unknown): string {
	if (v === undefined || v === null) return '-';
	if (typeof v === 'number') return Number.isFinite(v) ? (Number.isInteger(v) ? String(v) : v.toFixed(v >= 100 ? 0 : 1)) : 'n/a';
	return String(v);
}

/** A Markdown table (readable on a terminal too). */
export function table(head: string[], rows: unknown[][]): string {
	const cells = rows.map((r) => r.map(cell));
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
