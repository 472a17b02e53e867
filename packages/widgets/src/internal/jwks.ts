/**
 * Reads a JSON Web Key Set for verifying statements. Badges on one page usually name one set,
 * so each URL is fetched once per page. A key set is small: anything over 64 kB, or not JSON,
 * is refused rather than read.
 */
const pending = new Map<string, Promise<unknown>>();
const LIMIT = 64 * 1024;

export function fetchJwks(url: string): Promise<unknown> {
  let result = pending.get(url);
  if (!result) {
    result = fetch(url, { headers: { accept: 'application/jwk-set+json, application/json' }, credentials: 'omit' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const text = await response.text();
      if (text.length > LIMIT) throw new Error(`${url} is larger than a key set should be`);
      return JSON.parse(text) as unknown;
    });
    // A failure is not kept: the next badge, or a retry, may succeed.
    result.catch(() => pending.delete(url));
    pending.set(url, result);
  }
  return result;
}
