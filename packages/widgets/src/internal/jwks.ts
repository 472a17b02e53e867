/**
 * Reads a JSON Web Key Set for verifying statements, through core's `fetchText` (the client's
 * transport and limits). Badges on one page usually name one set, so each URL is fetched once
 * per page; never through a redirect, since its location was what the page trusted.
 */
import { fetchText, MAX_KEY_SET_BYTES } from '@openmaturity/core';

const pending = new Map<string, Promise<unknown>>();

export function fetchJwks(url: string): Promise<unknown> {
  let result = pending.get(url);
  if (!result) {
    result = fetchText(url, {
      redirect: 'error',
      credentials: 'omit',
      maxBytes: MAX_KEY_SET_BYTES,
      headers: { accept: 'application/jwk-set+json, application/json' },
    }).then((text) => JSON.parse(text) as unknown);
    // A failure is not kept: the next badge, or a retry, may succeed.
    result.catch(() => pending.delete(url));
    pending.set(url, result);
  }
  return result;
}
