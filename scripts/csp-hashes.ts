// Runs after `next build`: records the hashes of the inline scripts of every prerendered page, so
// that proxy.ts can send each page a Content-Security-Policy without 'unsafe-inline'.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST, type CspManifest, inlineScripts, scriptHash } from '../lib/security/csp';

const root = path.resolve('.next/server/app');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });

const manifest: CspManifest = {};
for (const file of htmlFiles(root)) {
  const route = `/${path.relative(root, file).replace(/\.html$/, '').split(path.sep).join('/')}`.replace(/\/index$/, '') || '/';
  manifest[route] = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(scriptHash))];
}
writeFileSync(CSP_MANIFEST, JSON.stringify(manifest));
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} prerendered pages into ${CSP_MANIFEST}`);
