import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_CLIENT_SECRET } from './idp/public';

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

/** The example settings (deploy/editorial/editorial.env.example): their secrets are public, never to be used. */
const EXAMPLE_FILE = 'deploy/editorial/editorial.env.example';
function exampleValues(root: string): Record<string, string> {
  try {
    return Object.fromEntries(
      readFileSync(path.join(root, EXAMPLE_FILE), 'utf8')
        .split('\n')
        .flatMap((line) => {
          const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
          return match ? [[match[1] as string, match[2] as string]] : [];
        }),
    );
  } catch {
    return {};
  }
}

/**
 * A secret that is one in fact: not the example's (nor anything with its `change-me`), not the demo
 * provider's public one, long enough, and not a few characters repeated (`aaaa…`, `change-me-change-me…`).
 */
function secret(name: string, minimum: number, publicValues: () => string[]) {
  return z
    .string()
    .min(minimum, `${minimum} characters at least / ${minimum} caractères au moins (e.g. \`openssl rand -hex 32\`)`)
    .refine(
      (value) => !/change-?me/i.test(value) && !publicValues().includes(value),
      `this is the example's or the demo's value, which anyone can read: set ${name} to a secret of your own / c'est la valeur de l'exemple ou de la démonstration, que tout le monde peut lire : donnez à ${name} un secret à vous`,
    )
    .refine(
      (value) => new Set(value).size >= 10,
      `a few characters repeated is not a secret: generate one (\`openssl rand -hex 32\`) / quelques caractères répétés ne font pas un secret : générez-en un`,
    );
}
/** Addresses given as one setting, comma-separated: each checked as an e-mail address. */
const addressList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((email) => email.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.email()));

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
  /**
   * Notifications by e-mail (editorial/notify.ts), off when no SMTP server is set: the institution's
   * server (`smtp://user:password@smtp.inserm.fr:587`, `smtps://…:465`), the sender, and the
   * addresses told besides those the roles file gives (for roles from the provider's groups).
   */
  EDITORIAL_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  EDITORIAL_MAIL_FROM: z.string().min(3).optional(),
  EDITORIAL_NOTIFY_REVIEWERS: addressList,
  EDITORIAL_NOTIFY_ADMINISTRATORS: addressList,
  /** Whether one person may approve their own changes (otherwise they publish them only "without review", with a reason). */
  EDITORIAL_SELF_APPROVAL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
};

const teamWith = (publicValues: () => string[]) =>
  z.object({
    EDITORIAL_MODE: z.literal('team'),
    ...common,
    EDITORIAL_HOST: z.string().default('127.0.0.1'),
    /** The address people type, as TLS in front serves it: `https://redaction.international.inserm.fr`. */
    EDITORIAL_PUBLIC_URL: url,
    /** The identity provider: its issuer, and this server's client registered there. */
    EDITORIAL_OIDC_ISSUER: url,
    EDITORIAL_OIDC_CLIENT_ID: z.string().min(1),
    /** The client's secret, as the provider gave it: 32 characters at least (providers give 32 to 64). */
    EDITORIAL_OIDC_CLIENT_SECRET: secret('EDITORIAL_OIDC_CLIENT_SECRET', 32, publicValues),
    /** Signs the session cookie: 32 characters at least, kept secret, the same across restarts. */
    EDITORIAL_SESSION_SECRET: secret('EDITORIAL_SESSION_SECRET', 32, publicValues),
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

export type TeamConfig = z.output<ReturnType<typeof teamWith>> & { root: string; stateDir: string };
type LocalConfig = z.output<typeof local> & { root: string; stateDir: string };
export type EditorialConfig = TeamConfig | LocalConfig;

/** A setting that stops the server at start: which one, and why, in French and English. */
export class SettingError extends Error {
  constructor(setting: string, fr: string, en: string) {
    super(`Réglage ${setting} refusé : ${fr}.\nSetting ${setting} refused: ${en}.\n(voir / see deploy/editorial/editorial.env.example)`);
    this.name = 'SettingError';
  }
}

/** The settings of `env`, for the checkout at `root`; throws a readable message when one is wrong. */
export function readConfig(env: Readonly<Record<string, string | undefined>>, root: string): EditorialConfig {
  const publicValues = () => {
    const example = exampleValues(root);
    return [example.EDITORIAL_SESSION_SECRET, example.EDITORIAL_OIDC_CLIENT_SECRET, DEMO_CLIENT_SECRET].filter((value): value is string => Boolean(value));
  };
  const result = z.discriminatedUnion('EDITORIAL_MODE', [teamWith(publicValues), local]).safeParse({ EDITORIAL_MODE: 'local', ...env });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'EDITORIAL_MODE'}: ${issue.message}`);
    throw new Error(`The editorial server's settings are incomplete / les réglages de l'espace de rédaction sont incomplets:\n${lines.join('\n')}\n(see README: "The editorial server")`);
  }
  if (result.data.EDITORIAL_SMTP_URL && !result.data.EDITORIAL_MAIL_FROM)
    throw new SettingError(
      'EDITORIAL_MAIL_FROM',
      'les notifications ont besoin d’une adresse d’expéditeur, par exemple « Espace de rédaction <redaction@inserm.fr> »',
      'notifications need a sender address, e.g. "Espace de rédaction <redaction@inserm.fr>"',
    );
  return { ...result.data, root, stateDir: path.resolve(root, result.data.EDITORIAL_STATE_DIR) };
}

/** The port given on the command line, if one is; throws, naming it, on anything else. */
export function portArgument(args: readonly string[]): string | undefined {
  let port: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const inline = /^--port=(.*)$/.exec(arg);
    if (inline) port = inline[1];
    else if (arg === '-p' || arg === '--port') port = args[(i += 1)];
    else
      throw new Error(
        `Argument inconnu / unknown argument: ${arg}. Seul le port se donne ainsi / only the port is given this way: -p 4000, --port 4000 (le reste / the rest: editorial/config.ts, deploy/editorial/editorial.env.example).`,
      );
    if (port === undefined || !/^\d+$/.test(port)) throw new Error(`Port invalide / invalid port: ${port ?? '(rien / nothing)'}. Exemple / example: -p 4000.`);
  }
  return port;
}
