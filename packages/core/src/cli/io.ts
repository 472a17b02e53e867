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
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
 * Expands directories into the `.json` and `.jsonl` files below them, sorted, for stable
 * output: a JSON Lines file holds documents as a `.json` file does, and one moved into a folder
 * of documents is read with them rather than left out without a word. A path that does not
 * exist is kept, so that reading it reports the problem beside the others.
 */
export function expandPaths(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return expandPaths(child);
      return entry.name.endsWith('.json') || isJsonLines(entry.name) ? [child] : [];
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
  const writer = new InsideWriter(root);
  const written: string[] = [];
  for (const [parts, text] of files) written.push(writer.write(parts, text));
  return written;
}

/**
 * Writes files below `root` one at a time, as {@link writeInside} does, for a caller that makes
 * them one by one (an import streaming its rows). The root is made at the first file, so a run
 * that writes nothing leaves nothing behind.
 */
export class InsideWriter {
  private made = false;
  constructor(readonly root: string) {}

  /** Writes `text` at `parts` below the root; returns the file's path. */
  write(parts: readonly string[], text: string): string {
    if (!this.made) {
      mkdirSync(this.root, { recursive: true });
      this.made = true;
    }
    let folder = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      folder = join(folder, parts[i]!);
      const stat = lstatSync(folder, { throwIfNoEntry: false });
      if (!stat) mkdirSync(folder);
      else if (stat.isSymbolicLink())
        throw new Error(`${folder} is a link; nothing is written through links in ${this.root}`);
      else if (!stat.isDirectory()) throw new Error(`${folder} is in the way: it is not a folder`);
    }
    const name = parts.at(-1)!;
    const file = join(folder, name);
    try {
      writeFileSync(file, text, { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stat = lstatSync(file);
    if (!stat.isFile() && !stat.isSymbolicLink()) throw new Error(`${file} is in the way: it is not a file`);
    const temporary = join(folder, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
    try {
      renameSync(temporary, file);
    } catch (error) {
      unlinkSync(temporary);
      throw error;
    }
    return file;
  }
}

/**
 * Writes one file from many pieces of text (the lines of a JSON Lines file), never through a
 * link and never half: the text goes to a new file created exclusively beside `file` (`wx`),
 * which {@link commit} renames over `file` (replacing a link or a hard link there rather than
 * writing through it) and {@link abort} removes. The pieces are written in large blocks: one
 * `write` call per line would cost more than making the line. Nothing is created before the
 * first piece.
 */
export class AtomicFileWriter {
  private fd: number | undefined;
  private readonly temporary: string;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly file: string) {
    this.temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  }

  write(text: string): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.file), { recursive: true });
      const stat = lstatSync(this.file, { throwIfNoEntry: false });
      if (stat && !stat.isFile() && !stat.isSymbolicLink())
        throw new Error(`${this.file} is in the way: it is not a file`);
      this.fd = openSync(this.temporary, 'wx');
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 1 << 20) this.flush();
  }

  /** Puts the file in place; returns false (and writes nothing) when nothing was written. */
  commit(): boolean {
    if (this.fd === undefined) return false;
    try {
      this.flush();
    } catch (error) {
      this.abort();
      throw error;
    }
    closeSync(this.fd);
    this.fd = undefined;
    try {
      renameSync(this.temporary, this.file);
    } catch (error) {
      unlinkSync(this.temporary);
      throw error;
    }
    return true;
  }

  /** Removes what was written; `file` is left as it was. */
  abort(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    unlinkSync(this.temporary);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const block = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    let done = 0;
    while (done < block.length) done += writeSync(this.fd!, block, done, block.length - done);
  }
}

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** A JSON Lines file (`.jsonl`): one document per line, read and written as a folder of documents is. */
export const isJsonLines = (path: string) => /\.jsonl$/i.test(path);

/** One document's text as an input holds it: a whole `.json` file, or one line of a `.jsonl` file. */
export interface InputEntry {
  /** Where it is, for messages: the file, or `file:line` for a JSON Lines file. */
  source: string;
  /** The text, or why there is none. */
  text?: string;
  error?: unknown;
}

/**
 * The documents' texts of a local file: a `.jsonl` file's non-blank lines, each named
 * `file:line`, else the file's whole text. An unreadable file is one entry with its error; a
 * JSON Lines file that holds no line is one too (nothing checked is not "all valid").
 */
export function* readEntries(file: string): Generator<InputEntry> {
  if (!isJsonLines(file)) {
    try {
      yield { source: file, text: readText(file) };
    } catch (error) {
      yield { source: file, error };
    }
    return;
  }
  let lines = 0;
  try {
    for (const { line, text } of readLines(file)) {
      lines++;
      // Ended as a file is: publish writes the text it read.
      yield { source: `${file}:${line}`, text: `${text}\n` };
    }
  } catch (error) {
    yield { source: file, error };
    return;
  }
  if (lines === 0)
    yield { source: file, error: new Error(`${file} holds no document: a JSON Lines file has one per line`) };
}

/**
 * The non-blank lines of a text file, streamed: a JSON Lines file may be larger than
 * {@link MAX_INPUT_BYTES} (the 2019 DSPT publication makes 47 MB), one line may not. Only a
 * regular file is read, as {@link readBytes} does.
 */
export function* readLines(path: string, maxLineBytes = MAX_INPUT_BYTES): Generator<{ line: number; text: string }> {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${path} is ${kindOf(stat)}, not a regular file: skipped`);
    const chunk = Buffer.allocUnsafeSlow(1 << 20);
    // The start of a line that the last chunk cut.
    let carried: Buffer = Buffer.alloc(0);
    let line = 0;
    const emit = (bytes: Buffer) => {
      line++;
      // A newline never occurs inside a UTF-8 sequence, so each line decodes alone.
      let text = bytes.toString('utf8');
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return text.trim() === '' ? undefined : { line, text };
    };
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let start = 0;
      for (let end = chunk.indexOf(10, 0); end !== -1 && end < read; end = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, end);
        const entry = emit(carried.length > 0 ? Buffer.concat([carried, piece]) : piece);
        carried = Buffer.alloc(0);
        start = end + 1;
        if (entry) yield entry;
      }
      if (carried.length + read - start > maxLineBytes)
        throw new Error(`${path}:${line + 1} is more than ${maxLineBytes} bytes long, the limit of one document`);
      carried = Buffer.concat([carried, chunk.subarray(start, read)]);
    }
    if (carried.length > 0) {
      const entry = emit(carried);
      if (entry) yield entry;
    }
  } finally {
    closeSync(fd);
  }
}

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
