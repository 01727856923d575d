#!/usr/bin/env node
// npm run bench:hostile — after a build: how long the server takes to answer the hostile requests
// of tests/e2e/hostile.spec.ts (scripts/hostile-probes.mjs), sent eight at a time as the test sends
// them, then the raw ones one by one. A first pass, not timed, warms the server up (first renders,
// the search index), as the test's server is by the tests before it. Prints p50, p99 and the slowest
// per kind of probe, and fails if any answer took more than a second, or never came. Run it on a
// quiet machine: it measures time.
// Starts `node server.mjs` itself on BENCH_HOSTILE_PORT (3210).
import { PROBES, RAW_REQUESTS, sendProbe, sendRaw } from './hostile-probes.mjs';
import { startNode, waitFor } from './serve-utils.mjs';

const LIMIT_MS = 1000;
const CONCURRENCY = 8;
const PORT = Number(process.env.BENCH_HOSTILE_PORT ?? 3210);

/** The value below which a share `p` of the sorted times fall (nearest rank). */
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

const server = startNode(PORT);
/** @type {Map<string, number[]>} milliseconds per kind of probe */
const times = new Map();
const unanswered = [];
const record = (kind, ms) => (times.get(kind) ?? times.set(kind, []).get(kind)).push(ms);
try {
  await waitFor(`http://127.0.0.1:${PORT}/fr`);
  /** Sends every probe, eight at a time; `onAnswer` gets each answered one and its time. */
  const sendAll = (onAnswer) => {
    const queue = [...PROBES];
    return Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let probe = queue.shift(); probe; probe = queue.shift()) {
          try {
            onAnswer(probe, (await sendProbe(PORT, probe)).ms);
          } catch (error) {
            unanswered.push(`${probe.method ?? 'GET'} ${probe.path.slice(0, 80)}: ${error.message}`);
          }
        }
      }),
    );
  };
  await sendAll(() => {});
  await sendAll((probe, ms) => record(probe.kind, ms));
  for (const { name, bytes } of RAW_REQUESTS) {
    const { outcome, ms } = await sendRaw(PORT, bytes);
    if (outcome === 'no answer') unanswered.push(`raw, ${name}: no answer`);
    else record('raw requests', ms);
  }
} finally {
  server.kill();
}

const slow = [];
console.log(`${'kind of probe'.padEnd(30)}${'count'.padStart(7)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}  (ms)`);
for (const [kind, list] of times) {
  const sorted = [...list].sort((a, b) => a - b);
  const [p50, p99, max] = [percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.at(-1)].map(Math.round);
  console.log(`${kind.padEnd(30)}${String(sorted.length).padStart(7)}${String(p50).padStart(9)}${String(p99).padStart(9)}${String(max).padStart(9)}`);
  if (max > LIMIT_MS) slow.push(`${kind}: the slowest took ${max} ms`);
}
const failures = [...unanswered, ...slow];
if (failures.length > 0) {
  console.error(`\nOver ${LIMIT_MS} ms, or unanswered:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${PROBES.length + RAW_REQUESTS.length} hostile requests dealt with within ${LIMIT_MS} ms.`);
