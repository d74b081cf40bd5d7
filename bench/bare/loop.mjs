// The baseline (C) of the benchmark: the same requests as the nodes, as a bare `fetch` loop in plain
// Node (no n8n, no dependencies). Run by bench/run.ts with the Node binary n8n runs on:
//   node bench/bare/loop.mjs <job.json>
// job: { mode: 'pages', baseUrl, apiKey, path, pageSize, query? }  -> skip/limit pages until meta.total
//      { mode: 'perItem', baseUrl, apiKey, method, path ('{id}' replaced), ids, body? }
//        -> one request per id, all started at once (as n8n's RoutingNode and HTTP Request node do);
//           with batch { size, intervalMs }: started in batches with a pause in between, as n8n's Batching.
// Prints one JSON line: { ms, items, requests, maxRssKb }. Records are parsed and kept, like an output.
import { readFileSync } from 'node:fs';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const headers = { authorization: `Bearer ${job.apiKey}`, 'x-api-key': job.apiKey, accept: 'application/json' };

async function call(method, url, body) {
	const res = await fetch(url, {
		method,
		headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = await res.json();
	if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${JSON.stringify(json)}`);
	return json;
}

async function pages() {
	const records = [];
	let requests = 0;
	for (let skip = 0; ; ) {
		const qs = new URLSearchParams({ ...(job.query ?? {}), skip: String(skip), limit: String(job.pageSize) });
		const page = await call('GET', `${job.baseUrl}${job.path}?${qs}`);
		requests++;
		const data = page.data ?? [];
		for (const r of data) records.push(r);
		skip += data.length;
		if (data.length === 0 || skip >= page.meta.total) break;
	}
	return { records, requests };
}

async function perItem() {
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	const size = job.batch?.size > 0 ? job.batch.size : 1;
	const promises = [];
	for (let i = 0; i < job.ids.length; i++) {
		if (i > 0 && job.batch?.intervalMs > 0 && i % size === 0) await sleep(job.batch.intervalMs);
		const url = `${job.baseUrl}${job.path.replace('{id}', encodeURIComponent(job.ids[i]))}`;
		promises.push(call(job.method, url, job.body).then((r) => r.data));
	}
	const records = await Promise.all(promises);
	return { records, requests: records.length };
}

const t0 = performance.now();
const { records, requests } = job.mode === 'pages' ? await pages() : await perItem();
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, items: records.length, requests, maxRssKb: process.resourceUsage().maxRSS }));
