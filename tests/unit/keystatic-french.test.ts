// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { frenchOf, translateKeystatic, translateMutations, WATCHED_ATTRIBUTES } from '@/studio/keystatic-french';

// Keystatic's own English words, in French where they are shown and announced (studio/keystatic-french.ts).

describe('Keystatic’s words in French', () => {
  it('says its words, counts, headings and days in French', () => {
    expect(frenchOf('Unsaved')).toBe('Non enregistrée');
    expect(frenchOf(' Edit ')).toBe('Modifier');
    expect(frenchOf('13 entries')).toBe('13 pages');
    expect(frenchOf('1 entry')).toBe('1 page');
    expect(frenchOf('Heading 2')).toBe('Titre de niveau 2');
    expect(frenchOf('2026-11-24')).toBe('24 novembre 2026');
    expect(frenchOf('Une phrase à nous')).toBeUndefined();
  });

  it('translates texts and accessible names, and never what people write', () => {
    document.body.innerHTML = `
      <button aria-label="Bold" title="Bold"><span>Edit</span></button>
      <div class="ProseMirror"><p>Edit</p><p data-placeholder='Start writing or press "/" for commands…'></p>
        <div><div contenteditable="false"><span>Encadré</span><button id="chrome"><span>Edit</span></button></div><div><p><button>Insert</button></p></div></div></div>
      <div class="editorial-bar"><span>Preview</span></div>
      <input placeholder="Save" value="Edit">`;
    translateKeystatic(document.body);
    const button = document.querySelector('button')!;
    expect([button.getAttribute('aria-label'), button.getAttribute('title'), button.textContent]).toEqual(['Gras', 'Gras', 'Modifier']);
    expect(document.querySelector('.ProseMirror p')!.textContent).toBe('Edit');
    // Keystatic's own buttons around a component, drawn in the text but not part of it.
    expect(document.getElementById('chrome')!.textContent).toBe('Modifier');
    expect(document.querySelector('.ProseMirror p button')!.textContent).toBe('Insert');
    expect(document.querySelector('[data-placeholder]')!.getAttribute('data-placeholder')).toBe('Écrivez, ou tapez « / » pour insérer un élément…');
    expect(document.querySelector('.editorial-bar')!.textContent).toBe('Preview');
    expect(document.querySelector('input')!.value).toBe('Edit');
    expect(document.querySelector('input')!.getAttribute('placeholder')).toBe('Sauvegarder');
  });

  it('translates again what Keystatic draws anew', async () => {
    document.body.innerHTML = '<main><span id="state">Sauvegarder</span></main>';
    const observer = new MutationObserver(translateMutations);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    const state = document.getElementById('state')!;
    state.firstChild!.nodeValue = 'Unsaved';
    state.setAttribute('aria-label', 'Changed');
    const menu = document.createElement('div');
    menu.innerHTML = '<div role="menuitem">Delete entry…</div>';
    document.body.append(menu);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect([state.textContent, state.getAttribute('aria-label'), menu.textContent]).toEqual(['Non enregistrée', 'Modifiée', 'Supprimer la page…']);
  });
});
