/** `openmaturity snippet <file>...`: documents as markup a CMS can paste into a page. */
import { parseArgs } from 'node:util';
import { inlineScript } from '../format/inline-json.js';
import { parseDocumentText } from '../format/parse.js';
import { readText, UsageError, type ExitCode, type Io } from './io.js';

/** The help text of `openmaturity snippet`. */
export const snippetHelp = `Usage: openmaturity snippet <file>... [--element <name>]

Prints each document, once it is valid, as a <script type="application/json"> element to paste
inside an OpenMaturity element, for a CMS that can paste markup but cannot set properties:
  openmaturity snippet statement.json --element om-conformance-badge
"<", ">" and "&" are written as the JSON escapes \\u003c, \\u003e and \\u0026 (and U+2028, U+2029
as \\u2028, \\u2029), so that no text in a document, "</script>" included, can end the element
early; every JSON reader reads the same document. Paste the output as it is: a CMS that
re-encodes it, or a template that inserts JSON without these escapes, is not safe.
--element  wrap the scripts in this element (for example om-scorecard), ready to paste.`;

/** A custom element's name: nothing that could close or open other markup. */
const ELEMENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/**
 * Runs `openmaturity snippet`.
 *
 * @example
 * ```ts
 * await snippetCommand(['assessment.json', 'framework.json', '--element', 'om-scorecard'], processIo);
 * ```
 */
export function snippetCommand(args: string[], io: Io): ExitCode {
  const { values, positionals } = parseArgs({
    args,
    options: { element: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('snippet needs at least one document file');
  const element = values.element;
  if (element !== undefined && !ELEMENT.test(element))
    throw new UsageError(`--element must be a custom element's name, such as om-scorecard; got "${element}"`);
  // Every file is read and validated before anything is printed: no half snippet to paste.
  const scripts = positionals.map((file) => inlineScript(parseDocumentText(readText(file), { source: file })));
  io.stdout(
    element ? `<${element}>\n${scripts.map((s) => `  ${s}\n`).join('')}</${element}>\n` : `${scripts.join('\n')}\n`,
  );
  return 0;
}
