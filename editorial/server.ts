import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type Duplex, Readable } from 'node:stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createProxyServer } from 'http-proxy-3';
import { localAddress, pathOf } from '@/lib/site/local-address';
import { fileOfStudioAddress } from '@/studio/paths';
import type { EditorialConfig } from './config';
import { Queue } from './queue';
import { editorialWords } from '@/lib/editorial/words';

const said = editorialWords.server;
import { Repository } from '@/lib/editorial/repository';
import type { Publishing } from './publishing';
import { publishingRoutes } from './publishing-routes';
import { type PeopleRoles, peopleRoles } from './people';
import { Presence } from './presence';
import { allows, type Person, type Role } from '@/lib/editorial/roles';
import { pendingKept } from '@/lib/editorial/kept';
import { unlessUnreadable } from '@/lib/editorial/state';
import { isContentPath, versionOnDisk } from '@/lib/editorial/files';
import { changedSinceOpened, readUpdate, refuseClash, refuseOverwrite, refuseUnsafe } from './saves';
import { refusedScreen, signedOutScreen, signInScreen, STYLESHEET_PATH, stylesheet } from './screens';
import { isDevelopmentTool, isPlainAddress, PREVIEW_KEY_HEADER } from './preview-key.mjs';
import { SESSION_COOKIE, sessions } from './sessions';
import type { IdentityProvider } from './sign-in';

/**
 * The editorial server: the one door to the preview and the studio. Every request is checked here
 * before anything of the application runs: the address it names (no other host), who sends it (a
 * signed-in person with a role), from where (a change must come from this server's own pages), and
 * what it may change (a role per action; only pages and data files under content/; never someone
 * else's work written over unseen). Then it goes on to `next dev`, on 127.0.0.1, with the person
 * named in a header the application trusts because nobody else can reach it.
 */

/** The header that tells the application who is asking (set here, removed from what clients send). */
const PERSON_HEADER = 'x-editorial-person';
/** The header that gives the application the token its forms carry (studio/FormToken.tsx). */
const FORM_TOKEN_HEADER = 'x-editorial-form-token';
/** The field of a form that carries it back. */
const FORM_TOKEN_FIELD = 'token';

/**
 * The forms whose sending changes something (publishing, the studio's forms, signing out): each is
 * taken only from this server's own screens — the person's session's token in the form, and, where
 * the browser says how the request was made, a form sent from a page of this server. A page of the
 * preview (a writer's text) can neither know the token nor run a script to read it.
 */
const FORM_ACTIONS = /^\/(?:_editorial\/(?!presence$)[\w/-]+|api\/studio\/(?:new|translated|merge)|auth\/logout)$/;

/** Changes the application accepts, and the role each asks for; any other change is refused. */
const CHANGES: { path: RegExp; role: Role }[] = [{ path: /^\/api\/studio\/(new|translated|merge)$/, role: 'redacteur' }];

const isLoopbackHost = (host: string) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);

export interface EditorialServer {
  server: Server;
  presence: Presence;
  /** One thing at a time: saves, publications, the scheduler. */
  queue: Queue;
}

/** The preview the server stands in front of: its port on 127.0.0.1, and the key it answers (editorial/preview.ts). */
export interface PreviewDoor {
  port: number;
  key: string;
}

