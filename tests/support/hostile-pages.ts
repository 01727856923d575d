/**
 * What a writer might save in a page, as an attacker would write it: one page text per construct
 * the dialect refuses, the code any of them holds writing `marker` if it ever ran; what the French
 * refusal says, and its line in a page whose text starts on line 9 (when it is not that one).
 */
export interface HostilePage {
  construct: string;
  body: string;
  says: RegExp;
  line?: number;
}

export function hostilePages(marker: string): HostilePage[] {
  // What code in a page would run to leave its mark: Node's own modules, reachable from any JavaScript it runs.
  const write = `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
  return [
    { construct: 'export', body: `export const x = ${write}`, says: /^`import` et `export` ne sont pas permis/ },
    { construct: 'import', body: `import fs from 'node:fs'`, says: /^`import` et `export` ne sont pas permis/ },
    { construct: 'an expression in the text', body: `Le secret : {process.env.EDITORIAL_SESSION_SECRET}.`, says: /^les expressions entre accolades ne sont pas permises/ },
    { construct: 'a function call', body: `{${write}}`, says: /^les expressions entre accolades ne sont pas permises/ },
    { construct: 'a comment', body: '{/* une note */}', says: /^les expressions entre accolades ne sont pas permises/ },
    { construct: '<script>', body: `<script>{${write}}</script>`, says: /^la balise HTML `<script>` n’est pas permise/ },
    { construct: '<iframe>', body: '<iframe src="https://elsewhere.example/"></iframe>', says: /^la balise HTML `<iframe>` n’est pas permise/ },
    { construct: '<meta http-equiv="refresh">', body: '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/" />', says: /^la balise HTML `<meta>` n’est pas permise/ },
    {
      construct: 'dangerouslySetInnerHTML',
      body: '<Callout dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }}>x</Callout>',
      says: /^`<Callout>` n’a pas d’attribut `dangerouslySetInnerHTML`/,
    },
    { construct: '<form> to another site', body: '<form action="https://elsewhere.example/"><button>Valider</button></form>', says: /^la balise HTML `<form>` n’est pas permise/ },
    { construct: 'a javascript: link', body: '[Voir](javascript:alert(document.cookie))', says: /^l’adresse `javascript:alert\(document\.cookie\)` n’est pas permise/ },
    { construct: 'a javascript: link broken by a tab', body: '[Voir](<java\tscript:alert(1)>)', says: /^l’adresse `java�script:alert\(1\)` n’est pas permise/ },
    { construct: 'a javascript: link as a reference', body: '[Voir][x]\n\n[x]: JavaScript:alert(1)', says: /^l’adresse `JavaScript:alert\(1\)` n’est pas permise/, line: 11 },
    { construct: 'a data: link', body: '[Voir](data:text/html;base64,PHNjcmlwdD4=)', says: /^l’adresse `data:text\/html;base64,PHNjcmlwdD4=` n’est pas permise/ },
    { construct: 'a link to another site without a scheme', body: '[Voir](//elsewhere.example)', says: /^l’adresse `\/\/elsewhere\.example` n’est pas permise/ },
    {
      construct: 'a card leading to javascript:',
      body: '<Cards>\n  <Card href="javascript:alert(1)" title="Voir">x</Card>\n</Cards>',
      says: /^l’adresse `javascript:alert\(1\)` n’est pas permise/,
      line: 10,
    },
    { construct: 'an onClick on <Callout>', body: '<Callout onClick="alert(1)">x</Callout>', says: /^`<Callout>` n’a pas d’attribut `onClick`/ },
    { construct: 'a spread', body: '<Callout {...globalThis}>x</Callout>', says: /^des accolades dans la balise `<Callout>` ne sont pas permises/ },
    { construct: 'an attribute given as an expression', body: `<Callout title={${write}}>x</Callout>`, says: /^la valeur de `title` dans `<Callout>` est entre accolades/ },
    { construct: '<object>', body: '<object data="/x.swf"></object>', says: /^la balise HTML `<object>` n’est pas permise/ },
    { construct: 'an HTML link', body: '<a href="https://elsewhere.example/">ici</a>', says: /^la balise HTML `<a>` n’est pas permise.*`\[texte du lien\]\(\/fr\/page\)`/ },
    { construct: 'a fragment', body: '<>texte</>', says: /^`<>` et `<\/>` ne sont pas des composants/ },
    { construct: 'a member expression as a name', body: '<Callout.constructor>x</Callout.constructor>', says: /^le composant `<Callout\.constructor>` n’existe pas/ },
    { construct: 'an unknown component', body: '<Script>x</Script>', says: /^le composant `<Script>` n’existe pas/ },
    { construct: 'a Markdown image', body: '![Carte](https://elsewhere.example/pixel.png)', says: /^une image en Markdown/ },
    { construct: 'a footnote', body: 'Texte[^1].\n\n[^1]: Note.', says: /^les notes de bas de page/ },
    // A second frontmatter at the start of the text: Markdown there, not YAML, for every door.
    { construct: 'a second frontmatter', body: `---\n{${write}}\n---`, says: /^les expressions entre accolades ne sont pas permises/, line: 10 },
    { construct: 'a javascript: link in character references', body: '[Voir](&#106;avascript&colon;alert(1))', says: /^l’adresse `javascript:alert\(1\)` n’est pas permise/ },
    { construct: 'a boolean attribute', body: '<Callout title>x</Callout>', says: /^l’attribut `title` de `<Callout>` n’a pas de valeur/ },
  ];
}
