import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Layout, readSettings } from '@/release/layout';

// One release or rollback at a time (release/layout.ts: locked), by the kernel's lock.
const layoutIn = (root: string) => new Layout(readSettings({ NODE_ENV: 'test', RELEASE_ROOT: root }));

describe('the release lock', () => {
  it('lets one task run at a time: the second waits for the first, told who holds it', async () => {
    const layout = layoutIn(mkdtempSync(path.join(tmpdir(), 'lock-')));
    const order: string[] = [];
    let release!: () => void;
    const firstMayEnd = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const first = layout.locked(async () => {
      order.push('first starts');
      started();
      await firstMayEnd;
      order.push('first ends');
    });
    await firstStarted;
    const waitedFor: number[] = [];
    const second = layout.locked(
      async () => void order.push('second runs'),
      60,
      (holder) => {
        waitedFor.push(holder);
        release();
      },
    );
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(waitedFor).toEqual([process.pid]);
  });

  it('is never left behind by a release process that died holding it, and refuses after its wait', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lock-'));
    // A release process takes the lock, then is killed outright in the middle of its task.
    const holder = `import { Layout, readSettings } from './release/layout.ts';
await new Layout(readSettings({ RELEASE_ROOT: ${JSON.stringify(root)} })).locked(async () => { console.log('held'); await new Promise(() => setInterval(() => {}, 1000)); });`;
    const other = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', holder], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await once(other.stdout, 'data');
    await expect(layoutIn(root).locked(async () => 'ran', 1)).rejects.toThrow(new RegExp(`Another release is under way \\(process ${other.pid}\\)`));
    other.kill('SIGKILL');
    await once(other, 'close');
    expect(await layoutIn(root).locked(async () => 'ran', 5)).toBe('ran');
  });
});
