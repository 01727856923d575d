import { statSync } from 'node:fs';
import path from 'node:path';
import type { TeamConfig } from './config';
import { allows, type Person, type Role, readRolesFile, roleOf, type RolesFile } from '@/lib/editorial/roles';
import type { SignedIn } from './sign-in';

/**
 * The roles of the team's people, as configured: from the roles file (read again when it changes,
 * so that a person given or refused a role is so at their next request), or from the identity
 * provider's group claim (as it was when they signed in).
 */
export function peopleRoles(config: TeamConfig) {
  const file = path.resolve(config.root, config.EDITORIAL_ROLES_FILE);
  let read: { at: number; roles: RolesFile } = { at: statSync(file).mtimeMs, roles: readRolesFile(file) };
  const current = () => {
    const at = statSync(file).mtimeMs;
    if (at !== read.at) read = { at, roles: readRolesFile(file) };
    return read.roles;
  };
  const from = config.EDITORIAL_ROLES_FROM;
  return {
    roleAtSignIn(signedIn: SignedIn): Role | undefined {
      return roleOf(current(), from, { email: signedIn.email, groups: signedIn.claims[config.EDITORIAL_ROLES_CLAIM] });
    },
    currentRole(person: Person): Role | undefined {
      return from === 'file' ? roleOf(current(), 'file', person) : person.role;
    },
    /** The addresses of the people the roles file gives at least `role` (none when roles come from the provider). */
    addressesWith(role: Role): string[] {
      return from === 'file'
        ? Object.entries(current().people)
            .filter(([, given]) => allows(given, role))
            .map(([email]) => email)
        : [];
    },
  };
}

export type PeopleRoles = ReturnType<typeof peopleRoles>;
