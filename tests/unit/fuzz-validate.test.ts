// Property-based fuzzing of the validator: valid sample files, mutated the ways YAML goes wrong
// in real life (and some hostile ways), must never crash or hang it, and every diagnostic must
// point inside the file. 10,000 cases per run (FUZZ_RUNS to change).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/content/parse-file.ts';
import { checkCrossFieldRules } from '../../src/content/passes/cross-field-rules.ts';
import { checkFileSchema } from '../../src/content/passes/schemas.ts';
import type { Kind } from '../../src/schemas/index.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { mutation } from '../helpers/mutations.ts';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
// A guard against hangs (an alias bomb, runaway nesting), not a speed test: such a case takes
// 20–100 ms, and one took 1,023 ms on a machine running two builds at once (load average 6).
const SLOW_CASE_MS = 5_000;

const SAMPLES: { kind: Kind; path: string; share: number }[] = [
  { kind: 'plan', path: 'plans/starter.yaml', share: 0.4 },
  { kind: 'course', path: 'content/courses/basics.yaml', share: 0.15 },
  { kind: 'certification', path: 'content/certifications/certified.yaml', share: 0.1 },
  { kind: 'faq', path: 'content/faqs/general.yaml', share: 0.1 },
  { kind: 'video', path: 'content/videos/tour.yaml', share: 0.1 },
  { kind: 'site', path: 'content/site.yaml', share: 0.1 },
  { kind: 'article', path: 'content/kb/Getting started/First steps/welcome.md', share: 0.05 },
];

function checkCase(kind: Kind, path: string, text: string) {
  const started = performance.now();
  const parsed = parseSourceText({ kind, path, absolute: `/fuzz/${path}` }, text);
  const checked = checkFileSchema(parsed);
  const crossField = checkCrossFieldRules([parsed]);
  const elapsed = performance.now() - started;
  expect(elapsed, 'a single file took too long').toBeLessThan(SLOW_CASE_MS);
  const fileLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const d of [...parsed.diagnostics, ...checked.diagnostics, ...crossField]) {
    expect(d.line, `${d.rule} line`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.rule} line`).toBeLessThanOrEqual(fileLines.length);
    expect(d.column, `${d.rule} column`).toBeGreaterThanOrEqual(1);
    expect(d.column, `${d.rule} column at line ${d.line}`).toBeLessThanOrEqual((fileLines[d.line - 1] ?? '').length + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if ([...parsed.diagnostics, ...checked.diagnostics].some((d) => d.severity === 'error')) expect(checked.data).toBeUndefined();
}

describe('validator fuzzing', () => {
  for (const { kind, path, share } of SAMPLES) {
    const original = readFileSync(join(FIXTURES, 'minimal', path), 'utf8');
    const runs = Math.max(1, Math.round(TOTAL * share));
    it(`never crashes, hangs or points outside a mutated ${kind} file (${runs} cases)`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const text = mutations.reduce((current, mutate) => mutate(current), original);
          checkCase(kind, path, text);
        }),
        { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
    }, 120_000);
  }
});
