#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: Playwright's own if it is installed,
// otherwise the system's (/usr/bin/chromium, or CHROMIUM_PATH). On a machine with neither,
// it tries Playwright's download, then Debian's package when running as root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bundled = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};
const run = (command) => {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

if (bundled() || existsSync(systemChromium)) process.exit(0);

console.log('No Chromium found for the end-to-end tests: installing one.');
if (run('npx playwright install chromium') && bundled()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium') && existsSync(systemChromium)) {
  process.exit(0);
}
console.error(
  'Could not install Chromium. Install it yourself, then run the tests again:\n' +
    '  npx playwright install chromium      (machines with internet access)\n' +
    '  sudo apt-get install -y chromium     (Debian/Ubuntu; or set CHROMIUM_PATH to a Chromium binary)',
);
process.exit(1);
