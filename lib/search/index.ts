import MiniSearch, { type SearchResult } from 'minisearch';
import type { ContentPage } from '../content';
import { normalizeWord, WORD } from './normalize';

/** What the index keeps of a page, and what a result shows. */
interface SearchDocument {
  id: string;
  path: string;
  title: string;
  description: string;
  headings: string;
  text: string;
  section: string;
}

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

interface SearchHit {
  path: string;
  title: string;
  section: string;
  snippet: SnippetPart[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Spellings close to the query that do find pages, when it finds none. */
  suggestions: string[];
}

const SNIPPET_LENGTH = 220;

function documentOf(page: ContentPage, sectionTitle: string): SearchDocument {
  return {
    id: page.path,
    path: page.path,
    title: page.frontmatter.title,
    description: page.frontmatter.description,
    headings: page.headings.map((h) => h.text).join(' · '),
    text: page.texts.map((t) => t.value).join(' '),
    section: sectionTitle,
  };
}

/**
 * A full-text index of one language's pages (MiniSearch), accent- and case-insensitive, titles
 * and headings weighing more than text. Fallback pages are left out: they repeat another language.
 */
export function buildSearchIndex(pages: ContentPage[], sectionTitle: (page: ContentPage) => string) {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'headings', 'description', 'text'],
    storeFields: ['path', 'title', 'description', 'text', 'section'],
    tokenize: (text) => text.match(WORD) ?? [],
    processTerm: (term) => normalizeWord(term),
    // Typos are forgiven in words of five letters or more, by at most two letters: in a shorter word, one
    // letter off finds other words (« ans », « les », « des ») more often than the one meant.
    searchOptions: { boost: { title: 4, headings: 2, description: 1.5 }, prefix: true, fuzzy: (term) => (term.length >= 5 ? 0.2 : false), maxFuzzy: 2, combineWith: 'AND' },
  });
  index.addAll(pages.filter((p) => !p.isFallback).map((page) => documentOf(page, sectionTitle(page))));
  return index;
}

export type SearchIndex = ReturnType<typeof buildSearchIndex>;

/** Results for a query, best first, each with a snippet in which the matched words are marked. */
export function search(index: SearchIndex, query: string, limit = 20): SearchOutcome {
  const trimmed = query.trim().slice(0, 200);
  if (!trimmed) return { hits: [], suggestions: [] };
  const results = index.search(trimmed);
  if (results.length === 0) {
    const suggestions = index
      .autoSuggest(trimmed, { fuzzy: 0.3, prefix: true, combineWith: 'OR' })
      .map((s) => s.suggestion)
      .filter((s) => normalizeWord(s) !== normalizeWord(trimmed))
      .slice(0, 3);
    return { hits: [], suggestions };
  }
  return { hits: results.slice(0, limit).map((result) => hitOf(result)), suggestions: [] };
}

function hitOf(result: SearchResult): SearchHit {
  const matched = new Set(result.terms);
  const isMatch = (word: string) => {
    const normalized = normalizeWord(word);
    return [...matched].some((term) => normalized.startsWith(term));
  };
  const source = [String(result.description ?? ''), String(result.text ?? '')].find((text) => [...text.matchAll(WORD)].some((m) => isMatch(m[0]))) ?? String(result.description ?? '');
  return { path: String(result.path), title: String(result.title), section: String(result.section), snippet: snippetOf(source, isMatch) };
}

/** About SNIPPET_LENGTH characters around the first match, cut at word boundaries, matches marked. */
export function snippetOf(text: string, isMatch: (word: string) => boolean): SnippetPart[] {
  const words = [...text.matchAll(WORD)];
  const first = words.find((m) => isMatch(m[0]));
  let start = first ? Math.max(0, (first.index ?? 0) - SNIPPET_LENGTH / 3) : 0;
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1);
  const excerpt = text.slice(start, end);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const match of excerpt.matchAll(WORD)) {
    if (!isMatch(match[0])) continue;
    const at = match.index ?? 0;
    if (at > cursor) parts.push({ text: excerpt.slice(cursor, at), isMatch: false });
    parts.push({ text: match[0], isMatch: true });
    cursor = at + match[0].length;
  }
  if (cursor < excerpt.length) parts.push({ text: excerpt.slice(cursor), isMatch: false });
  if (start > 0) parts.unshift({ text: '… ', isMatch: false });
  if (end < text.length) parts.push({ text: ' …', isMatch: false });
  return parts;
}
