// customers/<id>.yaml as a CS editor writes it: every rule reported at the line and column of
// the key or value to fix, with words that say what to type instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const NOW = new Date('2026-11-24T00:00:00Z');
const KEY = '9f86d081884c7d659a2feaa0c55ad015';

const VALID = `name: Acme Corp
plan: starter
kickoff: 2026-11-01
timezone: America/Chicago
key: ${KEY}
csm:
  name: Sofia Marin
  email: sofia@fixture.example
progress:
  first-event:
    reached: 2026-11-03
  first-dashboard:
    checked:
      - One dashboard shared with three or more people
`;

/** The minimal site with these customer files, validated as of NOW. */
function validate(files: Record<string, string>) {
  const root = fixtureRoot();
  mkdirSync(join(root, 'customers'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'customers', name), text);
  const result = validateRoot(root, { now: NOW });
  return { result, found: result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`) };
}

describe('customer files', () => {
  it('accept a customer on a published plan with progress that fits it', () => {
    const { result } = validate({ 'acme-corp.yaml': VALID });
    expect(result.diagnostics).toEqual([]);
    expect(result.content.customers.map((c) => c.id)).toEqual(['acme-corp']);
  });

  it('name a plan that does not exist, with the closest one', () => {
    const { result, found } = validate({ 'acme-corp.yaml': VALID.replace('plan: starter', 'plan: startr') });
    expect(found).toEqual(['customers/acme-corp.yaml:2:7 error dangling-reference']);
    expect(result.diagnostics[0]!.message).toBe('There is no plan "startr" in plans/');
    expect(result.diagnostics[0]!.hint).toBe('Did you mean `starter`?');
  });

  it('name a milestone the plan does not have, and a done item written differently from the plan', () => {
    const text = VALID.replace('  first-event:', '  first-evnt:').replace(
      'One dashboard shared with three or more people',
      'One dashboard shared with 3 or more people',
    );
    const { result, found } = validate({ 'acme-corp.yaml': text });
    expect(found).toEqual([
      'customers/acme-corp.yaml:10:3 error dangling-reference',
      'customers/acme-corp.yaml:14:9 error dangling-reference',
    ]);
    expect(result.diagnostics[0]!.hint).toBe('Did you mean `first-event`?');
    expect(result.diagnostics[1]!.hint).toContain('Did you mean "One dashboard shared with three or more people"?');
  });

  it('refuse a reached date before the kickoff or after today in the customer’s time zone', () => {
    // At 00:00 UTC on 24 November it is still the 23rd in Chicago.
    const text = VALID.replace('reached: 2026-11-03', 'reached: 2026-10-30').replace(
      '  first-dashboard:\n',
      '  first-dashboard:\n    reached: 2026-11-24\n',
    );
    const { result, found } = validate({ 'acme-corp.yaml': text });
    expect(found).toEqual([
      'customers/acme-corp.yaml:11:14 error date-before-kickoff',
      'customers/acme-corp.yaml:13:14 error date-in-future',
    ]);
    expect(result.diagnostics[1]!.message).toBe(
      '"first-dashboard" is recorded as reached on 2026-11-24, which is after today (2026-11-23 in America/Chicago)',
    );
  });

  it('refuse a blocked milestone without a note, and one both reached and blocked', () => {
    const text = VALID.replace('  first-dashboard:\n', '  first-dashboard:\n    status: blocked\n').replace(
      '    reached: 2026-11-03',
      '    reached: 2026-11-03\n    status: blocked\n    note: Waiting for IT.',
    );
    const { found } = validate({ 'acme-corp.yaml': text });
    expect(found).toEqual(['customers/acme-corp.yaml:12:13 error progress-conflict', 'customers/acme-corp.yaml:15:13 error missing-key']);
  });

  it('refuse weak keys: too short, a UUID, few different characters, the customer’s own name', () => {
    const weak = ['abc123', '3f1c2b7e-8a9d-4c3e-9f1a-2b3c4d5e6f70', 'abababababababababababababababab', 'acme-corp-b7e8a9d4c3e9f1a2b3c4d5'];
    const found = weak.map((key) => validate({ 'acme-corp.yaml': VALID.replace(KEY, key) }).found);
    expect(found).toEqual(weak.map(() => ['customers/acme-corp.yaml:5:6 error customer-key-weak']));
  });

  it('warn when a customer has no key, suggesting a fresh one, or shares its key with another file', () => {
    const { result, found } = validate({
      'acme-corp.yaml': VALID.replace(`key: ${KEY}\n`, ''),
      'globex.yaml': VALID,
      'initech.yaml': VALID,
    });
    expect(found).toEqual([
      'customers/acme-corp.yaml:1:1 warning customer-key-missing',
      'customers/globex.yaml:5:6 warning customer-key-shared',
      'customers/initech.yaml:5:6 warning customer-key-shared',
    ]);
    expect(result.diagnostics[0]!.hint).toMatch(/^Add a line `key: [0-9a-f]{32}`/);
    expect(result.diagnostics[1]!.message).toBe(
      'customers/initech.yaml has the same key, so neither customer gets a page until each has its own',
    );
  });

  it('checks references, segments and time zones as in every other file', () => {
    const text = `${VALID}segment: smbb\ntraining:\n  attended:\n    - course: course:basix\n      date: 2026-11-10\n`.replace(
      'timezone: America/Chicago',
      'timezone: America/Chicgo',
    );
    const { found } = validate({ 'acme-corp.yaml': text });
    expect(found).toEqual([
      'customers/acme-corp.yaml:4:11 error customer-timezone',
      'customers/acme-corp.yaml:15:10 error unknown-segment',
      'customers/acme-corp.yaml:18:15 error dangling-reference',
    ]);
  });
});
