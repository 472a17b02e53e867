/**
 * Validation issues in one shape for every check, zod's and ours: a JSON path, what was
 * expected and what was found, so that a person can fix the file.
 */
import type * as z from 'zod/mini';

/** What kind of problem an issue is. Stable: tools may branch on it. */
export type IssueCode =
  /** The text is not JSON (the issue names the line and column). */
  | 'not_json'
  /** A member name appears twice in one object: readers disagree on which value it keeps. */
  | 'duplicate_key'
  /** Arrays and objects nest deeper than 64. */
  | 'too_deep'
  /** A required property is absent. */
  | 'missing'
  /** A value has the wrong JSON type. */
  | 'invalid_type'
  /** A string does not have the expected form (ODS code, date, URL, identifier, ...). */
  | 'invalid_format'
  /** A value is not one of those allowed. */
  | 'invalid_value'
  /** A number, text or list is below its minimum. */
  | 'too_small'
  /** A number, text or list is above its maximum. */
  | 'too_big'
  /** `kind` names no document kind this SDK knows. */
  | 'unknown_kind'
  /** The document is valid but of another kind than the one asked for. */
  | 'wrong_kind'
  /** `schemaVersion` has a major version this SDK does not read. */
  | 'unsupported_version'
  /** Two items of a list share an id that must be unique. */
  | 'duplicate_id'
  /** An id refers to something the framework does not have. */
  | 'unknown_reference'
  /** Prerequisites form a cycle; the message names it. */
  | 'prerequisite_cycle'
  /** A scale or stage list that cannot be used (levels out of order, min not below max, ...). */
  | 'invalid_scale'
  /** Values that contradict each other: an end before its start, quartiles out of order, figures in a suppressed summary. */
  | 'inconsistent'
  /** An assessment is for another framework or framework version. */
  | 'framework_mismatch'
  /** A response names an indicator the framework does not have. */
  | 'unknown_indicator'
  /** Two responses answer the same indicator. */
  | 'duplicate_response'
  /** A response's value does not fit its indicator's measure. */
  | 'value_mismatch';

/** One problem in a document. */
export interface DocumentIssue {
  readonly code: IssueCode;
  /** Where: property names and array indexes from the document's root. */
  readonly path: readonly (string | number)[];
  /** What the document should hold there, in words: `an ODS code: 1 to 9 uppercase letters or digits`. */
  readonly expected: string;
  /** What it holds, in words: `"rgt"`, `nothing`, `an object`. */
  readonly found: string;
  /** `path: expected ..., found ...`, for people. */
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as `responses[3].value`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || '(root)';
}

/** Describes a value in a few words, never echoing more than a short excerpt of it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // By code point, so an excerpt never splits an emoji or other surrogate pair.
    const points = value.length > 60 ? Array.from(value) : undefined;
    const excerpt = points && points.length > 60 ? `${points.slice(0, 57).join('')}...` : value;
    return JSON.stringify(excerpt);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Makes an issue, composing its message. */
export function issue(
  code: IssueCode,
  path: readonly (string | number)[],
  expected: string,
  found: string,
): DocumentIssue {
  return { code, path, expected, found, message: `${formatPath(path)}: expected ${expected}, found ${found}` };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** zod/mini's message when a check was given no words of its own. */
const DEFAULT_MESSAGE = 'Invalid input';
const custom = (i: z.core.$ZodIssue) => (i.message && i.message !== DEFAULT_MESSAGE ? i.message : undefined);

const orList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? 'a valid value') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

function bound(i: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, small: boolean): string {
  const limit = Number(small ? (i as z.core.$ZodIssueTooSmall).minimum : (i as z.core.$ZodIssueTooBig).maximum);
  const inclusive = i.inclusive !== false;
  switch (i.origin) {
    case 'array':
    case 'set':
      return small ? `at least ${limit} item${limit === 1 ? '' : 's'}` : `at most ${limit} items`;
    case 'string':
      return small ? `at least ${limit} character${limit === 1 ? '' : 's'}` : `at most ${limit} characters`;
    default:
      return `a number ${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${limit}`;
  }
}

/** Converts zod's issues (from a parse with `reportInput: true`) into document issues. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): DocumentIssue[] {
  return issues.map((i) => {
    const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
    const converted = fromZodIssue(i, path);
    // zod reports an absent enum or union as a wrong value; for a reader it is missing.
    return converted.found === 'nothing' && path.length > 0
      ? issue('missing', path, converted.expected, 'nothing')
      : converted;
  });
}

function fromZodIssue(i: z.core.$ZodIssue, path: (string | number)[]): DocumentIssue {
  const found = describeValue(i.input);
  switch (i.code) {
    case 'invalid_type': {
      const expected = custom(i) ?? TYPE_WORDS[i.expected] ?? `a ${i.expected}`;
      return issue(i.input === undefined ? 'missing' : 'invalid_type', path, expected, found);
    }
    case 'invalid_format':
      return issue('invalid_format', path, custom(i) ?? `a valid ${i.format}`, found);
    case 'too_small':
      return issue('too_small', path, custom(i) ?? bound(i, true), found);
    case 'too_big':
      return issue('too_big', path, custom(i) ?? bound(i, false), found);
    case 'invalid_value':
      return issue('invalid_value', path, custom(i) ?? orList(i.values.map((v) => JSON.stringify(v))), found);
    case 'invalid_union': {
      if (i.discriminator) {
        // zod reports the object; the reader wants the discriminator's own value.
        const value = (i.input as Record<string, unknown> | undefined)?.[i.discriminator];
        const options = ((i as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o));
        const code = i.discriminator === 'kind' && path.length === 1 ? 'unknown_kind' : 'invalid_value';
        return issue(
          value === undefined ? 'missing' : code,
          path,
          `one of ${options.join(', ')}`,
          describeValue(value),
        );
      }
      const alternatives = i.errors.map((branch) => {
        const first = branch[0];
        return first?.code === 'invalid_type'
          ? (TYPE_WORDS[first.expected] ?? first.expected)
          : (custom(first!) ?? 'another value');
      });
      return issue('invalid_type', path, orList([...new Set(alternatives)]), found);
    }
    default:
      return issue('invalid_value', path, custom(i) ?? 'a valid value', found);
  }
}
