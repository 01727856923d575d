// Which Chromium the browser tests and Lighthouse use: Playwright's own where it is installed,
// otherwise the system's (Debian: /usr/bin/chromium, or CHROMIUM_PATH).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasBundledChromium() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** The executable to launch, or undefined to let Playwright use its own. */
export const chromiumExecutable = () => (hasBundledChromium() ? undefined : systemChromium);

/** The flags this workplace's Chromium needs: no sandbox as root, and no calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
