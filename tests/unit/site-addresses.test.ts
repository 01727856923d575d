import { describe, expect, it, vi } from 'vitest';
import { minimalSite, openFixture } from './helpers';

// The addresses the language switch may lead to, on a small site served in place of today's: its
// pages, and the answers of its tool finder (tests/unit/helpers.ts, minimalSite).
const site = openFixture(minimalSite, 'publish');
vi.doMock('@/lib/content', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/content')>()), siteContent: () => site }));
const { isSiteAddress } = await import('@/lib/site/addresses');

describe('the addresses the language switch knows, from the content and the tool finder', () => {
  it.each(['/fr', '/en', '/en/strategy', '/fr/outils/explorer', '/fr/recherche', '/en/search', '/en/which-tool', '/en/which-tool/young/start/europe', '/fr/quel-outil/confirme/suite/ailleurs'])(
    'knows %s',
    (address) => {
      expect(isSiteAddress(address)).toBe(true);
    },
  );

  it.each([
    '/de',
    '/de/strategy',
    '/en/strategie',
    '/en/nowhere',
    '/fr/outils/explore',
    '/en/which-tool/jeune/start/europe',
    '/en/which-tool/young/start',
    '/en/which-tool/young/start/europe/x',
    '/fr/quel-outil/',
  ])('does not know %s', (address) => {
    expect(isSiteAddress(address)).toBe(false);
  });
});
