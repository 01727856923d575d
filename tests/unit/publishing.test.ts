import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { Notifier } from '@/editorial/notify';
import { parisTime } from '@/editorial/publishing-routes';
import { Publishing, Refusal } from '@/editorial/publishing';
import { withRetirement, withUpdatedDate, withUpdateNote } from '@/lib/content';
import { changesInProgress, subjectOf, Workflow } from '@/lib/editorial/changes';
import { fetchReleaseNotes } from '@/lib/editorial/releases';
import { Repository } from '@/lib/editorial/repository';
import type { Person } from '@/lib/editorial/roles';
import { reviewFiles, reviewFilesFrom, reviewOf } from '@/studio/review';
import { UnreadableState } from '@/lib/editorial/state';
import { minimalSite, page } from './helpers';
import type { Figure } from '@/lib/content';

// Publishing on git, tried on a real repository: a bare one as the remote (any plain remote will
// do), a clone as the editorial checkout, people saving, reviewing and publishing through the same
// code as the editorial server.

const camille: Person = { name: 'Camille Martin', email: 'camille.martin@inserm.invalid', role: 'redacteur' };
const dominique: Person = { name: 'Dominique Bernard', email: 'dominique.bernard@inserm.invalid', role: 'relecteur' };
const alex: Person = { name: 'Alex Moreau', email: 'alex.moreau@inserm.invalid', role: 'administrateur' };

const run = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@x', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@x' } });

interface World {
  remote: string;
  root: string;
  repository: Repository;
  publishing: Publishing;
  clock: { now: Date };
  /** A person saves a file in the checkout, as the editorial server records a save. */
  save(person: Person, file: string, text: string): void;
  remoteLog(): string[];
}

async function world(notify?: ConstructorParameters<typeof Publishing>[2]['notify']): Promise<World> {
  const top = mkdtempSync(path.join(tmpdir(), 'publishing-'));
  const remote = path.join(top, 'remote.git');
  const seed = path.join(top, 'seed');
  mkdirSync(seed);
  for (const [file, text] of Object.entries(minimalSite)) {
    mkdirSync(path.dirname(path.join(seed, 'content', file)), { recursive: true });
    writeFileSync(path.join(seed, 'content', file), text);
  }
  run(seed, 'init', '-q', '-b', 'main');
  run(seed, 'add', '-A');
  run(seed, 'commit', '-qm', 'The site as published');
  run(top, 'clone', '-q', '--bare', seed, remote);
  const root = path.join(top, 'checkout');
  run(top, 'clone', '-q', remote, root);
  const repository = new Repository(root, 'origin', 'main');
  await repository.fetch();
  const clock = { now: new Date('2026-11-29T10:00:00Z') };
  return {
    remote,
    root,
    repository,
    clock,
    publishing: new Publishing(repository, path.join(top, 'state'), { selfApproval: false, clock: () => clock.now, notify }),
    save(person, file, text) {
      writeFileSync(path.join(root, file), text);
      execFileSync('git', ['add', '-A', 'content'], { cwd: root });
      execFileSync('git', ['commit', '-qm', `Studio save: ${file}`, `--author=${person.name} <${person.email}>`], {
        cwd: root,
        env: { ...process.env, GIT_COMMITTER_NAME: 'Espace de rédaction', GIT_COMMITTER_EMAIL: 'r@x' },
      });
    },
    remoteLog: () => run(remote, 'log', '--format=%an|%cn|%s', 'main').trim().split('\n'),
  };
}

const strategyFr = (text: string) => page({ title: 'Stratégie', slug: 'strategie', order: 1 }, `\n${text}\n`);
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refusal || error instanceof UnreadableState) return error.message;
    throw error;
  }
  return undefined;
};

