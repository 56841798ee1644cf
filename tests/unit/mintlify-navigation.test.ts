// Mintlify's docs.json / mint.json (src/content/mintlify-navigation.ts): the order its navigation
// lists pages in, through groups, tabs and anchors, is the order of the pages and their folders.
import { describe, expect, it } from 'vitest';
import { mintlifyPlaces } from '../../src/content/mintlify-navigation.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

const ordered = (text: string) => {
  const read = mintlifyPlaces(text);
  return 'places' in read ? [...read.places].map(([path, place]) => `${place.order} ${path}`) : read.problem;
};

describe('mintlifyPlaces', () => {
  it('reads mint.json’s list of groups, nested groups included', () => {
    const mint = {
      name: 'Tidemark',
      navigation: [
        {
          group: 'Get started',
          pages: ['quickstart', 'introduction', { group: 'Workspace', icon: 'gear', pages: ['essentials/settings', 'essentials/members'] }],
        },
        { group: 'API', pages: ['/api-reference/events'] },
      ],
    };
    expect(ordered(JSON.stringify(mint))).toEqual([
      '1 quickstart',
      '2 introduction',
      '3 essentials',
      '3 essentials/settings',
      '4 essentials/members',
      '5 api-reference',
      '5 api-reference/events',
    ]);
  });

  it('reads docs.json’s tabs, anchors and groups, and skips links to other sites', () => {
    const docs = {
      navigation: {
        tabs: [
          { tab: 'Guides', groups: [{ group: 'Basics', root: 'guides/index', pages: ['guides/funnels', 'guides/alerts'] }] },
          { tab: 'Blog', href: 'https://tidemark.example/blog' },
        ],
        anchors: [{ anchor: 'API', pages: ['api/events'] }],
        global: { anchors: [{ anchor: 'Status', href: 'https://status.tidemark.example' }] },
      },
    };
    expect(ordered(JSON.stringify(docs))).toEqual(['1 guides', '2 guides/funnels', '3 guides/alerts', '4 api', '4 api/events']);
  });

  it('says where the JSON is broken', () => {
    expect(ordered('{\n  "navigation": [\n    { "group": "Get started", "pages": ["quickstart" "introduction"] }\n  ]\n}')).toEqual({
      line: 3,
      column: 54,
      message: 'A comma, or the ] that closes the list, was expected here',
    });
  });
});

describe('a mint.json in content/kb', () => {
  it('orders the pages and folders it lists; a page’s own order wins', () => {
    const root = fixtureRootWith({
      'content/kb/mint.json': JSON.stringify({
        navigation: [
          { group: 'Get started', pages: ['quickstart', 'introduction'] },
          { group: 'Essentials', pages: ['essentials/settings', 'essentials/members'] },
        ],
      }),
      'content/kb/introduction.mdx': '---\ntitle: Introduction\n---\n\nWelcome.\n',
      'content/kb/quickstart.mdx': '---\ntitle: Quickstart\n---\n\nSend your first event.\n',
      'content/kb/essentials/members.md': '---\ntitle: Members and roles\n---\n\nInvite people.\n',
      'content/kb/essentials/settings.mdx': '---\ntitle: Workspace settings\n---\n\nName and time zone.\n',
      'content/kb/essentials/billing.md': '---\ntitle: Billing\nsidebar_position: 1\n---\n\nInvoices.\n',
    });
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(navigationText(root)).toEqual([
      'Quickstart',
      'Introduction',
      'Essentials/',
      '  Billing',
      '  Workspace settings',
      '  Members and roles',
      'Getting started/',
      '  First steps/',
      '    Welcome to Brightline',
    ]);
  });
});
