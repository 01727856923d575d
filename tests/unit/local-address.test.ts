import { describe, expect, it } from 'vitest';
import { localAddress, pathOf } from '@/lib/site/local-address';

// An address written by someone else (the studio's `back=`, the language switch's `to=`): followed
// by a redirect only when it stays on this site. Browsers read `/\host` as `//host`, another site.
describe('localAddress: what a redirect may follow without leaving the site', () => {
  it.each([
    ['/fr', '/fr'],
    ['/fr/x?q=1#a', '/fr/x?q=1#a'],
    ['/fr/studio', '/fr/studio'],
    // Percent-encoded, a backslash or a slash is a character of a path of this site: browsers do not decode it into a separator.
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    // Dot segments are resolved, and never climb above the site.
    ['/fr/../../evil', '/evil'],
  ])('accepts %j, as %j', (written, local) => {
    const url = localAddress(written);
    expect(url && pathOf(url)).toBe(local);
  });

  it.each([
    '//evil.example',
    '//evil.example/fr',
    '/\\evil.example',
    '/\\\\evil',
    '\\/evil.example',
    'https://evil.example',
    'https://evil.example/fr',
    'javascript:alert(1)',
    'fr/x',
    ' /fr',
    '',
    '/fr\r\nSet-Cookie: x=1',
    '/fr\u0000',
    '/\t/evil.example',
    '/\n/evil.example',
    '/fr\u007f',
  ])('refuses %j', (written) => {
    expect(localAddress(written)).toBeUndefined();
  });
});
