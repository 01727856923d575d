import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@/lib/free-port';

/**
 * The preview and the studio (`next dev` with the studio's routes), run by the editorial server on
 * 127.0.0.1 at a port of its own choosing: only the editorial server talks to it, after its checks.
 */

export interface Preview {
  port: number;
  stop(): Promise<void>;
}

/** Starts `next dev` in the checkout `root`, and answers once its studio page answers. */
export async function startPreview(root: string, env: Record<string, string>, { seconds = 240 } = {}): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', INSERM_STUDIO: '1', ...env },
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
    if (child.exitCode !== null) throw new Error(`the preview (next dev) stopped with code ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/fr/studio`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error(`the preview (next dev) did not answer within ${seconds} s`);
}
