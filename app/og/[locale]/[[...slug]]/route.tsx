import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ImageResponse } from 'next/og';
import { routing } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

// The social preview of each page, per language: /og/fr/strategie. Drawn once and kept: those of the
// home and top-level pages at build time, the others the first time they are asked for (a section
// of a thousand pages would otherwise add a thousand images to every build).
export const dynamic = 'force-static';

export function generateStaticParams() {
  return siteContent().pages
    .filter((page) => page.parentKey === null || page.parentKey === '')
    .map((page) => ({ locale: page.locale, slug: page.segments }));
}

// The image font has no narrow no-break space: a no-break space keeps French punctuation on its line.
const forImage = (text: string) => text.replaceAll('\u202f', '\u00a0');

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug?: string[] }> }) {
  const { locale, slug } = await params;
  const page = hasLocale(routing.locales, locale) ? siteContent().page(locale, slug) : undefined;
  if (!page) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale: page.locale, namespace: 'Site' });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#1f3d7a', color: '#ffffff' }}>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 34 }}>
          <span style={{ fontWeight: 700, fontSize: 44 }}>{t('institution')}</span>
          <span>{t('shortName')}</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <span style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{forImage(page.frontmatter.title)}</span>
          <span style={{ marginTop: 24, fontSize: 30, lineHeight: 1.35, color: '#d9e4f5' }}>{forImage(page.frontmatter.description)}</span>
        </div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
