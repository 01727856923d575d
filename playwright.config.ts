import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /(preview|studio-live|editorial|lighthouse)\.spec\.ts/ },
    // The editors' preview, studio and editorial server each run their own `next dev`: after the rest,
    // so that compiling them slows no other test, and side by side, one worker each.
    { name: 'preview', use: { ...devices['Desktop Chrome'] }, testMatch: /preview\.spec\.ts/, dependencies: ['chromium'] },
    { name: 'studio', use: { ...devices['Desktop Chrome'] }, testMatch: /studio-live\.spec\.ts/, dependencies: ['chromium'] },
    // The team's editorial server (the demo identity provider, sign-in, two editors, publishing).
    // Its preview is `next dev`: a screen visited the first time is compiled then, which a loaded machine takes its time over.
    { name: 'editorial', use: { ...devices['Desktop Chrome'] }, testMatch: /editorial\.spec\.ts/, dependencies: ['chromium'], expect: { timeout: 30_000 } },
    // Lighthouse's gate (scripts/lighthouse.mjs --gate), its own server and browser.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: `node server.mjs`,
    env: { PORT: String(PORT), HOSTNAME: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/fr`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
