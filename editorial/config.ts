import path from 'node:path';
import { z } from 'zod';

/**
 * The editorial server's settings, from the environment, validated at start: a missing or wrong
 * setting stops it with a message that names the variable and what it expects (it never starts
 * half-configured).
 *
 * - `team` (`npm run editorial`): the team's shared server on the internal network, behind TLS;
 *   everyone signs in through the institution's identity provider (OpenID Connect).
 * - `local` (`npm run studio`): one person on their own machine, on 127.0.0.1 only, known by
 *   git's `user.name` and `user.email`.
 */

const url = z.url({ protocol: /^https?$/ }).transform((value) => new URL(value));

const common = {
  /** Where the server listens. */
  EDITORIAL_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the state it keeps between restarts lives (sessions, texts kept after a refused save, the workflow). */
  EDITORIAL_STATE_DIR: z.string().default('.editorial'),
  /** Where publications go: a git remote of the checkout (any plain remote: a bare repository is enough), and its published branch. */
  EDITORIAL_REMOTE: z.string().min(1).default('origin'),
  EDITORIAL_PUBLISHED_BRANCH: z.string().min(1).default('main'),
  /** The public site (its origin): it says which release it serves (/_release), for the studio to say which publication is online since when. */
  EDITORIAL_SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Whether one person may approve their own changes (otherwise they publish them only "without review", with a reason). */
  EDITORIAL_SELF_APPROVAL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
};

const team = z.object({
  EDITORIAL_MODE: z.literal('team'),
  ...common,
  EDITORIAL_HOST: z.string().default('127.0.0.1'),
  /** The address people type, as TLS in front serves it: `https://redaction.international.inserm.fr`. */
  EDITORIAL_PUBLIC_URL: url,
  /** The identity provider: its issuer, and this server's client registered there. */
  EDITORIAL_OIDC_ISSUER: url,
  EDITORIAL_OIDC_CLIENT_ID: z.string().min(1),
  EDITORIAL_OIDC_CLIENT_SECRET: z.string().min(1),
  /** Signs the session cookie: 32 characters at least, kept secret, the same across restarts. */
  EDITORIAL_SESSION_SECRET: z.string().min(32),
  /** Who has which role: `file` (people by e-mail in the roles file) or `claim` (the provider's group claim, mapped in the roles file). */
  EDITORIAL_ROLES_FROM: z.enum(['file', 'claim']).default('file'),
  EDITORIAL_ROLES_FILE: z.string().default('editorial/roles.yaml'),
  /** The claim that lists a person's groups, when roles come from the provider. */
  EDITORIAL_ROLES_CLAIM: z.string().default('groups'),
});

const local = z.object({
  EDITORIAL_MODE: z.literal('local'),
  ...common,
});

export type TeamConfig = z.output<typeof team> & { root: string; stateDir: string };
type LocalConfig = z.output<typeof local> & { root: string; stateDir: string };
export type EditorialConfig = TeamConfig | LocalConfig;

/** The settings of `env`, for the checkout at `root`; throws a readable message when one is wrong. */
export function readConfig(env: NodeJS.ProcessEnv, root: string): EditorialConfig {
  const result = z.discriminatedUnion('EDITORIAL_MODE', [team, local]).safeParse({ EDITORIAL_MODE: 'local', ...env });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'EDITORIAL_MODE'}: ${issue.message}`);
    throw new Error(`The editorial server's settings are incomplete / les réglages de l'espace de rédaction sont incomplets:\n${lines.join('\n')}\n(see README: "The editorial server")`);
  }
  return { ...result.data, root, stateDir: path.resolve(root, result.data.EDITORIAL_STATE_DIR) };
}
