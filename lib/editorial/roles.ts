import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Who may do what in the editorial server. Three roles, each with the rights of the one before:
 * - `redacteur`: edits pages and data, and proposes changes;
 * - `relecteur`: may also approve and publish other people's changes;
 * - `administrateur`: may also retire pages and go back to an earlier release.
 * A person signed in but in no role is refused, politely, everywhere.
 */
export const ROLES = ['redacteur', 'relecteur', 'administrateur'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a person with `role` has the rights of `needed`. */
export const allows = (role: Role | undefined, needed: Role) => role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed);

export interface Person {
  email: string;
  name: string;
  role?: Role;
}

const role = z.enum(ROLES);
const rolesFile = z.strictObject({
  /** People by their e-mail address (what the identity provider gives). */
  people: z
    .record(
      z.email().transform((email) => email.toLowerCase()),
      role,
    )
    .default({}),
  /** Groups of the identity provider's group claim, when roles come from it. */
  groups: z.record(z.string().min(1), role).default({}),
});
export type RolesFile = z.output<typeof rolesFile>;

/** The roles file (a YAML file under version control), validated: a mistake stops the server with the file and the entry named. */
export function readRolesFile(file: string): RolesFile {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${file}: cannot be read as YAML / illisible (${(error as Error).message})`);
  }
  const result = rolesFile.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join(' › ')}: ${issue.message}`).join('; ')}`);
  return result.data;
}

/**
 * A person's role: from their e-mail address in the file, or from the groups the provider says they
 * belong to (the highest role any of their groups gives). Nothing matches: no role.
 */
export function roleOf(roles: RolesFile, from: 'file' | 'claim', who: { email: string; groups?: unknown }): Role | undefined {
  if (from === 'file') return roles.people[who.email.toLowerCase()];
  const groups = Array.isArray(who.groups) ? who.groups.filter((g): g is string => typeof g === 'string') : [];
  const granted = groups.map((group) => roles.groups[group]).filter((r): r is Role => r !== undefined);
  return granted.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0];
}
