import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/lib/security/policy.mjs';
import { chosenEncoding } from '@/lib/serve/encoding.mjs';
import { contentHiddenForScripts, scriptsIn, withoutScripts } from '@/lib/serve/html.mjs';
import { takeOver } from '@/lib/serve/response.mjs';
import { isSiteAddress } from '@/lib/site/addresses';
import { languageChoice } from '@/lib/site/language';
import { ACCEPT_ENCODINGS } from '../accept-encodings';

describe('pages leave without scripts', () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/_next/static/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/c.js"/><link rel="preload" as="font" href="/f.woff2"/><script src="/_next/static/d.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"WebPage"}</script></head><body><div hidden=""><!--$--><!--/$--></div><main>Text</main>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">self.__next_r="x"</script><script noModule="" src="/p.js"></script></body></html>',
  ].join('');

  it('keeps the content, the styles and the structured data, and nothing that runs', () => {
    expect(withoutScripts(page)).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/a.css"/><link rel="preload" as="font" href="/f.woff2"/><script type="application/ld+json">{"@type":"WebPage"}</script></head><body><main>Text</main></body></html>',
    );
    expect(scriptsIn(page)).toHaveLength(6);
    expect(scriptsIn(withoutScripts(page))).toEqual([]);
  });

  it('changes nothing the second time', () => {
    expect(withoutScripts(withoutScripts(page))).toBe(withoutScripts(page));
  });

  it('keeps no script whatever it says of itself: a module of the site’s own is taken out too', () => {
    const html = '<main>x</main><script type="module" src="/islands/filter.js" data-island=""></script><script type="module">import "/a.js"</script>';
    expect(withoutScripts(html)).toBe('<main>x</main>');
  });

  it('sees content React keeps hidden until its script moves it in', () => {
    const outOfPlace = '<!--$?--><template id="B:0"></template>Loading<!--/$--><div hidden id="S:0"><p>The text</p></div><script>$RC("B:0","S:0")</script>';
    expect(contentHiddenForScripts(withoutScripts(outOfPlace))).toEqual(['<template id="B:0"', '<div hidden id="S:0"']);
    expect(contentHiddenForScripts(withoutScripts(page))).toEqual([]);
  });
});

describe('what the server does to every response', () => {
  const long = 'x'.repeat(2000);
  async function served(body: string, headers: Record<string, string>) {
    const server = createServer((req, res) => {
      takeOver(req, res);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.write(body.slice(0, 10));
      res.end(body.slice(10));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: { 'accept-encoding': 'br' } });
      // fetch decompresses what it asked for: the text is the page as a browser reads it.
      return { headers: response.headers, text: await response.text() };
    } finally {
      server.close();
    }
  }

  it('a page leaves without its scripts, with the site’s policy and tidy headers, compressed', async () => {
    const { headers, text } = await served(`<main>${long}</main><script>self.__next_f.push([1])</script>`, {
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
      vary: 'rsc, next-router-state-tree, Accept-Encoding',
      etag: '"abc"',
    });
    expect(text).toBe(`<main>${long}</main>`);
    expect(headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(headers.get('x-nextjs-cache')).toBeNull();
    expect(headers.get('vary')).toBe('Accept-Encoding');
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('etag')).toBe('W/"abc"');
    expect(headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('every page gets the one policy, whatever scripts it came with', async () => {
    const { headers, text } = await served(`<main>${long}</main><script type="module" src="/islands/map.js" data-island=""></script>`, { 'content-type': 'text/html' });
    expect(text).toBe(`<main>${long}</main>`);
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('a small or binary response goes through as it is', async () => {
    const { headers, text } = await served('User-Agent: *', { 'content-type': 'text/plain' });
    expect(text).toBe('User-Agent: *');
    expect(headers.get('content-encoding')).toBeNull();
    expect(headers.get('content-security-policy')).toBeNull();
  });
});

describe('compression follows what the client accepts', () => {
  it.each(ACCEPT_ENCODINGS)('Accept-Encoding %j gets %s', (accept, expected) => {
    expect(chosenEncoding(accept ?? undefined)).toBe(expected);
  });
});

describe('the language switch leads to a page of the site, never elsewhere', () => {
  const known = new Set(['/fr', '/en', '/fr/strategie', '/en/strategy', '/fr/recherche', '/en/search', '/en/which-tool', '/fr/quel-outil/crcn-recent/premier-contact/europe']);
  const pages = (pathname: string) => known.has(pathname);

  it('records the language of the page it leads to', () => {
    expect(languageChoice('/en/strategy', pages)).toEqual({ locale: 'en', location: '/en/strategy' });
    expect(languageChoice('/fr', pages)).toEqual({ locale: 'fr', location: '/fr' });
  });

  it('keeps a search query, and only that', () => {
    expect(languageChoice('/en/search?q=tools&x=1', pages)).toEqual({ locale: 'en', location: '/en/search?q=tools' });
    expect(languageChoice('/fr/recherche', pages)).toEqual({ locale: 'fr', location: '/fr/recherche' });
  });

  it('keeps the tool finder’s answers, on its form and on its answer pages', () => {
    expect(languageChoice('/en/which-tool?stage=thematic-network&sent=1&evil=1', pages)).toEqual({ locale: 'en', location: '/en/which-tool?stage=thematic-network' });
    expect(languageChoice('/fr/quel-outil/crcn-recent/premier-contact/europe', pages)).toEqual({ locale: 'fr', location: '/fr/quel-outil/crcn-recent/premier-contact/europe' });
  });

  it.each(['https://evil.example/', '//evil.example/en', '/\\evil.example', '/en/strategy/../../evil', 'javascript:alert(1)', '/de', '/en/nowhere', '', 'en/strategy', '/en/strategy\r\nSet-Cookie: x=1'])(
    'refuses %j',
    (to) => {
      expect(languageChoice(to, pages)).toBeUndefined();
    },
  );
});

describe('the addresses the language switch knows, from the content and the tool finder', () => {
  it('knows pages, further pages of a list, the search, the finder’s form and its answers, and nothing else', () => {
    for (const address of ['/fr', '/en/strategy', '/fr/recherche', '/en/which-tool', '/en/which-tool/recent-crcn/first-contact/europe', '/fr/quel-outil/equipe-confirmee/reseau-thematique/hors-europe']) {
      expect(isSiteAddress(address), address).toBe(true);
    }
    for (const address of ['/de', '/en/strategie', '/en/which-tool/crcn-recent/first-contact/europe', '/en/which-tool/recent-crcn/first-contact', '/en/which-tool/recent-crcn/first-contact/europe/x', '/fr/quel-outil/']) {
      expect(isSiteAddress(address), address).toBe(false);
    }
  });
});