/** Two tokens compared in constant time. */
const sameToken = (given: string, expected: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

export async function createEditorialServer(config: EditorialConfig, preview: PreviewDoor, idp?: IdentityProvider, publishing?: Publishing): Promise<EditorialServer> {
  const previewPort = preview.port;
  const team = config.EDITORIAL_MODE === 'team' ? config : undefined;
  if (team && !idp) throw new Error('the team server needs its identity provider');
  const publicUrl = team ? team.EDITORIAL_PUBLIC_URL : new URL(`http://127.0.0.1:${config.EDITORIAL_PORT}`);
  if (publicUrl.protocol !== 'https:' && !isLoopbackHost(publicUrl.host)) throw new Error(`EDITORIAL_PUBLIC_URL must be an https:// address (${publicUrl.href} is not): the session cookie is Secure.`);
  const target = `http://127.0.0.1:${previewPort}`;
  const presence = new Presence();
  /** What this person's last save of a file gave them to know (a title another page has), by person and file, until their next save of it. */
  const saveWarnings = new Map<string, string>();
  const saves = new Queue();
  const roles: PeopleRoles | undefined = team && peopleRoles(team);
  // The checkout the team's saves are recorded in, one commit each.
  const checkout = new Repository(config.root, config.EDITORIAL_REMOTE, config.EDITORIAL_PUBLISHED_BRANCH);
  const localPerson: Person | undefined = team ? undefined : { ...(await checkout.identity()), role: 'administrateur' };
  /** What the single person of `npm run studio` has opened (the team's are in their sessions). */
  const localSeen: Record<string, string> = {};

  /**
   * The policy of an answer. A script runs only if this server marked it for this very answer
   * (`nonce`, given to Next.js with the request: it marks its own scripts), and those it loads
   * ('strict-dynamic'): markup in a page cannot run, even if it got in. React's development build
   * evaluates code to rebuild its error stacks ('unsafe-eval'); nothing inline runs unmarked. The
   * server's own screens run no script at all.
   */
  const policyFor = (nonce?: string) =>
    [
      "default-src 'self'",
      nonce ? `script-src 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'` : "script-src 'none'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      // Keystatic asks Google Fonts for its font: refused here, the server serves it itself (app/keystatic).
      "font-src 'self' data:",
      `connect-src 'self' ws://${publicUrl.host} wss://${publicUrl.host}`,
      `form-action 'self'${idp ? ` ${idp.issuerOrigin}` : ''}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; ');
  const securityHeaders: Record<string, string> = {
    'Content-Security-Policy': policyFor(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(publicUrl.protocol === 'https:' ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('etag', false);

  // Every answer, the application's included, leaves with the editorial server's policy, its nonce its own.
  app.use((req, res, next) => {
    res.locals.nonce = randomBytes(18).toString('base64');
    res.set(securityHeaders);
    next();
  });

  // Another name pointed at this server ("DNS rebinding"), or a forgotten proxy: nothing answers.
  app.use((req, res, next) => {
    if (req.headers.host === publicUrl.host) return next();
    res.status(421).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.unknownAddress);
  });

  // An address is taken as it is written, or not at all: the proxy below would resolve `..` and `%2e`
  // segments (a path checked as /_editorial/… would reach another route), and the development
  // server's own tools (/__nextjs_*: a debugger, an editor launcher; its MCP endpoint) are nobody's.
  app.use((req, res, next) => {
    const raw = req.originalUrl.split('?')[0] ?? '';
    if (!isPlainAddress(raw)) return res.status(400).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send('Adresse invalide.');
    if (isDevelopmentTool(raw)) return res.status(404).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.unknownAddress);
    // A change is sent by POST only (forms, Keystatic's saves): no other method reaches anything.
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) return res.status(405).set('Allow', 'GET, HEAD, POST').type('text/plain; charset=utf-8').send(said.methodRefused);
    next();
  });

  app.get(STYLESHEET_PATH, (req, res) => {
    res.type('text/css').set('Cache-Control', 'public, max-age=31536000, immutable').send(stylesheet);
  });

  const screen = (res: Response, status: number, html: string) => res.status(status).type('html').set('Cache-Control', 'no-store').send(html);

  /** A change must come from this server's own pages: its Origin says so. */
  const fromHere = (req: IncomingMessage) => req.headers.origin === publicUrl.origin;

  /** The token of this session's forms (one per start for `npm run studio`, which has no sessions). */
  const localFormToken = randomBytes(32).toString('base64url');
  const formTokenOf = (req: Request): string => {
    if (!team) return localFormToken;
    req.session.formToken ??= randomBytes(32).toString('base64url');
    return req.session.formToken;
  };
  /**
   * Whether a form's sending comes from this person's own screen: it carries their session's
   * token, and, where the browser says how it was sent (every browser the team uses does), it was
   * sent by a page of this server as a navigation of that page — not by a script, not in a frame.
   */
  const fromOwnScreen = (req: Request, token: unknown) => {
    const { 'sec-fetch-site': site, 'sec-fetch-mode': mode, 'sec-fetch-dest': dest } = req.headers;
    if ((site !== undefined && site !== 'same-origin') || (mode !== undefined && mode !== 'navigate') || (dest !== undefined && dest !== 'document')) return false;
    return typeof token === 'string' && sameToken(token, formTokenOf(req));
  };
  const notFromOwnScreen = (res: Response) => res.status(403).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.notFromScreen);

  let sessionMiddleware: ReturnType<typeof sessions> | undefined;
  if (team && idp) {
    // On 127.0.0.1 without TLS (the demo), the browser treats the address as secure and keeps a Secure
    // cookie: the session middleware is told the connection is, as TLS in front says it in production.
    if (publicUrl.protocol === 'http:') {
      app.use((req, _res, next) => {
        req.headers['x-forwarded-proto'] = 'https';
        next();
      });
    }
    sessionMiddleware = sessions(team.EDITORIAL_SESSION_SECRET, team.stateDir);
    app.use(sessionMiddleware);

    app.get('/auth/sign-in', (req, res) => {
      const back = localAddress(String(req.query.back ?? '/fr/studio'));
      screen(res, 200, signInScreen(back ? pathOf(back) : '/fr/studio'));
    });

    app.get('/auth/login', async (req, res, next) => {
      try {
        const back = localAddress(String(req.query.back ?? ''));
        const { url, transaction } = await idp.start();
        req.session.signIn = { ...transaction, back: back ? pathOf(back) : '/fr/studio' };
        res.set('Cache-Control', 'no-store').redirect(303, url.href);
      } catch (error) {
        next(error);
      }
    });

    app.get('/auth/callback', async (req, res) => {
      // Used once: a replayed or forged callback finds no sign-in under way, or the wrong state.
      const transaction = req.session.signIn;
      delete req.session.signIn;
      if (!transaction) return screen(res, 400, signInScreen('/fr/studio', true));
      let signedIn;
      try {
        signedIn = await idp.finish(new URL(req.originalUrl, publicUrl), transaction);
      } catch (error) {
        console.warn(`Sign-in refused: ${(error as Error).message}`);
        return screen(res, 400, signInScreen(transaction.back, true));
      }
      const role = roles?.roleAtSignIn(signedIn);
      // A new session at sign-in: whatever id the browser had before is worth nothing now.
      req.session.regenerate((error) => {
        if (error) return screen(res, 500, signInScreen(transaction.back, true));
        req.session.person = { email: signedIn.email.toLowerCase(), name: signedIn.name, role };
        req.session.idToken = signedIn.idToken;
        req.session.seen = {};
        req.session.formToken = randomBytes(32).toString('base64url');
        req.session.save(() => res.redirect(303, transaction.back));
      });
    });

    app.post('/auth/logout', express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
      if (!fromHere(req)) return res.status(403).type('text/plain; charset=utf-8').send(said.notFromHere);
      if (!fromOwnScreen(req, req.body?.[FORM_TOKEN_FIELD])) return notFromOwnScreen(res);
      const idToken = req.session.idToken;
      if (req.session.person) presence.left(req.session.person.email);
      req.session.destroy(() => {
        res.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
        res.redirect(303, idp.endSessionUrl(idToken)?.href ?? '/auth/signed-out');
      });
    });

    app.get('/auth/signed-out', (req, res) => screen(res, 200, signedOutScreen()));
  }

  /** Who is asking: the signed-in person (their role as the roles file says it now), or the person of `npm run studio`. */
  const personOf = (req: Request): Person | undefined => {
    if (localPerson) return localPerson;
    const person = req.session?.person;
    return person && roles ? { ...person, role: roles.currentRole(person) } : undefined;
  };
  const seenOf = (req: Request): Record<string, string> => {
    if (localPerson) return localSeen;
    req.session.seen ??= {};
    return req.session.seen;
  };

  // The door: no person, no access; a person in no role, a polite refusal; a change from elsewhere, none.
  app.use((req, res, next) => {
    const person = personOf(req);
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (!person) {
      if (isRead && req.accepts('html') && !req.path.startsWith('/api/') && !req.path.startsWith('/_next/')) return res.redirect(303, `/auth/sign-in?back=${encodeURIComponent(req.originalUrl)}`);
      return res.status(401).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.signInNeeded);
    }
    if (!person.role)
      return isRead && req.accepts('html')
        ? screen(res, 403, refusedScreen(person.name, person.email, team ? formTokenOf(req) : undefined))
        : res.status(403).type('text/plain; charset=utf-8').send(said.noRole);
    if (!isRead) {
      const site = req.headers['sec-fetch-site'];
      if (!fromHere(req) || (site !== undefined && site !== 'same-origin')) return res.status(403).type('text/plain; charset=utf-8').send(said.notFromHere);
      const allowed = req.path === '/api/keystatic/update' || req.path.startsWith('/_editorial/') ? 'redacteur' : CHANGES.find((change) => change.path.test(req.path))?.role;
      if (!allowed) return res.status(403).type('text/plain; charset=utf-8').send(said.noSuchAction);
      if (!allows(person.role, allowed)) return res.status(403).type('text/plain; charset=utf-8').send(said.roleNeeded(allowed));
    }
    res.locals.person = person;
    next();
  });

  // Who else has this screen's file open, and this person's refused saves of it (studio/Presence.tsx).
  app.post('/_editorial/presence', express.json({ limit: '4kb' }), (req, res) => {
    const person = res.locals.person as Person;
    const file = fileOfStudioAddress(String(req.body?.path ?? ''));
    const others = file ? presence.here(file, person.email, person.name) : [];
    if (!file) presence.left(person.email);
    // A kept text that cannot be read is said in the bar, naming its file: never taken for no text kept.
    const { value: kept = [], unreadable: stateProblem } = unlessUnreadable(() => (file ? pendingKept(config.stateDir, person.email, file) : []));
    const refused = kept.map(({ id, at, refused: unsafe }) => ({ id, at, unsafe: Boolean(unsafe) }));
    const warning = file ? saveWarnings.get(`${person.email}\0${file}`) : undefined;
    res.set('Cache-Control', 'no-store').json({
      person: { name: person.name, role: person.role },
      signOut: Boolean(team),
      // The sign-out form of the bar carries it, as every form does.
      token: formTokenOf(req),
      file,
      others: others.map(({ name, since }) => ({ name, since: since.toISOString() })),
      refused,
      warnings: warning ? [warning] : [],
      ...(stateProblem ? { stateProblem } : {}),
    });
  });

  /** Keystatic's reading and saving, passed on to the studio with the person named, the answer read here. */
  const forward = async (req: Request, res: Response, body?: string) => {
    const headers: Record<string, string> = { 'no-cors': '1', [PERSON_HEADER]: personHeader(res.locals.person as Person, Boolean(team)), [PREVIEW_KEY_HEADER]: preview.key };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${target}${req.originalUrl}`, { method: req.method, headers, body });
  };

  if (publishing) publishingRoutes(app, publishing, saves, (req) => fromOwnScreen(req, req.body?.[FORM_TOKEN_FIELD]));
  // No other address of the editorial server's own is passed on.
  app.all(/^\/_editorial\//, (_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.unknownAddress);
  });

  // Keystatic reads a file: remember which version this person opened.
  app.get(/^\/api\/keystatic\/blob\/([0-9a-f]{40})\/(.+)$/, async (req, res) => {
    const [sha = '', file = ''] = [req.params[0], req.params[1]] as string[];
    const answer = await forward(req, res);
    if (answer.ok) seenOf(req)[file] = sha;
    res.status(answer.status).send(Buffer.from(await answer.arrayBuffer()));
  });

  // The files Keystatic lists: those this person had not opened yet count as opened in this version.
  app.get('/api/keystatic/tree', async (req, res) => {
    const answer = await forward(req, res);
    const body = Buffer.from(await answer.arrayBuffer());
    if (answer.ok) {
      const seen = seenOf(req);
      try {
        for (const entry of JSON.parse(body.toString('utf8')) as { path?: unknown; sha?: unknown }[]) {
          if (typeof entry.path === 'string' && typeof entry.sha === 'string' && entry.path.startsWith('content/') && !(entry.path in seen)) seen[entry.path] = entry.sha;
        }
      } catch {
        // Not a list of files: passed on as it is, remembering nothing.
      }
    }
    res
      .status(answer.status)
      .type(answer.headers.get('content-type') ?? 'application/json')
      .send(body);
  });

  // Keystatic saves: only pages and data files, deletions by administrators, nobody's work written over unseen.
  app.post('/api/keystatic/update', express.json({ limit: '20mb' }), async (req, res) => {
    const person = res.locals.person as Person;
    const update = readUpdate(req.body);
    if (!update) return res.status(400).type('text/plain; charset=utf-8').send('Enregistrement illisible.');
    const refusedPath = [...update.additions, ...update.deletions].find(({ path: file }) => !isContentPath(config.root, file));
    if (refusedPath) return res.status(403).type('text/plain; charset=utf-8').send(said.outsideContent);
    if (update.deletions.length > 0 && !allows(person.role, 'administrateur')) return res.status(403).type('text/plain; charset=utf-8').send(said.deletionByAdmin);
    await saves.run(async () => {
      const seen = seenOf(req);
      // What no page may hold (code, HTML, an unreadable text) is refused before anything is written, the text kept.
      const unsafe = refuseUnsafe(config.root, config.stateDir, person, update, seen);
      if (unsafe) return res.status(422).type('text/plain; charset=utf-8').send(unsafe);
      // An address another page has is refused the same way; a title another page has is said once saved.
      const clash = refuseClash(config.root, config.stateDir, person, update, seen);
      if (clash.refusal) return res.status(422).type('text/plain; charset=utf-8').send(clash.refusal);
      const changed = changedSinceOpened(config.root, update, seen);
      if (changed.length > 0)
        return res
          .status(409)
          .type('text/plain; charset=utf-8')
          .send(await refuseOverwrite(checkout, config.stateDir, person, update, changed));
      const answer = await forward(req, res, JSON.stringify(req.body));
      const body = Buffer.from(await answer.arrayBuffer());
      if (answer.ok) {
        for (const { path: file } of [...update.additions, ...update.deletions]) {
          const version = versionOnDisk(config.root, file);
          if (version) seen[file] = version;
          else delete seen[file];
        }
        for (const { path: file } of update.additions) {
          const warning = clash.warnings.get(file);
          if (warning) saveWarnings.set(`${person.email}\0${file}`, warning);
          else saveWarnings.delete(`${person.email}\0${file}`);
        }
        await checkout.recordSave(person, 'Studio save');
      }
      res
        .status(answer.status)
        .type(answer.headers.get('content-type') ?? 'text/plain')
        .send(body);
    });
  });

  // Everything else goes on to the preview and the studio, with the person named.
  const proxy = createProxyServer({ target, changeOrigin: true, ws: true, xfwd: false });
  proxy.on('proxyReq', (proxyReq, req) => {
    for (const name of proxyReq.getHeaderNames()) if (name.startsWith('x-editorial-') || name.startsWith('content-security-policy')) proxyReq.removeHeader(name);
    proxyReq.setHeader(PREVIEW_KEY_HEADER, preview.key);
    const locals = (req as Request).res?.locals;
    const person = locals?.person as Person | undefined;
    if (person) {
      proxyReq.setHeader(PERSON_HEADER, personHeader(person, Boolean(team)));
      proxyReq.setHeader(FORM_TOKEN_HEADER, formTokenOf(req as Request));
    }
    // Next.js marks its scripts with the nonce the request's policy gives (the answer's, below).
    if (locals?.nonce) proxyReq.setHeader('content-security-policy', `script-src 'nonce-${locals.nonce}' 'strict-dynamic'`);
    // The checks above stand for `next dev`'s own (it allows its own origin only).
    proxyReq.removeHeader('origin');
  });
  proxy.on('proxyReqWs', (proxyReq) => {
    for (const name of proxyReq.getHeaderNames()) if (name.startsWith('x-editorial-')) proxyReq.removeHeader(name);
    proxyReq.setHeader(PREVIEW_KEY_HEADER, preview.key);
  });
  proxy.on('proxyRes', (proxyRes, req) => {
    for (const [name, value] of Object.entries(securityHeaders)) proxyRes.headers[name.toLowerCase()] = value;
    proxyRes.headers['content-security-policy'] = policyFor((req as Request).res?.locals.nonce as string | undefined);
    // The application names its own address in a redirect (it is asked at 127.0.0.1): the person follows this server's.
    const location = proxyRes.headers.location;
    const internal = typeof location === 'string' ? new RegExp(`^https?://(127\\.0\\.0\\.1|localhost|\\[::1\\]):${previewPort}(?=/|$)`).exec(location) : null;
    if (internal && typeof location === 'string') proxyRes.headers.location = `${publicUrl.origin}${location.slice(internal[0].length)}`;
    // `next dev` serves one of its scripts as JSON (_clientMiddlewareManifest.js): forbidding the
    // browser to sniff it would stop the preview's client router from loading it.
    if (/\.js$/.test(new URL(req.url ?? '/', publicUrl).pathname) && /^application\/json/.test(String(proxyRes.headers['content-type']))) delete proxyRes.headers['x-content-type-options'];
  });
  proxy.on('error', (error, _req, res) => {
    console.warn(`The preview did not answer: ${error.message}`);
    if (res && 'writeHead' in res && !res.headersSent) {
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders });
      res.end(said.previewDown);
    } else if (res && 'destroy' in res) res.destroy();
  });

  // The studio's own forms (a new page, a translation recorded, a merge): read here for their token, then passed on as they came.
  app.post(FORM_ACTIONS, express.raw({ type: () => true, limit: '5mb' }), (req, res, next) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!fromOwnScreen(req, new URLSearchParams(body.toString('utf8')).get(FORM_TOKEN_FIELD) ?? undefined)) return notFromOwnScreen(res);
    res.locals.body = body;
    next();
  });

  app.use((req: Request, res: Response, next: NextFunction) => {
    const person = res.locals.person as Person;
    const isChange = req.method !== 'GET' && req.method !== 'HEAD';
    if (!isChange) return proxy.web(req, res);
    // A change the application makes (a new page, a translation recorded, a merge): one at a time,
    // then recorded in git under the person's name.
    saves
      .run(
        () =>
          new Promise<void>((resolve) => {
            res.once('close', () => {
              const done = res.statusCode < 400 ? checkout.recordSave(person, 'Studio').then(() => undefined) : Promise.resolve();
              done.then(resolve, (error) => {
                console.error(`The save of ${person.email} could not be recorded: ${(error as Error).message}`);
                resolve();
              });
            });
            const body = res.locals.body as Buffer | undefined;
            proxy.web(req, res, body ? { buffer: Readable.from([body]) } : {});
          }),
      )
      .catch(next);
  });

  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    console.error(error);
    if (!res.headersSent) res.status(500).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(said.failed);
  });

  const server = createServer(app);
  // The preview's live reload: a websocket, behind the same door.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const raw = (req.url ?? '').split('?')[0] ?? '';
    if (req.headers.host !== publicUrl.host || !fromHere(req) || !isPlainAddress(raw) || isDevelopmentTool(raw)) return refuse('403 Forbidden');
    const go = () => {
      const person = localPerson ?? (req as Request).session?.person;
      if (!person) return refuse('401 Unauthorized');
      if (!(localPerson ?? (roles && roles.currentRole(person)))) return refuse('403 Forbidden');
      proxy.ws(req, socket, head);
    };
    if (!sessionMiddleware) return go();
    if (publicUrl.protocol === 'http:') req.headers['x-forwarded-proto'] = 'https';
    sessionMiddleware(req as Request, {} as Response, go);
  });
  return { server, presence, queue: saves };
}

/** The person, as the application reads them (studio/person.ts). */
const personHeader = (person: Person, signsOut: boolean) => Buffer.from(JSON.stringify({ email: person.email, name: person.name, role: person.role, signsOut }), 'utf8').toString('base64url');
