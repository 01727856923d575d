import { existsSync } from 'node:fs';
import path from 'node:path';
import { Repository } from '@/lib/editorial/repository';
import { SettingError } from './config';

/** The name the editorial server gives, in its checkout, a remote it was given as an address or a path. */
const NAMED = 'publication';

const looksLikeAddress = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value);
const looksLikePath = (value: string) => value.includes('/') || value.startsWith('.') || path.isAbsolute(value);

/**
 * The git remote publications go to, as EDITORIAL_REMOTE names it: a remote of the checkout
 * (`origin`), or any plain git repository given by its address or its path, then known in the
 * checkout as `publication`. Checked at start, so that a wrong setting stops the team's server,
 * named, instead of every publication failing later with git's words.
 */
export async function publishedRemote(root: string, value: string, { strict }: { strict: boolean }): Promise<string> {
  const checkout = new Repository(root, value, 'main');
  // What is said of it, without the credentials an address may hold (https://user:token@…).
  const shown = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  const remotes = await checkout.remotes();
  if (remotes.includes(value)) return value;
  if (looksLikeAddress(value) || (looksLikePath(value) && existsSync(path.resolve(root, value)))) {
    const address = looksLikeAddress(value) ? value : path.resolve(root, value);
    try {
      await checkout.reachable(address);
    } catch (error) {
      throw new SettingError(
        'EDITORIAL_REMOTE',
        `« ${shown} » ne répond pas comme un dépôt git (${(error as Error).message.split('\n').find((line) => line.startsWith('fatal:')) ?? 'git ls-remote a échoué'}) : vérifiez l’adresse, ou les droits de ce serveur sur le dépôt`,
        `"${shown}" does not answer as a git repository: check the address, or this server's access to it`,
      );
    }
    await checkout.nameRemote(NAMED, address);
    return NAMED;
  }
  // One person's studio on a checkout with no remote still edits: it has nowhere to publish, and says so.
  if (!strict) return value;
  throw new SettingError(
    'EDITORIAL_REMOTE',
    `« ${shown} » n’est ni un dépôt distant de la copie de travail (${remotes.length ? remotes.join(', ') : 'elle n’en a aucun'}), ni l’adresse (https://…, ssh://…) ou le chemin d’un dépôt git`,
    `"${shown}" is neither a remote of the checkout (${remotes.length ? remotes.join(', ') : 'it has none'}) nor the address (https://…, ssh://…) or path of a git repository`,
  );
}
