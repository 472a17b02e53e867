/**
 * Loads an element's documents by URL through the page's one shared client, so that elements
 * showing one document make one request. The framework is found from the assessment's own
 * reference, where the publishing layout puts it, unless `framework-src` says otherwise.
 */
import { OpenMaturityError, type Assessment } from '@openmaturity/core';
import { baseUrlFor, readLayoutPath, sharedReader } from '@openmaturity/core/client';
import { assessmentKind, benchmarkKind, frameworkKind } from '@openmaturity/core/format';
import { loadFromSources, type Loaded } from './data-source.js';
import { sortDocuments, validateMaturityData, type MaturityData, type MaturityInput } from './maturity-data.js';

export interface RemoteSources {
  src: string;
  frameworkSrc?: string;
  benchmarkSrc?: string;
  previousSrc?: string;
  signal: AbortSignal;
}

/**
 * The data of the scorecard, the checklist and the chart: the documents set as properties, else
 * those at their URLs, else those inline; validated and fitted together, then made into what the
 * element shows by `view` (at once, or later when that needs a module loaded on first use).
 */
export function loadMaturity<T>(
  host: HTMLElement,
  given: MaturityInput,
  sources: Omit<RemoteSources, 'src'> & { src?: string },
  view: (data: MaturityData) => T | Promise<T>,
): Loaded<T> | undefined | Promise<Loaded<T> | undefined> {
  return loadFromSources(host, {
    properties: Object.values(given).some((v) => v !== undefined) ? given : undefined,
    src: sources.src,
    fetch: (src) =>
      loadMaturityData({ ...sources, src }).then(async ({ data, stale }) => ({ value: await view(data), stale })),
    inline: sortDocuments,
    read: (input) => {
      const data = validateMaturityData(input);
      return data && view(data);
    },
  });
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

export async function loadMaturityData(sources: RemoteSources): Promise<{ data: MaturityData; stale: boolean }> {
  const client = sharedReader([assessmentKind, frameworkKind, benchmarkKind]);
  const { signal } = sources;
  const get = (url: string | undefined, kind: 'Assessment' | 'Framework' | 'Benchmark') =>
    url ? client.get(absolute(url), { kind, signal }) : undefined;
  const frameworkOf = (fetched: { url: string; document: unknown }, explicit?: string) => {
    if (explicit) return get(explicit, 'Framework')!;
    const assessment = fetched.document as Assessment;
    const path = frameworkKind.publishing.document.path(assessment.framework.id, assessment.framework.version);
    let base: string;
    try {
      const { document: where } = assessmentKind.publishing;
      const [odsCode, periodId] = assessmentKind.publishing.ids(assessment) as [string, string];
      base = baseUrlFor(fetched.url, where.path(odsCode, periodId), 'Assessment');
    } catch (error) {
      // Not read from a publishing layout: there is no place the framework would be.
      return Promise.reject(new FrameworkNotFoundError(path, error));
    }
    return readLayoutPath(base, path, (url) => get(url, 'Framework')!).catch((error: { code?: string }) => {
      throw error?.code === 'ERR_NOT_FOUND' ? new FrameworkNotFoundError(new URL(path, base).href, error) : error;
    });
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

/**
 * The framework was not where the publishing layout puts it, beside the assessment: the page
 * must say where it is with `framework-src`. Code `ERR_FRAMEWORK_NOT_FOUND`; `url` is the
 * address the layout expected.
 */
export class FrameworkNotFoundError extends OpenMaturityError {
  /** Where the layout puts the framework: a URL, or the layout's path when the assessment was not read from a layout. */
  readonly url: string;
  /** Why, in the words of the error underneath (the client's, or the layout's). */
  readonly detail: string;

  constructor(url: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      'ERR_FRAMEWORK_NOT_FOUND',
      `The framework is not at ${url}, where the publishing layout puts it (${detail}); set framework-src to its address.`,
      { cause },
    );
    this.url = url;
    this.detail = detail;
  }
}
