// npm run release [-- <commit|branch>]      builds, verifies and switches to a commit (the published branch by default)
// npm run release -- --prepare <commit>     builds and verifies it, switches nothing (a scheduled publication, ahead of its minute)
// npm run release -- --watch                the release service: releases each publication, prepares each scheduled one,
//                                           answers the studio's rollbacks, and puts the site back online after a restart
// npm run release -- --status               what is online, what is kept, what happened
// npm run release -- --resume               starts the live release's servers again (a machine restarted)
// npm run rollback [-- <release|commit>]    switches back to a kept release (the one before by default), with no build
//
// Settings: RELEASE_* in the environment (release/layout.ts); deploy/README.md says how it is installed.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildRelease } from './build';
import { Layout, type ReleaseRecord, type ReleaseState, readSettings } from './layout';
import { fetchRemote, recordEvent, refsToWatch, resolveCommit } from './repo';
import { serving, verifyRelease } from './servers';
import { keepReady, prune, reached, switchTo } from './switch';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    prepare: { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    rollback: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
  },
});

const layout = new Layout(readSettings(process.env));
// The release system works from its root: the directory it was started in (the service's: a release's
// checkout) may be removed when that release is no longer kept.
process.chdir(layout.root);
const say = (line: string) => console.log(`[release ${new Date().toISOString()}] ${line}`);
const since = (started: number) => Math.round((Date.now() - started) / 100) / 10;
const update = (change: (state: ReleaseState) => Partial<ReleaseState>) => {
  const state = layout.state();
  layout.saveState({ ...state, ...change(state) });
};

/** A kept release of a commit, built and whole. */
const builtOf = (commit: string) => layout.state().releases.find((release) => release.commit === commit && layout.isBuilt(release.id));

/** The commits of the scheduled publications: their releases are kept until their minute. */
const scheduledCommits = () => new Set(refsToWatch(layout).scheduled.map(({ commit }) => commit));

/** Builds and verifies a commit (or finds it built); a failure is recorded, on this machine and on the commit, and leaves the site as it was. */
async function ready(commit: string, started: number): Promise<ReleaseRecord> {
  const kept = builtOf(commit);
  if (kept) {
    say(`${commit.slice(0, 10)} is built already (${kept.id}): no build.`);
    return kept;
  }
  say(`Building ${commit.slice(0, 10)}…`);
  let record: ReleaseRecord;
  try {
    record = await buildRelease(layout, commit);
    say(`Built in ${record.seconds} s. Verifying every page on a spare port…`);
    const problems = await verifyRelease(layout.dirOf(record.id), commit);
    if (problems.length > 0) {
      rmSync(layout.dirOf(record.id), { recursive: true, force: true });
      throw new Error(`the verification found ${problems.length} problem(s):\n${problems.slice(0, 20).join('\n')}`);
    }
  } catch (error) {
    const reason = (error as Error).message;
    update((state) => {
      const attempts = (state.failures.find((failure) => failure.commit === commit)?.attempts ?? 0) + 1;
      return { failures: [{ commit, at: new Date().toISOString(), reason, attempts }, ...state.failures.filter((failure) => failure.commit !== commit)].slice(0, 20) };
    });
    recordEvent(layout, commit, { event: 'failed', reason: reason.slice(-4000), seconds: since(started) });
    throw error;
  }
  const built = { ...record, seconds: since(started) };
  update((state) => ({ releases: [built, ...state.releases.filter((release) => release.id !== built.id)], failures: state.failures.filter((failure) => failure.commit !== commit) }));
  return built;
}

async function release(name: string | undefined) {
  const started = Date.now();
  const commit = resolveCommit(layout, name);
  const live = layout.state().live;
  if (live?.commit === commit) {
    say(`${commit.slice(0, 10)} is online already (${live.id}, since ${live.since}).`);
    return;
  }
  const record = await ready(commit, started);
  const { live: now, seconds, refreshed } = await switchTo(layout, record.id, 'release');
  recordEvent(layout, commit, { event: 'online', release: record.id, seconds: since(started) });
  // A release by hand or by a publication ends a rollback's hold.
  update(() => ({ pinned: undefined }));
  prune(layout, scheduledCommits());
  say(
    `Online: ${commit.slice(0, 10)} (${record.id}), servers ${now.pids.join(', ')}; switched in ${seconds.toFixed(1)} s (${refreshed} addresses refreshed in nginx's cache), ${since(started)} s in all.`,
  );
}

