/**
 * Reads what verifying statements needs besides the statement: an issuer's JSON Web Key Set
 * and its revocation list, through core's `fetchText` (the client's transport and limits).
 * Badges on one page usually name one set, so each URL is fetched once per page; never
 * through a redirect, since its location was what the page trusted.
 */
import { fetchText } from '@openmaturity/core/client';
import { MAX_KEY_SET_BYTES } from '@openmaturity/core/conformance';

const pending = new Map<string, Promise<unknown>>();

export const fetchJwks = (url: string): Promise<unknown> =>
  fetchOnce(url, 'application/jwk-set+json, application/json');

export const fetchRevocationList = (url: string): Promise<unknown> => fetchOnce(url, 'application/json');

function fetchOnce(url: string, accept: string): Promise<unknown> {
  let result = pending.get(url);
  if (!result) {
    result = fetchText(url, {
      redirect: 'error',
      credentials: 'omit',
      // A revocation list is a list of ids: the key set's limit holds thousands.
      maxBytes: MAX_KEY_SET_BYTES,
      headers: { accept },
    }).then((text) => JSON.parse(text) as unknown);
    // A failure is not kept: the next badge, or a retry, may succeed.
    result.catch(() => pending.delete(url));
    pending.set(url, result);
  }
  return result;
}
