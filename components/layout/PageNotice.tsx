import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ContentPage } from '@/lib/content';

/**
 * What a reader should know about the version in front of them: not translated yet (a fallback),
 * translated from an older original, or a draft (development only).
 */
export async function PageNotice({ page, original }: { page: ContentPage; original?: ContentPage }) {
  const t = await getTranslations('Notices');
  const tLanguage = await getTranslations('Languages');
  if (page.isFallback) {
    return (
      <p role="note" className="notice mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold text-slate-900">
        {t('fallback', { language: tLanguage(page.contentLocale) })}
      </p>
    );
  }
  if (page.translationState === 'outdated' && original) {
    return (
      <p role="note" className="notice mb-6 rounded border-l-4 border-slate-400 bg-slate-50 p-3 text-sm text-slate-700">
        {t.rich('outdated', {
          language: tLanguage(original.locale),
          link: (chunks) => (
            <Link href={original.path} hrefLang={original.locale} className="font-semibold text-brand-800 underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }
  if (page.frontmatter.draft) {
    return (
      <p role="note" className="notice mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-slate-900">
        {t('draft')}
      </p>
    );
  }
  return null;
}
