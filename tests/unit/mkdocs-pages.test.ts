// MkDocs' awesome-pages `.pages` files (src/content/mkdocs-pages.ts): a folder's title, and the
// order of its pages and sub-folders, with `...` for the ones it does not list.
import { describe, expect, it } from 'vitest';
import { mkdocsPagesPlaces } from '../../src/content/mkdocs-pages.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

describe('mkdocsPagesPlaces', () => {
  it('gives the folder its title and the listed pages their places, titled ones included; "..." is the rest', () => {
    const pages =
      'title: Administration\nnav:\n  - sso.md\n  - Member roles: members.md\n  - ...\n  - faq.md\n  - Status: https://status.tidemark.example\n';
    expect(mkdocsPagesPlaces(pages, 'admin')).toEqual({
      places: new Map([
        ['admin', { title: 'Administration' }],
        ['admin/sso', { order: 1 }],
        ['admin/members', { order: 2, title: 'Member roles' }],
        ['admin/faq', { order: 4 }],
      ]),
      rest: new Map([['admin', 3]]),
    });
  });

  it('puts what a list without "..." leaves out after what it lists', () => {
    expect(mkdocsPagesPlaces('nav:\n  - setup\n  - index.md\n  - install.md\n', '')).toEqual({
      places: new Map([
        ['setup', { order: 1 }],
        ['install', { order: 2 }],
      ]),
      rest: new Map([['', 3]]),
    });
  });

  it('explains a YAML mistake at its line', () => {
    expect(mkdocsPagesPlaces('title: Administration\nnav: [sso.md, members.md\n', 'admin')).toMatchObject({
      problem: { line: 2, column: 1, message: 'A list [ … ] or map { … } opened on this line is never closed' },
    });
  });
});

describe('.pages files in content/kb', () => {
  it('order and title the folders, unless an index or the page itself says otherwise', () => {
    const root = fixtureRootWith({
      'content/kb/.pages': 'nav:\n  - admin\n  - ...\n',
      'content/kb/admin/.pages': 'title: Administration\nnav:\n  - sso.md\n  - Member roles: members.md\n  - ...\n',
      'content/kb/admin/members.md': 'Every member counts as a seat.\n',
      'content/kb/admin/sso.md': '# Single sign-on\n\nText.\n',
      'content/kb/admin/audit-log.md': '# Audit log\n\nText.\n',
    });
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(navigationText(root)).toEqual([
      'Administration/',
      '  Single sign-on',
      '  Member roles',
      '  Audit log',
      'Getting started/',
      '  First steps/',
      '    Welcome to Brightline',
    ]);
  });

  it('warns at the line of a YAML mistake, and leaves that folder as it was', () => {
    const root = fixtureRootWith({
      'content/kb/admin/.pages': 'title: Administration\nnav: [sso.md, members.md\n',
      'content/kb/admin/members.md': '# Members and roles\n\nText.\n',
      'content/kb/admin/sso.md': '# Single sign-on\n\nText.\n',
    });
    expect(validateRoot(root).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)).toEqual([
      "content/kb/admin/.pages:2:1 warning file-unreadable MkDocs's .pages could not be read, so the pages it lists are in the order their own files give: A list [ … ] or map { … } opened on this line is never closed",
    ]);
    expect(navigationText(root)[0]).toBe('Admin/');
    expect(navigationText(root, 'admin')).toEqual(['Members and roles', 'Single sign-on']);
  });
});
