import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type Locale, previewPaths, routing } from '@/i18n/routing';
import { type ContentPage, lastUpdated, needsTranslation, siteContent, versionStatus } from '@/lib/content';

const code = (chunks: ReactNode) => <code className="rounded bg-white/15 px-1">{chunks}</code>;
const linkClass = 'font-semibold text-white underline underline-offset-2 hover:no-underline';

/**
 * The editor's bar, at the top of every page of the preview: which file to edit, when it was last
 * updated, where its translation stands (and the command that records it), and how many problems
 * this page and the whole site have, with a link to all of them. Never in a production build.
 */
export async function EditorBarContent({ page, locale }: { page: ContentPage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Preview' });
  const tLanguage = await getTranslations({ locale, namespace: 'Languages' });
  const format = await getFormatter({ locale });
  const problems = siteContent().problems();
  const here = problems.filter((p) => p.file === page.file).length;
  const versions = siteContent().translations(page);
  const original = siteContent().original(page);

  let translation: ReactNode;
  if (page.isFallback) {
    translation = t.rich('fallback', { language: tLanguage(page.contentLocale), file: page.file.replace(`/${page.contentLocale}/`, `/${page.locale}/`), code });
  } else if (original) {
    const status = versionStatus(page);
    translation = (
      <>
        {t.rich('translationOf', {
          language: tLanguage(original.locale),
          status: t(`status.${status}`),
          link: (chunks) => (
            <Link href={original.path} hrefLang={original.locale} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
        {needsTranslation(status) && <> — {t.rich('stamp', { command: `npm run content:stamp -- ${page.file}`, code })}</>}
      </>
    );
  } else {
    const others = routing.locales.filter((other) => other !== page.locale);
    translation = (
      <>
        {t('original')}
        {others.map((other) => {
          const twin = versions[other];
          const status = versionStatus(twin);
          return (
            <span key={other}>
              {' · '}
              {t.rich('twin', {
                language: tLanguage(other),
                status: t(`status.${status}`),
                link: (chunks) =>
                  twin && !twin.isFallback ? (
                    <Link href={twin.path} hrefLang={other} className={linkClass}>
                      {chunks}
                    </Link>
                  ) : (
                    <strong>{chunks}</strong>
                  ),
              })}
            </span>
          );
        })}
      </>
    );
  }

  return (
    <aside aria-label={t('label')} data-preview="editor-bar" className="border-b border-black bg-panel text-sm text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <strong className="rounded bg-amber-300 px-2 text-black">{t('badge')}</strong>
        <span>
          {t.rich('file', { file: page.file, code })}, {t('updated', { date: format.dateTime(lastUpdated(page), 'day') })}
        </span>
        <span>{translation}</span>
        <span>
          {t('problems', { here, site: problems.length })} —{' '}
          <Link href={previewPaths[locale]} className={linkClass}>
            {t('seeAll')}
          </Link>
        </span>
      </div>
    </aside>
  );
}
