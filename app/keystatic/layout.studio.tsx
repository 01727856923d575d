import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// Keystatic's font, served by this server (Keystatic asks Google Fonts for it; the editorial server's policy refuses any third party).
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@/studio/editorial-bar.css';
import { Studio } from '@/studio/Studio';
import { studioChoices } from '@/studio/choices';
import { studioText } from '@/lib/editorial/words';

// The studio (Keystatic), in the preview only: a `.studio.tsx` layout, which next.config.ts routes
// under `npm run studio` alone. Keystatic draws the whole page; its pages below render nothing.

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: `Studio – ${studioText.brand}`, robots: { index: false }, icons: { icon: '/icon.svg' } };

export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        {/* Keystatic's small grey headings (#8e8e8e on white, 3.3:1) are drawn in its darker grey: 4.5:1 at least. */}
        {/* On a phone, the editor's header (its path, its actions, « Sauvegarder ») holds in the width: the path gives way. */}
        <style>
          {'main{--kui-color-foreground-neutral-tertiary:var(--kui-color-foreground-neutral-secondary)}' +
            '@media (max-width:480px){#keystatic-main-panel>header nav{min-width:0;flex:1 1 0;overflow:hidden}#keystatic-main-panel>header>div>div{flex-shrink:0}}'}
        </style>
        <Studio choices={studioChoices()} />
        {children}
      </body>
    </html>
  );
}
