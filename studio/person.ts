import { headers } from 'next/headers';
import { z } from 'zod';
import { ROLES } from '@/lib/editorial/roles';

/**
 * The person using the studio, as the editorial server names them (editorial/server.ts sets the
 * header on every request it passes on, and removes any a browser sends): nobody reaches the studio
 * but through it.
 */
const person = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES).optional(),
  /** Whether this person signed in (the team's server), and so may sign out. */
  signsOut: z.boolean().optional(),
});
export type StudioPerson = z.output<typeof person>;

export async function studioPerson(): Promise<StudioPerson | undefined> {
  const header = (await headers()).get('x-editorial-person');
  if (!header) return undefined;
  try {
    const parsed = person.safeParse(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Where the editorial server keeps its state (texts kept after a refused save), as it tells the preview it starts. */
export const editorialStateDir = () => process.env.EDITORIAL_STATE_DIR;
