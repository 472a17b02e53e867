import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A new folder under the system's temporary one, removed when the test process exits, passed or
 * failed (`node --test` runs each file in a process of its own). A hook would attach to whichever
 * test is running when the folder is made, so the process's exit is the one place that sees them all.
 */
export function tempDir(prefix = 'openmaturity-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (made.length === 0)
    process.once('exit', () => {
      for (const folder of made) rmSync(folder, { recursive: true, force: true });
    });
  made.push(dir);
  return dir;
}
