// The prerendered responses the server answers from memory (lib/serve/prerendered.mjs), recorded by
// the build (scripts/postbuild.ts) once the pages are stripped of their scripts: for each public
// address Next.js prerendered, its body in each encoding and the headers the server sends with it
// today — those of next.config.ts as the build resolved them (.next/routes-manifest.json), those
// Next.js stored with the response, its ETag, then those lib/serve/response-headers.mjs sets.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateETag } from 'next/dist/server/lib/etag';
import { z } from 'zod';
import { isCompressible, precompressed } from '../lib/serve/encoding.mjs';
import { digestOf, PRERENDERED_DIR, PRERENDERED_MANIFEST, type PrerenderedManifest, type RecordedResponse } from '../lib/serve/prerendered.mjs';
import { type HeaderHolder, tidyHeaders } from '../lib/serve/response-headers.mjs';

// What the build's own records say, as far as this reads them.
const prerenderManifest = z.object({
  routes: z.record(z.string(), z.object({ dataRoute: z.string().nullable().optional(), initialStatus: z.number().optional() })),
});
const routesManifest = z.object({
  headers: z.array(
    z.object({
      source: z.string(),
      regex: z.string(),
      headers: z.array(z.object({ key: z.string(), value: z.string() })),
      has: z.array(z.unknown()).optional(),
      missing: z.array(z.unknown()).optional(),
    }),
  ),
});
const storedMeta = z.object({ status: z.number().optional(), headers: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

const HTML_TYPE = 'text/html; charset=utf-8';
/** What a visitor's browser sends as it is: no percent-encoding, no uppercase Next.js would redirect. */
const PLAIN_ADDRESS = /^(\/[a-z0-9._~-]+)+$/;
/** The name a compressed copy takes after its body's, per encoding. */
const EXTENSIONS = { br: '.br', gzip: '.gz' } as const;
/** Headers Next.js keeps with a prerendered response for itself, and never sends. */
const INTERNAL = /^x-next-cache-tags$/i;

/** A response's headers in the order they are set, a later value replacing an earlier one in place, as Node.js keeps them. */
class Headers implements HeaderHolder {
  readonly #headers = new Map<string, [name: string, value: string]>();
  getHeaderNames() {
    return [...this.#headers.keys()];
  }
  getHeader(name: string) {
    return this.#headers.get(name.toLowerCase())?.[1];
  }
  setHeader(name: string, value: number | string | readonly string[]) {
    this.#headers.set(name.toLowerCase(), [name, String(value)]);
  }
  removeHeader(name: string) {
    this.#headers.delete(name.toLowerCase());
  }
  has(name: string) {
    return this.#headers.has(name.toLowerCase());
  }
  toObject() {
    return Object.fromEntries(this.#headers.values());
  }
}

export type RecordOptions = {
  /** The address visitors use for a prerendered route (i18n/routing.ts: localizedAddress). */
  publicAddress: (route: string) => string;
  /** Routes answered otherwise: the framework's own pages, the not-found pages (a 404 at their own address). */
  isLeftToNext: (route: string) => boolean;
  /** A status other than 200 for an address: a retired page's 410. */
  statusOf?: (address: string) => number | undefined;
};

/**
 * Records the prerendered responses of the build in `distDir` (.next): their compressed copies under
 * PRERENDERED_DIR, and PRERENDERED_MANIFEST. Returns what it recorded, and what it left to Next.js.
 */
export function recordPrerendered(distDir: string, { publicAddress, isLeftToNext, statusOf }: RecordOptions) {
  const read = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown;
  const { routes } = prerenderManifest.parse(read('prerender-manifest.json'));
  const { headers: headerRules } = routesManifest.parse(read('routes-manifest.json'));

  /** The headers next.config.ts gives an address, rule after rule; undefined if a rule depends on more than the address. */
  const configured = (address: string) => {
    const headers = new Headers();
    for (const rule of headerRules) {
      if (!new RegExp(rule.regex).test(address)) continue;
      if (rule.has?.length || rule.missing?.length) return undefined;
      for (const { key, value } of rule.headers) headers.setHeader(key, value);
    }
    return headers;
  };

  const responses: Record<string, RecordedResponse> = {};
  const leftToNext: string[] = [];
  const bytes = { identity: 0, br: 0, gzip: 0 };
  for (const [route, { dataRoute, initialStatus = 200 }] of Object.entries(routes)) {
    const address = publicAddress(route);
    const headers = configured(address);
    if (isLeftToNext(route) || initialStatus !== 200 || !PLAIN_ADDRESS.test(address) || !headers) {
      leftToNext.push(route);
      continue;
    }
    // A page (it has a payload for the client router) is stored as HTML, a route handler's response as a body and its headers.
    const isPage = dataRoute != null;
    const file = path.join('server/app', isPage ? `${route === '/' ? '/index' : route}.html` : `${route}.body`);
    const meta = storedMeta.parse(read(`${file.replace(/\.(html|body)$/, '')}.meta`));
    if ((meta.status ?? 200) !== 200) {
      leftToNext.push(route);
      continue;
    }
    const body = readFileSync(path.join(distDir, file));
    for (const [name, value] of Object.entries(meta.headers ?? {})) if (!INTERNAL.test(name) && !headers.has(name)) headers.setHeader(name, value);
    // Next.js's ETag, and the conditional requests it answers with a 304 (pages only): the headers
    // next.config.ts gives the address and the ETag, no Content-Type yet and so no Vary.
    const status = statusOf?.(address) ?? 200;
    const etag = isPage ? generateETag(body.toString('utf8')) : undefined;
    // Only a page that is there is worth revalidating: a retired page's 410 is simply sent again.
    const notModified = etag && status === 200 ? new Headers() : undefined;
    if (notModified && etag) {
      for (const [name, value] of Object.entries(configured(address)?.toObject() ?? {})) notModified.setHeader(name, value);
      notModified.setHeader('ETag', etag);
      tidyHeaders(notModified, { isCompressible: false });
    }
    if (etag) headers.setHeader('ETag', etag);
    if (isPage) headers.setHeader('Content-Type', HTML_TYPE);
    const type = String(headers.getHeader('content-type') ?? '');
    tidyHeaders(headers, { isCompressible: isCompressible(type) });

    const files: RecordedResponse['files'] = { identity: file };
    bytes.identity += body.length;
    if (isCompressible(type)) {
      for (const [encoding, compressed] of Object.entries(precompressed(body)) as ['br' | 'gzip', Buffer][]) {
        const copy = path.join(PRERENDERED_DIR, `${path.relative('server/app', file)}${EXTENSIONS[encoding]}`);
        mkdirSync(path.dirname(path.join(distDir, copy)), { recursive: true });
        writeFileSync(path.join(distDir, copy), compressed);
        files[encoding] = copy;
        bytes[encoding] += compressed.length;
      }
    }
    responses[address] = { status, headers: headers.toObject(), ...(notModified ? { notModified: notModified.toObject() } : {}), files, digest: digestOf(body) };
  }
  const manifest: PrerenderedManifest = { responses };
  writeFileSync(path.join(distDir, PRERENDERED_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return { addresses: Object.keys(responses), leftToNext, bytes };
}
