import { EventEmitter } from 'node:events';
import { Agent, createServer, get } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/lib/security/policy.mjs';
import { chosenEncoding } from '@/lib/serve/encoding.mjs';
import { scriptsIn, withoutScripts } from '@/lib/serve/html.mjs';
import { takeOver } from '@/lib/serve/response.mjs';
import { standbyControl } from '@/lib/serve/standby.mjs';
import { whyActive } from '@/lib/serve/inert.mjs';
import { whyNotVisible } from '@/lib/serve/visible.mjs';
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

  it('keeps a data block by its type alone: structured data named in another attribute, or a tag holding `>`, is a script', () => {
    const html =
      '<main>x</main><script data-x="type=application/ld+json">alert(1)</script><script type="text/javascript" data-type="application/ld+json">alert(2)</script><script data-x=">" src="/a.js"></script><script type="application/ld+json">{}</script>';
    expect(withoutScripts(html)).toBe('<main>x</main><script type="application/ld+json">{}</script>');
  });

  it('counts a script whose tag cannot be read as a script', () => {
    expect(scriptsIn('<main>x</main><script data-x="unclosed>alert(1)</script>')).toHaveLength(1);
  });
});

describe('a page does nothing but show itself, or is not sent', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html lang="fr"><head><title>Stratégie</title>${head}</head><body><main><h1>Stratégie</h1>${body}</main></body></html>`;

  it('finds nothing active in a page of text, links, forms to the site and structured data', () => {
    const body =
      '<p><a href="/fr/outils">Outils</a>, <a href="https://www.inserm.fr/">Inserm</a>, <a href="mailto:a@b.example">écrire</a></p><form action="/fr/recherche" method="get"><input name="q"></form>';
    expect(whyActive(page('<meta name="description" content="x"><script type="application/ld+json">{"a":"<iframe>"}</script>', body))).toEqual([]);
  });

  it('names what would act: a refresh, frames, plugins, <base>, handlers, addresses that run, forms sent elsewhere, scripts', () => {
    const head = '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/"><base href="https://elsewhere.example/">';
    const body = [
      '<iframe src="/x"></iframe><object data="/x.swf"></object><embed src="/x">',
      '<p onclick="alert(1)">x</p><img src="/x.png" onerror="alert(1)">',
      '<a href="javascript:alert(1)">a</a><a href=" JaVa&#09;Script:alert(1)">b</a><a href="java&#58;script">c</a><a href="data:text/html,x">d</a>',
      '<form action="https://elsewhere.example/"><button formaction="//elsewhere.example">x</button></form>',
      '<svg><script>alert(1)</script></svg>',
    ].join('');
    expect(whyActive(page(head, body)).map((reason) => reason.split(':')[0])).toEqual([
      'a script',
      'a <meta http-equiv>',
      'a <base>',
      'a <iframe>',
      'a <object>',
      'a <embed>',
      'an event handler (onclick)',
      'an event handler (onerror)',
      'an address that runs (javascript',
      'an address that runs (javascript',
      'an address that runs (java',
      'an address that runs (data',
      'a form sent to another site',
      'a form sent to another site',
    ]);
  });

  it('is part of the check that a page may be sent', () => {
    expect(whyNotVisible(page('<meta http-equiv="refresh" content="0;url=/en">', '<p>Deux axes.</p>'))).toEqual(['a <meta http-equiv>: <meta http-equiv="refresh" content="0;url=/en">']);
  });
});

describe('a page shows its content without scripts, or is not sent', () => {
  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Our strategy</title></head><body><header><a href="/en">Inserm</a></header>${body}</body></html>`;
  const good = page(
    '<main id="content"><h1 class="text-3xl">Our strategy</h1><p>Two axes.</p><ul class="hidden md:flex"><li>Menu</li></ul><span aria-hidden="true">→</span></main><div hidden=""></div>',
  );

  it('passes a page whose <main> holds its <h1> and its title, with nothing hidden for a script', () => {
    expect(whyNotVisible(good, { shows: ['Our strategy', 'Two axes.'] })).toEqual([]);
  });

  it('finds a title written with entities, and none that is not in <main>', () => {
    const escaped = page('<main><h1>Europe &amp; the world&#x27;s <em>health</em></h1></main>');
    expect(whyNotVisible(escaped, { shows: ["Europe & the world's health"] })).toEqual([]);
    expect(whyNotVisible(good, { shows: ['Our priorities', 'Three axes.'] })).toEqual(['its <main> does not show “Our priorities”', 'its <main> does not show “Three axes.”']);
  });

  it('refuses a Suspense boundary React completes with a script', () => {
    // What React streams for a slow boundary, once withoutScripts() has taken its $RC script out.
    const suspended = page('<main><h1>Our strategy</h1><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><p>Two axes.</p></div>');
    expect(whyNotVisible(withoutScripts(`${suspended}<script>$RC("B:0","S:0")</script>`))).toEqual([
      'a Suspense boundary left for a script to complete (<!--$?-->)',
      'a placeholder for content a script would move in (<template id="B:…">)',
      'content out of place for a script to move (<div hidden id="S:…">)',
      '<div hidden> holds text: “Two axes.”',
    ]);
  });

  it('refuses content hidden by any means a script would undo', () => {
    expect(whyNotVisible(page('<main><h1>Our strategy</h1><section hidden><p>Two <b>axes</b>.</p></section></main>'))).toEqual(['<section hidden> holds text: “Two”']);
    expect(whyNotVisible(page('<main><h1>Our strategy</h1><div style="color:red; display: none"><p>Two axes.</p></div></main>'))).toEqual(['<div style="display:none"> holds text: “Two axes.”']);
    expect(whyNotVisible(page('<main><h1>Our strategy</h1><template><p class="x">Two axes.</p></template></main>'))).toEqual(['<template> holds an element: “<p class="x">”']);
    expect(whyNotVisible(page('<main><h1>Our strategy</h1><!--$!--><p>Loading…</p><!--/$--></main>'))).toEqual(['a Suspense boundary left for a script to render (<!--$!-->)']);
  });

  it('refuses a page without <main>', () => {
    expect(whyNotVisible(page('<div id="content"><h1>Our strategy</h1><p>Two axes.</p></div>'))).toEqual(['no <main>']);
  });

  it('refuses a page whose <h1> is empty, missing, or outside <main>', () => {
    expect(whyNotVisible(page('<main><h1> <!-- --> </h1><p>Two axes.</p></main>'))).toEqual(['its <h1> is empty']);
    expect(whyNotVisible(page('<main><h2>Our strategy</h2></main>'))).toEqual(['no <h1>']);
    expect(whyNotVisible(page('<h1>Our strategy</h1><main><p>Two axes.</p></main>'))).toEqual(['its <h1>, “Our strategy”, is outside its <main>']);
  });
});

