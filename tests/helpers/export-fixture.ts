// An export fixture built once for the tests of one describe block, with the test every export's
// build test starts with: it validates with exactly the problems expected (none, or each true
// warning as "file:line:col severity rule"), and it builds.
import { beforeAll, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, type BuildOptions, type BuildResult } from './build.ts';
import { FIXTURES } from './fixtures.ts';

export interface BuiltExport {
  root: string;
  /** The build, once beforeAll has run. */
  build: BuildResult;
}

export function builtExport(fixture: string, expectedProblems: string[] = [], options: BuildOptions = {}): BuiltExport {
  const site = { root: `${FIXTURES}${fixture}` } as BuiltExport;
  beforeAll(() => {
    site.build = buildSite(site.root, options);
  });
  const warnings = expectedProblems.length === 1 ? 'one true warning' : `${expectedProblems.length} true warnings`;
  it(expectedProblems.length === 0 ? 'validates without a problem, and builds' : `validates with ${warnings}, and builds`, () => {
    const found = validateRoot(site.root).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(found).toEqual(expectedProblems);
    expect(site.build.code, site.build.output.slice(-3000)).toBe(0);
  });
  return site;
}
