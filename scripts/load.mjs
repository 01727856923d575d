#!/usr/bin/env node
// npm run bench:load — 100 concurrent connections for 60 s against the Node server (build first:
// npm run build). Passes with zero errors or timeouts and the server's memory after the run within
// 20 % of its memory before it (both measured after a warm-up, resident set size).
//   node scripts/load.mjs [--seconds 60] [--connections 100]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { rss, startNode, waitFor } from './serve-utils.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '100' } } });
const PORT = 3401;
const PATHS = [
  '/fr',
  '/en',
  '/fr/strategie',
  '/en/priorities',
  '/fr/outils-de-cooperation',
  '/en/cooperation-tools/explore',
  '/fr/recherche?q=coop%C3%A9ration',
  '/en/search?q=Singapore',
  '/fr/introuvable',
];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = (seconds) =>
  new Promise((resolve, reject) =>
    autocannon(
      { url: `http://127.0.0.1:${PORT}`, connections: Number(values.connections), duration: seconds, timeout: 10, requests: PATHS.map((path) => ({ method: 'GET', path })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );

const server = startNode(PORT);
try {
  await waitFor(`http://127.0.0.1:${PORT}/fr`);
  await load(10); // warm-up: every route compiled, caches and pools filled
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const before = await rss(server.pid);
  const result = await load(Number(values.seconds));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const after = await rss(server.pid);
  const growth = (after - before) / before;
  const failures = result.errors + result.timeouts;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}: ${count}`)
    .join(', ');
  console.log(`${values.connections} connections for ${values.seconds} s over ${PATHS.length} addresses`);
  console.log(`requests ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}; status codes ${statuses}`);
  console.log(`memory before ${mb(before)}, after ${mb(after)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)`);
  const ok = failures === 0 && Math.abs(growth) <= 0.2;
  console.log(ok ? 'PASS: no error, memory within 20 %' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  server.kill();
}