describe('publishing, from a change to one commit on the published branch', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('groups what was saved by page, both languages together, with its writers and state', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte nouveau.'));
    w.save(dominique, 'content/en/strategy.mdx', page({ title: 'Strategy', slug: 'strategy', order: 1 }, '\nA new text.\n'));
    const [change] = await changesInProgress(w.repository, new Workflow(mkdtempSync(path.join(tmpdir(), 'state-'))));
    expect(change).toMatchObject({ subject: 'page:strategy', files: ['content/en/strategy.mdx', 'content/fr/strategy.mdx'], state: 'draft' });
    expect(change?.writers.map((writer) => writer.name)).toEqual(['Camille Martin', 'Dominique Bernard']);
  });

  it('is reviewed by someone who did not write it, sent back with a note, fixed, approved and published: one commit, both names, the note, that page only', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte avec une fote.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Nouvelle présentation de la stratégie', significant: true, changeNote: { fr: 'Présentation revue.', en: 'Presentation revised.' } });
    // The writer cannot approve their own change, even as a reviewer.
    expect(await refusal(w.publishing.approve({ ...camille, role: 'relecteur' }, 'page:strategy'))).toContain('Vous avez écrit ce changement');
    // An editor cannot approve at all.
    expect(await refusal(w.publishing.approve({ ...alex, role: 'redacteur' }, 'page:strategy'))).toContain('Seuls les relecteurs');
    await w.publishing.sendBack(dominique, 'page:strategy', 'Une faute de frappe : « fote ».');
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte sans faute.'));
    expect(await refusal(w.publishing.approve(dominique, 'page:strategy'))).toContain('n’est pas en relecture');
    await w.publishing.submit(camille, 'page:strategy', { note: 'Nouvelle présentation de la stratégie', significant: true, changeNote: { fr: 'Présentation revue.', en: 'Presentation revised.' } });
    await w.publishing.approve(dominique, 'page:strategy');
    const commit = await w.publishing.publish(dominique, 'page:strategy');

    expect(w.remoteLog()).toEqual(['Camille Martin|Dominique Bernard|Nouvelle présentation de la stratégie', 'Dev|Dev|The site as published']);
    expect(run(w.remote, 'log', '-1', '--format=%B', 'main')).toContain('Reviewed-by: Dominique Bernard <dominique.bernard@inserm.invalid>');
    // Only that page's files (both languages dated today, as both list the note), and its change note.
    expect(run(w.remote, 'diff', '--name-only', `${commit}^`, commit).trim().split('\n')).toEqual(['content/en/strategy.mdx', 'content/fr/strategy.mdx', 'content/updates/strategy.yaml']);
    expect(run(w.remote, 'show', `${commit}:content/en/strategy.mdx`)).toContain('updated: 2026-11-29');
    const published = run(w.remote, 'show', `${commit}:content/fr/strategy.mdx`);
    expect(published).toContain('Un texte sans faute.');
    expect(published).toContain('updated: 2026-11-29');
    expect(run(w.remote, 'show', `${commit}:content/updates/strategy.yaml`)).toMatch(/- date: 2026-11-29\n {2}note:\n {4}fr: Présentation revue\.\n {4}en: Presentation revised\./);
    // The checkout has what was published: nothing is left to publish.
    expect(readFileSync(path.join(w.root, 'content/fr/strategy.mdx'), 'utf8')).toBe(published);
    expect(await changesInProgress(w.repository, new Workflow(path.join(w.root, '../state')))).toEqual([]);
  });

  it('keeps every note through a send-back, and lets a reviewer, not its writer, correct what the public will read', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte.'));
    const notes = { note: 'Texte revu', significant: true, changeNote: { fr: 'Texte revu.', en: 'Text revised.' } };
    await w.publishing.submit(camille, 'page:strategy', notes);
    await w.publishing.sendBack(dominique, 'page:strategy', 'Précisez la note anglaise.');
    const workflow = new Workflow(path.join(w.root, '../state'));
    const [sentBack] = await changesInProgress(w.repository, workflow);
    // What the writer's form is filled with when it comes back to them.
    expect(sentBack?.record).toMatchObject({ submitted: { note: 'Texte revu' }, significant: true, changeNote: notes.changeNote });
    await w.publishing.submit(camille, 'page:strategy', notes);
    expect(await refusal(w.publishing.editNotes(camille, 'page:strategy', { significant: false }))).toContain('Seuls les relecteurs');
    expect(await refusal(w.publishing.editNotes(dominique, 'page:strategy', { significant: true, changeNote: { fr: 'Texte revu.', en: '' } }))).toContain('en français et en anglais');
    await w.publishing.editNotes(dominique, 'page:strategy', { significant: true, changeNote: { fr: 'Texte revu.', en: 'Text revised and clarified.' } });
    const [edited] = await changesInProgress(w.repository, workflow);
    expect(edited).toMatchObject({ state: 'submitted', record: { changeNote: { en: 'Text revised and clarified.' } } });
    expect(edited?.record?.events.at(-1)).toMatchObject({ what: 'notes-edited', who: { name: 'Dominique Bernard' } });
    await w.publishing.approve(dominique, 'page:strategy');
    const commit = await w.publishing.publish(dominique, 'page:strategy');
    expect(run(w.remote, 'show', `${commit}:content/updates/strategy.yaml`)).toContain('en: Text revised and clarified.');
  });

  it('shows a reviewer what changed since their last review, beside everything since online', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Une phrase. Une autre.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Premier jet', significant: false });
    await w.publishing.sendBack(dominique, 'page:strategy', 'La seconde phrase est à reprendre.');
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Une phrase. Une autre, reprise.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Repris', significant: false });
    const [change] = await changesInProgress(w.repository, new Workflow(path.join(w.root, '../state')));
    expect(change?.record?.reviewed).toMatchObject({ by: { name: 'Dominique Bernard' } });
    const changed = (reviews: Awaited<ReturnType<typeof reviewFilesFrom>>) =>
      reviews.flatMap((review) => review.text.filter((part) => part.kind !== 'same').map((part) => `${part.kind}: ${part.text.trim()}`));
    const published = (await w.repository.published())!;
    // Since online: the whole text is new; since the review: only the sentence taken up again.
    expect(changed(await reviewFiles(w.repository, published, change!.files, {})).join('\n')).toMatch(/^added: Une phrase\./m);
    expect(changed(await reviewFilesFrom(w.repository, change!.record!.reviewed!.files, change!.files, {}))).toEqual(['removed: Une autre.', 'added: Une autre, reprise.']);
  });

  it('refuses to go on with an unreadable state, naming its file, and never reads it as empty', async () => {
    const state = path.join(w.root, '../state');
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Un texte', significant: false });
    const workflowFile = path.join(state, 'workflow.json');
    const kept = readFileSync(workflowFile, 'utf8');
    for (const broken of [kept.slice(0, kept.length / 2), JSON.stringify({ 'page:strategy': { subject: 'page:strategy', state: 'approved' } })]) {
      writeFileSync(workflowFile, broken);
      expect(() => new Workflow(state).all()).toThrow(UnreadableState);
      expect(await refusal(w.publishing.approve(dominique, 'page:strategy'))).toContain(`le fichier ${workflowFile}`);
    }
    writeFileSync(workflowFile, kept);
    // A publication without review is recorded on a list that must be readable first: nothing is published.
    writeFileSync(path.join(state, 'unreviewed.json'), '[{"commit":');
    expect(await refusal(w.publishing.publish(dominique, 'page:strategy', { reason: 'Urgence', note: '', significant: false }))).toContain('unreviewed.json');
    expect(w.remoteLog()).toHaveLength(1);
  });

  it('refuses a change that no longer passes the content check, with the check’s words', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Voir <Carte />.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Une carte', significant: false });
    expect(await refusal(w.publishing.approve(dominique, 'page:strategy'))).toMatch(/La vérification du contenu trouve 1 erreur[\s\S]*le composant `<Carte>` n’existe pas/);
    expect(await refusal(w.publishing.publish(dominique, 'page:strategy', { reason: 'Urgence', note: '', significant: false }))).toMatch(
      /Publication refusée\u202f: la vérification du contenu trouve 1 erreur/,
    );
    expect(w.remoteLog()).toHaveLength(1);
  });

  it('says the check’s problems in French, naming each page by its title and language, never its file', async () => {
    w.save(camille, 'content/en/strategy.mdx', page({ title: 'Strategy', slug: 'strategy', order: 1 }, '\nSee <Map />.\n'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'A map', significant: false });
    const said = await refusal(w.publishing.approve(dominique, 'page:strategy'));
    expect(said).toContain('La page «\u202fStrategy\u202f» (en anglais), ligne 9\u202f: le composant `<Map>` n’existe pas');
    expect(said).not.toMatch(/content\/|\.mdx|the component/);
  });

  it('stops, explains and loses nothing when the published branch changed the same page meanwhile; builds on top when it changed another', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('La version de Camille.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Camille', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    // Someone publishes elsewhere: another page first.
    const other = path.join(path.dirname(w.root), 'other');
    run(path.dirname(w.root), 'clone', '-q', w.remote, other);
    writeFileSync(path.join(other, 'content/fr/legal.mdx'), page({ title: 'Mentions', slug: 'mentions', order: 9, menu: 'footer' }, '\nAutres mentions.\n'));
    run(other, 'commit', '-qam', 'Legal notice, elsewhere');
    run(other, 'push', '-q', 'origin', 'main');
    await w.publishing.publish(dominique, 'page:strategy');
    expect(w.remoteLog().map((line) => line.split('|')[2])).toEqual(['Camille', 'Legal notice, elsewhere', 'The site as published']);

    // Then the same page, elsewhere, while another change of it waits.
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Encore Camille.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Encore', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    run(other, 'pull', '-q', '--rebase');
    writeFileSync(path.join(other, 'content/fr/strategy.mdx'), strategyFr('La version d’ailleurs.'));
    run(other, 'commit', '-qam', 'Strategy, elsewhere');
    run(other, 'push', '-q', 'origin', 'main');
    expect(await refusal(w.publishing.publish(dominique, 'page:strategy'))).toMatch(
      /^Publication arrêtée\u202f: la page «.Stratégie.» \(en français\) a changé sur le site publié depuis la relecture \(publié par Dev le .*Rien n’a été publié ni perdu/,
    );
    expect(readFileSync(path.join(w.root, 'content/fr/strategy.mdx'), 'utf8')).toContain('Encore Camille.');
    expect(w.remoteLog()[0]).toBe('Dev|Dev|Strategy, elsewhere');
  });

  it('publishes without review only with a reason, marked "not reviewed" until someone else reviews it', async () => {
    w.save(dominique, 'content/fr/strategy.mdx', strategyFr('Correction urgente.'));
    expect(await refusal(w.publishing.publish(dominique, 'page:strategy', { reason: ' ', note: '', significant: false }))).toContain('demande sa raison');
    const commit = await w.publishing.publish(dominique, 'page:strategy', { reason: 'Chiffre faux en ligne', note: 'Correction du chiffre', significant: false });
    expect(run(w.remote, 'log', '-1', '--format=%B', 'main')).toContain('Published-without-review: Chiffre faux en ligne');
    expect(w.publishing.unreviewed().map((entry) => entry.commit)).toEqual([commit]);
    expect(await refusal((async () => w.publishing.markReviewed(dominique, commit))())).toContain('quelqu’un d’autre');
    w.publishing.markReviewed({ ...alex, role: 'relecteur' }, commit);
    expect(w.publishing.unreviewed()).toEqual([]);
  });

  it('publishes a scheduled change at its minute, not before', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Sous embargo.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Annonce', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    const at = parisTime('2026-12-01T09:30');
    expect(at.toISOString()).toBe('2026-12-01T08:30:00.000Z');
    await w.publishing.schedule(dominique, 'page:strategy', at);
    w.clock.now = new Date('2026-12-01T08:29:00Z');
    expect(await w.publishing.runDue()).toEqual({ published: [], failed: [] });
    expect(w.remoteLog()).toHaveLength(1);
    w.clock.now = new Date('2026-12-01T08:30:05Z');
    expect(await w.publishing.runDue()).toEqual({ published: ['page:strategy'], failed: [] });
    expect(w.remoteLog()[0]).toBe('Camille Martin|Dominique Bernard|Annonce');
  });

  it('hands a scheduled publication to the release system ahead of its minute, and publishes exactly that commit at it', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Sous embargo.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Annonce', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    await w.publishing.schedule(dominique, 'page:strategy', parisTime('2026-12-01T09:30'));
    await w.publishing.prepareScheduled();
    const scheduled = run(w.remote, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/scheduled/').trim().split(' ');
    expect(scheduled[0]).toMatch(/^refs\/scheduled\//);
    const prepared = scheduled[1] as string;
    // The commit as it will be published, dated its minute; the published branch has not moved.
    expect(run(w.remote, 'log', '-1', '--format=%an|%cn|%s|%cI', prepared).trim()).toBe('Camille Martin|Dominique Bernard|Annonce|2026-12-01T08:30:00+00:00');
    expect(w.remoteLog()).toHaveLength(1);
    w.clock.now = new Date('2026-12-01T08:30:05Z');
    expect(await w.publishing.runDue()).toEqual({ published: ['page:strategy'], failed: [] });
    // The very commit the release system built is the one published; the request is gone.
    expect(run(w.remote, 'rev-parse', 'main').trim()).toBe(prepared);
    expect(run(w.remote, 'for-each-ref', 'refs/scheduled/').trim()).toBe('');
  });

  it('prepares a scheduled publication again when the published branch moves, and takes it back when unscheduled', async () => {
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Sous embargo.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Annonce', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    await w.publishing.schedule(dominique, 'page:strategy', parisTime('2026-12-01T09:30'));
    await w.publishing.prepareScheduled();
    const first = run(w.remote, 'for-each-ref', '--format=%(objectname)', 'refs/scheduled/').trim();
    // Someone publishes another page meanwhile: the scheduled one is prepared on top of it.
    const other = path.join(w.root, '../other');
    run(path.dirname(w.root), 'clone', '-q', w.remote, other);
    writeFileSync(path.join(other, 'content/fr/index.mdx'), `${readFileSync(path.join(other, 'content/fr/index.mdx'), 'utf8')}\nAilleurs.\n`);
    run(other, 'commit', '-qam', 'Elsewhere');
    run(other, 'push', '-q', 'origin', 'main');
    const tip = await w.repository.fetch();
    await w.publishing.prepareScheduled();
    const second = run(w.remote, 'for-each-ref', '--format=%(objectname)', 'refs/scheduled/').trim();
    expect(second).not.toBe(first);
    expect(run(w.remote, 'rev-parse', `${second}^`).trim()).toBe(tip);
    await w.publishing.unschedule(dominique, 'page:strategy');
    expect(run(w.remote, 'for-each-ref', 'refs/scheduled/').trim()).toBe('');
  });

  it('asks the release system to go back to a version that was online, for an administrator only', async () => {
    const published = (await w.repository.published()) as string;
    expect(await refusal(w.publishing.rollback(alex, published))).toContain('jamais été en ligne');
    // The release system said it was online (release/repo.ts writes these notes on the remote).
    run(
      w.remote,
      '-c',
      'user.name=Release',
      '-c',
      'user.email=r@x',
      'notes',
      '--ref',
      'releases',
      'append',
      '-m',
      JSON.stringify({ event: 'online', at: '2026-11-29T10:00:00.000Z', machine: 'web1', release: 'r1' }),
      published,
    );
    await fetchReleaseNotes(w.repository);
    expect(await refusal(w.publishing.rollback(dominique, published))).toContain('Seul un administrateur');
    await w.publishing.rollback(alex, published);
    expect(run(w.remote, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/rollback/').trim()).toBe(`refs/rollback/${w.clock.now.getTime()} ${published}`);
  });

  it('restores an old version as a change (reviewed like any other), and reverts a publication in one step', async () => {
    const outside = (await w.repository.published()) as string;
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Première version.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'v1', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    const first = await w.publishing.publish(dominique, 'page:strategy');
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Deuxième version.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'v2', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    const second = await w.publishing.publish(dominique, 'page:strategy');

    // A version made outside the studio (here, the site as it was first published by hand) is not the studio's to restore.
    expect(await refusal(w.publishing.restore(camille, 'strategy', outside))).toContain('faite dans l’espace de rédaction');
    await w.publishing.restore(camille, 'strategy', first);
    const [change] = await changesInProgress(w.repository, new Workflow(path.join(w.root, '../state')));
    expect(change).toMatchObject({ subject: 'page:strategy', state: 'draft' });
    expect(readFileSync(path.join(w.root, 'content/fr/strategy.mdx'), 'utf8')).toBe(strategyFr('Première version.'));
    run(w.root, 'reset', '-q', '--hard', 'HEAD~1');

    expect(await refusal(w.publishing.revert(dominique, second, 'Erreur'))).toContain('Seul un administrateur');
    expect(await refusal(w.publishing.revert(alex, second, ''))).toContain('raison');
    await w.publishing.revert(alex, second, 'Publiée par erreur');
    expect(w.remoteLog()[0]).toBe('Alex Moreau|Alex Moreau|Revert: v2');
    expect(run(w.remote, 'show', 'main:content/fr/strategy.mdx')).toBe(strategyFr('Première version.'));
    // The history tells each for what it was: two publications, a revert, and the site as it was before the studio.
    const kinds = (await w.repository.publications(['content/fr/strategy.mdx'])).map(({ kind, subject }) => [kind, subject]);
    expect(kinds).toEqual([
      ['revert', 'Revert: v2'],
      ['publish', 'v2'],
      ['publish', 'v1'],
      ['outside', expect.any(String)],
    ]);
    expect(await refusal(w.publishing.revert(alex, (await w.repository.published()) as string, 'Encore'))).toContain('n’est pas une publication faite dans l’espace de rédaction');
  });

  it('retires a page (both languages, with what it says), and brings it back', async () => {
    await w.publishing.retire(alex, 'strategy', { note: { fr: 'Remplacée par les priorités.', en: 'Replaced by the priorities.' } });
    const retired = run(w.remote, 'show', 'main:content/en/strategy.mdx');
    expect(retired).toMatch(/retired:\n {2}date: 2026-11-29\n {2}note: Replaced by the priorities\./);
    expect(run(w.remote, 'show', 'main:content/fr/strategy.mdx')).toContain('note: Remplacée par les priorités.');
    expect(await refusal(w.publishing.retire(dominique, 'strategy', undefined))).toContain('Seul un administrateur');
    await w.publishing.retire(alex, 'strategy', undefined);
    expect(run(w.remote, 'show', 'main:content/fr/strategy.mdx')).toBe(minimalSite['fr/strategy.mdx']);
    expect((await w.repository.publications(['content/fr/strategy.mdx'])).slice(0, 2).map(({ kind }) => kind)).toEqual(['bring-back', 'retire']);
  });
});

describe('what a publication writes into the files', () => {
  const text = '---\ntitle: Stratégie\nslug: strategie\nupdated: 2026-01-05\ndraft: false\n---\nLe texte.\n';

  it('dates a page, keeping everything else byte for byte', () => {
    expect(withUpdatedDate(text, '2026-11-29')).toBe(text.replace('2026-01-05', '2026-11-29'));
  });

  it('adds a change note at the head of the page’s notes, keeping the older ones', () => {
    const first = withUpdateNote('', { date: '2026-11-01', note: { fr: 'Première.', en: 'First.' } });
    const second = withUpdateNote(first, { date: '2026-11-29', note: { fr: 'Seconde : avec deux-points.', en: 'Second.' } });
    expect(second.indexOf('Seconde')).toBeLessThan(second.indexOf('Première'));
    expect(second.startsWith('# ')).toBe(true);
  });

  it('retires a page and brings it back to the very same text', () => {
    const retired = withRetirement(text, { date: '2026-11-29', note: 'Plus d’actualité.', replacement: 'priorities' });
    expect(retired).toContain('retired:\n  date: 2026-11-29\n  note: Plus d’actualité.\n  replacement: priorities\n---');
    expect(withRetirement(retired, undefined)).toBe(text);
  });
});

describe('what a change is about, and how its review reads', () => {
  it('puts both languages of a page and its notes together, and each data file alone', () => {
    expect(['content/fr/outils/index.mdx', 'content/en/outils/index.mdx', 'content/updates/outils.yaml'].map(subjectOf)).toEqual(['page:outils', 'page:outils', 'page:outils']);
    expect(subjectOf('content/fr/index.mdx')).toBe('page:');
    expect(subjectOf('content/data/figures.yaml')).toBe('data:figures');
  });

  it('shows the fields that changed, and the sentences added and removed', () => {
    const review = reviewOf('content/fr/x.mdx', '---\ntitle: Avant\nslug: x\n---\nUne phrase. Une autre.\n', '---\ntitle: Après\nslug: x\n---\nUne phrase. Une nouvelle.\n');
    expect(review.fields).toEqual([{ field: 'title', label: 'Titre', before: 'Avant', after: 'Après' }]);
    expect(review.text.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text.trim()])).toEqual([
      ['removed', 'Une autre.'],
      ['added', 'Une nouvelle.'],
    ]);
  });

  it('shows the values of a data file that changed, by their path', () => {
    const review = reviewOf('content/data/figures.yaml', 'countries:\n  kind: count\n  value: 100\n', 'countries:\n  kind: count\n  value: 110\n');
    expect(review.fields).toEqual([{ field: 'countries › value', label: 'countries › valeur', before: '100', after: '110' }]);
  });

  it('compares a page as its readers read it: no mark, each figure by its value, each component by its name', () => {
    const figures = { countries: { kind: 'count', value: 100, moreThan: true, label: { fr: 'Pays partenaires', en: 'Partner countries' } } } as unknown as Record<string, Figure>;
    const before = '---\ntitle: T\nslug: x\ndraft: true\nupdated: 2026-11-24\n---\nNous travaillons avec **de nombreux** pays.\n';
    const after =
      '---\ntitle: T\nslug: x\ndraft: false\nupdated: 2026-12-07\ntranslatedFrom: 45c727e3\n---\nNous travaillons avec <Figure id="countries" /> pays.\n\n<Callout title="À savoir">\n  Une remarque.\n</Callout>\n';
    const review = reviewOf('content/fr/x.mdx', before, after, figures);
    expect(review.fields.map(({ label, before: was, after: is }) => [label, was, is])).toEqual([
      ['Brouillon', 'oui', 'non'],
      ['Dernière mise à jour', '24 novembre 2026', '7 décembre 2026'],
      ['Traduction', undefined, 'à jour de la version française'],
    ]);
    const changed = review.text.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text.trim()]);
    expect(changed).toEqual([
      ['removed', 'Nous travaillons avec de nombreux pays.'],
      ['added', `Nous travaillons avec 100 pays.\n\n[Encadré « À savoir »]\n\nUne remarque.`],
    ]);
    expect(JSON.stringify(review)).not.toMatch(/\*\*|<Figure|<Callout|45c727e3/);
  });

  it('shortens long unchanged text between two words, never inside one', () => {
    const long = Array.from({ length: 80 }, (_, i) => `mot${i}`).join(' ');
    const review = reviewOf('content/fr/x.mdx', `---\ntitle: T\n---\nAvant. ${long}. Fin.\n`, `---\ntitle: T\n---\nAprès. ${long}. Fin.\n`);
    const same = review.text.filter((part) => part.kind === 'same').map((part) => part.text);
    for (const text of same) for (const word of text.split(/\s+/).filter((w) => w.startsWith('mot'))) expect(word).toMatch(/^mot\d+\.?$/);
    expect(same.join('')).toContain('[…]');
  });

  it('reads a Paris time across the change of hour', () => {
    expect(parisTime('2026-07-14T12:00').toISOString()).toBe('2026-07-14T10:00:00.000Z');
    expect(parisTime('2026-01-14T12:00').toISOString()).toBe('2026-01-14T11:00:00.000Z');
    expect(Number.isNaN(parisTime('demain').getTime())).toBe(true);
  });
});

