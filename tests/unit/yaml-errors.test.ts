// YAML slips an editor makes, each reported once, on the line to fix, in plain words.
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/content/yaml-source.ts';

const problems = (text: string) => parseYamlSource(text).problems.map(({ line, column, rule, message, hint }) => ({ line, column, rule, message, hint }));

describe('YAML syntax errors', () => {
  it('names a line indented one space too few, once, with the indent to use', () => {
    const text = 'milestones:\n  - id: first-dashboard\n    name: First dashboard\n   dueDay: 14\n    done:\n      - Shared with the team\n';
    expect(problems(text)).toEqual([
      { line: 4, column: 1, rule: 'yaml-syntax', message: 'This line is indented 3 spaces, but the lines around it use 4', hint: 'Indent "dueDay" with 4 spaces, like "done" on line 5.' },
    ]);
  });
  it('names a line indented one space too many, not the line above it', () => {
    const text = 'milestones:\n  - id: a\n    name: A\n     dueDay: 14\n    done:\n      - x\n';
    expect(problems(text)).toMatchObject([{ line: 4, message: 'This line is indented 5 spaces, but the lines around it use 4' }]);
  });
  it('names a top-level key indented by accident', () => {
    expect(problems('title: Starter\n summary: A plan\nsegment: smb\n')).toMatchObject([{ line: 2, message: 'This line is indented 1 space, but the lines around it use 0', hint: 'Indent "summary" with 0 spaces, like "segment" on line 3.' }]);
  });
  it('points at the line where a quote was opened', () => {
    expect(problems('title: General\nitems:\n  - id: billing\n    q: "How am I billed?\n    a: Monthly.\n')).toMatchObject([{ line: 4, message: 'A quote opened on this line is never closed' }]);
  });
  it('points at the line where a list was opened', () => {
    expect(problems('tags: [sso, okta\nsummary: ok\n')).toMatchObject([{ line: 1, message: 'A list [ … ] or map { … } opened on this line is never closed' }]);
  });
  it('suggests quotes for a value with a colon in it', () => {
    expect(problems('title: Step 1: connect\nsummary: ok\n')).toMatchObject([{ line: 1, message: 'The value on this line contains ": ", which YAML reads as the start of another key', hint: 'Put the value in quotes: title: "Step 1: connect"' }]);
  });
  it('suggests quotes on every line whose value has a colon in it, as an export script writes every title unquoted', () => {
    expect(problems('title: Billing: read your invoice\ndescription: What each line means: seats and taxes\ntags: [billing]\n').map((p) => [p.line, p.hint])).toEqual([
      [1, 'Put the value in quotes: title: "Billing: read your invoice"'],
      [2, 'Put the value in quotes: description: "What each line means: seats and taxes"'],
    ]);
  });
  it('spots a key without its colon', () => {
    expect(problems('title Step one\nsummary: ok\n')).toMatchObject([{ line: 1, message: 'This line is not "key: value": the colon after the key is probably missing' }]);
  });
  it('says tabs are not allowed', () => {
    expect(problems('items:\n\t- a\n')).toMatchObject([{ line: 2, message: 'This line is indented with a tab; YAML only accepts spaces' }]);
  });
  it('still reports every duplicate key', () => {
    expect(problems('title: A\ntitle: B\nsummary: x\nsummary: y\n').map((p) => [p.line, p.rule])).toEqual([
      [2, 'duplicate-key'],
      [4, 'duplicate-key'],
    ]);
  });
});
