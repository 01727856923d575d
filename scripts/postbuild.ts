// Runs after `next build` (npm run build): hashes the inline scripts of every prerendered page for
// the Content-Security-Policy, and completes the standalone server with what Next.js leaves out.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST, type CspManifest, inlineScripts, scriptHash } from '../lib/security/csp';
import { prerenderedPages } from './prerendered';

const manifest: CspManifest = {};
for (const { route, html } of prerenderedPages()) manifest[route] = [...new Set(inlineScripts(html).map(scriptHash))];
writeFileSync(CSP_MANIFEST, JSON.stringify(manifest));
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} prerendered pages into ${CSP_MANIFEST}`);

// The standalone server runs from .next/standalone: it needs the static assets, public/ and the manifest.
const standalone = path.resolve('.next/standalone');
if (existsSync(standalone)) {
  cpSync('.next/static', path.join(standalone, '.next/static'), { recursive: true });
  if (existsSync('public')) cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(CSP_MANIFEST, path.join(standalone, CSP_MANIFEST));
  console.log('Standalone: copied .next/static, public/ and the CSP manifest into .next/standalone');
}
