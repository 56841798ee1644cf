// Every validation rule, each broken by a fixture in tests/fixtures/<scenario>/ laid over the
// minimal valid site: the rule id, the severity and the exact line:column a CS editor is sent to.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

type Expected = [file: string, position: `${number}:${number}`, rule: string, severity?: 'warning'];

const CASES: Record<string, { expect: Expected[]; hint?: string; message?: string; strict?: boolean }> = {
  'yaml-syntax-error': { expect: [['content/faqs/general.yaml', '4:1', 'yaml-syntax']], message: 'A quote opened on this line is never closed' },
  'duplicate-key': { expect: [['content/videos/tour.yaml', '6:1', 'duplicate-key']] },
  'latin1-file': { expect: [['content/faqs/general.yaml', '4:21', 'file-encoding']] },
  'empty-file': { expect: [['content/videos/empty.yaml', '1:1', 'file-empty']] },
  'list-not-map': { expect: [['content/videos/listed.yaml', '1:1', 'not-a-map']] },
  'alias-bomb': { expect: [['content/faqs/bomb.yaml', '1:1', 'yaml-syntax']], message: 'expands too many aliases' },
  'misspelt-key': { expect: [['plans/starter.yaml', '22:5', 'unknown-key']], hint: 'Did you mean `dueDay`?' },
  'missing-key': { expect: [['content/courses/basics.yaml', '1:1', 'missing-key']], message: 'Missing required key "level"' },
  'wrong-type': { expect: [['plans/starter.yaml', '22:13', 'wrong-type']], message: '"dueDay" should be a whole number' },
  'bad-enum': { expect: [['content/courses/basics.yaml', '3:9', 'invalid-value']], hint: 'Did you mean `self-paced`?' },
  'out-of-range': { expect: [['content/certifications/certified.yaml', '13:17', 'out-of-range']], message: 'at most 100' },
  'bad-email': { expect: [['content/site.yaml', '5:10', 'invalid-format']], message: 'e-mail address' },
  'id-not-kebab': { expect: [['plans/starter.yaml', '9:9', 'id-format']], message: 'kebab-case' },
  'reference-format': { expect: [['plans/starter.yaml', '28:9', 'reference-format']] },
  'reference-kind': { expect: [['plans/starter.yaml', '71:18', 'reference-kind']], message: 'Only cert: references' },
  'url-scheme': { expect: [['plans/starter.yaml', '67:14', 'url-scheme']] },
  'article-javascript-link': {
    expect: [['content/kb/Getting started/First steps/welcome.md', '8:14', 'url-scheme', 'warning']],
    message: 'runs a script, which the portal never puts on a page: readers see its text, not a link',
  },
  'duration-format': { expect: [['content/videos/tour.yaml', '3:11', 'duration-format']] },
  'badge-colour': { expect: [['content/certifications/certified.yaml', '6:12', 'badge-colour']] },
  'valid-for-format': { expect: [['content/certifications/certified.yaml', '14:15', 'valid-for-format']] },
  'session-start-without-offset': { expect: [['content/courses/live.yaml', '10:12', 'session-start']] },
  'session-without-timezone': { expect: [['content/courses/live.yaml', '10:5', 'session-timezone']], message: 'no time zone' },
  'session-unknown-timezone': { expect: [['content/courses/live.yaml', '11:15', 'session-timezone']] },
  'session-offset-not-zone': { expect: [['content/courses/live.yaml', '10:12', 'session-timezone']], message: 'not the offset of Europe/Berlin' },
  'invalid-rrule': { expect: [['content/courses/office-hours.yaml', '10:10', 'invalid-rrule']], message: 'FREQ=FORTNIGHTLY' },
  'sessions-missing': { expect: [['content/courses/live.yaml', '1:1', 'sessions-missing']] },
  'done-empty': { expect: [['plans/starter.yaml', '13:11', 'done-empty']] },
  'two-milestones': { expect: [['plans/starter.yaml', '9:3', 'milestone-count']], message: 'this one has 2' },
  'milestones-out-of-order': { expect: [['plans/starter.yaml', '32:13', 'milestone-order']] },
  'weights-not-100': { expect: [['plans/starter.yaml', '43:5', 'weights-sum']], message: 'add up to 95, not 100', hint: 'Add 5' },
  'band-floors-overlap': { expect: [['plans/starter.yaml', '57:14', 'band-floors']] },
  'last-band-not-zero': { expect: [['plans/starter.yaml', '60:14', 'band-floors']], hint: 'Set floor: 0' },
  'duplicate-milestone-id': { expect: [['plans/starter.yaml', '29:9', 'duplicate-id']] },
  'duplicate-file-id': { expect: [['plans/starter.yml', '1:1', 'duplicate-id']] },
  'dangling-reference': { expect: [['plans/starter.yaml', '28:9', 'dangling-reference']], hint: 'Did you mean `course:basics`?' },
  'reference-wrong-kind': { expect: [['plans/starter.yaml', '38:9', 'dangling-reference']], message: '"tour" is a video', hint: 'Did you mean `video:tour`?' },
  'dangling-faq-item': { expect: [['plans/starter.yaml', '39:9', 'dangling-reference']] },
  'dangling-milestone': { expect: [['plans/starter.yaml', '70:13', 'dangling-reference']], hint: 'Did you mean `milestone:first-dashboard`?' },
  'dangling-band': { expect: [['plans/starter.yaml', '77:13', 'dangling-reference']], message: 'No health band "red"' },
  'unknown-segment': { expect: [['plans/starter.yaml', '2:10', 'unknown-segment']] },
  'reference-to-draft': {
    expect: [
      ['content/courses/basics.yaml', '11:9', 'reference-to-draft'],
      ['content/kb/Getting started/First steps/welcome.md', '4:1', 'draft-article', 'warning'],
      ['plans/starter.yaml', '18:9', 'reference-to-draft'],
      ['plans/starter.yaml', '64:9', 'reference-to-draft'],
    ],
  },
  'draft-plan': { expect: [['plans/starter.yaml', '4:1', 'draft-plan', 'warning']] },
  'orphan-article': { expect: [['content/kb/Getting started/First steps/nobody-links-here.md', '1:1', 'orphan-article', 'warning']], strict: true },
  'broken-article-link': {
    expect: [
      ['content/kb/Getting started/First steps/welcome.md', '8:29', 'broken-link'],
      ['content/kb/Getting started/First steps/welcome.md', '10:22', 'broken-link'],
    ],
  },
  'bad-file-name': { expect: [['content/faqs/Billing FAQ.yaml', '1:1', 'file-name']], hint: 'billing-faq.yaml' },
  'frontmatter-wrong-type': { expect: [['content/kb/Getting started/First steps/welcome.md', '4:8', 'wrong-type']] },
};

