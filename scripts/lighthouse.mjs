#!/usr/bin/env node
// npm run lighthouse — Lighthouse (mobile preset) on the built site, in Chromium, for the home page,
// a section page and the cooperation tools page in both languages. Prints the four scores of each
// and fails below MIN_SCORE (95). Starts `node server.mjs` itself on LIGHTHOUSE_PORT (3200).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const MIN_SCORE = 95;
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const PATHS = ['/fr', '/en', '/fr/strategie', '/en/strategy', '/fr/outils-de-cooperation', '/en/cooperation-tools'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function chromePath() {
  try {
    if (existsSync(chromium.executablePath())) return chromium.executablePath();
  } catch {
    // No bundled browser: use the system's.
  }
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

async function waitFor(url, tries = 100) {
  for (let i = 0; i < tries; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

const server = spawn(process.execPath, ['server.mjs'], { env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1' }, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  await waitFor(`http://127.0.0.1:${PORT}/fr`);
  console.log(`${'page'.padEnd(28)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const path of PATHS) {
    const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
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
