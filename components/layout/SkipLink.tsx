import { getTranslations } from 'next-intl/server';

export const MAIN_CONTENT_ID = 'contenu';

export async function SkipLink() {
  const t = await getTranslations('SkipLink');
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
      {t('label')}
    </a>
  );
}
