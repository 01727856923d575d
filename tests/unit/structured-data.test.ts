import { describe, expect, it } from 'vitest';
import { jsonLd, structuredData } from '@/lib/site/structured-data';

describe('structured data', () => {
  it('cannot close its own script element, whatever a title holds', () => {
    const text = jsonLd(structuredData({ path: '/fr/x', name: 'A </script><script>alert(1)</script> title', inLanguage: 'fr' }));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)['@graph'][0].name).toBe('A </script><script>alert(1)</script> title');
  });

  it('puts the trail in order, from home, with absolute addresses', () => {
    const graph = structuredData({
      path: '/fr/a/b',
      name: 'B',
      inLanguage: 'fr',
      trail: [
        { name: 'Accueil', path: '/fr' },
        { name: 'A', path: '/fr/a' },
        { name: 'B', path: '/fr/a/b' },
      ],
    })['@graph'] as Record<string, unknown>[];
    expect(graph[1]).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Accueil', item: 'https://international.inserm.fr/fr' },
        { position: 2, name: 'A', item: 'https://international.inserm.fr/fr/a' },
        { position: 3, name: 'B', item: 'https://international.inserm.fr/fr/a/b' },
      ],
    });
  });
});
