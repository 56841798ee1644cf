// Fixture roots for tests: a scenario folder holds only the files that differ from the minimal
// valid site, and is laid over a fresh copy of it in a temporary folder.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A temporary MILEPOST_ROOT: tests/fixtures/minimal with tests/fixtures/<scenario> on top. */
export function fixtureRoot(scenario?: string): string {
  const root = mkdtempSync(join(tmpdir(), `milepost-${(scenario ?? 'minimal').replaceAll('/', '-')}-`));
  cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
  if (scenario) cpSync(join(FIXTURES, scenario), root, { recursive: true });
  return root;
}
