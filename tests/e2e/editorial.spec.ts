import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { copyProject } from './project-copy';
import { editorialWords } from '@/lib/editorial/words';

// The team's editorial server, tried as the team uses it: `npm run editorial:demo` (the demo
// identity provider and the server in team mode) on a copy of the project, two editors in two
// browsers on the same page, the refusal that keeps one from erasing the other, the merge, sign-out;
// then what a stranger or an editor overstepping their role tries, each refused.

const PORT = Number(process.env.EDITORIAL_E2E_PORT ?? 3230);
const IDP_PORT = PORT + 1;
const base = `http://127.0.0.1:${PORT}`;
let root: string;
let remote: string;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'default' });
test.use({ baseURL: base });

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const axe = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};

test.beforeAll(async () => {
  test.setTimeout(360_000);
  root = copyProject('editorial-');
  // The published branch: a bare repository, as any plain git remote.
  remote = `${root}-published.git`;
  execFileSync('git', ['clone', '-q', '--bare', root, remote]);
  git('remote', 'add', 'origin', remote);
  git('fetch', '-q', 'origin');
  server = spawn(process.execPath, ['--import', 'tsx', 'editorial/demo.ts'], {
    cwd: root,
    env: { ...process.env, EDITORIAL_PORT: String(PORT), IDP_PORT: String(IDP_PORT), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let waited = 0; waited < 300; waited += 1) {
    const ready = await fetch(`${base}/auth/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the editorial server did not start');
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  if (remote) rmSync(remote, { recursive: true, force: true });
});

/** A person signs in, in a browser of their own, from the address they asked for. */
async function signIn(browser: Browser, email: string, address = '/fr/studio', colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(address);
  await expect(page).toHaveURL(/\/auth\/sign-in\?back=/);
  await page.getByRole('link', { name: 'Se connecter avec le compte de l’Inserm' }).click();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(`${base}${address}`);
  return page;
}

const openPage = async (page: Page, file: string) => {
  await page.goto(`/keystatic/collection/fr/item/${file}`);
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 120_000 });
};

test('two editors on one page: each sees the other, each save carries its author, and the second cannot erase the first', async ({ browser }) => {
  test.setTimeout(300_000);
  const camille = await signIn(browser, 'camille.martin@inserm.invalid');
  const lea = await signIn(browser, 'lea.dubois@inserm.invalid');
  await openPage(camille, 'steering');
  await openPage(lea, 'steering');
  await expect(lea.getByRole('region', { name: 'Espace de rédaction' })).toContainText(/Camille Martin modifie aussi cette page depuis \d+\sh\s\d\d\./, { timeout: 30_000 });
  await expect(camille.getByRole('region', { name: 'Espace de rédaction' })).toContainText('Léa Dubois modifie aussi cette page', { timeout: 30_000 });

  const file = path.join(root, 'content/fr/steering.mdx');
  const before = readFileSync(file, 'utf8');
  await camille.getByRole('textbox', { name: 'Titre', exact: true }).fill('Le pilotage, par Camille');
  await camille.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 30_000 }).toContain('title: Le pilotage, par Camille');
  await expect.poll(() => git('log', '-1', '--format=%an <%ae>|%s')).toBe('Camille Martin <camille.martin@inserm.invalid>|Studio save: content/fr/steering.mdx\n');

  await lea.getByRole('textbox', { name: 'Titre', exact: true }).fill('Le pilotage, par Léa');
  await lea.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect(
    lea.getByText(/Enregistrement refusé, pour ne rien écraser\..*La page «.[^»]+.» \(en français\).: changement enregistré par Camille Martin le .*Votre texte n’est pas perdu/s),
  ).toBeVisible({ timeout: 30_000 });
  // Nothing of Camille's is lost, and Léa's text is kept for her.
  expect(readFileSync(file, 'utf8')).toContain('title: Le pilotage, par Camille');
  expect(readFileSync(file, 'utf8')).not.toBe(before);
  const bar = lea.getByRole('region', { name: 'Espace de rédaction' });
  await expect(bar).toContainText('a été refusé pour ne rien écraser', { timeout: 30_000 });

  // Léa compares, keeps both changes' parts she wants, and saves: her save is recorded under her name.
  await bar.getByRole('link', { name: 'Comparer et fusionner' }).click();
  await expect(lea.getByRole('heading', { level: 1 })).toHaveText('Comparer et fusionner');
  await expect(lea.getByRole('main')).toContainText('Camille Martin l’avait changé depuis que vous l’aviez ouvert');
  const text = lea.getByRole('textbox', { name: /^Texte à enregistrer dans la page «\s?Le pilotage, par Léa\s?» \(en français\)$/ });
  await expect(text).toHaveValue(/<<<<<<< VOTRE VERSION\ntitle: Le pilotage, par Léa\n=======\ntitle: Le pilotage, par Camille\n>>>>>>> VERSION ACTUELLE/);
  expect(await axe(lea, 'merge screen')).toEqual([]);
  // A text still holding the marks is not saved: it comes back as it was typed.
  await lea.getByRole('button', { name: 'Enregistrer le texte fusionné' }).click();
  await expect(lea.getByRole('main').getByRole('alert')).toContainText('Le texte contient encore des lignes de repère');
  // React resets a prefilled text box to its first text when it hydrates the screen (react-dom's
  // initTextarea), which a loaded `next dev` may do seconds after the screen shows: type once it has.
  await expect.poll(() => text.evaluate((box) => Object.keys(box).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  const merged = (await text.inputValue()).replace(/<<<<<<< VOTRE VERSION\n.*\n=======\n.*\n>>>>>>> VERSION ACTUELLE\n/, 'title: Le pilotage, par Camille et Léa\n');
  await text.fill(merged);
  await lea.getByRole('button', { name: 'Enregistrer le texte fusionné' }).click();
  await expect(lea).toHaveURL(/\/keystatic\/collection\/fr\/item\/steering$/);
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('title: Le pilotage, par Camille et Léa');
  await expect.poll(() => git('log', '-1', '--format=%an|%s')).toBe('Léa Dubois|Studio: content/fr/steering.mdx\n');
});

test('sign-out ends the session; a forged or expired session cookie leads back to sign-in', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signIn(browser, 'dominique.bernard@inserm.invalid');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'inserm_redaction');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
  // A working day at most.
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeLessThanOrEqual(10 * 60 * 60 * 1000 + 60_000);

  await page.goto('/keystatic');
  await page.getByRole('region', { name: 'Espace de rédaction' }).getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Oui, fermer aussi ma session ici' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous êtes déconnecté');
  await page.goto('/fr/studio');
  await expect(page).toHaveURL(/\/auth\/sign-in/);

  // The session that was signed out is worth nothing, even replayed; a forged one neither.
  const context = await browser.newContext();
  for (const value of [cookie?.value ?? '', 's%3Aforged.signature', 'x'.repeat(200)]) {
    await context.addCookies([{ name: 'inserm_redaction', value, url: base }]);
    const stranger = await context.newPage();
    await stranger.goto('/fr/studio');
    await expect(stranger).toHaveURL(/\/auth\/sign-in/);
    await stranger.close();
  }
});

test('a person signed in but in no role sees a polite refusal, and nothing else', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/fr/studio');
  await page.getByRole('link', { name: 'Se connecter avec le compte de l’Inserm' }).click();
  await page.getByLabel('Adresse e-mail').fill('sam.petit@inserm.invalid');
  await page.getByLabel('Mot de passe').fill('demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
  await expect(page.getByRole('main')).toContainText('Bonjour Sam Petit');
  for (const address of ['/keystatic', '/fr/apercu', '/api/keystatic/tree']) {
    const answer = await page.request.get(address, { headers: { 'no-cors': '1' } });
    expect([address, answer.status()]).toEqual([address, 403]);
  }
});

test('the sign-in, refusal and editing screens pass axe in both schemes, say their policy, and ask nothing of any other site', async ({ browser }) => {
  test.setTimeout(300_000);
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/fr/studio');
    violations.push(...(await axe(page, `${colorScheme} sign-in`)));
    await context.close();

    const refused = await browser.newContext({ colorScheme });
    const sam = await refused.newPage();
    await sam.goto('/fr/studio');
    await sam.getByRole('link', { name: 'Se connecter avec le compte de l’Inserm' }).click();
    await sam.getByLabel('Adresse e-mail').fill('sam.petit@inserm.invalid');
    await sam.getByLabel('Mot de passe').fill('demo');
    await sam.getByRole('button', { name: 'Se connecter' }).click();
    await expect(sam.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
    violations.push(...(await axe(sam, `${colorScheme} refusal`)));
    await refused.close();
  }

  const alex = await signIn(browser, 'alex.moreau@inserm.invalid', '/fr/studio', 'dark');
  // What reaches the network: a request the policy refuses never leaves the browser, and never gets here.
  const elsewhere: string[] = [];
  await alex.context().route(/^(?!http:\/\/127\.0\.0\.1:)/, async (route) => {
    elsewhere.push(route.request().url());
    await route.abort();
  });
  const policy = (await alex.goto('/keystatic'))?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("font-src 'self' data:");
  expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  await openPage(alex, 'strategy');
  const dominique = await signIn(browser, 'dominique.bernard@inserm.invalid', '/fr/studio', 'light');
  await openPage(dominique, 'strategy');
  await expect(dominique.getByRole('region', { name: 'Espace de rédaction' })).toContainText('Alex Moreau modifie aussi cette page', { timeout: 30_000 });
  violations.push(...(await axe(dominique, 'light editing, being edited by')));
  await expect(alex.getByRole('region', { name: 'Espace de rédaction' })).toContainText('Dominique Bernard modifie aussi cette page', { timeout: 30_000 });
  violations.push(...(await axe(alex, 'dark editing, being edited by')));
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
  // Keystatic's font is the server's own.
  expect(await alex.evaluate(() => document.fonts.check('16px Inter'))).toBe(true);
});

test.describe('what a stranger, or an editor beyond their role, tries', () => {
  const clean = () => expect(git('status', '--porcelain', '--', 'content')).toBe('');

  test('without a session, every address leads to sign-in or answers 401, and nothing changes', async ({ request }) => {
    const reads = [
      '/',
      '/fr/studio',
      '/fr/apercu',
      '/keystatic',
      '/keystatic/collection/fr/item/strategy',
      '/api/keystatic/tree',
      '/api/studio/translation?file=fr/strategy',
      '/_next/static/chunks/main.js',
      '/fr/studio/fusion/00000000-0000-0000-0000-000000000000',
    ];
    for (const address of reads) {
      const page = await request.get(address, { maxRedirects: 0, headers: { accept: 'text/html' } });
      const api = await request.get(address, { maxRedirects: 0, headers: { accept: 'application/json', 'no-cors': '1' } });
      expect([address, page.status(), page.headers().location ?? '']).toEqual([
        address,
        address.startsWith('/api/') || address.startsWith('/_next/') ? 401 : 303,
        address.startsWith('/api/') || address.startsWith('/_next/') ? '' : `/auth/sign-in?back=${encodeURIComponent(address)}`,
      ]);
      // A request that does not ask for a page (a script, the studio's reading) is simply refused.
      expect([address, api.status()]).toEqual([address, 401]);
    }
    const writes: [string, unknown][] = [
      ['/api/keystatic/update', { additions: [{ path: 'content/fr/strategy.mdx', contents: Buffer.from('pwned').toString('base64') }], deletions: [] }],
      ['/api/studio/new', 'section=&titleFr=Pirate&titleEn=Pirate'],
      ['/api/studio/translated', 'file=content/en/strategy.mdx'],
      ['/_editorial/presence', { path: '/keystatic/collection/fr/item/strategy' }],
    ];
    for (const [address, body] of writes) {
      const answer = await request.post(address, {
        headers: { origin: base, 'no-cors': '1', 'content-type': typeof body === 'string' ? 'application/x-www-form-urlencoded' : 'application/json' },
        data: body,
        maxRedirects: 0,
      });
      expect([address, answer.status()]).toEqual([address, 401]);
    }
    clean();
  });

  test('the live-reload socket answers only a signed-in person from this server’s pages', async () => {
    const upgrade = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const socket = connect(PORT, '127.0.0.1', () => {
          const lines = Object.entries({
            host: `127.0.0.1:${PORT}`,
            connection: 'Upgrade',
            upgrade: 'websocket',
            'sec-websocket-version': '13',
            'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
            ...headers,
          }).map(([k, v]) => `${k}: ${v}`);
          socket.write(`GET /_next/webpack-hmr HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
        });
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString()));
        socket.setTimeout(5000, () => socket.destroy());
        socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
      });
    expect(await upgrade({ origin: base })).toBe('HTTP/1.1 401 Unauthorized');
    expect(await upgrade({ origin: 'http://evil.example' })).toBe('HTTP/1.1 403 Forbidden');
    expect(await upgrade({ origin: base, cookie: 'inserm_redaction=s%3Aforged.sig' })).toBe('HTTP/1.1 401 Unauthorized');
  });

  test('a forged Origin or Host is refused; an editor deleting a page or writing outside content/ is refused; nothing changes', async ({ browser }) => {
    test.setTimeout(180_000);
    const camille = await signIn(browser, 'camille.martin@inserm.invalid');
    const post = (address: string, data: unknown, headers: Record<string, string> = {}) =>
      camille.request.post(address, { headers: { origin: base, 'no-cors': '1', 'content-type': 'application/json', ...headers }, data, maxRedirects: 0 });
    const body = (file: string) => ({ additions: [{ path: file, contents: Buffer.from('pwned').toString('base64') }], deletions: [] });

    expect((await post('/api/keystatic/update', body('content/fr/strategy.mdx'), { origin: 'http://evil.example' })).status()).toBe(403);
    expect((await post('/api/keystatic/update', body('content/fr/strategy.mdx'), { origin: '' })).status()).toBe(403);
    expect((await camille.request.get('/fr/studio', { headers: { host: 'evil.example' } })).status()).toBe(421);
    // Deleting is an administrator's action.
    const deletion = await post('/api/keystatic/update', { additions: [], deletions: [{ path: 'content/fr/strategy.mdx' }] });
    expect(deletion.status()).toBe(403);
    expect(await deletion.text()).toContain('seul un administrateur peut supprimer');
    // Nothing outside content/: up and out, absolute, through a symbolic link.
    symlinkSync(path.join(root, 'lib'), path.join(root, 'content/fr/lien'));
    for (const file of ['content/../package.json', '../outside.mdx', '/etc/passwd', '/tmp/x.mdx', 'content/fr/lien/content/index.mdx', 'lib/content/index.ts', 'content\\..\\x.mdx']) {
      const answer = await post('/api/keystatic/update', body(file));
      expect([file, answer.status()]).toEqual([file, 403]);
    }
    rmSync(path.join(root, 'content/fr/lien'));
    expect(existsSync(path.join(root, 'outside.mdx'))).toBe(false);
    clean();
  });

  test('a writer’s hostile page is refused at the save, in French, nothing written; one already in the checkout does nothing in a reviewer’s browser', async ({ browser }) => {
    test.setTimeout(300_000);
    const file = 'content/fr/legal-notice.mdx';
    const original = readFileSync(path.join(root, file), 'utf8');
    // Markup that would act if it were drawn: a script, a handler, a refresh, a frame, a link that runs, a form that approves.
    const hostile = [
      "<script>document.title='pwned'</script>",
      '<img src="/icon.svg" onerror="document.title=\'pwned\'" />',
      '<meta http-equiv="refresh" content="0;url=/_editorial/changes/approve" />',
      '<iframe src="/fr/studio/changements"></iframe>',
      "[Lire la suite](javascript:void(document.title='pwned'))",
      '<form method="post" action="/_editorial/changes/approve"><input name="subject" value="page:legal-notice" /><button>Lire la suite</button></form>',
    ].join('\n\n');
    const camille = await signIn(browser, 'camille.martin@inserm.invalid');
    await openPage(camille, 'legal-notice');
    const save = await camille.request.post('/api/keystatic/update', {
      headers: { origin: base, 'no-cors': '1', 'content-type': 'application/json' },
      data: { additions: [{ path: file, contents: Buffer.from(`${original}\n${hostile}\n`).toString('base64') }], deletions: [] },
      maxRedirects: 0,
    });
    expect(save.status()).toBe(422);
    expect(await save.text()).toMatch(
      /^Enregistrement refusé\u202f: rien n’a été écrit\.\nLa page «\u202fMentions légales\u202f» \(en français\)\u202f:\n– ligne \d+\u202f: la balise HTML `<script>` n’est pas permise/,
    );
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(original);
    // Kept for her, and said above the editor.
    await camille.reload();
    await expect(camille.getByRole('region', { name: 'Espace de rédaction' })).toContainText('a été refusé et rien n’a été écrit\u202f: votre texte est gardé de côté, avec ce qui est à corriger.', {
      timeout: 30_000,
    });

    // The same text, in the checkout by another road (a version from before the dialect): a reviewer opens it.
    writeFileSync(path.join(root, file), `${original}\n${hostile}\n`);
    git('-c', 'user.name=Camille Martin', '-c', 'user.email=camille.martin@inserm.invalid', 'commit', '-qam', 'Studio save: content/fr/legal-notice.mdx');
    const remoteBefore = execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' });
    const dominique = await signIn(browser, 'dominique.bernard@inserm.invalid');
    const sent: string[] = [];
    dominique.on('request', (request) => {
      if (request.method() !== 'GET' && !/\/_editorial\/presence$|\/__nextjs_original-stack-frames$/.test(request.url())) sent.push(`${request.method()} ${request.url()}`);
    });
    dominique.on('dialog', (dialog) => sent.push(`dialog ${dialog.message()}`));
    for (const address of ['/fr/mentions-legales', `/fr/studio/changements/${encodeURIComponent('page:legal-notice')}`]) {
      await dominique.goto(address);
      await expect(dominique.getByRole('main')).toBeVisible();
      // What it holds is there as the refusals, inert: clicked through like a reader would.
      for (const link of await dominique.getByRole('main').getByRole('link', { name: 'Lire la suite' }).all()) await link.click({ trial: false }).catch(() => undefined);
      await dominique.waitForTimeout(2000);
      expect(await dominique.title()).not.toBe('pwned');
      // Nothing of the writer's markup is on the page: Next.js's own scripts carry this answer's nonce, the page's forms are the screen's own.
      expect(await dominique.locator('main script:not([nonce]):not([type="application/ld+json"]), main iframe, main img[onerror], meta[http-equiv]').count()).toBe(0);
      await expect(dominique.getByRole('main').locator('form').filter({ hasText: 'Lire la suite' })).toHaveCount(0);
    }
    // The preview shows each refusal where the writer put it.
    await dominique.goto('/fr/mentions-legales');
    await expect(dominique.getByRole('main').locator('[data-preview="problem"]')).toHaveCount(8);
    expect(sent).toEqual([]);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' })).toBe(remoteBefore);
    // The checkout as it was, for the tests after this one.
    writeFileSync(path.join(root, file), original);
    git('-c', 'user.name=Test', '-c', 'user.email=test@test.invalid', 'commit', '-qam', 'The legal notice as it was');
  });

  test('the preview answers only the editorial server, and holds none of its secrets', async () => {
    // The preview's process, found as any local process could: by its command line.
    const pid = readdirSync('/proc').find(
      (entry) =>
        /^\d+$/.test(entry) &&
        (() => {
          try {
            return readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(path.join(root, 'editorial/preview-server.mjs'));
          } catch {
            return false;
          }
        })(),
    );
    expect(pid).toBeDefined();
    const environment = Object.fromEntries(
      readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
    for (const secret of ['EDITORIAL_SESSION_SECRET', 'EDITORIAL_OIDC_CLIENT_SECRET', 'EDITORIAL_OIDC_ISSUER', 'EDITORIAL_PUBLIC_URL']) expect(environment).not.toHaveProperty(secret);
    const port = environment.EDITORIAL_PREVIEW_PORT;
    const person = Buffer.from(JSON.stringify({ email: 'x@x', name: 'X', role: 'administrateur' })).toString('base64url');
    for (const address of ['/fr/studio', '/keystatic', '/api/keystatic/tree', '/_next/static/chunks/main.js']) {
      const answer = await fetch(`http://127.0.0.1:${port}${address}`, { headers: { 'x-editorial-person': person } });
      expect([address, answer.status]).toEqual([address, 403]);
    }
    const write = await fetch(`http://127.0.0.1:${port}/api/keystatic/update`, {
      method: 'POST',
      headers: { 'x-editorial-person': person, 'content-type': 'application/json', 'x-editorial-preview-key': 'a guess' },
      body: JSON.stringify({ additions: [{ path: 'content/fr/strategy.mdx', contents: Buffer.from('pwned').toString('base64') }], deletions: [] }),
    });
    expect(write.status).toBe(403);
    const socket = await new Promise<string>((resolve) => {
      const connection = connect(Number(port), '127.0.0.1', () =>
        connection.write(
          `GET /_next/webpack-hmr HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nconnection: Upgrade\r\nupgrade: websocket\r\nsec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
        ),
      );
      let data = '';
      connection.on('data', (chunk) => (data += chunk.toString()));
      connection.setTimeout(5000, () => connection.destroy());
      connection.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
    });
    expect(socket).toBe('HTTP/1.1 403 Forbidden');
    clean();
  });

  test('a sign-in callback replayed, or with a wrong state, is refused', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    let callback = '';
    page.on('request', (request) => {
      if (request.url().startsWith(`${base}/auth/callback`)) callback = request.url();
    });
    await page.goto('/fr/studio');
    await page.getByRole('link', { name: 'Se connecter avec le compte de l’Inserm' }).click();
    await page.getByLabel('Adresse e-mail').fill('camille.martin@inserm.invalid');
    await page.getByLabel('Mot de passe').fill('demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(`${base}/fr/studio`);
    expect(callback).toContain('code=');
    // The same callback again, in the same browser and in another: no sign-in under way any more.
    const replayed = await page.goto(callback);
    expect(replayed?.status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('La connexion n’a pas abouti');
    const other = await (await browser.newContext()).newPage();
    expect((await other.goto(callback))?.status()).toBe(400);
    // A sign-in under way, answered with another state: refused.
    await other.goto('/auth/login');
    await expect(other).toHaveURL(new RegExp(`127.0.0.1:${IDP_PORT}`));
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state');
    expect((await other.goto(forged.href))?.status()).toBe(400);
    await other.goto('/fr/studio');
    await expect(other).toHaveURL(/\/auth\/sign-in/);
  });
});

test('publishing with no terminal: one writes, another sends back, then approves and publishes; the remote has one clear commit; the note is on the page, the updates page and both feeds; the studio says it is online, and an administrator can go back', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const remoteGit = (...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });
  const before = remoteGit('rev-parse', 'main').trim();
  const camille = await signIn(browser, 'camille.martin@inserm.invalid');
  await openPage(camille, 'priorities');
  await camille.getByRole('textbox', { name: 'Titre', exact: true }).fill('Nos priorités à l’international');
  await camille.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect.poll(() => git('log', '-1', '--format=%an|%s')).toBe('Camille Martin|Studio save: content/fr/priorities.mdx\n');

  // Camille submits her change, with a note for the reviewer and a public note in both languages.
  await camille.goto('/fr/studio/changements');
  const row = camille.getByRole('row').filter({ hasText: /priorités/i });
  await expect(row).toContainText('brouillon');
  await row.getByRole('link', { name: /Relire/ }).click();
  await expect(camille.getByRole('heading', { level: 1 })).toHaveText('Page «\u202fNos priorités à l’international\u202f»');
  await expect(camille.getByRole('table', { name: 'Champs modifiés' })).toContainText('Nos priorités à l’international');
  await expect(camille.getByText('Aucune erreur\u202f: le site peut être construit avec ce changement.')).toBeVisible();
  expect(await axe(camille, 'review screen (editor)')).toEqual([]);
  await camille.getByLabel(/Ce qui change \(note interne/).fill('Un titre plus précis pour les priorités');
  await camille.getByLabel(/Mise à jour importante/).check();
  await camille.getByLabel('Note de mise à jour publique, en français').fill('Le titre de la page précise qu’il s’agit de nos priorités internationales.');
  await camille.getByLabel('Note de mise à jour publique, en anglais').fill('The page title now says these are our international priorities.');
  await camille.getByRole('button', { name: 'Envoyer en relecture' }).click();
  await expect(camille.getByRole('status')).toContainText('Le changement est envoyé en relecture.');
  // She cannot approve her own change: no button, and the action itself refuses.
  await expect(camille.getByRole('button', { name: 'Approuver' })).toHaveCount(0);
  // The token of her forms, as her editorial bar is given it: with it, the action is hers, and refused for her role.
  const { token } = (await (await camille.request.post('/_editorial/presence', { headers: { origin: base, 'content-type': 'application/json' }, data: { path: '/fr/studio' } })).json()) as {
    token: string;
  };
  const refused = await camille.request.post('/_editorial/changes/approve', {
    headers: { origin: base },
    form: { subject: 'page:priorities', back: '/fr/studio/changements', token },
    maxRedirects: 0,
  });
  expect(new URL(refused.headers().location ?? '', base).searchParams.get('erreur')).toBe(editorialWords.refusals.role['changes/approve']);

  // Dominique reads the change and sends it back, with what to fix.
  const dominique = await signIn(browser, 'dominique.bernard@inserm.invalid', '/fr/studio/changements');
  await dominique
    .getByRole('row')
    .filter({ hasText: /priorités/i })
    .getByRole('link', { name: /Relire/ })
    .click();
  await expect(dominique.getByRole('main')).toContainText('en relecture');
  expect(await axe(dominique, 'review screen (reviewer)')).toEqual([]);
  await dominique.getByLabel(/Ce qu’il faut reprendre/).fill('Le titre anglais doit suivre.');
  await dominique.getByRole('button', { name: 'Renvoyer aux auteurs' }).click();
  await expect(dominique.getByRole('status')).toContainText('renvoyé');

  // Camille reads the note, brings the English page along, and submits again.
  await camille.reload();
  await expect(camille.getByRole('paragraph').filter({ hasText: 'Le titre anglais doit suivre.' })).toBeVisible();
  await camille.goto('/keystatic/collection/en/item/priorities');
  await expect(camille.locator('.ProseMirror')).toBeVisible({ timeout: 120_000 });
  await camille.getByRole('textbox', { name: 'Titre', exact: true }).fill('Our international priorities');
  await camille.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect.poll(() => git('log', '-1', '--format=%s')).toBe('Studio save: content/en/priorities.mdx\n');
  // Her notes come back as she wrote them: nothing to type again.
  await camille.goto(`/fr/studio/changements/${encodeURIComponent('page:priorities')}`);
  await expect(camille.getByLabel(/Ce qui change \(note interne/)).toHaveValue('Un titre plus précis pour les priorités');
  await expect(camille.getByLabel(/Mise à jour importante/)).toBeChecked();
  await expect(camille.getByLabel('Note de mise à jour publique, en français')).toHaveValue('Le titre de la page précise qu’il s’agit de nos priorités internationales.');
  await expect(camille.getByLabel('Note de mise à jour publique, en anglais')).toHaveValue('The page title now says these are our international priorities.');
  await camille.getByRole('button', { name: 'Envoyer en relecture' }).click();
  await expect(camille.getByRole('status')).toContainText('envoyé en relecture');

  // Dominique reads what changed since her review (the English title alone), then approves and publishes.
  await dominique.goto(`/fr/studio/changements/${encodeURIComponent('page:priorities')}`);
  await dominique
    .getByRole('navigation', { name: 'Comparer avec' })
    .getByRole('link', { name: /relue par Dominique Bernard/ })
    .click();
  await expect(dominique.getByRole('region', { name: 'Version anglaise' })).toContainText('Our international priorities');
  await expect(dominique.getByRole('region', { name: 'Version française' })).toHaveCount(0);
  await dominique.getByRole('button', { name: 'Approuver' }).click();
  await expect(dominique.getByRole('status')).toContainText('Le changement est approuvé.');
  await dominique.getByRole('button', { name: 'Publier maintenant' }).click();
  await expect(dominique.getByRole('status')).toContainText('Le changement est publié');

  // One new commit on the remote: Camille's, published by Dominique, the note its message, that page only.
  expect(remoteGit('rev-list', '--count', `${before}..main`).trim()).toBe('1');
  expect(remoteGit('log', '-1', '--format=%an|%cn|%s', 'main').trim()).toBe('Camille Martin|Dominique Bernard|Un titre plus précis pour les priorités');
  expect(remoteGit('log', '-1', '--format=%B', 'main')).toContain('Reviewed-by: Dominique Bernard <dominique.bernard@inserm.invalid>');
  expect(remoteGit('diff', '--name-only', `${before}`, 'main').trim().split('\n')).toEqual(['content/en/priorities.mdx', 'content/fr/priorities.mdx', 'content/updates/priorities.yaml']);

  // The page's history lists it; the note is on the page, on the updates page and in both feeds.
  await dominique.goto('/fr/studio/historique/priorities');
  await expect(dominique.getByRole('main')).toContainText('Un titre plus précis pour les priorités');
  await expect(dominique.getByRole('main')).toContainText('Écrit par Camille Martin, publié par Dominique Bernard');
  // The site as it was before the studio is told as a change made outside it, without its code message, and cannot be restored from here.
  await expect(dominique.getByRole('main')).toContainText('Modification faite hors de l’espace de rédaction');
  await expect(dominique.getByRole('button', { name: 'Restaurer cette version' })).toHaveCount(1);
  expect(await axe(dominique, 'history screen')).toEqual([]);
  await dominique.goto('/fr/priorites');
  await expect(dominique.getByRole('link', { name: 'voir toutes les mises à jour' })).toBeVisible();
  await expect(dominique.getByRole('region', { name: 'Toutes les mises à jour' })).toContainText('Le titre de la page précise qu’il s’agit de nos priorités internationales.');
  await dominique.goto('/en/updates');
  await expect(dominique.getByRole('main')).toContainText('The page title now says these are our international priorities.');
  const feeds: [string, string][] = [
    ['/feeds/fr.atom', 'Le titre de la page précise'],
    ['/feeds/en.atom', 'The page title now says'],
  ];
  for (const [feed, note] of feeds) {
    const xml = await (await dominique.request.get(feed)).text();
    const entries = await dominique.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return 'not XML';
      const atom = 'http://www.w3.org/2005/Atom';
      if (doc.documentElement.namespaceURI !== atom || doc.documentElement.localName !== 'feed') return 'not an Atom feed';
      const required = ['id', 'title', 'updated'];
      if (!required.every((name) => doc.documentElement.getElementsByTagNameNS(atom, name).length > 0)) return 'feed lacks id, title or updated';
      return [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        ok: required.every((name) => entry.getElementsByTagNameNS(atom, name).length === 1) && entry.getElementsByTagNameNS(atom, 'link').length > 0,
        summary: entry.getElementsByTagNameNS(atom, 'summary')[0]?.textContent ?? '',
      }));
    }, xml);
    expect(Array.isArray(entries) && entries.every((entry) => entry.ok), `${feed}: ${JSON.stringify(entries)}`).toBe(true);
    expect(JSON.stringify(entries)).toContain(note);
  }

  // The release system says, in its notes on the remote, that the version before went online, then this publication.
  const published = remoteGit('rev-parse', 'main').trim();
  const online = (commit: string, at: string) =>
    remoteGit(
      '-c',
      'user.name=Release',
      '-c',
      'user.email=release@web1.invalid',
      'notes',
      '--ref',
      'releases',
      'append',
      '-m',
      JSON.stringify({ event: 'online', at, machine: 'web1', release: `r-${commit.slice(0, 7)}` }),
      commit,
    );
  online(before, new Date(Date.now() - 3600_000).toISOString());
  online(published, new Date().toISOString());
  await expect(async () => {
    await dominique.goto('/fr/studio/changements');
    await expect(dominique.getByRole('region', { name: 'Publications récentes' }).getByRole('listitem').first()).toContainText('En ligne depuis le', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  expect(await axe(dominique, 'changes screen with the publications online (light)')).toEqual([]);
  // An administrator, in the dark scheme, puts the version before back online: a request on the remote, for the release system.
  const alex = await signIn(browser, 'alex.moreau@inserm.invalid', '/fr/studio/changements', 'dark');
  const versions = alex.getByRole('region', { name: 'Versions du site' });
  await expect(versions).toContainText('en ligne maintenant');
  expect(await axe(alex, 'changes screen, an administrator (dark)')).toEqual([]);
  await versions.getByRole('button', { name: /Remettre cette version en ligne/ }).click();
  await expect(alex.getByRole('status')).toContainText('La demande est transmise');
  expect(remoteGit('for-each-ref', '--format=%(objectname)', 'refs/rollback/').trim()).toBe(before);
  await alex.goto('/fr/studio/historique/priorities');
  await expect(alex.getByRole('main')).toContainText('En ligne depuis le');
  expect(await axe(alex, 'history screen, an administrator (dark)')).toEqual([]);
});
