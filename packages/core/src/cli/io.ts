/** What the commands read and write, so that tests can run them in-process. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: long runs then show their progress there. */
  isTTY?: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get isTTY() {
    return process.stderr.isTTY === true;
  },
};

/** A command's outcome: 0 all good, 1 problems found, 2 the command was used wrongly. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

/** Limits what one input may hold, so that a wrong path or URL cannot exhaust memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** How the command line reads a URL: the same limit as a file, and time for a slow server. */
export const URL_LIMITS = { maxBytes: MAX_INPUT_BYTES, timeout: 30_000 } as const;

/**
 * Expands directories into the `.json` files below them, sorted, for stable output. A path
 * that does not exist is kept, so that reading it reports the problem beside the others.
 */
export function expandPaths(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return expandPaths(child);
      return entry.name.endsWith('.json') ? [child] : [];
    });
}

export function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new Error(`${path} is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  return readFileSync(path, 'utf8');
}

/** Reads a binary file (a workbook) within the same limit. */
export function readBytes(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new Error(`${path} is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  return new Uint8Array(readFileSync(path));
}

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * The text of a file, or of an http(s) URL within {@link URL_LIMITS}. The HTTP client (ky, and
 * Node's fetch behind it) is imported only for a URL: most runs read files, and loading it costs
 * more start-up time than checking a document.
 */
export async function readInput(input: string): Promise<string> {
  if (!isUrl(input)) return readText(input);
  const { fetchText } = await import('../client/fetch-text.js');
  return fetchText(input, URL_LIMITS);
}
