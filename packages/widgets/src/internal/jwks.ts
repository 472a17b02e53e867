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
    // No redirects: the location of keys is checked before the fetch, and must stay what was checked.
    result = fetch(url, { headers: { accept: 'application/jwk-set+json, application/json' }, credentials: 'omit', redirect: 'error' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const reader = response.body!.getReader();
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        bytes += part.value.byteLength;
        if (bytes > LIMIT) {
          await reader.cancel();
          throw new Error(`${url} is larger than a key set should be`);
        }
        chunks.push(part.value);
      }
      const body = new Uint8Array(bytes);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      return JSON.parse(new TextDecoder().decode(body)) as unknown;
    });
    // A failure is not kept: the next badge, or a retry, may succeed.
    result.catch(() => pending.delete(url));
    pending.set(url, result);
  }
  return result;
}
