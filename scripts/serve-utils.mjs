// Helpers shared by the benchmark and the load test: start a server, wait for it, stop it.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export function startNode(port, env = {}) {
  return spawn(process.execPath, ['server.mjs'], { env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: 'ignore' });
}

export async function waitFor(url, tries = 150) {
  for (let i = 0; i < tries; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

export function nginxBinary() {
  return ['/usr/sbin/nginx', '/usr/bin/nginx', 'nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);
}

/** Resident memory of a process, in bytes (Linux). */
export async function rss(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** `count` different ports no one listens on now (the machine is shared: fixed ports may be taken). */
export async function freePorts(count) {
  const probes = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const probe = createServer().once('error', reject);
          probe.listen(0, '127.0.0.1', () => resolve(probe));
        }),
    ),
  );
  const ports = probes.map((probe) => probe.address().port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}
