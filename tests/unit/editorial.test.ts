import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { changedSinceOpened } from '@/editorial/saves';
import { Presence } from '@/editorial/presence';
import { sessions } from '@/editorial/sessions';
import { blobSha, isContentPath, versionOnDisk } from '@/lib/editorial/files';
import { allows, roleOf, type RolesFile } from '@/lib/editorial/roles';

describe('who may do what', () => {
  const roles: RolesFile = {
    people: { 'camille.martin@inserm.invalid': 'redacteur', 'alex.moreau@inserm.invalid': 'administrateur' },
    groups: { redaction: 'redacteur', relecture: 'relecteur', administration: 'administrateur' },
  };

  it('gives a person listed by e-mail their role, whatever the case of the address, and nobody else one', () => {
    expect(roleOf(roles, 'file', { email: 'Camille.Martin@inserm.invalid' })).toBe('redacteur');
    expect(roleOf(roles, 'file', { email: 'sam.petit@inserm.invalid' })).toBeUndefined();
  });

  it('from the provider’s groups, gives the highest role any group gives, and none for unknown groups', () => {
    expect(roleOf(roles, 'claim', { email: 'x@inserm.invalid', groups: ['redaction', 'relecture'] })).toBe('relecteur');
    expect(roleOf(roles, 'claim', { email: 'x@inserm.invalid', groups: ['stagiaires'] })).toBeUndefined();
    expect(roleOf(roles, 'claim', { email: 'x@inserm.invalid', groups: 'administration' })).toBeUndefined();
  });

  it('lets each role do what the roles before it do, and no more', () => {
    expect(allows('administrateur', 'relecteur')).toBe(true);
    expect(allows('relecteur', 'redacteur')).toBe(true);
    expect(allows('redacteur', 'relecteur')).toBe(false);
    expect(allows(undefined, 'redacteur')).toBe(false);
  });
});

describe('what the studio may write', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'editorial-'));
  mkdirSync(path.join(root, 'content/fr'), { recursive: true });
  mkdirSync(path.join(root, 'outside'));
  symlinkSync(path.join(root, 'outside'), path.join(root, 'content/fr/linked'));
  symlinkSync('/etc/passwd', path.join(root, 'content/fr/page.mdx'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts pages and data files under content/', () => {
    for (const file of ['content/fr/strategy.mdx', 'content/en/tools/new.mdx', 'content/data/figures.yaml']) expect([file, isContentPath(root, file)]).toEqual([file, true]);
  });

  it('refuses anything else: up and out, absolute, backslashes, other kinds of file, symbolic links on the way', () => {
    const refused = [
      'content/../package.json',
      '../content/fr/x.mdx',
      '/etc/passwd',
      'content/fr/..\\..\\x.mdx',
      'content//fr/x.mdx',
      'content/fr/x.tsx',
      'lib/content/index.ts',
      'content/fr/linked/x.mdx',
      'content/fr/page.mdx',
      'content/fr/x.mdx\0.yaml',
      '',
    ];
    for (const file of refused) expect([file, isContentPath(root, file)]).toEqual([file, false]);
    expect(isContentPath(root, 42)).toBe(false);
  });
});

