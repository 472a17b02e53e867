/**
 * Just enough YAML to read `openapi.yaml` in a test without a dependency: block mappings and
 * sequences, plain and quoted scalars, `|` and `>` block scalars, one-line `[a, b]` and `{}`.
 * Anything else (anchors, tags, multi-line flow collections, trailing comments) is an error,
 * so the file stays within what this reads, and within what every YAML parser reads alike.
 */

interface Line {
  indent: number;
  text: string;
  number: number;
}

/** Parses the YAML subset described above. */
export function parseYaml(source: string): unknown {
  const lines: Line[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*(#|$)/.test(raw)) return lines.push({ indent: -1, text: '', number: i + 1 });
    if (/^\t| \t/.test(raw)) throw new SyntaxError(`line ${i + 1}: tabs are not allowed`);
    const indent = raw.length - raw.trimStart().length;
    lines.push({ indent, text: raw.trimEnd().slice(indent), number: i + 1 });
  });
  const state = { lines, at: 0 };
  skipBlank(state);
  const value = parseBlock(state, 0);
  skipBlank(state);
  if (state.at < lines.length) throw new SyntaxError(`line ${lines[state.at]!.number}: unexpected indentation`);
  return value;
}

type State = { lines: Line[]; at: number };

function skipBlank(state: State): void {
  while (state.at < state.lines.length && state.lines[state.at]!.indent < 0) state.at++;
}

function parseBlock(state: State, indent: number): unknown {
  const first = state.lines[state.at]!;
  return first.text.startsWith('- ') || first.text === '-' ? parseSequence(state, indent) : parseMapping(state, indent);
}

function parseSequence(state: State, indent: number): unknown[] {
  const items: unknown[] = [];
  for (skipBlank(state); state.at < state.lines.length; skipBlank(state)) {
    const line = state.lines[state.at]!;
    if (line.indent < indent) break;
    if (line.indent > indent || !(line.text.startsWith('- ') || line.text === '-'))
      throw new SyntaxError(`line ${line.number}: expected "- " at column ${indent + 1}`);
    const rest = line.text.slice(2).trimStart();
    if (rest === '') {
      state.at++;
      skipBlank(state);
      items.push(parseBlock(state, state.lines[state.at]!.indent));
    } else if (keyValue(rest)) {
      // "- key: value" opens a mapping whose keys line up with "key".
      const inner = line.indent + (line.text.length - rest.length);
      state.lines[state.at] = { ...line, indent: inner, text: rest };
      items.push(parseMapping(state, inner));
    } else {
      state.at++;
      items.push(scalar(rest, line.number));
    }
  }
  return items;
}

function parseMapping(state: State, indent: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (skipBlank(state); state.at < state.lines.length; skipBlank(state)) {
    const line = state.lines[state.at]!;
    if (line.indent < indent) break;
    if (line.indent > indent) throw new SyntaxError(`line ${line.number}: unexpected indentation`);
    const pair = keyValue(line.text);
    if (!pair) throw new SyntaxError(`line ${line.number}: expected "key: value"`);
    if (Object.hasOwn(map, pair.key)) throw new SyntaxError(`line ${line.number}: duplicate key ${pair.key}`);
    state.at++;
    if (pair.value === '|' || pair.value === '>' || pair.value === '|-' || pair.value === '>-') {
      map[pair.key] = blockScalar(state, indent, pair.value);
    } else if (pair.value === '') {
      skipBlank(state);
      const next = state.lines[state.at];
      // A sequence may sit at the key's own indentation, as is usual in YAML.
      const nested = next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')));
      map[pair.key] = nested ? parseBlock(state, next.indent) : null;
    } else {
      map[pair.key] = scalar(pair.value, line.number);
    }
  }
  return map;
}

function keyValue(text: string): { key: string; value: string } | undefined {
  const found = /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#\-[{][^:]*?|-[^\s:][^:]*?))\s*:(?:\s+(.*))?$/.exec(
    text,
  );
  if (!found) return undefined;
  const key =
    found[1] !== undefined
      ? found[1].replace(/''/g, "'")
      : found[2] !== undefined
        ? (JSON.parse(`"${found[2]}"`) as string)
        : found[3]!;
  return { key, value: (found[4] ?? '').trim() };
}

function blockScalar(state: State, indent: number, style: string): string {
  const collected: string[] = [];
  let inner = -1;
  while (state.at < state.lines.length) {
    const line = state.lines[state.at]!;
    if (line.indent >= 0 && line.indent <= indent) break;
    if (line.indent >= 0 && inner < 0) inner = line.indent;
    collected.push(line.indent < 0 ? '' : ' '.repeat(line.indent - inner) + line.text);
    state.at++;
  }
  while (collected.at(-1) === '') collected.pop();
  const text = style.startsWith('|')
    ? collected.join('\n')
    : collected.join('\n').replace(/([^\n])\n(?=[^\n ])/g, '$1 ');
  return style.endsWith('-') ? text : `${text}\n`;
}

function scalar(text: string, number: number): unknown {
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new SyntaxError(`line ${number}: unterminated '...'`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text === '{}') return {};
  if (text === '[]') return [];
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new SyntaxError(`line ${number}: a [...] must end on its line`);
    return text
      .slice(1, -1)
      .split(',')
      .map((item) => scalar(item.trim(), number));
  }
  if (/^[&*!|>%@`{]/.test(text) || / #/.test(text))
    throw new SyntaxError(`line ${number}: not in the YAML subset this test reads: ${text}`);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null' || text === '~') return null;
  if (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text)) return Number(text);
  return text;
}
