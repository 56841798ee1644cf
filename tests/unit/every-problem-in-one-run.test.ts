// A rule never stays silent because something else in the same file is wrong: each cross-field
// rule is broken in a file that also has an unrelated error, and both are reported, each at its
// own line (fixtures in tests/fixtures/beside-other-errors/).
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

type Expected = [position: `${number}:${number}`, rule: string];

const PLAN = 'plans/starter.yaml';
const COURSE = 'content/courses/live.yaml';

const CASES: Record<string, { file: string; expect: Expected[] }> = {
  'milestone-order': { file: PLAN, expect: [['32:13', 'milestone-order'], ['75:3', 'unknown-key']] },
  'milestone-count': { file: PLAN, expect: [['9:3', 'milestone-count'], ['30:12', 'invalid-value']] },
  'duplicate-milestone-id': { file: PLAN, expect: [['12:13', 'wrong-type'], ['29:9', 'duplicate-id']] },
  'duplicate-band-id': { file: PLAN, expect: [['41:12', 'invalid-value'], ['61:11', 'duplicate-id']] },
  'weights-sum': { file: PLAN, expect: [['43:5', 'weights-sum'], ['52:7', 'missing-key']] },
  'band-floors': { file: PLAN, expect: [['57:14', 'band-floors'], ['64:9', 'reference-format']] },
  'last-band-not-zero': { file: PLAN, expect: [['60:14', 'band-floors'], ['67:14', 'url-scheme']] },
  'response-protocol-band': { file: PLAN, expect: [['16:5', 'unknown-key'], ['77:13', 'dangling-reference']] },
  'sessions-missing': { file: COURSE, expect: [['1:1', 'sessions-missing'], ['5:8', 'invalid-value']] },
  'session-offset': { file: COURSE, expect: [['1:1', 'missing-key'], ['9:12', 'session-timezone']] },
  'duplicate-faq-item': { file: 'content/faqs/general.yaml', expect: [['6:9', 'duplicate-id'], ['7:8', 'wrong-type']] },
  'duplicate-level-id': { file: 'content/certifications/certified.yaml', expect: [['17:9', 'duplicate-id'], ['19:12', 'badge-colour']] },
};

describe('every problem in one run', () => {
  for (const [scenario, { file, expect: expected }] of Object.entries(CASES)) {
    it(`reports ${scenario} beside an unrelated error in the same file`, () => {
      const result = validateRoot(fixtureRoot(`beside-other-errors/${scenario}`));
      expect(result.diagnostics.map((d) => [d.file, `${d.line}:${d.column}`, d.rule])).toEqual(expected.map(([position, rule]) => [file, position, rule]));
    });
  }

  it('reports all five mistakes of a plan with five unrelated mistakes', () => {
    const result = validateRoot(fixtureRoot('five-mistakes'));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '28:9 dangling-reference "course:basic" does not point at anything that exists',
      '32:13 milestone-order Milestone "weekly-habit" is due on day 10, not after "first-dashboard" (day 14); due days must increase',
      '43:5 weights-sum Factor weights add up to 95, not 100',
      '57:14 band-floors Band "at-risk" starts at 75, which is not below "healthy" (70); list bands highest first with strictly decreasing floors',
      '75:3 unknown-key Unknown key "monitoredby"',
    ]);
  });
});
