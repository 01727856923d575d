import { hasLocale } from 'next-intl';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { createPage } from '@/studio/actions';
import { isFromThisMachine, refused } from '@/studio/guard';

// The studio's "new page" form: both languages as drafts (what `npm run content:new` does), then the
// French one opens in the studio. A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const asked = field('locale');
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale;
  const result = createPage({ section: field('section'), titleFr: field('titleFr'), titleEn: field('titleEn') });
  if (result.ok) return NextResponse.redirect(new URL(result.edit, request.url), 303);
  const back = new URL(`/${locale}/studio`, request.url);
  for (const problem of result.problems) back.searchParams.append('problem', problem[locale]);
  back.searchParams.set('titleFr', field('titleFr'));
  back.searchParams.set('titleEn', field('titleEn'));
  back.searchParams.set('section', field('section'));
  return NextResponse.redirect(back, 303);
}
