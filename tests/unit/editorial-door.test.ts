import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request as httpRequest, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portArgument, readConfig, SettingError } from '@/editorial/config';
import { previewEnvironment } from '@/editorial/preview';
import { holdsPreviewKey, newPreviewKey, PREVIEW_KEY_HEADER } from '@/editorial/preview-key.mjs';
import { Publishing } from '@/editorial/publishing';
import { publishedRemote } from '@/editorial/remote';
import { createEditorialServer } from '@/editorial/server';
import { freePort } from '@/lib/free-port';
import { Repository } from '@/lib/editorial/repository';
import { minimalSite, page } from './helpers';
import { hostilePages } from '../support/hostile-pages';

// The editorial server's door, tried as a writer who crafts requests would, on a checkout of its own
// and a stand-in for its preview that records what reaches it: what no page may hold is refused
// before anything is written or passed on, in French, the text kept; forms are taken only from the
// person's own screen; the preview gets the key, the person and a script nonce, and nothing a
// browser sent in their place.

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** A checkout of the minimal site, published to a bare repository, the person of `npm run studio` its git identity. */
function checkout() {
  const top = mkdtempSync(path.join(tmpdir(), 'door-'));
  const root = path.join(top, 'checkout');
  for (const [file, text] of Object.entries(minimalSite)) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    writeFileSync(path.join(root, 'content', file), text);
  }
  git(top, 'init', '-q', '-b', 'main', root);
  git(root, 'config', 'user.name', 'Camille Martin');
  git(root, 'config', 'user.email', 'camille.martin@inserm.invalid');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'The site as published');
  const remote = path.join(top, 'published.git');
  git(top, 'clone', '-q', '--bare', root, remote);
  git(root, 'remote', 'add', 'origin', remote);
  git(root, 'fetch', '-q', 'origin');
  return { top, root, remote };
}

