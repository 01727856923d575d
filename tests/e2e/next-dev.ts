import { spawn } from 'node:child_process';

/**
 * `next dev` started for a test (the preview, the studio), answered once `ready` answers 200. Gives
 * back what stops it: the whole process group, waited for, so that its files can then be removed.
 */
export async function startNextDev(options: { port: number; ready: string; cwd?: string; env: Record<string, string>; seconds: number; what: string }) {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(options.port), '--hostname', '127.0.0.1'], {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: 'ignore',
    detached: true,
  });
  const stop = async () => {
    if (!server.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  };
  for (let i = 0; i < options.seconds; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${options.port}${options.ready}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return stop;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error(`${options.what} did not start`);
}
