const ORIGIN = 'https://site.invalid';

/**
 * An address of this site written by someone else (a `back=` or `to=` parameter), read as a URL of
 * this site, or nothing: a full URL, `//host`, `/\host` (which browsers read as `//host`), a control
 * character or a backslash anywhere is refused. What a redirect may follow without leaving the site.
 */
export function localAddress(written: string): URL | undefined {
  if (!written.startsWith('/') || written.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(written)) return undefined;
  try {
    const url = new URL(written, ORIGIN);
    return url.origin === ORIGIN ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The path, query and fragment of a local address, as a redirect writes it. */
export const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;
