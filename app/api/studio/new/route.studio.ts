import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing, studioPaths } from '@/i18n/routing';
import { createPage } from '@/studio/actions';
import { isFromThisMachine, refused } from '@/studio/guard';
import { seeOther } from '@/studio/see-other';

// The studio's "new page" form: both languages as drafts (what `npm run content:new` does), then the
// French one opens in the studio. A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const asked = field('locale');
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale;
  const result = createPage({ section: field('section'), titleFr: field('titleFr'), titleEn: field('titleEn'), sameTitleConfirmed: field('sameTitle') === 'confirmed' });
  if (result.ok) return seeOther(result.edit);
  const back = new URLSearchParams([
    ...result.problems.map((problem) => ['problem', problem[locale]]),
    ...(result.problems.length ? [] : result.sameTitles.map((said) => ['sameTitle', said[locale]])),
  ]);
  back.set('titleFr', field('titleFr'));
  back.set('titleEn', field('titleEn'));
  back.set('section', field('section'));
  return seeOther(`${studioPaths[locale]}?${back}`);
}
