// Turns zod issues into diagnostics a CS editor can act on: plain words, the exact key, a hint.
import type { z } from 'zod';
import { PATTERN_RULES } from '../schemas/common.ts';
import { closest } from './did-you-mean.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

type Located = Omit<Diagnostic, 'file'>;
type Issue = z.core.$ZodIssue;

/** The zod schema found by following `path` through objects, arrays and wrappers. */
function schemaAt(schema: z.core.$ZodType, path: readonly PathSegment[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let index = 0; current && index <= path.length; index++) {
    current = unwrap(current);
    if (index === path.length) return current;
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    const segment = path[index]!;
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function keysAt(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  const found = schemaAt(schema, path);
  const def = found?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a map of keys';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the value' : 'a'} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
  date: 'a date (YYYY-MM-DD)',
};

function where(path: readonly PathSegment[]): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return key ? `"${key}"` : 'This value';
}

/** Size rules of lists with a name of their own, keyed by the list's key. */
const LIST_RULES: Record<string, { rule: string; message: (count: number) => string }> = {
  done: { rule: 'done-empty', message: () => 'A milestone needs a definition of done with at least one item' },
  milestones: { rule: 'milestone-count', message: (count) => `A plan needs 3 to 5 milestones; this one has ${count}` },
};

/** Required keys whose absence has a rule of its own. */
const MISSING_KEY_RULES: Record<string, { rule: string; message: string; hint: string }> = {
  timezone: {
    rule: 'session-timezone',
    message: 'This session has no time zone, so customers abroad would see the wrong time',
    hint: 'Add `timezone:` with an IANA name, like Europe/Berlin or America/New_York.',
  },
};

export function diagnosticsFromIssues(issues: readonly Issue[], schema: z.core.$ZodType, data: unknown, source: YamlSource): Located[] {
  // A misspelt required key shows up twice (unknown "dueDya", missing "dueDay"): report it once.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path as PathSegment[]);
    for (const key of issue.keys) {
      const suggestion = closest(key, known);
      if (suggestion) misspelt.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  return issues.flatMap((issue) => (misspelt.has(JSON.stringify(issue.path)) ? [] : fromIssue(issue, schema, data, source)));
}

function isMissing(data: unknown, path: readonly PathSegment[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path.at(-1);
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof last === 'string' && !(last in parent);
}

function fromIssue(issue: Issue, schema: z.core.$ZodType, data: unknown, source: YamlSource): Located[] {
  const path = issue.path as PathSegment[];
  const base = { severity: 'error' as const };
  if (issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && isMissing(data, path)) {
    const key = String(path.at(-1));
    const special = MISSING_KEY_RULES[key];
    const expected = issue.code === 'invalid_type' ? (EXPECTED[issue.expected] ?? issue.expected) : undefined;
    return [
      {
        ...base,
        ...source.positionOf(path.slice(0, -1), 'value'),
        rule: special?.rule ?? 'missing-key',
        message: special?.message ?? `Missing required key "${key}"`,
        hint:
          special?.hint ??
          (issue.code === 'invalid_value'
            ? `Add \`${key}:\` with one of: ${issue.values.map(String).join(', ')}.`
            : `Add \`${key}:\` here${expected ? ` (${expected})` : ''}.`),
      },
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        return {
          ...base,
          ...source.positionOf([...path, key], 'key'),
          rule: 'unknown-key',
          message: `Unknown key "${key}"`,
          hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Allowed keys here: ${known.join(', ')}.`,
        };
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      const format = (schemaAt(schema, path)?._zod.def as { format?: string } | undefined)?.format;
      const expected = format === 'safeint' ? 'int' : issue.expected;
      return [
        {
          ...base,
          ...source.positionOf(path),
          rule: 'wrong-type',
          message: `${where(path)} should be ${EXPECTED[expected] ?? expected}, but it is ${describe(value)}`,
        },
      ];
    }
    case 'invalid_value': {
      const value = valueAt(data, path);
      const options = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
      return [
        {
          ...base,
          ...source.positionOf(path),
          rule: 'invalid-value',
          message: `${where(path)} is ${describe(value)}, which is not one of: ${options.join(', ')}`,
          ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
      const listRule = issue.origin === 'array' ? LIST_RULES[String(path.at(-1))] : undefined;
      if (listRule) {
        const value = valueAt(data, path);
        return [
          { ...base, ...source.positionOf(path), rule: listRule.rule, message: listRule.message(Array.isArray(value) ? value.length : 0) },
        ];
      }
      const message =
        issue.origin === 'array'
          ? `${where(path)} needs ${small ? 'at least' : 'at most'} ${limit} item${Number(limit) === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? `${where(path)} ${small ? (Number(limit) <= 1 ? 'must not be empty' : `needs at least ${limit} characters`) : `is longer than ${limit} characters`}`
            : `${where(path)} must be ${small ? 'at least' : 'at most'} ${limit}`;
      return [
        {
          ...base,
          ...source.positionOf(path),
          rule: 'out-of-range',
          message,
        },
      ];
    }
    case 'invalid_union': {
      // A value that may take several forms (a list, or one item of it): the problems of the form
      // it has, else of the first form ("should be a list").
      const branches = (issue as z.core.$ZodIssueInvalidUnion).errors;
      const ofItsForm =
        branches.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0)) ?? branches[0] ?? [];
      return ofItsForm.flatMap((inner) => fromIssue({ ...inner, path: [...path, ...inner.path] } as Issue, schema, data, source));
    }
    case 'custom':
    case 'invalid_format': {
      const params = (issue as { params?: { rule?: string; hint?: string; candidates?: string[] } }).params ?? {};
      const patternRule = issue.code === 'invalid_format' && issue.pattern ? PATTERN_RULES.get(issue.pattern) : undefined;
      const value = valueAt(data, path);
      const suggestion = params.candidates && typeof value === 'string' ? closest(value, params.candidates) : undefined;
      const hint = params.hint ?? (suggestion ? `Did you mean \`${suggestion}\`?` : undefined);
      return [
        {
          ...base,
          ...source.positionOf(path),
          rule: params.rule ?? patternRule ?? 'invalid-format',
          message: issue.message,
          ...(hint ? { hint } : {}),
        },
      ];
    }
    default:
      return [{ ...base, ...source.positionOf(path), rule: 'invalid-value', message: issue.message }];
  }
}
