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
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /(preview|studio-live|editorial)\.spec\.ts/ },
    // The editors' preview and studio each run their own `next dev`: after the rest and one after the
    // other, so that compiling them slows no other test.
    { name: 'preview', use: { ...devices['Desktop Chrome'] }, testMatch: /preview\.spec\.ts/, dependencies: ['chromium'] },
    { name: 'studio', use: { ...devices['Desktop Chrome'] }, testMatch: /studio-live\.spec\.ts/, dependencies: ['preview'] },
    // The team's editorial server (the demo identity provider, sign-in, two editors): last, on its own.
    // Its preview is `next dev`: a screen visited the first time is compiled then, which a loaded machine takes its time over.
    { name: 'editorial', use: { ...devices['Desktop Chrome'] }, testMatch: /editorial\.spec\.ts/, dependencies: ['studio'], expect: { timeout: 30_000 } },
  ],
  webServer: {
    command: `node server.mjs`,
    env: { PORT: String(PORT), HOSTNAME: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/fr`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
