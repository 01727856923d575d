// The demo accounts of the local identity provider, from `demo-accounts.yaml`, validated at start:
// a mistake in the file stops the provider with the file, the field and the fix.
import { timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const DEMO_ACCOUNTS_FILE = path.join(import.meta.dirname, 'demo-accounts.yaml');

const accountSchema = z.strictObject({
  sub: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens, e.g. demo-camille-martin'),
  email: z.email('an e-mail address in lowercase, e.g. camille.martin@inserm.invalid').regex(/^[^A-Z]*$/, 'an e-mail address in lowercase, e.g. camille.martin@inserm.invalid'),
  name: z.string().trim().min(1, 'the person’s name, e.g. Camille Martin'),
  groups: z.array(z.string().regex(/^[a-z-]+$/, 'a group name in lowercase, e.g. redaction')),
  note: z.string().trim().min(1, 'what the account is for, in French, e.g. rédaction'),
});

const fileSchema = z
  .strictObject({
    password: z.string().min(1, 'the one password of every demo account, e.g. demo'),
    accounts: z.array(accountSchema).min(1, 'at least one account'),
  })
  .superRefine(({ accounts }, context) => {
    for (const key of ['sub', 'email'] as const) {
      const seen = new Set<string>();
      accounts.forEach((account, index) => {
        if (seen.has(account[key])) context.addIssue({ code: 'custom', path: ['accounts', index, key], message: `${key} already used by another account: each must be unique` });
        seen.add(account[key]);
      });
    }
  });

export type DemoAccount = z.output<typeof accountSchema>;

export interface DemoAccounts {
  /** The one password of every account, shown on the sign-in page and printed at start. */
  password: string;
  accounts: readonly DemoAccount[];
  bySub(sub: string): DemoAccount | undefined;
  byEmail(email: string): DemoAccount | undefined;
  isPassword(candidate: string): boolean;
}

/** Reads and validates the demo accounts; throws, naming the file and each field at fault, if they are not valid. */
export function loadDemoAccounts(file = DEMO_ACCOUNTS_FILE): DemoAccounts {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not readable as YAML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: the demo accounts are not valid\n${z.prettifyError(parsed.error)}`);
  const { password, accounts } = parsed.data;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const expected = digest(password);
  return {
    password,
    accounts,
    bySub: (sub) => accounts.find((account) => account.sub === sub),
    byEmail: (email) => accounts.find((account) => account.email === email.trim().toLowerCase()),
    isPassword: (candidate) => timingSafeEqual(digest(candidate), expected),
  };
}
