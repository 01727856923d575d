import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

/** "This page does not exist" in one language, with a way home and the site's sections. */
export async function NotFoundNotice({ locale, headingLevel }: { locale: Locale; headingLevel: 1 | 2 }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const SubHeading = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <section lang={locale} aria-labelledby={`not-found-${locale}`} className="rounded-lg border border-slate-200 p-6">
      <Heading id={`not-found-${locale}`} className="text-2xl font-extrabold text-slate-900 sm:text-3xl">
        {t('title')}
      </Heading>
      <p className="mt-4 text-lg text-slate-700">{t('body')}</p>
      <p className="mt-6">
        <Link href={`/${locale}`} hrefLang={locale} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
          {t('home')}
        </Link>
      </p>
      <SubHeading className="mt-8 text-lg font-bold text-slate-900">{t('suggestions')}</SubHeading>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {[...siteContent().menu(locale, 'main'), ...siteContent().menu(locale, 'footer')].map((page) => (
          <li key={page.key}>
            <Link href={page.path} hrefLang={locale} className="text-brand-800 underline underline-offset-2">
              {page.frontmatter.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
