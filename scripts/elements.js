// The widgets' elements, derived from the folders: every folder of packages/widgets/src with a
// define.ts (but `internal`, the shared code) is an element whose tag is `om-<folder>`. The build, the size table and the tests of
// the build read this list, so adding an element is adding its folder.
import { existsSync, readdirSync } from 'node:fs';

const src = new URL('../packages/widgets/src/', import.meta.url);

/** The elements' folders, sorted: `scorecard`, `conformance-badge`, ... */
export const elementFolders = readdirSync(src, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && entry.name !== 'internal' && existsSync(new URL(`${entry.name}/define.ts`, src)),
  )
  .map((entry) => entry.name)
  .sort();

/** The elements' tags: `om-scorecard`, `om-conformance-badge`, ... */
export const elementTags = elementFolders.map((folder) => `om-${folder}`);
