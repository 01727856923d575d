#!/usr/bin/env node
// npm run bench — builds the site, then measures one page three ways, side by side, with autocannon:
//   (a) the Node server alone, (b) through the nginx cache of deploy/, (c) nginx serving the same
//   prerendered HTML from disk. Prints requests/second, p50/p99 latency and the ratios; target (b) ≥ 0.8 × (c).
//   node scripts/bench.mjs [--no-build] [--path /fr/strategie] [--seconds 10] [--connections 50]
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { renderNginxConfig } from './nginx-config.mjs';
import { nginxBinary, startNode, waitFor } from './serve-utils.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    path: { type: 'string', default: '/fr/strategie' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const [NODE, CACHE, DISK] = [3301, 3302, 3303];
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
    ['(a) Node server alone', `http://127.0.0.1:${NODE}${values.path}`],
    ['(b) nginx cache in front', `http://127.0.0.1:${CACHE}${values.path}`],
    ['(c) nginx, HTML from disk', `http://127.0.0.1:${DISK}${values.path}`],
  ];
  for (const [, url] of targets) await waitFor(url);
  for (const [, url] of targets) await run(url.replace(/$/, '')); // warm-up: fills the cache, JIT, keep-alive
  const results = [];
  for (const [label, url] of targets) {
    const result = await run(url);
    results.push({ label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx });
  }
  console.log(`\n${values.path}, ${values.connections} connections, ${values.seconds} s each\n`);
  console.log(`${''.padEnd(28)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'errors'.padStart(10)}`);
  for (const r of results) console.log(`${r.label.padEnd(28)}${r.rps.toFixed(0).padStart(10)}${String(r.p50).padStart(10)}${String(r.p99).padStart(10)}${String(r.errors).padStart(10)}`);
  const [a, b, c] = results;
  const ratio = b.rps / c.rps;
  console.log(`\n(b)/(a) = ${(b.rps / a.rps).toFixed(1)}×   (b)/(c) = ${ratio.toFixed(2)}   target (b) ≥ 0.8 × (c): ${ratio >= 0.8 ? 'met' : 'NOT met'}`);
  process.exitCode = ratio >= 0.8 && results.every((r) => r.errors === 0) ? 0 : 1;
} finally {
  proxy.kill();
  node.kill();
}
