/**
 * Reading a response body defensively: the content type is checked before a byte is read, the
 * size is counted as the bytes arrive, and a body that stalls is cancelled. Web streams only,
 * so the same code runs in Node and in browsers.
 */
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { issue } from '../format/issues.js';
import { NetworkError, ResponseTooLargeError, TimeoutError } from './errors.js';

const JSON_TYPE = /^(?:application\/(?:[a-z0-9!#$&^_.+-]+\+)?json|text\/json)$/;
/** What static hosts send for a .json file they do not know: GitHub raw, some object stores. */
const LENIENT_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

const notJson = (url: string, found: string) =>
  new InvalidDocumentError([issue('not_json', [], 'a JSON document', found)], { source: url });

/**
 * Refuses a response whose `Content-Type` says it is not JSON (an HTML error or sign-in page,
 * an image), so its body is never read. JSON types, `text/plain`, `application/octet-stream`
 * and no type at all are let through: the text is then checked as JSON.
 *
 * @throws the format's `InvalidDocumentError` with a `not_json` issue naming the type.
 */
export function checkContentType(response: Response, url: string): void {
  const type = response.headers.get('content-type') ?? '';
  const essence = type.split(';')[0]!.trim().toLowerCase();
  if (JSON_TYPE.test(essence) || LENIENT_TYPES.has(essence)) return;
  const what = HTML_TYPES.has(essence) ? 'an HTML page' : 'a response';
  throw notJson(url, `${what} (Content-Type: ${essence})`);
}

/** Limits for {@link readBody}. */
export interface ReadLimits {
  /** The URL, for errors. */
  url: string;
  /** The most bytes to accept; the response is cancelled beyond that. */
  maxBytes: number;
  /** The longest wait for the whole body, in ms; `false` for none. */
  timeout: number | false;
  /** The caller's signal: an abort rejects with its reason. */
  signal?: AbortSignal;
}

/**
 * Reads a body as UTF-8 text within the limits. An HTML or XML page served with a JSON or
 * lenient type is recognised by its first character and reported as such.
 *
 * @throws {@link ResponseTooLargeError}, {@link TimeoutError}, {@link NetworkError} (the
 * connection broke mid-body), or `InvalidDocumentError` (empty, not UTF-8, or a page).
 */
export async function readBody(response: Response, limits: ReadLimits): Promise<{ text: string; bytes: number }> {
  const { url, maxBytes } = limits;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await cancel(response.body);
    throw new ResponseTooLargeError(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (response.body) {
    const reader = response.body.getReader();
    let timedOut = false;
    // Cancelling the reader ends a pending read() at once, in Node and in browsers.
    const timer =
      limits.timeout === false
        ? undefined
        : setTimeout(() => ((timedOut = true), void reader.cancel().catch(() => undefined)), limits.timeout);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (timedOut) throw new TimeoutError(url, limits.timeout as number, { body: true });
        if (done) break;
        bytes += value.byteLength;
        if (bytes > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new ResponseTooLargeError(url, maxBytes);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (limits.signal?.aborted) throw limits.signal.reason;
      if (error instanceof ResponseTooLargeError || error instanceof TimeoutError) throw error;
      throw new NetworkError(url, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
  return { text: decode(chunks, bytes, url), bytes };
}

function decode(chunks: Uint8Array[], bytes: number, url: string): string {
  if (bytes === 0) throw notJson(url, 'an empty response');
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw notJson(url, 'bytes that are not UTF-8 text');
  }
  // JSON never starts with "<": this is a page, whatever its Content-Type claimed.
  const start = /\S/.exec(text);
  if (start?.[0] === '<')
    throw notJson(url, /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text) ? 'an HTML page' : 'an HTML or XML page');
  return text;
}

async function cancel(body: ReadableStream<Uint8Array> | null): Promise<void> {
  await body?.cancel().catch(() => undefined);
}
