import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ImageResponse } from 'next/og';
import { type Locale, routing, toolFinderPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

// The social preview of each page, per language: /og/fr/strategie, and the tool finder's form,
// /og/fr/quel-outil. Drawn once and kept: those of the home and top-level pages and of the finder at
// build time, the others the first time they are asked for (a section of a thousand pages would
// otherwise add a thousand images to every build).
export const dynamic = 'force-static';

const finderSlug = (locale: Locale) => toolFinderPaths[locale].split('/').slice(2);

export function generateStaticParams() {
  return [
    ...siteContent()
      .pages.filter((page) => page.parentKey === null || page.parentKey === '')
      .map((page) => ({ locale: page.locale, slug: page.segments })),
    ...routing.locales.map((locale) => ({ locale, slug: finderSlug(locale) })),
  ];
}

/** What the image shows: a content page's title and description, or the tool finder's (messages). */
async function previewOf(locale: Locale, slug: string[] | undefined) {
  const page = siteContent().page(locale, slug);
  if (page) return { locale: page.locale, title: page.frontmatter.title, description: page.frontmatter.description };
  if (slug?.join('/') !== finderSlug(locale).join('/')) return undefined;
  const t = await getTranslations({ locale, namespace: 'ToolFinder' });
  return { locale, title: t('title'), description: t('description') };
}

// The image font has no narrow no-break space: a no-break space keeps French punctuation on its line.
const forImage = (text: string) => text.replaceAll('\u202f', '\u00a0');

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug?: string[] }> }) {
  const { locale, slug } = await params;
  const preview = hasLocale(routing.locales, locale) ? await previewOf(locale, slug) : undefined;
  if (!preview) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale: preview.locale, namespace: 'Site' });
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#1f3d7a', color: '#ffffff' }}>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 34 }}>
        <span style={{ fontWeight: 700, fontSize: 44 }}>{t('institution')}</span>
        <span>{t('shortName')}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <span style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{forImage(preview.title)}</span>
        <span style={{ marginTop: 24, fontSize: 30, lineHeight: 1.35, color: '#d9e4f5' }}>{forImage(preview.description)}</span>
      </div>
    </div>,
    { width: 1200, height: 630 },
  );
}
