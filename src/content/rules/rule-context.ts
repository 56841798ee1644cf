// What a cross-field rule works with: the readable parts of one file, and a way to report a
// problem at a path in it. Rules read raw YAML values, so they check shapes as they go.
import { closest } from '../did-you-mean.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { PathSegment, YamlSource } from '../yaml-source.ts';

export interface RuleContext {
  report(
    path: readonly PathSegment[],
    rule: string,
    message: string,
    options?: { hint?: string; value?: string; candidates?: Iterable<string> },
  ): void;
}

export function ruleContext(file: string, source: YamlSource, diagnostics: Diagnostic[]): RuleContext {
  return {
    report(path, rule, message, options = {}) {
      const suggestion = options.value !== undefined && options.candidates ? closest(options.value, options.candidates) : undefined;
      const hint = options.hint ?? (suggestion ? `Did you mean \`${suggestion}\`?` : undefined);
      diagnostics.push({ file, ...source.positionOf(path), severity: 'error', rule, message, ...(hint ? { hint } : {}) });
    },
  };
}

export type Raw = Record<string, unknown>;

/** The value as a map of keys, or undefined. */
export const asMap = (value: unknown): Raw | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as Raw) : undefined;

/** The value as a list, or an empty list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