interface Reached {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('the editorial server’s door', () => {
  const { root } = checkout();
  const key = newPreviewKey();
  const reached: Reached[] = [];
  let preview: Server;
  let editorial: Server;
  let base = '';
  let origin: Record<string, string> = {};

  beforeAll(async () => {
    // The preview as the door sees it: it answers whatever holds the key, and shows the token it was given in a form.
    preview = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const headers = { ...req.headers };
        const keyed = holdsPreviewKey(headers, key);
        reached.push({ method: req.method ?? '', url: req.url ?? '', headers, body });
        if (!keyed) return res.writeHead(403).end();
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<form method="post"><input name="token" value="${req.headers['x-editorial-form-token'] ?? ''}"></form>`);
      });
    });
    preview.listen(0, '127.0.0.1');
    await once(preview, 'listening');
    const port = await freePort();
    const config = readConfig({ EDITORIAL_MODE: 'local', EDITORIAL_PORT: String(port), EDITORIAL_STATE_DIR: path.join(root, '.editorial') }, root);
    const repository = new Repository(root, 'origin', 'main');
    await repository.fetch();
    const publishing = new Publishing(repository, config.stateDir, { selfApproval: false, clock: () => new Date() });
    ({ server: editorial } = await createEditorialServer(config, { port: (preview.address() as AddressInfo).port, key }, undefined, publishing));
    editorial.listen(port, '127.0.0.1');
    await once(editorial, 'listening');
    base = `http://127.0.0.1:${port}`;
    origin = { origin: base };
  });
  afterAll(() => {
    editorial?.close();
    preview?.close();
  });

  /**
   * A form sent as a browser sends it, with the headers given and no other (Node's fetch adds
   * `Sec-Fetch-Mode: cors` of its own, which no form sent by a page has).
   */
  const send = (address: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; location?: string }>((resolve, reject) => {
      const body = new URLSearchParams(fields).toString();
      const request = httpRequest(
        `${base}${address}`,
        { method: 'POST', headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...headers } },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });

  /** The token of this person's forms, as a screen of the studio shows it. */
  const formToken = async () => /name="token" value="([^"]*)"/.exec(await (await fetch(`${base}/fr/studio`)).text())?.[1] ?? '';
  const save = (file: string, text: string) =>
    fetch(`${base}/api/keystatic/update`, {
      method: 'POST',
      headers: { ...origin, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' },
      body: JSON.stringify({ additions: [{ path: file, contents: Buffer.from(text).toString('base64') }], deletions: [] }),
    });
  const updatesReached = () => reached.filter((r) => r.url.startsWith('/api/keystatic/update')).length;
  const kept = () => {
    const dir = path.join(root, '.editorial', 'kept');
    return existsSync(dir) ? readdirSync(dir).map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { file: string; refused?: string[] }) : [];
  };

  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'door-marker-')), 'ran');
  const file = 'content/fr/strategy.mdx';
  const before = readFileSync(path.join(root, file), 'utf8');

  it.each(hostilePages(marker))('a save holding $construct is refused before anything is written or passed on, in French, the text kept', async ({ body }) => {
    const keptBefore = kept().length;
    const answer = await save(file, page({ title: 'Stratégie', slug: 'strategie', order: 1 }, `\n${body}\n`));
    expect(answer.status).toBe(422);
    const said = await answer.text();
    expect(said).toMatch(/^Enregistrement refusé\u202f: rien n’a été écrit\.\nLa page «\u202fStratégie\u202f» \(en français\)\u202f:\n– ligne \d+\u202f: /);
    expect(said).toContain('Votre texte n’est pas perdu');
    expect(updatesReached()).toBe(0);
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(before);
    expect(kept()).toHaveLength(keptBefore + 1);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a page given the address of another before anything is written, naming the page that has it, the text kept', async () => {
    const keptBefore = kept().length;
    const reachedBefore = updatesReached();
    const answer = await save('content/fr/plan.mdx', page({ title: 'Notre plan', slug: 'strategie', draft: true }));
    expect(answer.status).toBe(422);
    const said = await answer.text();
    expect(said).toContain(
      'La page «\u202fNotre plan\u202f» (en français)\u202f: l’adresse /fr/strategie est déjà celle de la page «\u202fStratégie\u202f»\u202f: donnez à cette page une autre «\u202fAdresse\u202f»',
    );
    expect(said).not.toMatch(/content\/|\.mdx|slug/);
    expect(updatesReached()).toBe(reachedBefore);
    expect(existsSync(path.join(root, 'content/fr/plan.mdx'))).toBe(false);
    expect(kept()).toHaveLength(keptBefore + 1);
    expect(kept().find((text) => text.file === 'content/fr/plan.mdx')).toMatchObject({ refused: [expect.stringContaining('/fr/strategie')] });
  });

  it('saves a page given the title of another, then tells its author which page has it', async () => {
    const presence = async (address: string) =>
      (await (await fetch(`${base}/_editorial/presence`, { method: 'POST', headers: { ...origin, 'content-type': 'application/json' }, body: JSON.stringify({ path: address }) })).json()) as {
        warnings: string[];
      };
    const answer = await save('content/fr/plan.mdx', page({ title: 'stratégie ', slug: 'plan', draft: true }));
    expect(answer.status).toBe(200);
    expect((await presence('/keystatic/collection/fr/item/plan')).warnings).toEqual([expect.stringContaining('le titre «\u202fstratégie\u202f» est déjà celui d’une autre page (/fr/strategie)')]);
    // Nobody else is told, nor on another page; and a save with a title of its own clears it.
    expect((await presence('/keystatic/collection/fr/item/strategy')).warnings).toEqual([]);
    expect((await save('content/fr/plan.mdx', page({ title: 'Notre plan', slug: 'plan', draft: true }))).status).toBe(200);
    expect((await presence('/keystatic/collection/fr/item/plan')).warnings).toEqual([]);
  });

  it('refuses a data file whose aliases would expand into millions of values, naming its line', async () => {
    const reachedBefore = updatesReached();
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    const answer = await save('content/data/figures.yaml', `${minimalSite['data/figures.yaml']}${bomb}\n`);
    expect(answer.status).toBe(422);
    expect(await answer.text()).toMatch(/Le fichier de données «\u202fChiffres\u202f»\u202f:\n– ligne 11\u202f: le fichier n’est pas du YAML valide\u202f: ses ancres/);
    expect(updatesReached()).toBe(reachedBefore);
  });

  it('passes a save of text and components on, with the key and the person, and nothing the browser said of them', async () => {
    // Keystatic reads the file before its editor opens it: the version this person opened.
    const sha = execFileSync('git', ['hash-object', path.join(root, file)], { encoding: 'utf8' }).trim();
    expect((await fetch(`${base}/api/keystatic/blob/${sha}/${file}`)).status).toBe(200);
    const answer = await fetch(`${base}/api/keystatic/update`, {
      method: 'POST',
      headers: { ...origin, 'content-type': 'application/json', 'x-editorial-person': 'forged', [PREVIEW_KEY_HEADER]: 'forged' },
      body: JSON.stringify({
        additions: [{ path: file, contents: Buffer.from(page({ title: 'Stratégie', slug: 'strategie', order: 1 }, '\nPlus de <Figure id="collaborationsPerYear" />.\n')).toString('base64') }],
        deletions: [],
      }),
    });
    expect(answer.status).toBe(200);
    const [update] = reached.filter((r) => r.url.startsWith('/api/keystatic/update'));
    expect(update?.headers['x-editorial-person']).not.toBe('forged');
    expect(JSON.parse(Buffer.from(String(update?.headers['x-editorial-person']), 'base64url').toString('utf8'))).toMatchObject({ name: 'Camille Martin' });
  });

  it('takes an address only as it is written, never the development server’s tools, and changes by POST only', async () => {
    const before = reached.length;
    const json = { ...origin, 'content-type': 'application/json', 'no-cors': '1' };
    const body = JSON.stringify({ additions: [{ path: 'content/fr/strategy.mdx', contents: Buffer.from('pwned').toString('base64') }], deletions: [] });
    for (const address of [
      '/_editorial/%2e%2e/api/keystatic/update',
      '/_editorial/%2E%2E/api/keystatic/update',
      '/_editorial/../api/keystatic/update',
      '/fr/./studio',
      '//api/keystatic/update',
      '/_editorial/x/%2e%2e/%2e%2e/__nextjs_restart_dev',
    ]) {
      const answer = await new Promise<number>((resolve, reject) => {
        // Sent as written (fetch would resolve the dots itself, as a browser does).
        const request = httpRequest({ host: '127.0.0.1', port: Number(new URL(base).port), path: address, method: 'POST', headers: json }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end(body);
      });
      expect([address, answer]).toEqual([address, 400]);
    }
    for (const address of ['/__nextjs_attach-nodejs-inspector', '/__nextjs_launch-editor?file=x', '/__nextjs_restart_dev', '/_next/mcp', '/__nextjs_source-map?filename=x']) {
      expect([address, (await fetch(`${base}${address}`)).status]).toEqual([address, 404]);
      expect([address, (await fetch(`${base}${address}`, { method: 'POST', headers: origin })).status]).toEqual([address, 404]);
    }
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect([method, (await fetch(`${base}/api/keystatic/update`, { method, headers: json, body })).status]).toEqual([method, 405]);
    // An address of the editorial server's own that is not one of its actions is not passed on either.
    expect((await fetch(`${base}/_editorial/nothing`, { method: 'POST', headers: origin })).status).toBe(404);
    expect(reached.length).toBe(before);
  });

  it('gives each answer of the preview a policy that runs only the scripts it marked, a nonce of its own each time', async () => {
    const first = await fetch(`${base}/fr/strategie`);
    const second = await fetch(`${base}/fr/strategie`);
    const nonceOf = (policy: string | null | undefined) => /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy ?? '')?.[1];
    const [one, two] = [nonceOf(first.headers.get('content-security-policy')), nonceOf(second.headers.get('content-security-policy'))];
    expect(one).toBeDefined();
    expect(one).not.toBe(two);
    expect(first.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Next.js is told the same nonce with the request, to mark its own scripts with it.
    const asked = reached.filter((r) => r.url === '/fr/strategie').map((r) => nonceOf(String(r.headers['content-security-policy'])));
    expect(asked).toEqual([one, two]);
  });

  it('takes the studio’s forms only with the person’s token, sent as a form of its own page', async () => {
    const token = await formToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) => send('/api/studio/new', fields, headers);
    const reachedNew = () => reached.filter((r) => r.url === '/api/studio/new');
    for (const [fields, headers] of [
      [{ titleFr: 'x', titleEn: 'x' }, {}],
      [{ titleFr: 'x', titleEn: 'x', token: 'forged' }, {}],
      [{ titleFr: 'x', titleEn: 'x', token }, { 'sec-fetch-site': 'same-site' }],
      [
        { titleFr: 'x', titleEn: 'x', token },
        { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' },
      ],
      [
        { titleFr: 'x', titleEn: 'x', token },
        { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' },
      ],
    ] as const) {
      const answer = await post(fields, headers);
      expect([answer.status, headers]).toEqual([403, headers]);
    }
    expect(reachedNew()).toHaveLength(0);
    const answer = await post({ titleFr: 'Un titre', titleEn: 'A title', token }, { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    expect(answer.status).toBe(200);
    // Passed on as it came: the preview reads the same form.
    expect(new URLSearchParams(reachedNew()[0]?.body).get('titleFr')).toBe('Un titre');
  });

  it('takes no publishing action from a form without the token, and no note holding a control character', async () => {
    const act = async (action: string, fields: Record<string, string>) => new URL((await send(`/_editorial/${action}`, fields)).location ?? '', base).searchParams.get('erreur');
    expect(await act('history/revert', { commit: '--output=/tmp/x', reason: 'x' })).toBe(
      'Ce formulaire ne vient pas de votre écran, ou il a expiré\u202f: rechargez la page, puis recommencez. Rien n’a été fait.',
    );
    const token = await formToken();
    expect(await act('changes/submit', { subject: 'page:strategy', note: 'Une note\u0007', token })).toBe(
      'La note contient un caractère invisible, qui ne se tape pas\u202f: effacez-le et retapez le texte. Rien n’a été fait.',
    );
    expect(await act('changes/submit', { subject: 'page:strategy', note: 'x', significant: 'yes', noteFr: 'Note\u001b', noteEn: 'Note', token })).toBe(
      'La note publique en français contient un caractère invisible, qui ne se tape pas\u202f: effacez-le et retapez le texte. Rien n’a été fait.',
    );
    // An administrator's revert given something that is not a version: refused, git never asked.
    const target = path.join(root, 'emptied.txt');
    writeFileSync(target, 'kept');
    expect(await act('history/revert', { commit: `--output=${target}`, reason: 'x', token })).toBe('Cette version est inconnue\u202f: rien n’a été fait.');
    expect(await act('history/restore', { key: '../../package', commit: 'a'.repeat(40), token })).toBe('Cette page est inconnue\u202f: rien n’a été fait.');
    expect(readFileSync(target, 'utf8')).toBe('kept');
  });

  it('asks what a retired page’s address becomes, with no default, and gives back what was typed when it refuses', async () => {
    const token = await formToken();
    const act = async (fields: Record<string, string>) =>
      new URL((await send('/_editorial/pages/retire', { key: 'strategy', back: '/fr/studio/historique/strategy', token, ...fields })).location ?? '', base).searchParams;
    const typed = { noteFr: 'Remplacée : voir les priorités.', noteEn: 'Replaced: see the priorities.' };
    const neither = await act(typed);
    expect(neither.get('erreur')).toBe('Choisissez ce que devient l’adresse de la page\u202f: «\u202fpage retirée\u202f», ou une autre page. Rien n’a été fait.');
    expect([neither.get('garde-noteFr'), neither.get('garde-noteEn')]).toEqual([typed.noteFr, typed.noteEn]);
    const noPage = await act({ ...typed, outcome: 'redirect', replacement: '' });
    expect(noPage.get('erreur')).toBe('Choisissez la page vers laquelle l’adresse mènera. Rien n’a été fait.');
    expect(noPage.get('garde-outcome')).toBe('redirect');
    expect(readFileSync(path.join(root, file), 'utf8')).not.toContain('retired:');
  });
});

describe('the preview’s process', () => {
  it('inherits nothing secret from the editorial server: only what Node, git and Next.js need, and what it is given', () => {
    const parent = {
      NODE_OPTIONS: '--require /tmp/anything.js',
      PATH: '/usr/bin',
      HOME: '/home/redaction',
      EDITORIAL_SESSION_SECRET: 's'.repeat(40),
      EDITORIAL_OIDC_CLIENT_SECRET: 'c'.repeat(40),
      EDITORIAL_REMOTE: 'https://publisher:token@git.example/site.git',
      GIT_ASKPASS: '/usr/bin/askpass',
      SSH_AUTH_SOCK: '/tmp/agent',
      AWS_SECRET_ACCESS_KEY: 'x',
    };
    const env = previewEnvironment(parent, { EDITORIAL_REMOTE: 'publication', EDITORIAL_PREVIEW_KEY: 'k'.repeat(43) });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/redaction',
      NODE_ENV: 'development',
      NEXT_TELEMETRY_DISABLED: '1',
      INSERM_STUDIO: '1',
      EDITORIAL_REMOTE: 'publication',
      EDITORIAL_PREVIEW_KEY: 'k'.repeat(43),
    });
  });

  it('answers only a request that holds this start’s key, which it then forgets', () => {
    const key = newPreviewKey();
    const headers: IncomingHttpHeaders = { [PREVIEW_KEY_HEADER]: key };
    expect(holdsPreviewKey(headers, key)).toBe(true);
    expect(headers[PREVIEW_KEY_HEADER]).toBeUndefined();
    expect(holdsPreviewKey({ [PREVIEW_KEY_HEADER]: newPreviewKey() }, key)).toBe(false);
    expect(holdsPreviewKey({}, key)).toBe(false);
    expect(holdsPreviewKey({ [PREVIEW_KEY_HEADER]: '' }, '')).toBe(false);
  });
});

