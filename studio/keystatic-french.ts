import { dayOf } from '@/lib/editorial/dates';
import { keystaticWords } from '@/lib/editorial/words';

/**
 * Keystatic's screens in French, their accessible names included: each text and each name of its
 * own that it writes in English (lib/editorial/words.ts: keystaticWords) is put in French where it is
 * shown, and again whenever Keystatic draws it anew. A day it shows as data writes it
 * (`2026-11-24`, in its lists) reads as a day (« 24 novembre 2026 »).
 *
 * No library fits: Keystatic takes no dictionary for the words it writes in its components, and a
 * copy of its code would not survive an upgrade; words are matched whole, by their English, so a
 * word an upgrade changes stays visible (and the studio's test names it) instead of being lost.
 * What people write is never touched: the text being edited (`.ProseMirror`), fields' values, and
 * the editorial bar.
 */

/** The attributes that name or describe an element to a screen reader, or show on hover. */
const NAMED_BY = ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'alt'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The French of one of Keystatic's English words, or undefined when it is not one. */
export function frenchOf(english: string): string | undefined {
  const words = english.trim();
  if (!words) return undefined;
  const exact = keystaticWords.exact[words];
  if (exact !== undefined) return exact;
  for (const [pattern, say] of keystaticWords.patterns) {
    const found = pattern.exec(words);
    if (found) return say(...found.slice(1));
  }
  if (DAY.test(words)) return dayOf(words);
  return undefined;
}

/**
 * Within the text being edited or our own bar: left as it is. Keystatic's own buttons drawn in the
 * text around a component (« Edit », « Insert »: outside what is edited, contenteditable="false")
 * are its words, not the writer's.
 */
function isPeoplesText(element: Element | null): boolean {
  if (!element || element.closest('.editorial-bar, textarea, input')) return Boolean(element);
  const editor = element.closest('.ProseMirror');
  if (!editor) return false;
  const button = element.closest('button, [role="button"]');
  return !(button && editor.contains(button) && button.closest('[contenteditable="false"]'));
}

function translateText(node: Text) {
  if (isPeoplesText(node.parentElement)) return;
  const french = frenchOf(node.data);
  if (french === undefined) return;
  const [, before = '', after = ''] = /^(\s*)[^]*?(\s*)$/.exec(node.data) ?? [];
  const text = `${before}${french}${after}`;
  if (node.data !== text) node.data = text;
}

function translateNames(element: Element) {
  // The editor's empty paragraph says what to do there (ProseMirror's placeholder, drawn by CSS).
  const placeholder = element.getAttribute('data-placeholder');
  if (placeholder) {
    const french = frenchOf(placeholder);
    if (french !== undefined && french !== placeholder) element.setAttribute('data-placeholder', french);
  }
  if (isPeoplesText(element) && !element.matches('input, textarea')) return;
  for (const name of NAMED_BY) {
    const value = element.getAttribute(name);
    if (!value) continue;
    const french = frenchOf(value);
    if (french !== undefined && french !== value) element.setAttribute(name, french);
  }
}

/** Puts Keystatic's words in French under `root`, now. */
export function translateKeystatic(root: Element) {
  translateNames(root);
  for (const element of root.querySelectorAll('*')) translateNames(element);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) translateText(node as Text);
}

/** The attributes to watch: those translated, and the editor's placeholder. */
export const WATCHED_ATTRIBUTES = [...NAMED_BY, 'data-placeholder'];

/** What changed on screen, translated: the nodes added, a text changed, a name changed. */
export function translateMutations(mutations: MutationRecord[]) {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData' && mutation.target.nodeType === Node.TEXT_NODE) translateText(mutation.target as Text);
    else if (mutation.type === 'attributes' && mutation.target instanceof Element) translateNames(mutation.target);
    else
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) translateText(node as Text);
        else if (node instanceof Element) translateKeystatic(node);
      }
  }
}
