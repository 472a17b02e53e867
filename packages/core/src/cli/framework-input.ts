/** Where the workbook commands get their framework: a file, a URL, or the bundled ones by id. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Framework } from '../format/kinds/framework.js';
import { parseDocumentText } from '../format/parse.js';
import { readInput } from './io.js';

/** Reads and validates a framework from a file or an http(s) URL. */
export async function readFramework(input: string): Promise<Framework> {
  return parseDocumentText(await readInput(input), { kind: 'Framework', source: input });
}

/**
 * The package's data/frameworks folder, found upwards from this module: the source (src/cli/)
 * and the build (dist/) sit at different depths below the package root.
 */
function bundledFrameworksDir(): string | undefined {
  let dir = new URL('.', import.meta.url);
  for (let depth = 0; depth < 4; depth++) {
    const candidate = fileURLToPath(new URL('data/frameworks/', dir));
    if (existsSync(join(fileURLToPath(dir), 'package.json')) && existsSync(candidate)) return candidate;
    dir = new URL('..', dir);
  }
  return undefined;
}

/** The bundled framework with this id and version, if the package holds it. */
export function bundledFramework(id: string, version: string): Framework | undefined {
  const dir = bundledFrameworksDir();
  if (!dir) return undefined;
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    const framework = parseDocumentText(readFileSync(file, 'utf8'), { kind: 'Framework', source: file });
    if (framework.id === id && framework.version === version) return framework;
  }
  return undefined;
}
