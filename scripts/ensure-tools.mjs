#!/usr/bin/env node
// Makes sure the end-to-end tests have what they run: a Chromium (Playwright's own if it is
// installed, otherwise the system's: /usr/bin/chromium, or CHROMIUM_PATH; on a machine with
// neither, Playwright's download, then Debian's package when running as root), nginx (for the
// cache tier's test), Grammalecte (the French typography checker) and Java (the W3C HTML checker):
// Debian's packages when running as root.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasBundledChromium as bundled, systemChromium } from './chromium.mjs';
const run = (command) => {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;
const aptInstall = (pkg) => {
  if (!isRoot) return false;
  if (!aptUpdated) aptUpdated = run('apt-get update -qq');
  return run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`);
};
const hasNginx = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => existsSync(p));
const hasGrammalecte = () => existsSync('/usr/bin/grammalecte-cli');
const hasJava = () => run('java -version > /dev/null 2>&1');

const missing = [];
if (!bundled() && !existsSync(systemChromium)) {
  console.log('No Chromium found for the end-to-end tests: installing one.');
  const installed = (run('npx playwright install chromium') && bundled()) || (aptInstall('chromium') && existsSync(systemChromium));
  if (!installed) missing.push('Chromium: npx playwright install chromium (with internet access), or sudo apt-get install -y chromium, or set CHROMIUM_PATH');
}
if (!hasNginx()) {
  console.log('No nginx found for the cache tier test: installing it.');
  if (!(aptInstall('nginx') && hasNginx())) missing.push('nginx: sudo apt-get install -y nginx');
}
if (!hasJava()) {
  console.log('No Java found for the W3C HTML checker: installing it.');
  if (!(aptInstall('default-jre-headless') && hasJava())) missing.push('Java: sudo apt-get install -y default-jre-headless');
}
if (!hasGrammalecte()) {
  console.log('No Grammalecte found for the French typography test: installing it.');
  if (!(aptInstall('grammalecte-cli') && hasGrammalecte())) missing.push('Grammalecte: sudo apt-get install -y grammalecte-cli');
}
// The MDN HTTP Observatory's own scanner, for tests/e2e/observatory.spec.ts, kept out of the project's
// dependencies: its install scripts download lists from the internet (the HSTS preload list, which
// only its TLS tests use, is left empty).
const observatory = path.resolve('node_modules/.cache/mdn-http-observatory');
const observatoryPackage = path.join(observatory, 'node_modules/@mdn/mdn-http-observatory');
if (!existsSync(observatoryPackage)) {
  console.log('Installing the MDN HTTP Observatory scanner for the security test.');
  if (!run(`npm install --prefix ${observatory} --no-save --ignore-scripts --no-audit --no-fund --loglevel=error @mdn/mdn-http-observatory@1.4.8`))
    missing.push('@mdn/mdn-http-observatory: npm install failed');
}
if (existsSync(observatoryPackage) && !existsSync(path.join(observatoryPackage, 'conf/hsts-preload.json'))) writeFileSync(path.join(observatoryPackage, 'conf/hsts-preload.json'), '{}\n');
if (missing.length) {
  console.error(`Could not install what the tests need. Install it yourself, then run the tests again:\n${missing.map((m) => `  ${m}`).join('\n')}`);
  process.exit(1);
}