describe('nothing one editor does is lost to another', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'editorial-'));
  mkdirSync(path.join(root, 'content/fr'), { recursive: true });
  const file = 'content/fr/strategy.mdx';
  writeFileSync(path.join(root, file), 'first\n');
  const first = blobSha(Buffer.from('first\n'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names a file’s version as git does', () => {
    expect(versionOnDisk(root, file)).toBe(first);
    expect(first).toBe(execFileSync('git', ['hash-object', path.join(root, file)], { encoding: 'utf8' }).trim());
  });

  it('lets a save through when the file is as the editor opened it, and stops it when someone changed it since', () => {
    const update = { additions: [{ path: file, contents: Buffer.from('mine\n').toString('base64') }], deletions: [] };
    expect(changedSinceOpened(root, update, { [file]: first })).toEqual([]);
    writeFileSync(path.join(root, file), 'theirs\n');
    expect(changedSinceOpened(root, update, { [file]: first })).toEqual([{ file, base: first, current: blobSha(Buffer.from('theirs\n')) }]);
  });

  it('stops a new file when one appeared under the same name meanwhile', () => {
    const update = { additions: [{ path: 'content/fr/strategy.mdx', contents: '' }], deletions: [] };
    expect(changedSinceOpened(root, update, {})).toHaveLength(1);
    expect(changedSinceOpened(root, { additions: [{ path: 'content/fr/new.mdx', contents: '' }], deletions: [] }, {})).toEqual([]);
  });
});

describe('who else is on a page', () => {
  it('shows the others on the same file, longest there first, and forgets a silent screen', () => {
    const presence = new Presence();
    presence.here('content/fr/strategy.mdx', 'lea@x', 'Léa Dubois', 1_000);
    presence.here('content/fr/strategy.mdx', 'dominique@x', 'Dominique Bernard', 5_000);
    presence.here('content/fr/other.mdx', 'alex@x', 'Alex Moreau', 5_000);
    expect(presence.here('content/fr/strategy.mdx', 'camille@x', 'Camille Martin', 6_000).map((p) => p.name)).toEqual(['Léa Dubois', 'Dominique Bernard']);
    // Léa's screen said nothing for more than half a minute: she is no longer counted.
    expect(presence.here('content/fr/strategy.mdx', 'camille@x', 'Camille Martin', 35_000).map((p) => p.name)).toEqual(['Dominique Bernard']);
    presence.left('dominique@x');
    expect(presence.here('content/fr/strategy.mdx', 'camille@x', 'Camille Martin', 36_000)).toEqual([]);
  });
});

describe('signing out', () => {
  it('ends the session for good, even when a request of the same session was still under way and saves it after', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sessions-'));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const reading = new Promise<void>((resolve) => (reached = resolve));
    const app = express();
    app.use(sessions('a secret for this test only', folder));
    app.post('/in', (req, res) => {
      req.session.person = { email: 'lea@x', name: 'Léa Dubois', role: 'redacteur' };
      req.session.save(() => res.end());
    });
    // As Keystatic's reading does: the session changes while the answer is still on its way.
    app.get('/read', async (req, res) => {
      req.session.seen = { 'content/fr/strategy.mdx': 'a'.repeat(40) };
      reached();
      await held;
      res.end();
    });
    app.post('/out', (req, res) => req.session.destroy(() => res.end()));
    app.get('/who', (req, res) => res.send(req.session.person?.name ?? 'nobody'));
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { 'x-forwarded-proto': 'https' };
    try {
      const cookie = (await fetch(`${base}/in`, { method: 'POST', headers })).headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(await (await fetch(`${base}/who`, { headers: { ...headers, cookie } })).text()).toBe('Léa Dubois');
      const read = fetch(`${base}/read`, { headers: { ...headers, cookie } });
      await reading;
      await fetch(`${base}/out`, { method: 'POST', headers: { ...headers, cookie } });
      release();
      await read;
      expect(await (await fetch(`${base}/who`, { headers: { ...headers, cookie } })).text()).toBe('nobody');
      // Nor after a restart: the file the sessions are kept in does not have it either.
      const again = express();
      again.use(sessions('a secret for this test only', folder));
      again.get('/who', (req, res) => res.send(req.session.person?.name ?? 'nobody'));
      const restarted = again.listen(0, '127.0.0.1');
      await once(restarted, 'listening');
      const port = (restarted.address() as AddressInfo).port;
      expect(await (await fetch(`http://127.0.0.1:${port}/who`, { headers: { ...headers, cookie } })).text()).toBe('nobody');
      restarted.close();
    } finally {
      release();
      server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
