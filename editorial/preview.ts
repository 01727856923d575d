import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@/lib/free-port';
import { newPreviewKey, PREVIEW_KEY_HEADER } from './preview-key.mjs';

/**
 * The preview and the studio (Next.js in development, with the studio's routes), run by the
 * editorial server on 127.0.0.1 at a port of its own choosing (editorial/preview-server.mjs): it
 * answers only requests that hold this start's key, which only the editorial server has, after its
 * checks. It renders what writers wrote: it is given nothing it does not need — no session secret,
 * no client secret, no credentials — only the variables below.
 */

export interface Preview {
  port: number;
  /** What the editorial server sends with each request (PREVIEW_KEY_HEADER). */
  key: string;
  pid?: number;
  stop(): Promise<void>;
}

/** What the preview's process inherits from the editorial server's environment: what Node, git and Next.js need to run, nothing secret. */
const PASSED_ON = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'NODE_EXTRA_CA_CERTS'];

/** The preview's whole environment: the variables passed on, and those the editorial server gives it. */
export function previewEnvironment(parent: Readonly<Record<string, string | undefined>>, given: Record<string, string>): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(PASSED_ON.flatMap((name) => (parent[name] === undefined ? [] : [[name, parent[name] as string]])));
  return { ...passed, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', INSERM_STUDIO: '1', ...given };
}

/** Starts the preview in the checkout `root`, and answers once its studio page answers. */
export async function startPreview(root: string, env: Record<string, string>, { seconds = 240 } = {}): Promise<Preview> {
  const port = await freePort();
  const key = newPreviewKey();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'editorial/preview-server.mjs')], {
    cwd: root,
    env: previewEnvironment(process.env, { ...env, EDITORIAL_PREVIEW_KEY: key, EDITORIAL_PREVIEW_PORT: String(port) }),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  for (let waited = 0; waited < seconds; waited += 1) {
    if (child.exitCode !== null) throw new Error(`the preview stopped with code ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/fr/studio`, { headers: { [PREVIEW_KEY_HEADER]: key } }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, key, pid: child.pid, stop };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error(`the preview did not answer within ${seconds} s`);
}