async function prepare(name: string | undefined) {
  const started = Date.now();
  const commit = resolveCommit(layout, name);
  const record = await ready(commit, started);
  recordEvent(layout, commit, { event: 'prepared', release: record.id, seconds: since(started) });
  prune(layout, new Set([...scheduledCommits(), commit]));
  say(`Ready to go online: ${commit.slice(0, 10)} (${record.id}), ${since(started)} s.`);
}

function resolveOrSelf(name: string) {
  try {
    return resolveCommit(layout, name);
  } catch {
    return name;
  }
}

async function rollback(target: string | undefined) {
  const started = Date.now();
  const state = layout.state();
  const live = state.live;
  let record: ReleaseRecord | undefined;
  if (target) {
    // The standby's release first, when it is the one asked for: it goes back online in an instant.
    const commit = resolveOrSelf(target);
    const standby = state.standby && (target === state.standby.id || commit === state.standby.commit) ? state.standby.id : undefined;
    record = state.releases.find((candidate) => candidate.id === (standby ?? target)) ?? builtOf(commit);
  } else {
    record = layout.releaseBefore(state);
  }
  if (!record || !layout.isBuilt(record.id)) throw new Error(`no kept release ${target ? `for ${target}` : 'to go back to'}: npm run release -- --status lists them`);
  if (record.id === live?.id) {
    say(`${record.id} is online already.`);
    return;
  }
  const { seconds, warm } = await switchTo(layout, record.id, 'rollback');
  // The published branch stays where it is: the watcher does not release it again until it moves.
  let head: string | undefined;
  try {
    head = resolveCommit(layout);
  } catch {
    head = undefined;
  }
  update(() => ({ pinned: head }));
  recordEvent(layout, record.commit, { event: 'rollback', release: record.id, seconds: since(started) });
  say(`Back to ${record.commit.slice(0, 10)} (${record.id}) in ${seconds.toFixed(1)} s${warm ? ', its servers ready in standby' : ', its servers started'}.`);
}

/** Starts the live release's servers again, unless they answer already. */
async function resume(onlyIfDown = false) {
  const { live } = layout.state();
  if (!live) {
    if (!onlyIfDown) throw new Error('no release was online here: npm run release');
    return;
  }
  if (onlyIfDown) {
    const answers = await Promise.all(layout.liveSockets.map((socket) => serving({ socket })));
    // Online, and through the servers recorded (a switch cut short may have left nginx's links on others).
    const links = reached(layout);
    if (answers.every((commit) => commit === live.commit) && live.sockets.length === links.length && links.every((socket, index) => socket === live.sockets[index])) {
      // Online: the standby is made ready if it is not, and servers a switch cut short, if any, go.
      await keepReady(layout);
      return;
    }
  }
  const { live: now } = await switchTo(layout, live.id, 'resume');
  say(`Online again: ${now.commit.slice(0, 10)} (${now.id}), servers ${now.pids.join(', ')}.`);
}

function status() {
  const state = layout.state();
  const line = (record: ReleaseRecord) => `  ${record.id}  ${record.commit.slice(0, 10)}  built ${record.builtAt} in ${record.seconds} s${record.id === state.live?.id ? '  ← online' : ''}`;
  console.log(
    state.live
      ? `Online: ${state.live.commit} (${state.live.id}) since ${state.live.since}, servers ${state.live.pids.join(', ')} on ${layout.sockets}`
      : 'Nothing online from this release system yet.',
  );
  if (state.standby) console.log(`Ready for a rollback, in standby: ${state.standby.commit} (${state.standby.id}), servers ${state.standby.pids.join(', ')}`);
  if (state.refresh.length > 0)
    console.log(
      `Owed to nginx's cache (a switch cut short): the pages that differ between ${state.refresh.map(({ from, to }) => `${from ?? 'nothing'} and ${to}`).join(', ')}, refreshed at the next start (--resume).`,
    );
  if (state.pinned) console.log(`Rolled back: the published branch (${state.pinned.slice(0, 10)}) goes online again with the next publication, or npm run release.`);
  console.log(`Kept (npm run rollback -- <id>):\n${state.releases.map(line).join('\n') || '  none'}`);
  for (const failure of state.failures.slice(0, 3)) console.log(`Failed: ${failure.commit.slice(0, 10)} at ${failure.at}:\n  ${failure.reason.replace(/\n/g, '\n  ')}`);
  console.log(
    `History (newest first):\n${state.history
      .slice(0, 20)
      .map((entry) => `  ${entry.from}  ${entry.commit.slice(0, 10)}  ${entry.how}  ${entry.id}`)
      .join('\n')}`,
  );
}