describe('what the server does to every response', () => {
  const long = 'x'.repeat(2000);
  const page = (main: string) => `<!DOCTYPE html><html><head><title>Strategy</title></head><body><main><h1>Strategy</h1>${main}</main></body></html>`;
  async function served(body: string, headers: Record<string, string>, { address = '/', retired, status = 200 }: { address?: string; retired?: string[]; status?: number } = {}) {
    const server = createServer((req, res) => {
      takeOver(req, res, { retired: retired && { has: (pathname: string) => retired.includes(pathname) } });
      res.statusCode = status;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.write(body.slice(0, 10));
      res.end(body.slice(10));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${address}`, { headers: { 'accept-encoding': 'br' }, redirect: 'manual' });
      // fetch decompresses what it asked for: the text is the page as a browser reads it.
      return { status: response.status, headers: response.headers, text: await response.text() };
    } finally {
      server.close();
    }
  }

  it('a page leaves without its scripts, with the site’s policy and tidy headers, compressed', async () => {
    const { headers, text } = await served(page(`${long}<script>self.__next_f.push([1])</script>`), {
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
      vary: 'rsc, next-router-state-tree, Accept-Encoding',
      etag: '"abc"',
    });
    expect(text).toBe(page(long));
    expect(headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(headers.get('x-nextjs-cache')).toBeNull();
    expect(headers.get('vary')).toBe('Accept-Encoding');
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('etag')).toBe('W/"abc"');
    expect(headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('every page gets the one policy, whatever scripts it came with', async () => {
    const { headers, text } = await served(page(`${long}<script type="module" src="/islands/map.js" data-island=""></script>`), { 'content-type': 'text/html' });
    expect(text).toBe(page(long));
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('a page that would hide its content without scripts is not sent: a plain 500, kept nowhere, the reason in the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { status, headers, text } = await served(page(`<!--$?--><template id="B:0"></template>${long}<!--/$--><div hidden id="S:0">Found</div>`), {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, s-maxage=3600',
        etag: '"abc"',
      });
      expect({ status, text }).toEqual({ status: 500, text: 'Internal server error.' });
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(headers.get('etag')).toBeNull();
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Not sent, a 500 instead: GET \/ \(200\).*<template id="B:…">.*<div hidden> holds text: “Found”/));
    } finally {
      logged.mockRestore();
    }
  });

  it('a redirect is sent as a redirect: its body, which no browser shows, is not held to show a page', async () => {
    // What Next.js sends for `redirect()` from a page rendered on request (the tool finder's form, once answered).
    const body = `<!DOCTYPE html><html><head><meta id="__next-page-redirect" http-equiv="refresh" content="1;url=/en/which-tool/a/b/c"/></head><body>${long}<script>self.__next_f.push([1])</script></body></html>`;
    const { status, headers, text } = await served(body, { 'content-type': 'text/html; charset=utf-8', location: '/en/which-tool/a/b/c' }, { status: 307 });
    expect({ status, location: headers.get('location') }).toEqual({ status: 307, location: '/en/which-tool/a/b/c' });
    expect(text).not.toContain('<script');
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('a retired page answers 410 Gone, saying why, and no other page does', async () => {
    const why = page(`<p>Cette page a été retirée le 30 novembre 2026 : l’appel est clos.</p>${long}`);
    const html = { 'content-type': 'text/html; charset=utf-8' };
    const gone = await served(why, html, { address: '/fr/appel-2024', retired: ['/fr/appel-2024'] });
    expect({ status: gone.status, text: gone.text }).toEqual({ status: 410, text: why });
    const other = await served(page(long), html, { address: '/fr/strategie', retired: ['/fr/appel-2024'] });
    expect(other.status).toBe(200);
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

  it.each([
    'https://evil.example/',
    '//evil.example/en',
    '/\\evil.example',
    '/en/strategy/../../evil',
    'javascript:alert(1)',
    '/de',
    '/en/nowhere',
    '',
    'en/strategy',
    '/en/strategy\r\nSet-Cookie: x=1',
  ])('refuses %j', (to) => {
    expect(languageChoice(to, pages)).toBeUndefined();
  });
});

describe('a server in standby lets go of the connections nginx keeps to it', () => {
  /** A server whose answers wait for `release()`, with the standby of lib/serve/standby.mjs and signals of its own. */
  async function standbyServer() {
    const signals = new EventEmitter();
    let release: (() => void) | undefined;
    const server = createServer((req, res) => {
      control.onRequest(res);
      if (req.url === '/slow') release = () => res.end('slow');
      else if (req.url === '/stream') {
        res.writeHead(200).write('str');
        release = () => res.end('eam');
      } else res.end('quick');
    });
    const control = standbyControl(server, { signals, mode: 'live' });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = (address: string) =>
      new Promise<{ body: string; connection?: string; socket: Socket }>((resolve, reject) => {
        get({ port, host: '127.0.0.1', path: address, agent }, (response) => {
          let body = '';
          const socket = response.socket;
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ body, connection: response.headers.connection, socket }));
        }).on('error', reject);
      });
    const close = () => {
      agent.destroy();
      server.closeAllConnections();
      server.close();
    };
    /** Asks `address`, and puts the server in standby while its answer is under way. */
    const standbyDuring = async (address: string) => {
      const answer = ask(address);
      await vi.waitFor(() => expect(release).toBeDefined());
      signals.emit('SIGUSR2');
      release?.();
      return answer;
    };
    return { signals, control, ask, standbyDuring, close };
  }

  it('closes an idle connection at once, and answers a busy one with Connection: close', async () => {
    const { control, ask, standbyDuring, close } = await standbyServer();
    try {
      const first = await ask('/');
      expect(first.connection).toBe('keep-alive');
      const answered = await standbyDuring('/slow');
      expect(answered.body).toBe('slow');
      expect(answered.connection).toBe('close');
      await vi.waitFor(() => expect(answered.socket.destroyed).toBe(true));
      // Nothing held any more but the connection asking.
      expect((await ask('/')).connection).toBe('close');
      await vi.waitFor(() => expect(control.describe()).toEqual({ mode: 'standby', connections: 0 }));
    } finally {
      close();
    }
  });

  it('closes a connection whose answer had its headers out already, once the answer is sent', async () => {
    const { control, standbyDuring, close } = await standbyServer();
    try {
      const answered = await standbyDuring('/stream');
      expect(answered.body).toBe('stream');
      await vi.waitFor(() => expect(answered.socket.destroyed).toBe(true));
      await vi.waitFor(() => expect(control.describe()).toEqual({ mode: 'standby', connections: 0 }));
    } finally {
      close();
    }
  });

  it('leaves the signals alone in a server the release system did not start (npm start in a terminal still stops when the terminal closes)', () => {
    const signals = new EventEmitter();
    const control = standbyControl(createServer(), { signals, mode: undefined });
    expect(signals.listenerCount('SIGHUP') + signals.listenerCount('SIGUSR2')).toBe(0);
    // (And says no mode: the release system never signals a server that does not say it has one.)
    expect(control.describe()).toEqual({});
  });

  it('keeps connections again once live', async () => {
    const { signals, control, ask, close } = await standbyServer();
    try {
      signals.emit('SIGUSR2');
      expect((await ask('/')).connection).toBe('close');
      signals.emit('SIGHUP');
      expect(control.describe()).toEqual({ mode: 'live' });
      const kept = await ask('/');
      expect(kept.connection).toBe('keep-alive');
      expect(kept.socket.destroyed).toBe(false);
    } finally {
      close();
    }
  });
});
