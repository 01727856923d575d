import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

type Messages = { [key: string]: string | Messages };
const keys = (messages: Messages, prefix = ''): string[] => Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
const lookup = (messages: Messages, path: string) => path.split('.').reduce<string | Messages>((m, k) => (m as Messages)[k] as Messages, messages) as string;
// `{name}` and `{name, plural, …}` arguments, and `<tag>` rich-text tags; plural branches are text, not placeholders.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[},]|<\/?(\w+)>/g)].map((m) => m[0]).sort();

describe('interface messages', () => {
  it('have the same keys in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('use the same placeholders and tags in both languages', () => {
    for (const key of keys(fr)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(fr, key)));
  });

  it('use French typography in French: no plain space before : ; ! ? and typographic apostrophes', () => {
    for (const key of keys(fr)) {
      expect(lookup(fr, key), key).not.toMatch(/ [:;!?]|'/);
    }
  });
});

describe('the editors’ words', () => {
  // Settings, logs and the demo speak to the person who runs the servers, in both languages, where they are read;
  // the demonstration identity provider (editorial/idp/) stands for the institution's, with its own pages.
  const FOR_OPERATORS = new Set(['editorial/config.ts', 'editorial/demo.ts', 'editorial/run.ts', 'editorial/remote.ts']);
  const sourcesOf = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'idp' ? [] : sourcesOf(path.join(dir, entry.name))) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
    );
  it('live in one place: no French sentence is written in the studio’s or the editorial server’s code', () => {
    const found = ['studio', 'editorial']
      .flatMap((dir) => sourcesOf(dir))
      .filter((file) => !FOR_OPERATORS.has(file))
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
          .replace(/^\s*\/\/.*$/gm, '')
          .replace(/\s\/\/ .*$/gm, '')
          .replace(/console\.(?:warn|error|log)\([^\n]*\n/g, '\n');
        return code.split('\n').flatMap((line, index) => (/[àâçéèêëîïôûùœ’]/i.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 80)}`] : []));
      });
    expect(found).toEqual([]);
  });
});