const locked = <T>(task: () => Promise<T>) => layout.locked(task, 30 * 60, (holder) => say(`Another release is under way (process ${holder}): waiting for it.`));

/**
 * The release service: looks at the published repository every second (fetching RELEASE_REMOTE
 * every RELEASE_WATCH_SECONDS) and does what its references ask, one thing at a time — an
 * administrator's rollback first, then the published branch, then the scheduled publications.
 */
async function watch() {
  say(`Watching ${layout.settings.RELEASE_REMOTE ?? layout.settings.repo} (${layout.settings.RELEASE_BRANCH}, refs/scheduled/*, refs/rollback/*).`);
  // (A live release that cannot start again is said, and the watcher carries on: a new publication or a rollback may mend it.)
  await locked(() => resume(true)).catch((error) => say(`The live release could not be started again: ${(error as Error).message}`));
  let fetched = 0;
  let stopping = false;
  // A release that failed for another reason than its build (a port taken, nginx refusing) is tried again, but not every second;
  // one that failed to build or verify, twice more (a minute, then five minutes later), in case the machine was to blame.
  const waitUntil = new Map<string, number>();
  const later = (commit: string) => waitUntil.set(commit, Date.now() + 60_000);
  const mayTry = (commit: string) => {
    const failure = layout.state().failures.find((entry) => entry.commit === commit);
    const retryAt = failure ? Date.parse(failure.at) + (failure.attempts === 1 ? 60_000 : 300_000) : 0;
    return (waitUntil.get(commit) ?? 0) <= Date.now() && retryAt <= Date.now();
  };
  process.once('SIGTERM', () => (stopping = true));
  process.once('SIGINT', () => (stopping = true));
  while (!stopping) {
    try {
      if (layout.settings.RELEASE_REMOTE && Date.now() - fetched >= layout.settings.RELEASE_WATCH_SECONDS * 1000) {
        fetchRemote(layout);
        fetched = Date.now();
      }
      const refs = refsToWatch(layout);
      const state = layout.state();
      const failed = new Set(state.failures.filter((failure) => failure.attempts >= 3).map((failure) => failure.commit));
      // A request is answered once, and only while it is fresh: its name is the moment it was made (refs/rollback/<ms>).
      const fresh = (ref: string) => Date.now() - Number(ref.split('/').pop()) < 10 * 60 * 1000;
      const request = refs.rollback.find(({ ref }) => fresh(ref) && !state.answered.includes(ref));
      if (request) {
        await locked(() => rollback(request.commit)).catch((error) => say(`Rollback to ${request.commit.slice(0, 10)} refused: ${(error as Error).message}`));
        update((now) => ({ answered: [request.ref, ...now.answered].slice(0, 100) }));
      } else if (refs.branch && refs.branch !== state.live?.commit && refs.branch !== state.pinned && !failed.has(refs.branch) && mayTry(refs.branch)) {
        const commit = refs.branch;
        await locked(() => release(commit)).catch((error) => {
          later(commit);
          say(`Release failed, the site is as it was: ${(error as Error).message}`);
        });
      } else {
        const due = refs.scheduled.find(({ commit }) => !builtOf(commit) && !failed.has(commit) && mayTry(commit));
        if (due)
          await locked(() => prepare(due.commit)).catch((error) => {
            later(due.commit);
            say(`Preparation failed: ${(error as Error).message}`);
          });
      }
    } catch (error) {
      say(`The watcher could not go on this time (it tries again in a second): ${(error as Error).message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  say('Stopped; the site stays online.');
}

const [target] = positionals;
try {
  if (values.status) status();
  else if (values.watch) await watch();
  else {
    if (!values.resume && !values.rollback) fetchRemote(layout);
    await locked(() => (values.resume ? resume() : values.rollback ? rollback(target) : values.prepare ? prepare(target) : release(target)));
  }
} catch (error) {
  console.error(`[release] Failed, the site is as it was: ${(error as Error).message}`);
  process.exitCode = 1;
}
