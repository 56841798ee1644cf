// Nextra's _meta files (src/content/nextra-meta.ts): the order of their keys is the order of a
// folder's pages and sub-folders, their values the titles; separators and links are not pages, and
// a hidden page is published last. A file that cannot be read is a warning at its line.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { nextraMetaPlaces } from '../../src/content/nextra-meta.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

const page = (body: string) => `${body}\n\nUse the **Funnels** tab to compare steps.\n`;

describe('nextraMetaPlaces', () => {
  it('places the pages and folders in the order of the keys, titled by their values', () => {
    const read = nextraMetaPlaces(
      '{ "index": "Overview", "tracking": "Tracking events", "api": { "title": "API reference" }, "funnels": {} }',
      'guides',
      '_meta.json',
    );
    expect(read).toEqual({
      places: new Map([
        ['guides/tracking', { order: 1, title: 'Tracking events' }],
        ['guides/api', { order: 2, title: 'API reference' }],
        ['guides/funnels', { order: 3 }],
      ]),
      rest: new Map([['guides', 4]]),
    });
  });

  it('counts no separator, "*" defaults or link as a page, and puts hidden pages after the unlisted ones', () => {
    const read = nextraMetaPlaces(
      `export default {
        '*': { type: 'page' },
        retention: { title: 'Retention', display: 'hidden' },
        '---': { type: 'separator' },
        advanced: { type: 'separator', title: 'Advanced' },
        cohorts: 'Cohorts',
        status: { title: 'Status ↗', type: 'page', href: 'https://status.tidemark.example' },
      }`,
      '',
      '_meta.js',
    );
    expect(read).toEqual({
      places: new Map([
        ['cohorts', { order: 1, title: 'Cohorts' }],
        ['retention', { order: 3, title: 'Retention' }],
      ]),
      rest: new Map([['', 2]]),
    });
  });
});

describe('Nextra _meta files in content/kb', () => {
  it('orders and titles a folder’s pages and sub-folders; a page’s own title and order win', () => {
    const root = fixtureRootWith({
      'content/kb/guides/_meta.json': JSON.stringify({
        'track-events': 'Tracking',
        funnels: 'Funnel analysis',
        archive: { display: 'hidden' },
        api: 'API reference',
        retention: 'Retention',
      }),
      'content/kb/guides/archive.md': page('# Archive old events'),
      'content/kb/guides/cohorts.md': page('# Compare cohorts'),
      'content/kb/guides/funnels.md': page('Funnels show where people drop off.'),
      'content/kb/guides/retention.md': `---\norder: 0\n---\n${page('# Retention curves')}`,
      'content/kb/guides/track-events.md': page('# Track your first events'),
      'content/kb/guides/api/export-events.md': page('# Export events'),
    });
    // The alphabet would give Archive, Compare, Funnels, Retention, Track.
    expect(navigationText(root, 'guides')).toEqual([
      'Retention curves',
      'Track your first events',
      'Funnel analysis',
      'Compare cohorts',
      'Archive old events',
      'API reference/',
      '  Export events',
    ]);
    expect(validateRoot(root).diagnostics).toEqual([]);
  });

  it('gives a folder the title its parent’s _meta.ts gives it, unless its index has one', () => {
    const root = fixtureRootWith({
      'content/kb/_meta.ts': "export default {\n  api: 'API reference',\n  guides: 'How-to guides',\n}\n",
      'content/kb/api/export-events.md': page('# Export events'),
      'content/kb/guides/index.md': '# Guides for analysts\n',
      'content/kb/guides/funnels.md': page('# Build a funnel'),
    });
    expect(navigationText(root).filter((line) => line.endsWith('/') && !line.startsWith(' '))).toEqual([
      'API reference/',
      'Guides for analysts/',
      'Getting started/',
    ]);
  });

  it('warns at the line and column of a mistake, and leaves the order as it was', () => {
    const root = fixtureRootWith({
      'content/kb/guides/_meta.json': '{\n  "track-events": "Tracking"\n  "archive": "Archive"\n}\n',
      'content/kb/guides/archive.md': page('# Archive old events'),
      'content/kb/guides/track-events.md': page('# Track your first events'),
    });
    expect(validateRoot(root).diagnostics).toEqual([
      {
        file: 'content/kb/guides/_meta.json',
        line: 3,
        column: 3,
        severity: 'warning',
        rule: 'file-unreadable',
        message:
          "Nextra's _meta.json could not be read, so the pages it lists are in the order their own files give: A comma, or the } that closes the object, was expected here",
        hint: 'Correct the file at this line; the rest of the help center builds as it is.',
      },
    ]);
    expect(navigationText(root, 'guides')).toEqual(['Archive old events', 'Track your first events']);
  });
});
