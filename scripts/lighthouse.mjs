#!/usr/bin/env node
// npm run lighthouse — Lighthouse (mobile preset) on the built site, in Chromium, for the home page,
// a section page and the cooperation tools page in both languages. Prints the four scores of each
// and fails below MIN_SCORE (100: pages run no script, load one stylesheet and weigh a few KB).
// Starts `node server.mjs` itself on LIGHTHOUSE_PORT (3200).
// Each page is measured RUNS times and the median kept, as Lighthouse advises against its own variance.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumExecutable } from './chromium.mjs';
import { startNode, waitFor } from './serve-utils.mjs';

const MIN_SCORE = 100;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const PATHS = ['/fr', '/en', '/fr/strategie', '/en/strategy', '/fr/outils-de-cooperation', '/en/cooperation-tools'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = startNode(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
let failed = false;
try {
  await waitFor(`http://127.0.0.1:${PORT}/fr`);
  console.log(`${'page'.padEnd(28)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const path of PATHS) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      runs.push(lhr);
    }
    // The run whose performance score is the median stands for the page.
    runs.sort((x, y) => (x.categories.performance?.score ?? 0) - (y.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    console.log(`${path.padEnd(28)}${scores.map((s) => String(s).padStart(16)).join('')}`);
    for (const [i, score] of scores.entries()) {
      if (score < MIN_SCORE) {
        failed = true;
        const category = lhr.categories[CATEGORIES[i]];
        const lost = category.auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
        console.log(`  ✗ ${CATEGORIES[i]} ${score} < ${MIN_SCORE}: ${lost.join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(failed ? `\nSome scores are below ${MIN_SCORE}.` : `\nEvery score is at least ${MIN_SCORE}.`);
process.exit(failed ? 1 : 0);
