// npm run bench:scale [-- N] — grows a copy of the site by a section of N pages per language (real
// MDX, as an editor would write it, in French and English, each English page stamped as an up-to-date
// translation), then measures what a section of that size costs: the content check and the build
// (time, peak memory of the whole process tree), the output (pages, total size, the heaviest page,
// gzip) and the search (p50/p99 of two-word queries over one language's pages). A benchmark: not run
// by `npm test`. The copy is made under the system's temporary folder and removed at the end
// (--keep keeps it). Default N = 250. --search-only measures the search alone (no check, no build).
// --check-only measures the checks alone: the cold content check, then the check of a change as the
// review screen, the approval and the publication ask it (lib/editorial/check-change.ts): the first
// one, a one-page change after it, the same change asked again, and asked by another process (the
// preview's review screen, finding the verdict in the store).
//   npm run bench:scale -- 1000
//   npm run bench:scale -- 1000 --check-only
//   npm run bench:scale -- 5000 --search-only
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCallsSection } from './scale-content';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, 'search-only': { type: 'boolean', default: false }, 'check-only': { type: 'boolean', default: false } },
});
const N = Number(positionals[0] ?? 250);
if (!Number.isInteger(N) || N < 1) {
  console.error('Usage: npm run bench:scale -- <pages per language>');
  process.exit(2);
}

// A copy of the project: its files (those git would commit), and node_modules hard-linked (Turbopack does not follow a
// symbolic link out of the project, and a copy of node_modules would take minutes).
const copy = mkdtempSync(path.join(tmpdir(), `inserm-scale-${N}-`));
for (const file of execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
  mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
  cpSync(file, path.join(copy, file));
}
execFileSync('cp', ['-al', 'node_modules', path.join(copy, 'node_modules')]);

writeCallsSection(path.join(copy, 'content'), N);
console.log(`A copy of the site with ${N} more pages per language: ${copy}\n`);

/** Runs a command in the copy; returns its duration and the peak resident memory of its whole process tree. */
async function measured(command: string, args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: copy, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const tree = (pid: number): number[] => {
    try {
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      return [pid, ...children.flatMap(tree)];
    } catch {
      return [];
    }
  };
  const rssOf = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const sampler = setInterval(() => {
    if (child.pid)
      peak = Math.max(
        peak,
        tree(child.pid).reduce((sum, pid) => sum + rssOf(pid), 0),
      );
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(sampler);
  if (code !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`${command} ${args.join(' ')} failed (${code})`);
  }
  return { seconds: (performance.now() - started) / 1000, peak, output };
}

/** Run in the copy: the French pages indexed as the site does, then two-word queries, timed after a warm-up. */
const SEARCH_BENCH = `
import path from 'node:path';
import { openContent } from './lib/content';
import { buildSearchIndex, search } from './lib/search';
const pages = openContent({ root: path.resolve('.'), mode: 'publish' }).pagesIn('fr');
const started = performance.now();
const index = buildSearchIndex(pages, () => 'section');
const built = performance.now() - started;
const words = ['santé mondiale', 'coopération partenaires', 'appel 0042', 'jeunes chercheurs', 'colaboration santé', 'Inserm Singapour', 'maladies chroniques', 'réseaux thématiques', 'vieillissement climat', 'intranet candidature'];
const times = [];
for (let round = 0; round < 55; round += 1) {
  for (const query of words) {
    const started = performance.now();
    search(index, query);
    if (round >= 5) times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(\`p50 \${at(0.5)} ms, p99 \${at(0.99)} ms over \${pages.length} pages, \${times.length} queries (index built in \${built.toFixed(0)} ms)\`);
`;

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];

/** Run in the copy, made a git repository: the check of a change over its last commit, as the editorial server asks it. */
const CHANGE_BENCH = `
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { checkWith } from './lib/editorial/check-change';
import { Repository } from './lib/editorial/repository';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const repository = new Repository(path.resolve('.'), 'origin', 'main');
const base = git('rev-parse', 'HEAD');
const file = 'content/fr/strategy.mdx';
const blob = (text) => execFileSync('git', ['hash-object', '-w', '--stdin'], { input: text, encoding: 'utf8' }).trim();
const original = git('show', 'HEAD:' + file);
const timed = async (what, files) => {
  const started = performance.now();
  const { errors } = await checkWith(repository, base, files);
  console.log(what + '\\t' + ((performance.now() - started) / 1000).toFixed(2) + ' s, ' + errors.length + ' errors');
};
if (process.env.BENCH_ANOTHER_PROCESS) await timed('the same, another process', { [file]: blob(original + '\\nUne autre phrase.\\n') });
else {
  await timed('first change check (cold)', { [file]: blob(original + '\\nUne phrase.\\n') });
  await timed('a one-page change', { [file]: blob(original + '\\nUne autre phrase.\\n') });
  await timed('the same change again', { [file]: blob(original + '\\nUne autre phrase.\\n') });
}
`;

try {
  if (values['check-only']) await checks();
  else {
    if (!values['search-only']) await checkAndBuild();
    const search = await measured(process.execPath, ['--import', 'tsx', '-e', SEARCH_BENCH]);
    rows.push(['search, two words', search.output.trim()]);
  }
} finally {
  console.log(`\nbench:scale ${N} pages per language (${N * 2 + 26} pages in all)\n`);
  for (const [what, result] of rows) console.log(`${what.padEnd(28)}${result}`);
  if (values.keep) console.log(`\nKept: ${copy}`);
  else if (existsSync(copy)) rmSync(copy, { recursive: true, force: true });
}

async function checks() {
  const check = await measured(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts']);
  rows.push(['content check (cold)', `${check.seconds.toFixed(1)} s, peak ${gb(check.peak)}`]);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@bench.invalid', ...args], { cwd: copy, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'bench');
  // The same process as the editorial server, then another (the preview's review screen, after the submission worked the verdict out).
  for (const env of [{}, { BENCH_ANOTHER_PROCESS: '1' }] as Record<string, string>[]) {
    const change = await measured(process.execPath, ['--import', 'tsx', '-e', CHANGE_BENCH], env);
    for (const line of change.output.trim().split('\n')) {
      const [what = '', result = ''] = line.split('\t');
      if (result) rows.push([`${what} `, result]);
    }
  }
}

async function checkAndBuild() {
  const check = await measured(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts']);
  rows.push(['content check', `${check.seconds.toFixed(1)} s, peak ${gb(check.peak)}`]);
  const build = await measured('npm', ['run', 'build']);
  rows.push(['npm run build', `${build.seconds.toFixed(1)} s, peak ${gb(build.peak)}`]);

  const app = path.join(copy, '.next/server/app');
  const html: { route: string; bytes: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const text = readFileSync(full);
        html.push({ route: path.relative(app, full), bytes: statSync(full).size, gzip: gzipSync(text, { level: 9 }).length });
      }
    }
  };
  walk(app);
  const heaviest = html.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const inSection = html.filter((h) => /^(fr\/appels|en\/calls)\//.test(h.route));
  const sectionAverage = inSection.reduce((sum, h) => sum + h.gzip, 0) / Math.max(1, inSection.length);
  rows.push(['pages written', `${html.length} HTML files, ${(html.reduce((s, h) => s + h.bytes, 0) / 1024 ** 2).toFixed(1)} MB`]);
  rows.push(['heaviest page', `${heaviest.route}: ${kb(heaviest.bytes)} (${kb(heaviest.gzip)} gzip)`]);
  rows.push(['a page of the section', `${kb(sectionAverage)} gzip on average`]);
}
