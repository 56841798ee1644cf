// The link check that runs before a build is published: every internal link and anchor in the
// built pages must lead somewhere, and each broken one is named with the page that has it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/integration/link-check.ts';

let site: string;

function writeSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'milepost-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

const nav = '<nav><a href="/kb/">Help</a><a href="/faq/#billing">Billing questions</a></nav>';

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  it('finds nothing when every link, anchor and file exists', async () => {
    writeSite({
      'kb/index.html': `${nav}<h1 id="top">Help</h1><a href="/kb/sso/#saml">SAML</a><a href="#top">Top</a>`,
      'kb/sso/index.html': `${nav}<h2 id="saml">SAML</h2><a href="/badge.svg">Badge</a>`,
      'faq/index.html': `${nav}<section id="billing"></section>`,
      'badge.svg': '<svg/>',
    });
    expect(await findBrokenLinks(site, '/')).toEqual([]);
  });

  it('names the page, the link and what is missing', async () => {
    writeSite({
      'kb/index.html': `<a href="/kb/gone/">Gone</a><a href="/kb/sso/#scim">SCIM</a><a href="#nowhere">Up</a>`,
      'kb/sso/index.html': '<h2 id="saml">SAML</h2>',
    });
    const broken = await findBrokenLinks(site, '/');
    expect(broken.map(({ page, link, reason }) => `${page}: ${link} (${reason})`).sort()).toEqual([
      'kb/index.html: #nowhere (no such anchor)',
      'kb/index.html: /kb/gone/ (no such page)',
      'kb/index.html: /kb/sso/#scim (no such anchor)',
    ]);
  });

  it('reports a broken link repeated on many pages once, with how many other pages carry it', async () => {
    const pages: Record<string, string> = { 'faq/index.html': '<h1>FAQ</h1>', 'kb/index.html': '<h1>Help</h1>' };
    for (let n = 0; n < 5; n++) pages[`kb/a-${n}/index.html`] = `${nav}<p>Article ${n}</p>`;
    const broken = await findBrokenLinks(writeSite(pages), '/');
    expect(broken).toEqual([{ page: expect.stringMatching(/^kb\/a-\d\/index.html$/), link: '/faq/#billing', reason: 'no such anchor', alsoOn: 4 }]);
  });

  it('checks a same-page anchor against the page it is on', async () => {
    writeSite({ 'a/index.html': '<h2 id="one"></h2><a href="#two">x</a>', 'b/index.html': '<h2 id="two"></h2><a href="#two">x</a>' });
    expect((await findBrokenLinks(site, '/')).map((b) => b.page)).toEqual(['a/index.html']);
  });

  it('only checks links under the base path, and ignores the 404 page', async () => {
    writeSite({
      'index.html': '<a href="/docs/kb/">KB</a><a href="/elsewhere/">Other site</a><a href="https://example.com/">Out</a>',
      'kb/index.html': '<h1>KB</h1>',
      '404.html': '<a href="/docs/missing/">Missing</a>',
    });
    expect(await findBrokenLinks(site, '/docs')).toEqual([]);
  });
});
