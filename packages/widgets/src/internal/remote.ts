/**
 * Loads an element's documents by URL through the page's one shared client, so that elements
 * showing one document make one request. The framework is found from the assessment's own
 * reference, where the publishing layout puts it, unless `framework-src` says otherwise.
 */
import { baseUrlOf, layout, sharedClient, type Assessment } from '@openmaturity/core';
import { validateMaturityData, type MaturityData } from './maturity-data.js';

export interface RemoteSources {
  src: string;
  frameworkSrc?: string;
  benchmarkSrc?: string;
  previousSrc?: string;
  signal: AbortSignal;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

export async function loadMaturityData(sources: RemoteSources): Promise<{ data: MaturityData; stale: boolean }> {
  const client = sharedClient();
  const { signal } = sources;
  const get = (url: string | undefined, kind: 'Assessment' | 'Framework' | 'Benchmark') =>
    url ? client.get(absolute(url), { kind, signal }) : undefined;
  const frameworkOf = (fetched: { url: string; document: unknown }, explicit?: string) => {
    if (explicit) return get(explicit, 'Framework')!;
    const assessment = fetched.document as Assessment;
    return get(
      new URL(
        layout.framework(assessment.framework.id, assessment.framework.version),
        baseUrlOf(fetched.url, assessment),
      ).href,
      'Framework',
    )!;
  };

  const [current, benchmark, previous] = await Promise.all([
    get(sources.src, 'Assessment')!,
    get(sources.benchmarkSrc, 'Benchmark'),
    get(sources.previousSrc, 'Assessment'),
  ]);
  const sameFramework = (a: unknown, b: unknown) => {
    const [x, y] = [(a as Assessment).framework, (b as Assessment).framework];
    return x?.id === y?.id && x?.version === y?.version;
  };
  // Last period's framework is fetched only when it was another version.
  const [framework, previousFramework] = await Promise.all([
    frameworkOf(current, sources.frameworkSrc),
    previous && !sameFramework(previous.document, current.document) ? frameworkOf(previous) : undefined,
  ]);
  const data = validateMaturityData({
    assessment: current.document,
    framework: framework.document,
    benchmark: benchmark?.document,
    previous: previous?.document,
    previousFramework: previousFramework?.document,
  })!;
  const stale = [current, framework, benchmark, previous, previousFramework].some((f) => f?.stale === true);
  return { data, stale };
}