describe('settings that cannot be left as the example', () => {
  const team = (overrides: Record<string, string>) => ({
    EDITORIAL_MODE: 'team',
    EDITORIAL_PUBLIC_URL: 'https://redaction.example',
    EDITORIAL_OIDC_ISSUER: 'https://login.example/realms/inserm',
    EDITORIAL_OIDC_CLIENT_ID: 'inserm-redaction',
    EDITORIAL_OIDC_CLIENT_SECRET: 'Zr8c1q6Lx0vT4nB9mK2sW7yE5uH3jG1aPq',
    EDITORIAL_SESSION_SECRET: '3f9a1c7e5b2d8f6a4c0e9b7d5f3a1c8e6b4d2f0a',
    ...overrides,
  });
  const refusal = (env: Record<string, string>) => {
    try {
      readConfig(env, process.cwd());
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it('starts the team’s server with secrets of its own', () => {
    expect(refusal(team({}))).toBeUndefined();
  });

  it('takes notifications only with an SMTP server’s address, a sender and real addresses, naming what is missing', () => {
    expect(
      refusal(team({ EDITORIAL_SMTP_URL: 'smtp://smtp.inserm.invalid:587', EDITORIAL_MAIL_FROM: 'redaction@inserm.invalid', EDITORIAL_NOTIFY_REVIEWERS: 'a@inserm.invalid, b@inserm.invalid' })),
    ).toBeUndefined();
    expect(refusal(team({ EDITORIAL_SMTP_URL: 'smtp://smtp.inserm.invalid:587' }))).toMatch(/^Réglage EDITORIAL_MAIL_FROM refusé/);
    expect(refusal(team({ EDITORIAL_SMTP_URL: 'https://smtp.inserm.invalid', EDITORIAL_MAIL_FROM: 'x@y.z' }))).toMatch(/EDITORIAL_SMTP_URL/);
    expect(refusal(team({ EDITORIAL_NOTIFY_ADMINISTRATORS: 'alex, b@inserm.invalid' }))).toMatch(/EDITORIAL_NOTIFY_ADMINISTRATORS/);
  });

  it('refuses the example’s secrets, the demo’s, a short client secret, and a few characters repeated, naming the setting and why', () => {
    const example = Object.fromEntries(
      readFileSync('deploy/editorial/editorial.env.example', 'utf8')
        .split('\n')
        .flatMap((line) => (/^[A-Z_]+=/.test(line) ? [line.split('=', 2) as [string, string]] : [])),
    );
    expect(refusal(team({ EDITORIAL_SESSION_SECRET: example.EDITORIAL_SESSION_SECRET ?? '' }))).toMatch(/EDITORIAL_SESSION_SECRET: this is the example's or the demo's value/);
    expect(refusal(team({ EDITORIAL_OIDC_CLIENT_SECRET: example.EDITORIAL_OIDC_CLIENT_SECRET ?? '' }))).toMatch(/EDITORIAL_OIDC_CLIENT_SECRET: 32 characters at least/);
    expect(refusal(team({ EDITORIAL_OIDC_CLIENT_SECRET: 'demo-secret-inserm-redaction' }))).toMatch(/EDITORIAL_OIDC_CLIENT_SECRET: 32 characters at least/);
    expect(refusal(team({ EDITORIAL_OIDC_CLIENT_SECRET: 'short-but-random-8Hq2' }))).toMatch(/EDITORIAL_OIDC_CLIENT_SECRET: 32 characters at least/);
    expect(refusal(team({ EDITORIAL_SESSION_SECRET: 'Change-Me-please-this-is-long-enough-1234' }))).toMatch(/EDITORIAL_SESSION_SECRET: this is the example's/);
    expect(refusal(team({ EDITORIAL_SESSION_SECRET: 'ab'.repeat(20) }))).toMatch(/EDITORIAL_SESSION_SECRET: a few characters repeated is not a secret/);
  });

  it('takes the port on the command line, and nothing else', () => {
    expect(portArgument([])).toBeUndefined();
    expect(portArgument(['-p', '4000'])).toBe('4000');
    expect(portArgument(['--port', '4001'])).toBe('4001');
    expect(portArgument(['--port=4002'])).toBe('4002');
    expect(() => portArgument(['--hostname', '0.0.0.0'])).toThrow(/unknown argument: --hostname/);
    expect(() => portArgument(['-p'])).toThrow(/invalid port/);
    expect(() => portArgument(['-p', 'x'])).toThrow(/invalid port: x/);
  });

  it('takes EDITORIAL_REMOTE as a remote of the checkout, an address or a path, and refuses at start what is none of them', async () => {
    const { root, remote } = checkout();
    expect(await publishedRemote(root, 'origin', { strict: true })).toBe('origin');
    expect(await publishedRemote(root, remote, { strict: true })).toBe('publication');
    expect(git(root, 'remote', 'get-url', 'publication').trim()).toBe(remote);
    expect(await publishedRemote(root, `file://${remote}`, { strict: true })).toBe('publication');
    await expect(publishedRemote(root, 'upstream', { strict: true })).rejects.toThrow(SettingError);
    await expect(publishedRemote(root, 'upstream', { strict: true })).rejects.toThrow(
      /Réglage EDITORIAL_REMOTE refusé\u202f: «\u202fupstream\u202f» n’est ni un dépôt distant de la copie de travail \(origin, publication\)/,
    );
    await expect(publishedRemote(root, path.join(root, 'content'), { strict: true })).rejects.toThrow(/ne répond pas comme un dépôt git/);
    // One person's studio, on a checkout with no remote, still edits.
    expect(await publishedRemote(root, 'upstream', { strict: false })).toBe('upstream');
  });
});
