import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { getMenu } from '@/lib/content';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  const requested = await getLocale();
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  const suggestions = [...getMenu(locale, 'main'), ...getMenu(locale, 'footer')];
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-extrabold text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('body')}</p>
      <p className="mt-6">
        <Link href={`/${locale}`} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
          {t('home')}
        </Link>
      </p>
      <h2 className="mt-10 text-xl font-bold text-slate-900">{t('suggestions')}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {suggestions.map((page) => (
          <li key={page.key}>
            <Link href={page.path} className="text-brand-800 underline underline-offset-2">
              {page.frontmatter.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
