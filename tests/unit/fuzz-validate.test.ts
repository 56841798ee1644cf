// Property-based fuzzing of the validator: valid sample files, mutated the ways YAML goes wrong
// in real life (and some hostile ways), must never crash or hang it, and every diagnostic must
// point inside the file. 10,000 cases per run (FUZZ_RUNS to change).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/content/parse-file.ts';
import type { Kind } from '../../src/schemas/index.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
const SLOW_CASE_MS = 1_000;

const SAMPLES: { kind: Kind; path: string; share: number }[] = [
  { kind: 'plan', path: 'plans/starter.yaml', share: 0.4 },
  { kind: 'course', path: 'content/courses/basics.yaml', share: 0.15 },
  { kind: 'certification', path: 'content/certifications/certified.yaml', share: 0.1 },
  { kind: 'faq', path: 'content/faqs/general.yaml', share: 0.1 },
  { kind: 'video', path: 'content/videos/tour.yaml', share: 0.1 },
  { kind: 'site', path: 'content/site.yaml', share: 0.1 },
  { kind: 'article', path: 'content/kb/Getting started/First steps/welcome.md', share: 0.05 },
];

type Mutation = (text: string) => string;

const lines = (text: string) => text.split('\n');
const at = (text: string, ratio: number) => Math.floor(ratio * (text.length + 1));

/** One mutation: the everyday mistakes of a YAML editor, and hostile input. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Mutation => (t) => lines(t).filter((_, i, all) => i !== Math.floor(r * all.length)).join('\n')),
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Mutation => (t) => {
    const all = lines(t);
    const i = Math.floor(r * all.length);
    return [...all.slice(0, i + 1), all[i] ?? '', ...all.slice(i + 1)].join('\n');
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Mutation => (t) => t.slice(0, at(t, r))),
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Mutation => (t) => `${t.slice(0, at(t, r))}\t${t.slice(at(t, r))}`),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 12 })).map(([r, junk]): Mutation => (t) => `${t.slice(0, at(t, r))}${junk}${t.slice(at(t, r))}`),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(': ', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!!binary ', '? ', '|', '>', '#', '---\n', '%YAML 1.1\n')).map(
    ([r, token]): Mutation =>
      (t) => `${t.slice(0, at(t, r))}${token}${t.slice(at(t, r))}`,
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('[]', '{}', '123', '-7', 'null', '~', 'true', '"', '2026-13-45', '.inf', '0x1F', 'javascript:alert(1)', '<script>alert(1)</script>')).map(
    ([r, value]): Mutation =>
      (t) => {
        const all = lines(t);
        const i = Math.floor(r * all.length);
        all[i] = (all[i] ?? '').replace(/:\s.*$/, `: ${value}`);
        return all.join('\n');
      },
  ),
  fc.integer({ min: 10_000, max: 100_000 }).map((n): Mutation => (t) => `${t}\nhuge: "${'x'.repeat(n)}"\n`),
  fc.integer({ min: 100, max: 3_000 }).map((n): Mutation => (t) => `${t}\ndeep: ${'['.repeat(n)}${']'.repeat(n)}\n`),
  fc.integer({ min: 50, max: 1_000 }).map((n): Mutation => (t) => `${t}\nnested:\n${Array.from({ length: n }, (_, d) => `${' '.repeat(d + 1)}k${d}:`).join('\n')} end\n`),
  fc.constant<Mutation>((t) => `${t}\nbomb0: &b0 [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `bomb${i + 1}: &b${i + 1} [${Array(9).fill(`*b${i}`).join(', ')}]`).join('\n')}\n`),
  fc.constant<Mutation>((t) => `${lines(t)[0]}\n${t}`),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
);

function checkCase(kind: Kind, path: string, text: string) {
  const started = performance.now();
  const parsed = parseSourceText({ kind, path, absolute: `/fuzz/${path}` }, text);
  const elapsed = performance.now() - started;
  expect(elapsed, 'a single file took too long').toBeLessThan(SLOW_CASE_MS);
  const fileLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const d of parsed.diagnostics) {
    expect(d.line, `${d.rule} line`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.rule} line`).toBeLessThanOrEqual(fileLines.length);
    expect(d.column, `${d.rule} column`).toBeGreaterThanOrEqual(1);
    expect(d.column, `${d.rule} column at line ${d.line}`).toBeLessThanOrEqual((fileLines[d.line - 1] ?? '').length + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (parsed.diagnostics.some((d) => d.severity === 'error')) expect(parsed.data).toBeUndefined();
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
