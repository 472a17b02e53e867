/** What the commands read and write, so that tests can run them in-process. */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
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

/**
 * Reads a file within {@link MAX_INPUT_BYTES}, whatever `stat` said beforehand: the bytes read
 * are counted. Only a regular file is read: a device (`/dev/zero`, which `stat` calls 0 bytes
 * long and never ends), a FIFO (which waits for a writer forever) or a socket is refused with
 * an error that says what it is. Opened non-blocking, so that opening a FIFO does not wait.
 */
export function readBytes(path: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${path} is ${kindOf(stat)}, not a regular file: skipped`);
    // One buffer of the size stat gave, and a byte more to see a file that grew or is over the
    // limit; doubled while the file keeps growing. (A fresh 1 MB chunk for every read, two
    // per file, made validating 32,000 small files spend most of its time on garbage.)
    let buffer = Buffer.allocUnsafeSlow(Math.min(stat.size + 1, maxBytes + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new Error(`${path} is more than ${maxBytes} bytes, the limit`);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a text file (UTF-8) within the same limits as {@link readBytes}. */
export function readText(path: string, maxBytes = MAX_INPUT_BYTES): string {
  const bytes = readBytes(path, maxBytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Writes a file at `parts` below the folder `root`, never through a link: a link planted in
 * the output folder (a folder or a file) could otherwise make a command overwrite files
 * elsewhere. Each folder on the way is checked with `lstat` (a link is refused). A new file is
 * created exclusively (`wx`: the open fails on anything at its place, a link included, even
 * one planted after the check); a file already there is replaced by one written beside it and
 * renamed over it, which replaces a link or a hard link rather than writing through it.
 * `root` itself is the caller's choice and may be a link.
 */
export function writeInside(root: string, parts: readonly string[], text: string): string {
  return writeAllInside(root, [[parts, text]])[0]!;
}

/**
 * {@link writeInside} for many files: the root is made once, and a file is one exclusive create
 * when nothing is at its place (the import of a 32,000-row list writes 64,000 new files).
 */
export function writeAllInside(root: string, files: Iterable<readonly [readonly string[], string]>): string[] {
  mkdirSync(root, { recursive: true });
  const written: string[] = [];
  for (const [parts, text] of files) {
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      folder = join(folder, part);
      const stat = lstatSync(folder, { throwIfNoEntry: false });
      if (!stat) mkdirSync(folder);
      else if (stat.isSymbolicLink())
        throw new Error(`${folder} is a link; nothing is written through links in ${root}`);
      else if (!stat.isDirectory()) throw new Error(`${folder} is in the way: it is not a folder`);
    }
    const file = join(folder, parts.at(-1)!);
    written.push(file);
    try {
      writeFileSync(file, text, { flag: 'wx' });
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stat = lstatSync(file);
    if (!stat.isFile() && !stat.isSymbolicLink()) throw new Error(`${file} is in the way: it is not a file`);
    const temporary = join(folder, `.${parts.at(-1)!}.${process.pid}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
    try {
      renameSync(temporary, file);
    } catch (error) {
      unlinkSync(temporary);
      throw error;
    }
  }
  return written;
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
