/**
 * Finds where JSON text stops being JSON. Node 20's `JSON.parse` often names no position
 * ("Unexpected token 'o', ... is not valid JSON"), and a person fixing a file needs the line.
 * Only called after `JSON.parse` has failed; iterative, so deep nesting cannot overflow.
 */

/** The line and column (1-based) of the first character that breaks the JSON grammar. */
export function locateJsonError(text: string): { line: number; column: number; offset: number } {
  const offset = firstBadOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function firstBadOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  // What may come next: a value, or (inside a container) a separator or the closing bracket.
  const stack: ('{' | '[')[] = [];
  let expectValue = true;
  for (;;) {
    skip();
    if (i >= text.length) return i;
    const c = text[i]!;
    if (expectValue) {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{') {
          if (!match(STRING)) return i;
          skip();
          if (text[i] !== ':') return i;
          i++;
        }
        continue;
      }
      if (c === '"') {
        if (!match(STRING)) return i;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (!match(NUMBER)) return i;
      expectValue = false;
      continue;
    }
    const top = stack.at(-1);
    if (!top) return i; // text after the end of the document
    if (c === ',') {
      i++;
      if (top === '{') {
        skip();
        if (!match(STRING)) return i;
        skip();
        if (text[i] !== ':') return i;
        i++;
      }
      expectValue = true;
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}
