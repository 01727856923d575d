import type { EditorialConfig } from './config';
import { fetchReleaseNotes } from '@/lib/editorial/releases';
import { Repository } from '@/lib/editorial/repository';
import { startPreview } from './preview';
import { publishedRemote } from './remote';
import { Notifier } from './notify';
import { peopleRoles } from './people';
import { Publishing } from './publishing';
import { startScheduler } from './publishing-routes';
import { createEditorialServer } from './server';
import { identityProvider } from './sign-in';

/** Who is told what by e-mail, when the settings name an SMTP server (editorial/notify.ts). */
function notifierOf(config: EditorialConfig): Notifier | undefined {
  const transport = Notifier.transportOf(config.EDITORIAL_SMTP_URL);
  if (!transport || !config.EDITORIAL_MAIL_FROM) return undefined;
  const people = config.EDITORIAL_MODE === 'team' ? peopleRoles(config) : undefined;
  const unique = (emails: string[]) => [...new Set(emails.map((email) => email.toLowerCase()))];
  return new Notifier({
    transport,
    from: config.EDITORIAL_MAIL_FROM,
    base: config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_PUBLIC_URL.origin : `http://127.0.0.1:${config.EDITORIAL_PORT}`,
    root: config.root,
    stateDir: config.stateDir,
    reviewers: () => unique([...(people?.addressesWith('relecteur') ?? []), ...config.EDITORIAL_NOTIFY_REVIEWERS]),
    administrators: () => unique([...(people?.addressesWith('administrateur') ?? []), ...config.EDITORIAL_NOTIFY_ADMINISTRATORS]),
  });
}

/** Starts the preview, then the editorial server in front of it; answers what stops both. */
export async function runEditorial(config: EditorialConfig): Promise<() => Promise<void>> {
  const idp = config.EDITORIAL_MODE === 'team' ? await identityProvider(config) : undefined;
  const remote = await publishedRemote(config.root, config.EDITORIAL_REMOTE, { strict: config.EDITORIAL_MODE === 'team' });
  const repository = new Repository(config.root, remote, config.EDITORIAL_PUBLISHED_BRANCH);
  // What is published, read once at start (then by the scheduler): a checkout with no such remote still edits.
  await repository.fetch().catch((error: Error) => console.warn(`The published branch could not be read (${remote}/${config.EDITORIAL_PUBLISHED_BRANCH}): ${error.message.split('\n')[0]}`));
  await fetchReleaseNotes(repository);
  const notifier = notifierOf(config);
  const publishing = new Publishing(repository, config.stateDir, { selfApproval: config.EDITORIAL_SELF_APPROVAL, clock: () => new Date(), notify: notifier && ((notice) => notifier.notify(notice)) });
  const preview = await startPreview(config.root, {
    EDITORIAL_STATE_DIR: config.stateDir,
    // Its name only: an address may hold credentials, which the preview has no use for.
    EDITORIAL_REMOTE: remote,
    EDITORIAL_PUBLISHED_BRANCH: config.EDITORIAL_PUBLISHED_BRANCH,
    EDITORIAL_SELF_APPROVAL: String(config.EDITORIAL_SELF_APPROVAL),
    ...(config.EDITORIAL_SITE_URL ? { EDITORIAL_SITE_URL: config.EDITORIAL_SITE_URL } : {}),
  });
  const { server, queue } = await createEditorialServer(config, preview, idp, publishing);
  // Once the published branch is read, its tree is checked in the background: a change's first
  // check (its approval, its publication) then compiles only the pages it touches.
  let warmed: Promise<unknown> | undefined;
  const afterFetch = async () => {
    warmed ??= publishing.checkWith({}).catch(() => (warmed = undefined));
    await notifier?.releaseFailures(repository);
  };
  const stopScheduler = startScheduler(publishing, repository, queue, undefined, afterFetch);
  const host = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_HOST : '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(config.EDITORIAL_PORT, host, resolve));
  const address = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_PUBLIC_URL.origin : `http://127.0.0.1:${config.EDITORIAL_PORT}`;
  console.log(`Espace de rédaction / editorial server: ${address}/fr/studio (${config.EDITORIAL_MODE === 'team' ? 'team, sign-in required' : 'this machine only'})`);
  return async () => {
    // Live-reload sockets are not the server's connections any more once upgraded: they end with
    // the preview, so the server's closing is not waited for.
    stopScheduler();
    server.close();
    server.closeAllConnections();
    await preview.stop();
  };
}

/** Stops on Ctrl-C or a service manager's stop. */
export function stopOnSignal(stop: () => Promise<void>) {
  const once = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
}
