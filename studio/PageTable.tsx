import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, routing, studioPaths } from '@/i18n/routing';
import { type ContentPage, navTitleOf, needsTranslation, siteContent, versionStatus } from '@/lib/content';
import { studioEditPath } from './paths';
import { FormToken } from './FormToken';

const button = 'rounded border border-brand-700 px-2 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';

/**
 * Every page of the site, section by section, French and English side by side: each version's title
 * and file, where its translation stands, links to edit it in the studio and to see it in the
 * preview, and the button that records an up-to-date translation.
 */
export async function StudioPageTable({ locale }: { locale: Locale }) {
  const content = siteContent();
  const t = await getTranslations({ locale, namespace: 'Studio' });
  const tLanguage = await getTranslations({ locale, namespace: 'Languages' });
  const originals = content.pagesIn(routing.defaultLocale).filter((p) => !p.isFallback);
  const hasChildren = (page: ContentPage) => page.key !== '' && content.children(page).some((p) => !p.isFallback);
  const ownVersion = (key: string, language: Locale) => {
    const version = content.pageByKey(language, key);
    return version && !version.isFallback ? version : undefined;
  };
  const groups = [
    { title: t('topLevel'), pages: originals.filter((p) => p.parentKey === null || p.parentKey === '') },
    ...originals.filter(hasChildren).map((section) => ({ title: navTitleOf(section), pages: content.children(section).filter((p) => !p.isFallback) })),
  ];
  return (
    <>
      {groups.map((group) => (
        <section key={group.title} className="mt-10">
          <h2 className="text-2xl font-bold text-slate-900">{group.title}</h2>
          <table className="mt-4 w-full border-collapse text-left">
            <thead>
              <tr>
                {routing.locales.map((language) => (
                  <th key={language} scope="col" className="w-1/2 border-b border-slate-300 py-2 pr-4 text-slate-900">
                    {tLanguage(language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.pages.map((original) => (
                <tr key={original.key} className="align-top">
                  {routing.locales.map((language) => (
                    <td key={language} className="border-b border-slate-200 py-3 pr-4">
                      <Version page={ownVersion(original.key, language)} language={language} locale={locale} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

async function Version({ page, language, locale }: { page: ContentPage | undefined; language: Locale; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Studio' });
  const tStatus = await getTranslations({ locale, namespace: 'Preview.status' });
  if (!page) return <span className="text-slate-700">{tStatus('missing')}</span>;
  const status = language === routing.defaultLocale ? undefined : versionStatus(page);
  return (
    <div className="flex flex-col gap-1">
      <span lang={language} className="font-semibold text-slate-900">
        {page.frontmatter.title}
      </span>
      <span className="text-sm text-slate-700">
        <span>{page.path}</span>
        {status && <> · {t('translation', { status: tStatus(status) })}</>}
        {page.frontmatter.draft && status !== 'draft' && <> · {tStatus('draft')}</>}
      </span>
      <span className="flex flex-wrap gap-2">
        <Link className={button} href={studioEditPath(page.locale, page.source)}>
          {t('edit')}
          <span className="sr-only"> {page.frontmatter.title}</span>
        </Link>
        <Link className={button} href={page.path} hrefLang={page.locale}>
          {t('see')}
          <span className="sr-only"> {page.frontmatter.title}</span>
        </Link>
        {language === routing.defaultLocale && (
          <Link className={button} href={`/${locale}/studio/historique${page.key ? `/${page.key}` : ''}`}>
            {t('history')}
            <span className="sr-only"> {page.frontmatter.title}</span>
          </Link>
        )}
        {status && needsTranslation(status) && (
          <form method="post" action="/api/studio/translated">
            <FormToken />
            <input type="hidden" name="file" value={page.file} />
            <input type="hidden" name="back" value={studioPaths[locale]} />
            <button type="submit" className={button}>
              {t('record')}
              <span className="sr-only"> {page.frontmatter.title}</span>
            </button>
          </form>
        )}
      </span>
    </div>
  );
}
