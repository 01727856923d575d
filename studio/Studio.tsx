'use client';

import type { Config } from '@keystatic/core';
import { Keystatic } from '@keystatic/core/ui';
import { useEffect, useMemo } from 'react';
import { EditorialBar } from './EditorialBar';
import { translateKeystatic, translateMutations, WATCHED_ATTRIBUTES } from './keystatic-french';
import { studioText } from '@/lib/editorial/words';
import { type StudioChoices, studioConfig } from '@/studio/config';

/** Keystatic's icons (their drawing's first stroke) and what their buttons do. */
const ICONS: [string, string][] = [
  ['M17 3a2.85 ', studioText.iconButtons.edit],
  ['M3 6h18', studioText.iconButtons.remove],
  ['M12 3H5a2 2 ', studioText.iconButtons.editLink],
  ['M15 3h6v6', studioText.iconButtons.openLink],
  ['m18.84 12.25', studioText.iconButtons.unlink],
];

/**
 * What axe finds in Keystatic 0.6.9's own screens, mended in place. Its buttons that show only an
 * icon (the text editor's insert menu, a component's or a link's edit and remove, a list item's
 * delete) name themselves with a tooltip shown on hover, so a screen reader hears a button with no
 * name (button-name): each gets one from its icon. A required field that is not a text box marks its
 * asterisk with an aria-label on a bare span (aria-prohibited-attr): the span becomes an image.
 */
function mendKeystatic() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button:not([aria-label]):not([aria-labelledby])')) {
    if (button.textContent?.trim()) continue;
    const drawing = button.querySelector('svg path')?.getAttribute('d') ?? '';
    const name = button.hasAttribute('aria-haspopup') ? studioText.insertMenu : ICONS.find(([icon]) => drawing.startsWith(icon))?.[1];
    if (name) button.setAttribute('aria-label', name);
  }
  for (const asterisk of document.querySelectorAll('span[aria-label]:not([role])')) asterisk.setAttribute('role', 'img');
}

/**
 * Once an element is inserted from the editor's menu (« Insérer un élément »), the text keeps the
 * cursor, just after what was inserted: Keystatic's menu keeps the focus, then gives it back to its
 * own button, where the next keystrokes would drive the menu or the toolbar (and insert what they
 * pick) instead of writing. As soon as the text changes, the editor takes the focus, its cursor
 * after the element inserted within a line (a figure; after a block, where the editor puts it);
 * and again if the menu's button takes it back.
 */
function keepWriting(event: Event) {
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  const item = event.target instanceof Element ? event.target.closest('[role="menuitem"]') : null;
  const menu = item?.closest('[role="menu"]');
  const trigger = menu && document.getElementById(menu.getAttribute('aria-labelledby') ?? '');
  const editor = document.querySelector<HTMLElement>('.ProseMirror');
  if (!trigger || !editor || trigger.getAttribute('aria-label') !== studioText.insertMenu) return;
  let inLine: Element | undefined;
  const write = () => {
    editor.focus();
    if (!inLine?.isConnected) return;
    const cursor = document.createRange();
    cursor.setStartAfter(inLine);
    cursor.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(cursor);
  };
  // The insertion changes the text within the menu's action: the focus moves right after it, before any other key.
  const watch = new MutationObserver((records) => {
    watch.disconnect();
    inLine = records
      .flatMap((record) => [...record.addedNodes])
      .filter((node): node is Element => node instanceof Element)
      .map((element) => {
        let top: Element = element;
        while (top.parentElement && top.parentElement !== editor && top.parentElement.tagName !== 'P') top = top.parentElement;
        return top;
      })
      .find((top) => top.parentElement?.tagName === 'P' && editor.contains(top));
    write();
  });
  watch.observe(editor, { childList: true, subtree: true });
  const back = (focused: FocusEvent) => {
    if (focused.target !== trigger) return;
    document.removeEventListener('focusin', back, true);
    write();
  };
  document.addEventListener('focusin', back, true);
  window.setTimeout(() => {
    watch.disconnect();
    document.removeEventListener('focusin', back, true);
  }, 2000);
}

/** Keystatic's application (what @keystatic/next's makePage draws), with the menus of content/data as the server read them. */
export function Studio({ choices }: { choices: StudioChoices }) {
  // (Keystatic's own makePage widens the type the same way.)
  const config = useMemo(() => studioConfig(choices) as unknown as Config, [choices]);
  useEffect(() => {
    mendKeystatic();
    translateKeystatic(document.body);
    const observer = new MutationObserver((mutations) => {
      // What is mended is new elements: not each keystroke's change of text.
      if (mutations.some((mutation) => mutation.type === 'childList')) mendKeystatic();
      translateMutations(mutations);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    document.addEventListener('click', keepWriting, true);
    document.addEventListener('keydown', keepWriting, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', keepWriting, true);
      document.removeEventListener('keydown', keepWriting, true);
    };
  }, []);
  return (
    <>
      <EditorialBar />
      <Keystatic config={config} />
    </>
  );
}
