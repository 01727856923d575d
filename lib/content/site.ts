import { cache } from 'react';
import { type Content, type ContentMode, openContent } from './open';

/**
 * How this process reads its own content, decided here once: `npm run dev` and `npm run studio` are
 * the editors' preview, everything else (the build, the production server) publishes. The preview's
 * gates (preview/gates.tsx) make the same decision at compile time, so that a production bundle
 * leaves the preview out.
 */
const SITE_MODE: ContentMode = process.env.NODE_ENV === 'development' ? 'preview' : 'publish';

let published: Content | undefined;

/** The preview reads the files again for each request (an unchanged page is not parsed again), so that an editor's change shows on reload. */
const previewed = cache(() =>
  // The preview's own test points it at a copy of content/ (tests/e2e/preview.spec.ts).
  openContent({ root: process.cwd(), mode: 'preview', contentDir: process.env.CONTENT_ROOT || undefined }),
);

/**
 * The content this process serves: read once for a build or a production server (content with an
 * error is refused, every problem listed), read again for each request of the preview.
 */
export function siteContent(): Content {
  if (SITE_MODE === 'preview') return previewed();
  published ??= openContent({ root: process.cwd(), mode: 'publish' });
  return published;
}
