/**
 * The element's way for pages written before `openmaturity publish` wrote a
 * StandardsAdoptionSummary: a published tree, read through the full client, which knows every
 * kind. It is a module of its own, loaded only for a tree's `src`, so that a page that reads a
 * published summary does not carry it.
 */
import { sharedClient } from '@openmaturity/core';
import type { Assessment, Standard, StandardsAdoptionSummary } from '@openmaturity/core';
import { adoptionSummaryDocument } from '@openmaturity/core/engine';

/**
 * The tree's latest adoption summary when its catalogue lists one; else one made from every
 * organisation's assessments and every standard, judged at `asOf` (today by default).
 */
export async function loadTree(
  src: string,
  signal: AbortSignal,
  asOf: string | undefined,
): Promise<{ summary: StandardsAdoptionSummary; stale: boolean }> {
  const base = new URL('.', src).href;
  const client = sharedClient({ baseUrl: base });
  const catalogue = await client.catalogue({ signal });
  let stale = catalogue.stale;
  const note = <T extends { stale: boolean }>(fetched: T) => {
    stale ||= fetched.stale;
    return fetched;
  };
  if (catalogue.document.items.some((item) => item.of === 'StandardsAdoptionSummary')) {
    const { document: summary } = note(await client.adoptionSummary(undefined, { signal }));
    return { summary, stale };
  }
  // The catalogue names each standard's folder by the standard's id: no path to read it back from.
  const standardIds = catalogue.document.items.filter((item) => item.of === 'Standard').map((item) => item.id);
  const standards: Standard[] = await Promise.all(
    standardIds.map(async (id) => note(await client.standard(id, undefined, { signal })).document),
  );
  const organisations = note(await client.organisations({ signal })).document.items.map((item) => item.id);
  const assessments: Assessment[] = (
    await Promise.all(
      organisations.map(async (ods) => {
        const index = await client
          .assessments(ods, { signal })
          .catch((error: { code?: string }) => (error.code === 'ERR_NOT_FOUND' ? undefined : Promise.reject(error)));
        if (!index) return [];
        return Promise.all(
          index.document.items.map(async (item) => note(await client.assessment(ods, item.id, { signal })).document),
        );
      }),
    )
  ).flat();
  const summary = adoptionSummaryDocument(assessments, standards, {
    asOf: asOf ?? new Date().toISOString().slice(0, 10),
  });
  return { summary, stale };
}