describe('validateRoot', () => {
  it('finds nothing wrong with the minimal valid site', () => {
    const result = validateRoot(fixtureRoot());
    expect(result.diagnostics).toEqual([]);
    expect(result.fileCount).toBe(7);
  });

  it('accepts a plan without self-service resources', () => {
    const root = fixtureRoot();
    const plan = join(root, 'plans/starter.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/  selfService:\n(    .*\n|      .*\n)*/, ''));
    expect(readFileSync(plan, 'utf8')).not.toContain('selfService');
    expect(validateRoot(root).diagnostics).toEqual([]);
  });

  it('only reports an article nothing links to when asked for with --strict', () => {
    expect(validateRoot(fixtureRoot('orphan-article')).diagnostics).toEqual([]);
  });

  for (const [scenario, { expect: expected, hint, message, strict }] of Object.entries(CASES)) {
    it(`reports ${scenario} at the right line and column, and nothing else`, () => {
      const result = validateRoot(fixtureRoot(scenario), { strict });
      const found = result.diagnostics.map((d) => [d.file, `${d.line}:${d.column}`, d.rule, ...(d.severity === 'warning' ? ['warning'] : [])]);
      expect(found).toEqual(expected);
      if (hint) expect(result.diagnostics[0]!.hint).toContain(hint);
      if (message) expect(result.diagnostics[0]!.message).toContain(message);
    });
  }
});
