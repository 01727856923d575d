/**
 * A redirect (303) to a path of the studio's own site, left relative: the browser stays on the host
 * it came by (http://127.0.0.1:3000, as `npm run studio` says). Built on Next.js's `request.url`, it
 * would name `localhost` instead: another origin, whose Keystatic keeps other unsaved drafts.
 */
export const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });
