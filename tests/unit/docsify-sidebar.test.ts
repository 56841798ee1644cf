// Docsify's _sidebar.md (src/content/docsify-sidebar.ts), read as GitBook's SUMMARY.md is
// (src/content/kb-summary.ts): the order of its links, in any of the forms Docsify takes, is the
// order of the pages; a folder's own sidebar orders what that folder holds.
import { describe, expect, it } from 'vitest';
import { docsifySidebarPlaces } from '../../src/content/docsify-sidebar.ts';
import { summaryLinks } from '../../src/content/kb-summary.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

const sidebar = [
  '* [Home](/)',
  '* Getting started',
  '  * [Install](install.md)',
  "  * [Keep secrets safe](/security ':target=_blank')",
  '* [SDKs](sdk/)',
  '  * [Browser](#/sdk/browser)',
  '  * [Server](<sdk/server side.md> "Node, Python, Go")',
  '  * [Android](sdk/README.md#android)',
  '* [Status page](https://status.harbourlight.example)',
].join('\n');

describe('summaryLinks', () => {
  it('reads the link of every list item, as written, without its title or Docsify’s options', () => {
    expect(summaryLinks(sidebar)).toEqual([
      '/',
      'install.md',
      '/security',
      'sdk/',
      '#/sdk/browser',
      'sdk/server side.md',
      'sdk/README.md#android',
      'https://status.harbourlight.example',
    ]);
  });
});

describe('docsifySidebarPlaces', () => {
  it('places pages by their links from the docs root, folders where their first page is', () => {
    expect(docsifySidebarPlaces(sidebar, '')).toEqual(
      new Map([
        ['install', { order: 2 }],
        ['security', { order: 3 }],
        ['sdk', { order: 4 }],
        ['sdk/browser', { order: 5 }],
        ['sdk/server side', { order: 6 }],
      ]),
    );
  });

  it('places only what a folder holds from the folder’s own sidebar', () => {
    expect(docsifySidebarPlaces('* [Home](/)\n* [Server](sdk/server.md)\n* [Browser](/sdk/browser)\n* [SDKs](/sdk/)', 'sdk')).toEqual(
      new Map([
        ['sdk/server', { order: 2 }],
        ['sdk/browser', { order: 3 }],
      ]),
    );
  });
});

describe('_sidebar.md files in content/kb', () => {
  it('orders the pages and folders they list, a folder’s own sidebar first, and publishes neither as an article', () => {
    const root = fixtureRootWith({
      'content/kb/_sidebar.md':
        '* [SDKs](sdk/)\n* [Keep secrets safe](security.md)\n* [Install](install.md)\n* [Getting started](Getting%20started/First%20steps/welcome.md)',
      'content/kb/install.md': '# Install the collector\n\nText.\n',
      'content/kb/security.md': '# Keep secrets safe\n\nText.\n',
      'content/kb/sdk/_sidebar.md': '* [Server](/sdk/server)\n* [Browser](/sdk/browser)\n',
      'content/kb/sdk/browser.md': '# Browser SDK\n\nText.\n',
      'content/kb/sdk/server.md': '# Server SDK\n\nText.\n',
    });
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(navigationText(root)).toEqual([
      'Keep secrets safe',
      'Install the collector',
      'Sdk/',
      '  Server SDK',
      '  Browser SDK',
      'Getting started/',
      '  First steps/',
      '    Welcome to Brightline',
    ]);
    expect(validateRoot(root).content.articles.map((article) => article.kbPath)).not.toContain('_sidebar.md');
  });
});
