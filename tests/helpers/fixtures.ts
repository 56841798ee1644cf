// Fixture roots for tests: a scenario folder holds only the files that differ from the minimal
// valid site, and is laid over a fresh copy of it in a temporary folder.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A temporary MILEPOST_ROOT: tests/fixtures/minimal with tests/fixtures/<scenario> on top. */
export function fixtureRoot(scenario?: string): string {
  const root = mkdtempSync(join(tmpdir(), `milepost-${(scenario ?? 'minimal').replaceAll('/', '-')}-`));
  cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
  if (scenario) cpSync(join(FIXTURES, scenario), root, { recursive: true });
  return root;
}

/** A temporary MILEPOST_ROOT: tests/fixtures/minimal with these files (path → text) added or replaced. */
export function fixtureRootWith(files: Record<string, string>): string {
  const root = fixtureRoot();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
