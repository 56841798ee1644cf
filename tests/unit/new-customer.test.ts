// `milepost new customer <id>` and `milepost new key`, run as real processes: a customer file with a
// fresh key that validates, never an overwritten one.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weakKeyProblem } from '../../src/lib/customer-key.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const CLI = fileURLToPath(new URL('../../src/cli/milepost.ts', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('milepost new', () => {
  it('writes customers/<id>.yaml with a fresh strong key, on the only published plan, that validates', () => {
    const root = fixtureRoot();
    const made = run([
      'new',
      'customer',
      'acme-corp',
      '--root',
      root,
      '--kickoff',
      '2026-11-02',
      '--timezone',
      'Europe/Berlin',
      '--csm',
      'Sofia Marin <sofia@fixture.example>',
    ]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('wrote customers/acme-corp.yaml with a fresh key, on the plan "starter"');
    const text = readFileSync(join(root, 'customers/acme-corp.yaml'), 'utf8');
    const key = /^key: ([0-9a-f]+)$/m.exec(text)![1]!;
    expect(key).toHaveLength(32);
    expect(weakKeyProblem(key)).toBeUndefined();
    expect(text).toContain('name: "Acme Corp"');
    const validated = run(['validate', '--root', root]);
    expect(validated.stdout).toBe('✔ 0 errors, 0 warnings in 8 files\n');
  });

  it('gives every customer a different key', () => {
    const keys = new Set(Array.from({ length: 5 }, () => run(['new', 'key']).stdout.trim()));
    expect(keys.size).toBe(5);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('never overwrites a customer file, and says so', () => {
    const root = fixtureRoot();
    expect(run(['new', 'customer', 'acme-corp', '--root', root]).status).toBe(0);
    writeFileSync(join(root, 'customers/acme-corp.yaml'), 'edited by hand\n');
    const again = run(['new', 'customer', 'acme-corp', '--root', root]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('customers/acme-corp.yaml already exists; a customer keeps its key');
    expect(readFileSync(join(root, 'customers/acme-corp.yaml'), 'utf8')).toBe('edited by hand\n');
  });

  it('leaves the CSM for the editor to fill in when none is given, and validation says so', () => {
    const root = fixtureRoot();
    run(['new', 'customer', 'acme-corp', '--root', root]);
    const validated = run(['validate', '--root', root]);
    expect(validated.stdout).toContain('error  missing-key  Missing required key "csm"');
  });
});
