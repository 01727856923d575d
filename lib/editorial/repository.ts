import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { editorialWords } from './words';

const run = promisify(execFile);

/**
 * git itself, the one way the editorial side runs it (the checkout, its remote, its merges): its
 * output as text (an archive's bytes: `extract`). `cwd` is the checkout; `input` goes to git's
 * standard input. The release system, which runs alone, has its own (release/repo.ts).
 */
export async function runGit(cwd: string, args: string[], options: { env?: Record<string, string>; input?: string; timeout?: number } = {}): Promise<string> {
  const child = run('git', args, { cwd, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024, timeout: options.timeout });
  if (options.input !== undefined) child.child.stdin?.end(options.input);
  return (await child).stdout;
}

async function gitBytes(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Who the editorial server is when it acts itself: it commits the saves (their author the person who saved), and records what it did on its own. */
export const STUDIO_IDENTITY: Identity = { name: editorialWords.records.itself, email: 'redaction@inserm.invalid' };
const COMMITTER = { GIT_COMMITTER_NAME: STUDIO_IDENTITY.name, GIT_COMMITTER_EMAIL: STUDIO_IDENTITY.email };

/**
 * The editorial checkout and its remote, through git itself: what is published (the published branch
 * of the remote, any plain git remote), what the team has saved since (the checkout's branch, one
 * commit per save), and the publications: one commit each on the published branch, built from the
 * published tree and a change's files, pushed without ever forcing.
 */

export interface Identity {
  name: string;
  email: string;
}

/** A publication as the published branch records it. */
export interface Publication {
  commit: string;
  /** The person who wrote the change (the commit's author). */
  author: Identity;
  /** The person who published it (the commit's committer). */
  publisher: Identity;
  at: string;
  /** The commit message's first line and the rest: the internal note. */
  subject: string;
  body: string;
  reviewedBy?: string;
  withoutReview?: string;
  /** What it was, from its trailers (and, for those made before the trailer, its form): made in the studio, or outside it. */
  kind: PublicationKind;
  /** For a revert, the publication it undid. */
  reverts?: string;
}

/** What a commit of the published branch was: one of the studio's actions, or a change made outside it (by hand, by the code's own work). */
type PublicationKind = 'publish' | 'revert' | 'retire' | 'bring-back' | 'outside';
export const EDITORIAL_ACTION_TRAILER = 'Editorial-action';
const KINDS: readonly PublicationKind[] = ['publish', 'revert', 'retire', 'bring-back'];

function kindOf(action: string, subject: string, reviewed: boolean, reverts: string): PublicationKind {
  const named = KINDS.find((kind) => kind === action);
  if (named) return named;
  // Before the trailer: the studio's publications carried a review trailer, its reverts `Reverts:`, its retirements their own subject.
  if (reviewed) return 'publish';
  if (reverts && subject.startsWith('Revert: ')) return 'revert';
  if (/^Retire: [a-z0-9/-]+$/.test(subject)) return 'retire';
  if (/^Bring back: [a-z0-9/-]+$/.test(subject)) return 'bring-back';
  return 'outside';
}

/** A file's version: its git blob name, or null for a file that is not there. */
export type Version = string | null;

const SEPARATOR = '\u001e';

export class Repository {
  constructor(
    readonly root: string,
    readonly remote: string,
    readonly branch: string,
  ) {}

  /** A git command in the checkout, its output. */
  async git(args: string[], env: Record<string, string> = {}, input?: string): Promise<string> {
    return runGit(this.root, args, { env, input });
  }

  /** Writes a commit's files under `paths` into `dir` (to check a tree without a checkout of it). */
  async extract(commit: string, paths: readonly string[], dir: string): Promise<void> {
    const present = (await this.git(['ls-tree', '--name-only', '--end-of-options', commit, '--', ...paths])).split('\n').filter(Boolean);
    if (present.length === 0) return;
    const archive = await gitBytes(this.root, ['archive', '--format=tar', '--end-of-options', commit, ...present]);
    const tar = run('tar', ['-x', '-C', dir]);
    tar.child.stdin?.end(archive);
    await tar;
  }

  /** The commit a name stands for (`main`, `HEAD`, a remote-tracking branch). */
  async commitOf(name: string): Promise<string> {
    return (await this.git(['rev-parse', '--verify', '--end-of-options', `${name}^{commit}`])).trim();
  }

  /**
   * Records what changed under content/ as one commit, its author the person who saved it, and
   * answers the files it holds (none: nothing changed, nothing recorded). The commit is the save's
   * record: who, when, and exactly what.
   */
  async recordSave(person: Identity, what: string): Promise<string[]> {
    await this.git(['add', '-A', '--', 'content']);
    const files = (await this.git(['diff', '--cached', '--name-only', '--', 'content'])).split('\n').filter(Boolean);
    if (files.length === 0) return [];
    const subject = `${what}: ${files.length === 1 ? files[0] : `${files.length} files`}`;
    await this.git(['commit', '--quiet', '--no-verify', `--author=${person.name} <${person.email}>`, '-m', subject, '-m', files.join('\n')], COMMITTER);
    return files;
  }

  /** Who last saved a file, and when, as its last commit says. */
  async lastSaveOf(file: string): Promise<(Identity & { at: Date }) | undefined> {
    const line = (await this.git(['log', '-1', '--format=%an%x00%ae%x00%aI', '--', file]).catch(() => '')).trim();
    if (!line) return undefined;
    const [name = '', email = '', at = ''] = line.split('\0');
    return { name, email, at: new Date(at) };
  }

  /** The identity git is configured with in the checkout: the person of `npm run studio`. */
  async identity(): Promise<Identity> {
    const read = (key: string) =>
      this.git(['config', key]).then(
        (value) => value.trim(),
        () => '',
      );
    const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
    return { name: name || 'Rédaction', email: email || 'redaction@localhost' };
  }

  /** The checkout's remotes, by name. */
  async remotes(): Promise<string[]> {
    return (await this.git(['remote'])).split('\n').filter(Boolean);
  }

  /** Fails, with git's words, unless `address` answers as a git repository (within 30 s). */
  async reachable(address: string): Promise<void> {
    await runGit(this.root, ['ls-remote', '--heads', '--end-of-options', address], { timeout: 30_000 });
  }

  /** Names a remote repository in the checkout (or names it again, at another address). */
  async nameRemote(name: string, address: string): Promise<void> {
    if ((await this.remotes()).includes(name)) await this.git(['remote', 'set-url', '--', name, address]);
    else await this.git(['remote', 'add', '--', name, address]);
  }

  /** The remote-tracking reference of the published branch. */
  get publishedRef() {
    return `refs/remotes/${this.remote}/${this.branch}`;
  }

  /** The published commit as last fetched, or undefined when it never was. */
  async published(): Promise<string | undefined> {
    try {
      return (await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${this.publishedRef}^{commit}`])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Fetches the published branch from the remote; answers its commit. */
  async fetch(): Promise<string> {
    await this.git(['fetch', '--quiet', '--no-tags', '--end-of-options', this.remote, `+refs/heads/${this.branch}:${this.publishedRef}`]);
    const commit = await this.published();
    if (!commit) throw new Error(`the remote ${this.remote} has no branch ${this.branch}`);
    return commit;
  }

  /** The versions of files in a commit (null where the file is not there). */
  async versionsAt(commit: string, files: readonly string[]): Promise<Record<string, Version>> {
    if (files.length === 0) return {};
    const listed = await this.git(['ls-tree', '-z', '--end-of-options', commit, '--', ...files]);
    const versions: Record<string, Version> = Object.fromEntries(files.map((file) => [file, null]));
    for (const entry of listed.split('\0').filter(Boolean)) {
      const [meta = '', file = ''] = entry.split('\t');
      const blob = meta.split(' ')[2];
      if (file in versions && blob) versions[file] = blob;
    }
    return versions;
  }

  /** The text of a version ('' for none). */
  async text(version: Version): Promise<string> {
    return version ? this.git(['cat-file', 'blob', '--end-of-options', version]) : '';
  }

  /** Stores a text as a version, and answers its name. */
  async store(text: string): Promise<string> {
    return (await this.git(['hash-object', '-w', '--stdin'], {}, text)).trim();
  }

  /** The files of content/ whose version differs between the published commit and `to` (the checkout's last save by default). */
  async differingFiles(published: string, to = 'HEAD'): Promise<string[]> {
    const output = await this.git(['diff', '--name-only', '-z', '--no-renames', '--end-of-options', published, to, '--', 'content']);
    return output.split('\0').filter(Boolean).sort();
  }

  /** The people who saved these files since the published commit, the first to save first. */
  async writersSince(published: string, files: readonly string[]): Promise<Identity[]> {
    if (files.length === 0) return [];
    const output = await this.git(['log', '--reverse', '--format=%an%x00%ae', '--end-of-options', `${published}..HEAD`, '--', ...files]);
    const seen = new Map<string, Identity>();
    for (const line of output.split('\n').filter(Boolean)) {
      const [name = '', email = ''] = line.split('\0');
      if (!seen.has(email.toLowerCase())) seen.set(email.toLowerCase(), { name, email });
    }
    return [...seen.values()];
  }

  /** When these files were first saved since the published commit (the change's age), if they were. */
  async firstSaveSince(published: string, files: readonly string[]): Promise<string | undefined> {
    if (files.length === 0) return undefined;
    const output = await this.git(['log', '--reverse', '--format=%aI', '--end-of-options', `${published}..HEAD`, '--', ...files]);
    return output.split('\n').find(Boolean);
  }

  /** The publications of the published branch touching these files (all, without files), newest first. */
  async publications(files: readonly string[] = [], limit = 200): Promise<Publication[]> {
    const published = await this.published();
    if (!published) return [];
    const format = [
      '%H',
      '%an',
      '%ae',
      '%cn',
      '%ce',
      '%cI',
      '%s',
      '%b',
      '%(trailers:key=Reviewed-by,valueonly,separator=%x2C)',
      '%(trailers:key=Published-without-review,valueonly,separator=%x20)',
      `%(trailers:key=${EDITORIAL_ACTION_TRAILER},valueonly,separator=%x20)`,
      '%(trailers:key=Reverts,valueonly,separator=%x20)',
    ].join('%x00');
    const output = await this.git(['log', `-n${limit}`, `--format=${format}%x1e`, '--end-of-options', published, '--', ...(files.length ? files : ['content'])]);
    return output
      .split(SEPARATOR)
      .map((record) => record.replace(/^\n+/, ''))
      .filter((record) => record.trim())
      .map((record) => {
        const [commit = '', an = '', ae = '', cn = '', ce = '', at = '', subject = '', body = '', reviewed = '', without = '', action = '', reverts = ''] = record.split('\0');
        return {
          commit,
          author: { name: an, email: ae },
          publisher: { name: cn, email: ce },
          at,
          subject,
          body: body.trim(),
          reviewedBy: reviewed.trim() || undefined,
          withoutReview: without.trim() || undefined,
          kind: kindOf(action.trim(), subject, Boolean(reviewed.trim() || without.trim()), reverts.trim()),
          reverts: reverts.trim() || undefined,
        };
      });
  }

  /** Whether a commit is one of the published branch's (as last fetched): false for any other name. */
  async isPublished(commit: string): Promise<boolean> {
    const published = await this.published();
    if (!published) return false;
    return this.git(['merge-base', '--is-ancestor', '--end-of-options', commit, published]).then(
      () => true,
      () => false,
    );
  }

  /** The files a commit changed under content/. */
  async filesOf(commit: string): Promise<string[]> {
    return (await this.git(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', '--end-of-options', `${commit}^`, commit, '--', 'content'])).split('\0').filter(Boolean);
  }

  /**
   * A publication commit on top of `parent`: its tree the parent's, these files set to these
   * versions (null: removed). Built in a throwaway index: the checkout's own files are untouched.
   */
  async buildCommit({
    parent,
    files,
    author,
    publisher,
    message,
    date,
  }: {
    parent: string;
    files: Record<string, Version>;
    author: Identity;
    publisher: Identity;
    message: string;
    /** Its date (a scheduled publication is dated its minute); now by default. */
    date?: Date;
  }): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'publication-'));
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      await this.git(['read-tree', '--end-of-options', parent], env);
      for (const [file, version] of Object.entries(files)) {
        if (version) await this.git(['update-index', '--add', '--cacheinfo', `100644,${version},${file}`], env);
        else await this.git(['update-index', '--force-remove', '--', file], env);
      }
      const tree = (await this.git(['write-tree'], env)).trim();
      const identity = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: publisher.name,
        GIT_COMMITTER_EMAIL: publisher.email,
        ...(date ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() } : {}),
      };
      return (await this.git(['commit-tree', '-p', parent, '-F', '-', '--end-of-options', tree], identity, message)).trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Pushes a commit as the published branch's new tip: refused (never forced) when the remote moved meanwhile. */
  async push(commit: string): Promise<'pushed' | 'moved'> {
    try {
      await this.git(['push', '--quiet', '--porcelain', '--end-of-options', this.remote, `${commit}:refs/heads/${this.branch}`]);
      await this.git(['update-ref', '--end-of-options', this.publishedRef, commit]);
      return 'pushed';
    } catch (error) {
      const text = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
      if (/\[rejected\]|non-fast-forward|fetch first|stale info/i.test(text)) return 'moved';
      throw error;
    }
  }

  /** Sets a reference of the remote outside its branches (a scheduled publication's, a rollback request's), or removes it (null). */
  async setRemoteRef(ref: string, commit: string | null): Promise<void> {
    if (!/^refs\/(scheduled|rollback)\/[\w.-]+$/.test(ref)) throw new Error(`not a reference the editorial server sets: ${ref}`);
    await this.git(['push', '--quiet', '--force', '--end-of-options', this.remote, commit ? `${commit}:${ref}` : `:${ref}`]);
  }

  /**
   * Brings what was published into the checkout's branch, so that the two agree again (a publication
   * commit holds the same versions as the saves it publishes). A merge that would clash is not made.
   */
  async mergePublished(identity: Identity): Promise<'merged' | 'clash'> {
    const published = await this.published();
    if (!published) return 'merged';
    const env = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email };
    try {
      await this.git(['merge', '--quiet', '--no-edit', '--no-verify', '-m', `Merge what is published (${this.remote}/${this.branch})`, '--end-of-options', published], env);
      return 'merged';
    } catch {
      await this.git(['merge', '--abort']).catch(() => undefined);
      return 'clash';
    }
  }
}
