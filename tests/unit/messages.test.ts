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
