import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, expect, test } from '@playwright/test';
import { scriptsIn } from '../../lib/serve/html.mjs';
import { whyNotVisible } from '../../lib/serve/visible.mjs';
import { updatesPaths } from '@/i18n/routing';
import { pages } from './pages';

// No page runs a script, and none keeps content hidden until a script would reveal it, however it is
// served: by `npm start`, by the standalone output, and rendered again by the server instead of
// read from the build (as a page is when the build's copy is missing, or regenerated).

const addresses = [...pages.map((p) => p.path), ...Object.values(updatesPaths), '/fr/recherche?q=inserm', '/en/search?q=partners', '/fr/recherche', '/fr/introuvable', '/en/nothing-here'];

function serve(dir: string, port: number) {
  return spawn(process.execPath, ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: 'ignore' });
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** What a visitor without JavaScript would miss on each address of a server: scripts, and content hidden for one. */
async function missedWithoutScripts(browser: Browser, base: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  const missed: string[] = [];
  for (const address of addresses) {
    const response = await fetch(`${base}${address}`);
    const html = await response.text();
    for (const script of scriptsIn(html)) missed.push(`${address}: script ${script}`);
    for (const reason of whyNotVisible(html)) missed.push(`${address}: ${reason}`);
    await tab.goto(`${base}${address}`);
    const hidden = await tab.evaluate(() => [...document.querySelectorAll('[hidden]')].filter((el) => (el.textContent ?? '').trim() !== '').map((el) => el.outerHTML.slice(0, 80)));
    for (const element of hidden) missed.push(`${address}: hidden ${element}`);
    if ((await tab.locator('main').innerText()).trim().length < 100) missed.push(`${address}: the main content is empty without JavaScript`);
  }
  await context.close();
  return missed;
}

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** Serves `dir` with its own server.mjs for the length of `check`, then stops it. */
async function servedFrom<T>(dir: string, port: number, check: (base: string) => Promise<T>): Promise<T> {
  const server = serve(dir, port);
  try {
    await waitFor(`http://127.0.0.1:${port}/fr`);
    return await check(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

// Three ways of serving, three independent tests: each starts what it serves, and they may run side by side.
test('pages served by npm start run no script and hide nothing', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  expect(await missedWithoutScripts(browser, baseURL ?? '')).toEqual([]);
});

test('the standalone output serves the same pages, with no script', async ({ browser }) => {
  test.setTimeout(120_000);
  expect(await servedFrom('.next/standalone', E2E_PORT + 2, (base) => missedWithoutScripts(browser, base))).toEqual([]);
});

test('the standalone output renders pages again, when the build’s copies are gone, with no script', async ({ browser }) => {
  test.setTimeout(120_000);
  // A copy of the standalone output without any prerendered page.
  const copy = mkdtempSync(path.join(tmpdir(), 'regenerated-'));
  try {
    cpSync('.next/standalone', copy, { recursive: true, preserveTimestamps: true });
    const app = path.join(copy, '.next/server/app');
    // Every page of the content and the updates page, in both languages: app/fr.html, app/fr/…,
    // app/en.html, app/en/… (not the not-found pages, which the server reads when it starts, nor the
    // tool finder's answers).
    const removed = (dir: string, top = false): number =>
      readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => {
        const full = path.join(dir, entry.name);
        if (top && !/^(fr|en)(\.|$)/.test(entry.name)) return count;
        if (entry.name.startsWith('page-not-found') || entry.name === 'tool-finder') return count;
        if (entry.isDirectory()) return count + removed(full);
        if (!/\.(html|rsc|meta)$/.test(entry.name)) return count;
        rmSync(full);
        return count + (entry.name.endsWith('.html') ? 1 : 0);
      }, 0);
    expect(removed(app, true)).toBe(pages.length + Object.keys(updatesPaths).length);
    expect(await servedFrom(copy, E2E_PORT + 3, (base) => missedWithoutScripts(browser, base))).toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