describe('who is told by e-mail', () => {
  /** A local SMTP server, as the institution's would be: every mail it is handed, parsed. */
  async function mailbox() {
    const received: ParsedMail[] = [];
    const waiting: { count: number; resolve: () => void }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        void simpleParser(stream).then((mail) => {
          received.push(mail);
          for (const wait of waiting.filter((candidate) => received.length >= candidate.count)) wait.resolve();
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    return {
      transport: nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
      /** Answers once `count` mails have arrived. */
      until: (count: number) => new Promise<ParsedMail[]>((resolve) => (received.length >= count ? resolve(received) : waiting.push({ count, resolve: () => resolve(received) }))),
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  it('tells the reviewers a change awaits them, then its writer that it was sent back, approved and published, in French with the link', async () => {
    const box = await mailbox();
    const told: { notifier?: Notifier } = {};
    const w = await world((notice) => (told.notifier as Notifier).notify(notice));
    told.notifier = new Notifier({
      transport: box.transport,
      from: 'Espace de rédaction <redaction@inserm.invalid>',
      base: 'https://redaction.inserm.invalid',
      root: w.root,
      stateDir: path.join(w.root, '../state'),
      reviewers: () => ['dominique.bernard@inserm.invalid', 'camille.martin@inserm.invalid'],
      administrators: () => ['alex.moreau@inserm.invalid'],
    });
    w.save(camille, 'content/fr/strategy.mdx', strategyFr('Un texte.'));
    await w.publishing.submit(camille, 'page:strategy', { note: 'Texte revu', significant: false });
    const [submitted] = await box.until(1);
    // The reviewers, but not the writer, though she is listed among them.
    expect((submitted?.to as AddressObject).value.map((a) => a.address)).toEqual(['dominique.bernard@inserm.invalid']);
    expect(submitted?.subject).toBe('À relire\u202f: la page «\u202fStratégie\u202f»');
    expect(submitted?.text).toContain('Camille Martin a envoyé en relecture la page «\u202fStratégie\u202f».');
    expect(submitted?.text).toContain('https://redaction.inserm.invalid/fr/studio/changements/page%3Astrategy');
    await w.publishing.sendBack(dominique, 'page:strategy', 'Une coquille au deuxième paragraphe.');
    const [, sentBack] = await box.until(2);
    expect((sentBack?.to as AddressObject).value.map((a) => a.address)).toEqual(['camille.martin@inserm.invalid']);
    expect(sentBack?.text).toContain('Une coquille au deuxième paragraphe.');
    await w.publishing.submit(camille, 'page:strategy', { note: 'Texte revu', significant: false });
    await w.publishing.approve(dominique, 'page:strategy');
    await w.publishing.publish(dominique, 'page:strategy');
    const mails = await box.until(5);
    // Each is sent as its action ends, without waiting: they may arrive in any order.
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      [
        'À relire\u202f: la page «\u202fStratégie\u202f»',
        'Renvoyé\u202f: la page «\u202fStratégie\u202f»',
        'À relire\u202f: la page «\u202fStratégie\u202f»',
        'Approuvé\u202f: la page «\u202fStratégie\u202f»',
        'Publié\u202f: la page «\u202fStratégie\u202f»',
      ].sort(),
    );
    expect(mails.find((mail) => mail.subject?.startsWith('Publié'))?.text).toContain('https://redaction.inserm.invalid/fr/studio/historique/strategy');
    await box.close();
  });

  it('tells the administrators of a release failure once, and none of those before it was turned on', async () => {
    const box = await mailbox();
    const w = await world();
    const notifier = new Notifier({
      transport: box.transport,
      from: 'redaction@inserm.invalid',
      base: 'https://redaction.inserm.invalid',
      root: w.root,
      stateDir: path.join(w.root, '../state'),
      reviewers: () => [],
      administrators: () => ['alex.moreau@inserm.invalid'],
    });
    const published = run(w.remote, 'rev-parse', 'main').trim();
    const fail = (at: string, reason: string) =>
      run(w.remote, '-c', 'user.name=Release', '-c', 'user.email=r@x', 'notes', '--ref', 'releases', 'append', '-m', JSON.stringify({ event: 'failed', at, machine: 'web1', reason }), published);
    fail('2026-11-28T09:00:00.000Z', 'an old failure');
    await fetchReleaseNotes(w.repository);
    await notifier.releaseFailures(w.repository);
    fail('2026-11-29T13:05:00.000Z', 'la vérification des pages a échoué');
    await fetchReleaseNotes(w.repository);
    await notifier.releaseFailures(w.repository);
    await notifier.releaseFailures(w.repository);
    const [mail] = await box.until(1);
    expect(mail?.subject).toBe('Mise en ligne échouée');
    expect(mail?.text).toContain('La mise en ligne du 29 novembre 2026 à 14\u00a0h\u00a005 a échoué (serveur web1)\u202f: la vérification des pages a échoué.');
    // A record nobody can read is not taken for « nothing told »: nothing is sent.
    writeFileSync(path.join(w.root, '../state/notified-failures.json'), '{ broken');
    fail('2026-11-29T14:00:00.000Z', 'again');
    await fetchReleaseNotes(w.repository);
    await notifier.releaseFailures(w.repository);
    // The next mail sent is the only one the box holds after the first: none was sent for the broken record.
    await notifier.notify({ kind: 'approved', subject: 'page:strategy', by: dominique, writers: [camille] });
    const after = await box.until(2);
    expect(after.map((m) => m.subject)).toEqual(['Mise en ligne échouée', 'Approuvé\u202f: la page «\u202fStratégie\u202f»']);
    await box.close();
  });
});
