#!/usr/bin/env node
// npm run bench — builds the site, then measures one page three ways, side by side, with autocannon:
//   (a) `npm start` alone (prerendered pages from memory), (b) through the nginx cache of deploy/,
//   (c) nginx serving the same prerendered HTML from disk. Prints requests/second, p50/p99 latency and
//   the ratios; targets (a) ≥ 0.3 × (c) and (b) ≥ 0.8 × (c). The machine's load average is printed
//   with them: on a shared machine, the numbers vary with it.
//   node scripts/bench.mjs [--no-build] [--path /fr/strategie] [--seconds 10] [--connections 50]
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { renderNginxConfig } from './nginx-config.mjs';
import { freePorts, nginxBinary, startNode, waitFor } from './serve-utils.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    path: { type: 'string', default: '/fr/strategie' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const [NODE, CACHE, DISK] = await freePorts(3);
/** The targets: (a) and (b) as a share of (c)'s requests per second. */
const TARGETS = { node: 0.3, cache: 0.8 };
const nginx = nginxBinary();
if (!nginx) {
  console.error('nginx is needed for the benchmark: apt-get install nginx');
  process.exit(2);
}
if (!values['no-build']) execSync('npm run build', { stdio: 'inherit' });

const prefix = mkdtempSync(path.join(tmpdir(), 'bench-nginx-'));
mkdirSync(path.join(prefix, 'cache'));
const config = path.join(prefix, 'nginx.conf');
const user = process.getuid?.() === 0 ? 'root' : undefined;
writeFileSync(config, renderNginxConfig({ listen: CACHE, upstream: `127.0.0.1:${NODE}`, prefix, user, staticRoot: path.resolve('.next/server/app'), staticListen: DISK }));

const node = startNode(NODE);
const proxy = spawn(nginx, ['-c', config, '-p', prefix, '-g', 'daemon off;'], { stdio: 'inherit' });
const run = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds), pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result))),
  );

try {
  const targets = [
    ['(a) npm start alone', `http://127.0.0.1:${NODE}${values.path}`],
    ['(b) nginx cache in front', `http://127.0.0.1:${CACHE}${values.path}`],
    ['(c) nginx, HTML from disk', `http://127.0.0.1:${DISK}${values.path}`],
  ];
  for (const [, url] of targets) await waitFor(url);
  for (const [, url] of targets) await run(url); // warm-up: fills the cache, JIT, keep-alive
  const loadBefore = loadavg();
  const results = [];
  for (const [label, url] of targets) {
    const result = await run(url);
    results.push({ label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx });
  }
  const load = (averages) => averages.map((average) => average.toFixed(2)).join(' ');
  console.log(`\n${values.path}, ${values.connections} connections, ${values.seconds} s each; load average ${load(loadBefore)} before, ${load(loadavg())} after\n`);
  console.log(`${''.padEnd(28)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'errors'.padStart(10)}`);
  for (const r of results) console.log(`${r.label.padEnd(28)}${r.rps.toFixed(0).padStart(10)}${String(r.p50).padStart(10)}${String(r.p99).padStart(10)}${String(r.errors).padStart(10)}`);
  const [a, b, c] = results;
  const verdict = (ratio, target) => `target ≥ ${target}: ${ratio >= target ? 'met' : 'NOT met'}`;
  console.log(`\n(a)/(c) = ${(a.rps / c.rps).toFixed(2)}   ${verdict(a.rps / c.rps, TARGETS.node)}`);
  console.log(`(b)/(c) = ${(b.rps / c.rps).toFixed(2)}   ${verdict(b.rps / c.rps, TARGETS.cache)}`);
  console.log(`(b)/(a) = ${(b.rps / a.rps).toFixed(1)}×`);
  process.exitCode = a.rps / c.rps >= TARGETS.node && b.rps / c.rps >= TARGETS.cache && results.every((r) => r.errors === 0) ? 0 : 1;
} finally {
  proxy.kill();
  node.kill();
}
