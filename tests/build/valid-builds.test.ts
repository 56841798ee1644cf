// Fuzzing, last property: a mutated file that passes validation always builds. Mutants of the
// sample plan and course that the validator accepts are added to a site, which must build.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { mutation } from '../helpers/mutations.ts';

const WANTED = 12;

describe('a file that passes validation', () => {
  let root: string;
  let accepted = 0;
  let tried = 0;
  let build: BuildResult;
  beforeAll(() => {
    root = fixtureRoot();
    for (const [folder, file] of [['plans', 'starter.yaml'], ['content/courses', 'basics.yaml']] as const) {
      const original = readFileSync(join(FIXTURES, 'minimal', folder, file), 'utf8');
      const samples = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 2 }), { numRuns: 400, seed: 7 });
      let kept = 0;
      for (const [index, mutations] of samples.entries()) {
        if (kept >= WANTED / 2) break;
        tried++;
        const target = join(root, folder, `mutant-${index}.yaml`);
        writeFileSync(target, mutations.reduce((text, mutate) => mutate(text), original));
        // Keep the mutant only if the whole site still validates (a duplicate id is an error too).
        if (validateRoot(root).errors === 0) kept++;
        else writeFileSync(target, original.replace(/^title: (.*)$/m, `title: $1 (mutant ${index})`));
      }
      accepted += kept;
    }
    build = buildSite(root);
  });

  it('always builds', () => {
    console.log(`[fuzz] ${accepted} valid mutants kept of ${tried} tried; build exit ${build.code}`);
    expect(accepted).toBeGreaterThan(0);
    expect(validateRoot(root).errors).toBe(0);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });
});
