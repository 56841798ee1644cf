// The link check that runs before a build is published: every internal link and anchor in the
// built pages must lead somewhere, and each broken one is named with the page that has it.
import { describe, expect, it } from 'vitest';
import { LinkCheck, linkFacts } from '../../src/integration/link-check.ts';

/** The broken links of a site given as its files (path → content), checked as publishing does. */
function brokenLinks(site: Record<string, string>, base: string) {
  const check = new LinkCheck(base);
  for (const [path, html] of Object.entries(site)) if (path.endsWith('.html')) check.add(path, linkFacts(html));
  return check.broken(new Set(Object.keys(site)));
}

const nav = '<nav><a href="/kb/">Help</a><a href="/faq/#billing">Billing questions</a></nav>';

describe('LinkCheck', () => {
  it('finds nothing when every link, anchor and file exists', () => {
    const site = {
      'kb/index.html': `${nav}<h1 id="top">Help</h1><a href="/kb/sso/#saml">SAML</a><a href="#top">Top</a>`,
      'kb/sso/index.html': `${nav}<h2 id="saml">SAML</h2><a href="/badge.svg">Badge</a>`,
      'faq/index.html': `${nav}<section id="billing"></section>`,
      'badge.svg': '<svg/>',
    };
    expect(brokenLinks(site, '/')).toEqual([]);
  });

  it('names the page, the link and what is missing', () => {
    const broken = brokenLinks(
      {
        'kb/index.html': `<a href="/kb/gone/">Gone</a><a href="/kb/sso/#scim">SCIM</a><a href="#nowhere">Up</a>`,
        'kb/sso/index.html': '<h2 id="saml">SAML</h2>',
      },
      '/',
    );
    expect(broken.map(({ page, link, reason }) => `${page}: ${link} (${reason})`).sort()).toEqual([
      'kb/index.html: #nowhere (no such anchor)',
      'kb/index.html: /kb/gone/ (no such page)',
      'kb/index.html: /kb/sso/#scim (no such anchor)',
    ]);
  });

  it('reports a broken link repeated on many pages once, with how many other pages carry it', () => {
    const pages: Record<string, string> = { 'faq/index.html': '<h1>FAQ</h1>', 'kb/index.html': '<h1>Help</h1>' };
    for (let n = 0; n < 5; n++) pages[`kb/a-${n}/index.html`] = `${nav}<p>Article ${n}</p>`;
    const broken = brokenLinks(pages, '/');
    expect(broken).toEqual([{ page: expect.stringMatching(/^kb\/a-\d\/index.html$/), link: '/faq/#billing', reason: 'no such anchor', alsoOn: 4 }]);
  });

  it('accepts #top without an element of that id, and anchors made by <a name>, as browsers do', () => {
    const site = {
      'kb/a/index.html': '<h1>A</h1><p><a name="old-anchor"></a>Text</p><a href="#top">Back to top</a><a href="#TOP">Top</a><a href="/kb/a/#old-anchor">Old</a>',
      'kb/b/index.html': '<meta name="description" content="x"><a href="/kb/a/#description">No</a>',
    };
    expect(brokenLinks(site, '/').map(({ page, link }) => `${page}: ${link}`)).toEqual(['kb/b/index.html: /kb/a/#description']);
  });

  it('checks a same-page anchor against the page it is on', () => {
    const site = { 'a/index.html': '<h2 id="one"></h2><a href="#two">x</a>', 'b/index.html': '<h2 id="two"></h2><a href="#two">x</a>' };
    expect(brokenLinks(site, '/').map((b) => b.page)).toEqual(['a/index.html']);
  });

  it('only checks links under the base path, and ignores the 404 page', () => {
    const site = {
      'index.html': '<a href="/docs/kb/">KB</a><a href="/elsewhere/">Other site</a><a href="https://example.com/">Out</a>',
      'kb/index.html': '<h1>KB</h1>',
      '404.html': '<a href="/docs/missing/">Missing</a>',
    };
    expect(brokenLinks(site, '/docs')).toEqual([]);
  });
  it('resolves a link still written relative to its page, and names one that leads nowhere as left as written', () => {
    const site = {
      'kb/billing/invoices/index.html': '<a href="../refunds/">Refunds</a><a href="update-your-card.md">Card</a><a href="../../files/terms.pdf#page=2">Terms</a><a href="?print=1">Print</a><a href="100%-refund.md">All</a>',
      'kb/billing/refunds/index.html': '<h1>Refunds</h1><a href="mailto:billing@example.com">Mail</a><a href="//cdn.example.com/x">CDN</a>',
      'kb/files/terms.pdf': '%PDF',
      'index.html': '<a href="../../elsewhere/">Another site on the host</a>',
    };
    expect(brokenLinks(site, '/docs').map(({ page, link, reason }) => `${page}: ${link} (${reason})`)).toEqual([
      'kb/billing/invoices/index.html: update-your-card.md (left as written)',
      'kb/billing/invoices/index.html: 100%-refund.md (left as written)',
    ]);
  });
});
