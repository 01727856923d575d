/**
 * The studio writes the files of content/ and has no accounts: it answers only a browser on this
 * machine. `npm run studio` listens on 127.0.0.1 alone; this refuses, in addition, a request that
 * names another host (a page elsewhere whose name was pointed at 127.0.0.1, "DNS rebinding") or that
 * comes from another site's page.
 */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const hostOf = (value: string | null) => {
  if (!value) return undefined;
  try {
    return new URL(value.includes('://') ? value : `http://${value}`).hostname;
  } catch {
    return undefined;
  }
};

export function isFromThisMachine(request: Request): boolean {
  const host = hostOf(request.headers.get('host'));
  if (!host || !LOCAL_HOSTS.has(host)) return false;
  const origin = request.headers.get('origin');
  return origin === null || LOCAL_HOSTS.has(hostOf(origin) ?? '');
}

export const refused = () => new Response('Forbidden: the studio answers only on this machine (http://127.0.0.1).', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
