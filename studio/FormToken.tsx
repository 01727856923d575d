import { headers } from 'next/headers';

/**
 * The token every form of the studio carries back (editorial/server.ts gives it with each request):
 * the editorial server takes a form only from the person's own screen, never from a page of the
 * preview, which cannot know it.
 */
export async function FormToken() {
  const token = (await headers()).get('x-editorial-form-token') ?? '';
  return <input type="hidden" name="token" value={token} />;
}
