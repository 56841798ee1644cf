// Mutations of valid content files, the ways YAML goes wrong in real life (and some hostile
// ways), shared by the validator fuzzing and the "valid means it builds" test.
import fc from 'fast-check';

export type Mutation = (text: string) => string;

const lines = (text: string) => text.split('\n');
const at = (text: string, ratio: number) => Math.floor(ratio * (text.length + 1));

/** One mutation: the everyday mistakes of a YAML editor, and hostile input. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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

