// Real help-center shapes dropped into content/kb without edits (tests/fixtures/zendesk-export,
// intercom-export, docs-tree, and html-help-center, a backup as HTML files): each validates without
// errors, builds, and its pages show the titles, breadcrumbs, anchors, rewritten links and
// redirects a reader expects.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/content/files.ts';
import { HTML_CACHE_FOLDER } from '../../src/content/html-conversions.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { builtExport } from '../helpers/export-fixture.ts';
import { FIXTURES, fixtureRootWith } from '../helpers/fixtures.ts';
import { articleBody, linksIn, listedArticles, pagerLinks, visibleText } from '../helpers/page-text.ts';

const text = visibleText;

function reader(build: BuildResult) {
  const page = (path: string) => readText(build.outDir, path);
  return {
    page,
    /** What the breadcrumb trail says. */
    crumbs: (path: string) => text(/<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(page(path))![0]),
    /** The article body as HTML. */
    prose: (path: string) => articleBody(build, path.replace(/^kb\/|\/index\.html$/g, '')),
    heading: (path: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page(path))![1]!),
    links: linksIn,
  };
}

/** Every article's anchors as the validator knows them, next to the ids its built page has in the article body. */
function anchorsSideBySide(root: string, build: BuildResult) {
  return validateRoot(root).content.articles.map((article) => {
    const prose = reader(build).prose(`kb/${article.id}/index.html`);
    const built = [...prose.matchAll(/\sid="([^"]+)"|<a\s[^>]*?\bname="([^"]+)"/g)].map((match) => (match[1] ?? match[2])!);
    return { article: article.id, validator: [...article.anchors].sort(), built: built.sort() };
  });
}

describe('a Zendesk-style export', () => {
  const root = `${FIXTURES}zendesk-export`;
  let build: BuildResult;
  let view: ReturnType<typeof reader>;
  beforeAll(() => {
    build = buildSite(root);
    view = reader(build);
  });

  it('validates without a problem, and builds', () => {
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('titles pages from frontmatter and places them under their folders, categories in the order site.yaml sets', () => {
    const article = 'kb/account-management/users-and-permissions/set-up-single-sign-on/index.html';
    expect(view.heading(article)).toBe('Set up single sign-on (SAML)');
    expect(view.crumbs(article)).toBe('Home Help articles Account Management Users and Permissions Set up single sign-on (SAML)');
    const categories = [...view.page('kb/index.html').matchAll(/<h2[^>]*>\s*<a href="\/kb\/([^"]+)\/">/g)].map((match) => match[1]);
    expect(categories).toEqual(['getting-started', 'integrations', 'account-management']);
    // Zendesk's position orders a section; the alphabet would put "Download invoices" first.
    expect(text(view.page('kb/account-management/billing/index.html'))).toMatch(/Update your payment method.*Download invoices/);
  });

  it('gives {#id} headings their id without showing the braces, and links to them work', () => {
    const sso = view.prose('kb/account-management/users-and-permissions/set-up-single-sign-on/index.html');
    expect(sso).toContain('<h2 id="rollback">Roll back');
    expect(text(sso)).not.toContain('{#');
    const roles = view.prose('kb/account-management/users-and-permissions/roles-and-permissions/index.html');
    expect(view.links(roles)).toContain('/kb/account-management/users-and-permissions/set-up-single-sign-on/#scim');
    expect(view.links(roles)).toContain('#top');
  });

  it('rewrites ../ links between articles, also in raw HTML tables, and shows the img/ screenshots', () => {
    const invite = view.prose('kb/getting-started/setting-up-your-workspace/invite-your-team/index.html');
    expect(view.links(invite)).toContain('/kb/account-management/users-and-permissions/roles-and-permissions/');
    expect(view.links(invite)).toContain('/kb/account-management/billing/update-your-payment-method/#seats');
    expect(view.links(view.prose('kb/account-management/billing/download-invoices/index.html'))).toContain(
      '/kb/account-management/billing/update-your-payment-method/#change-card',
    );
    // Encoded to WebP, or kept as it is where WebP would not be smaller (a small screenshot).
    expect(invite).toMatch(/<img alt="The invite dialog with the role picker open"[^>]*src="\/_astro\/invite-dialog\.[^"]+\.(webp|png)"/);
  });

  it('publishes the files articles link to, from Markdown and from raw HTML, where their links lead, byte for byte', () => {
    for (const [article, file] of [
      ['kb/integrations/data-warehouses/connect-snowflake/index.html', 'Integrations/Data Warehouses/attachments/Snowflake setup.sql'],
      ['kb/account-management/billing/download-invoices/index.html', 'Account Management/Billing/attachments/sample-invoice.csv'],
    ] as const) {
      const name = encodeURIComponent(file.split('/').at(-1)!);
      const href = view.links(view.prose(article)).find((link) => link.endsWith(`/${name}`));
      expect(href, article).toMatch(/^\/files\/[0-9a-f]{16}\//);
      expect(readFileSync(join(build.outDir, decodeURIComponent(href!)))).toEqual(readFileSync(join(root, 'content/kb', file)));
    }
  });

  it('sends links to the old help center to the migrated articles, keeping anchors they have', () => {
    const links = view.links(view.prose('kb/integrations/troubleshooting/fix-missing-events/index.html'));
    expect(links).toContain('/kb/getting-started/setting-up-your-workspace/install-the-tracking-snippet/#add-to-site');
    expect(links).toContain('/kb/getting-started/setting-up-your-workspace/install-the-tracking-snippet/#content-security-policy');
    expect(links).toContain('/kb/integrations/data-warehouses/connect-snowflake/');
    expect(links.filter((link) => link.includes('support.tidemark.example'))).toEqual([]);
  });

  it('knows, before building, exactly the anchors each built article has', () => {
    for (const { article, validator, built } of anchorsSideBySide(root, build)) expect(validator, article).toEqual(built);
  });

  it('keeps the old addresses of an article working', () => {
    const redirect = view.page('hc/en-us/articles/360002330002-Reset-your-password/index.html');
    expect(redirect).toContain(
      '<meta http-equiv="refresh" content="0;url=/kb/account-management/users-and-permissions/reset-your-password/">',
    );
    expect(redirect).not.toContain('<script');
    expect(view.page('_redirects')).toContain(
      '/hc/en-us/articles/360002330002 /kb/account-management/users-and-permissions/reset-your-password/ 301',
    );
    expect(view.page('sitemap.xml')).not.toContain('/hc/');
  });
});

describe('an Intercom-style flat export', () => {
  const root = `${FIXTURES}intercom-export`;
  let build: BuildResult;
  let view: ReturnType<typeof reader>;
  beforeAll(() => {
    build = buildSite(root);
    view = reader(build);
  });

  it('validates with one true warning, a link to an article that was not migrated, and builds', () => {
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`)).toEqual([
      'content/kb/10205770-numbers-don-t-match-my-warehouse.md:21 warning old-help-center-link',
    ]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('builds without a warning about the kinds of files a help center does not have (plans, courses, FAQ sets…)', () => {
    expect(build.output).not.toMatch(/\[WARN\] \[content\]/);
  });

  it('has no empty Plans, Training, Certification, FAQ or Videos pages, and none in the navigation or on the home page', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html') && !file.startsWith('kb/'));
    expect(pages).toEqual(['404.html', 'index.html', 'search/index.html']);
    const home = view.page('index.html');
    const nav = /<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(home)![1]!;
    expect(text(nav)).toBe('Help articles');
    expect(text(home)).not.toMatch(/onboarding plan|live sessions|webinar/i);
    expect(text(home)).toContain('Recently updated articles');
  });

  it('titles each article by its "# " heading, shown once, and lists them all on the help home', () => {
    const path = 'kb/10205725-connect-your-data-warehouse/index.html';
    expect(view.heading(path)).toBe('Connect your data warehouse');
    expect(view.prose(path)).not.toContain('<h1');
    expect(view.crumbs(path)).toBe('Home Help articles Connect your data warehouse');
    expect(view.links(view.page('kb/index.html')).filter((link) => /^\/kb\/\d+-/.test(link))).toHaveLength(12);
  });

  it('sends old help-center links to the migrated articles, dropping #h_ anchors the export lost', () => {
    const links = view.links(view.prose('kb/10205725-connect-your-data-warehouse/index.html'));
    expect(links).toContain('/kb/10205741-allow-tidemark-s-ip-addresses/');
    expect(links).toContain('/kb/10205729-map-your-events-table/');
    expect(links.filter((link) => link.includes('help.tidemark.example'))).toEqual([]);
    // Not an article link: a collection page of the old site stays as it is.
    expect(view.links(view.prose('kb/10205774-invite-teammates/index.html'))).toContain(
      'https://help.tidemark.example/en/collections/3456120-security-and-single-sign-on',
    );
  });

  it('shows images from the old help center’s CDN, which the Content Security Policy allows', () => {
    const page = view.page('kb/10205725-connect-your-data-warehouse/index.html');
    expect(page).toContain('<img src="https://downloads.intercomcdn.com/i/o/1043881234/8f2c0b1e3a5d/warehouse-picker.png"');
    expect(/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)![1]).toMatch(/img-src 'self' data: https:/);
  });
});

describe('a help center backed up as HTML files (Zendesk’s API: an <h1> and the body, one <id>.html per article)', () => {
  // Leftovers of the old editor in an article: a chat button's script link, a screenshot pasted from Word.
  const cache = mkdtempSync(join(tmpdir(), 'milepost-cache-'));
  const site = builtExport(
    'html-help-center',
    ['content/kb/Billing/360009876543.html:3:14 warning url-scheme', 'content/kb/Billing/360009876543.html:19:119 warning url-scheme'],
    { env: { MILEPOST_CACHE_DIR: cache } },
  );
  const view = () => reader(site.build);
  const snowflake = 'kb/getting-started/360001234567/index.html';

  it('converts each article to Markdown once for the validator, the content sync and its page', () => {
    const articles = discoverFiles(site.root).filter((file) => file.kind === 'article' && /\.html?$/i.test(file.path));
    const [folder] = readdirSync(join(cache, HTML_CACHE_FOLDER));
    expect(articles.length).toBeGreaterThan(4);
    expect(readdirSync(join(cache, HTML_CACHE_FOLDER, folder!))).toHaveLength(articles.length);
  });

  it('publishes every article, and not the old site’s own 404 page', () => {
    expect(listFiles(site.build.outDir)).not.toContain('kb/404/index.html');
    expect(
      listFiles(site.build.outDir)
        .filter((file) => /^kb\/.+\/.+\/index\.html$/.test(file))
        .sort(),
    ).toEqual([
      'kb/billing/360009876543/index.html',
      'kb/billing/invoices-in-euros/index.html',
      'kb/billing/update-your-card/index.html',
      'kb/getting-started/360001234567/index.html',
      'kb/getting-started/360007654321/index.html',
      // QUICKSTART.HTM, its extension in capitals as Windows tools write it: missing until 2026-12-04.
      'kb/getting-started/quickstart/index.html',
    ]);
  });

  it('titles each article by its <h1>, shown once, with its headings in the contents under their own ids', () => {
    expect(view().heading(snowflake)).toBe('Connect your Snowflake warehouse');
    expect(view().prose(snowflake)).not.toContain('<h1');
    expect(view().crumbs(snowflake)).toBe('Home Help articles Getting started Connect your Snowflake warehouse');
    const contents = /<nav class="toc toc-sidebar"[\s\S]*?<\/nav>/.exec(view().page(snowflake))![0];
    expect(view().links(contents)).toEqual(['#h_01HB2X7Q9K3M', '#h_01HB2X7QA1ZR']);
    expect(text(contents)).toBe('On this page Create a user for Tidemark Grant access to your events');
  });

  it('shows the body as written: code in its language, the table with its list, the sized image, the video', () => {
    const prose = view().prose(snowflake);
    expect(prose).toContain('<pre class="language-sql" data-language="sql" tabindex="0">');
    expect(text(prose)).toContain("CREATE USER tidemark PASSWORD = '<a strong password>'");
    expect(prose).toMatch(/<td>Small<\/td><td><ul><li>Up to 50 million<\/li><li>Recommended for most teams<\/li><\/ul><\/td>/);
    expect(prose).toMatch(/<img alt="The Snowflake form in Tidemark&apos;s settings"[^>]* width="420"/);
    expect(prose).toContain('<iframe title="YouTube video" src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE"');
    expect(text(prose)).toContain('You need the ACCOUNTADMIN role & a warehouse of size X-Small or larger.');
  });

  it('keeps the title the page’s only h1 when the body’s sections are Heading 1 too, and lists them in the contents', () => {
    const invite = 'kb/getting-started/360007654321/index.html';
    expect(view().page(invite).match(/<h1\b/g)).toHaveLength(1);
    const contents = /<nav class="toc toc-sidebar"[\s\S]*?<\/nav>/.exec(view().page(invite))![0];
    expect(view().links(contents)).toEqual(['#h_01HB3A0B7YJ2', '#h_01HB3A0C2M9Q']);
    expect(view().prose(invite)).toContain('<h2 id="h_01HB3A0C2M9Q">Remove someone');
  });

  it('sends links to the old help center to the migrated articles, anchors kept', () => {
    expect(view().links(view().prose(snowflake))).toContain('/kb/billing/360009876543/');
    expect(view().links(view().prose('kb/getting-started/360007654321/index.html'))).toContain(
      '/kb/getting-started/360001234567/#h_01HB2X7QA1ZR',
    );
    expect(text(view().prose('kb/getting-started/360007654321/index.html'))).toContain(
      'write the reader’s name as {{user.name}} and a literal tag as <b> — both show as written',
    );
  });

  it('reads a page an older site saved in Windows-1252, as its <meta> declares, cut to its content column', () => {
    const euros = 'kb/billing/invoices-in-euros/index.html';
    expect(view().heading(euros)).toBe('Invoices in euros');
    expect(text(view().prose(euros))).toBe(
      'Workspaces in the EU are billed in euros: the Team plan costs €29 a seat, a month. Your invoice shows the VAT rate of your country – for a company in the EU with a VAT number, “reverse charge” and no VAT.',
    );
  });

  it('shows a link to a script as its text, and an image on the author’s computer as its description', () => {
    const prose = view().prose('kb/billing/360009876543/index.html');
    expect(prose).not.toMatch(/javascript:|file:/);
    expect(text(prose)).toContain('The E-2177 message under Settings › Warehouse');
    expect(text(prose)).toContain('Still stuck? Check the status page or chat with us.');
    // A dropdown stays one, its answer behind its question.
    expect(prose).toContain(
      '<details>\n<summary>Why does Snowflake reject a password that works in its own console?</summary>\n<p>Tidemark signs in as the user you entered, not as you: check <em>that</em>',
    );
    expect(view().links(prose)).toEqual(['/kb/getting-started/360001234567/', 'https://status.tidemark.example']);
  });

  it('reads a page saved whole (Zendesk’s Copenhagen theme) as its article’s body only: no header, sidebar, author, votes, related articles or script', () => {
    const card = 'kb/billing/update-your-card/index.html';
    expect(view().heading(card)).toBe('Update your payment card');
    expect(text(view().prose(card))).toBe(
      'Owners change the card we charge under Settings › Billing › Payment method. The new card is charged from your next invoice on; the current one stays paid.',
    );
    // Last updated as its article line says, not when the export was committed.
    expect(readText(site.build.outDir, card)).toMatch(/Last updated <time datetime="2024-03-12"[^>]*>12 March 2024</);
  });
});

describe('a Confluence space exported as HTML (a Title_<id>.html per page, the space’s overview as index.html)', () => {
  // An @mention links the person's profile on the old wiki: shown as their name.
  const site = builtExport('confluence-export', ['content/kb/Tidemark Wiki/Account-and-sign-in_98300.html:39:392 warning url-scheme']);
  const view = () => reader(site.build);
  const reset = 'kb/tidemark-wiki/reset-your-password-98305/index.html';

  it('titles each page and the space without the space’s name, orders them as its page tree, and leaves out its author line, attachments list and footer', () => {
    expect(view().heading(reset)).toBe('Reset your password');
    expect(view().crumbs(reset)).toBe('Home Help articles Tidemark Wiki Reset your password');
    // The space's overview (index.html): its name and description, not its details table or its page tree.
    const space = view().page('kb/tidemark-wiki/index.html');
    expect(view().heading('kb/tidemark-wiki/index.html')).toBe('Tidemark Wiki');
    expect(text(space)).toContain('How-to pages the Tidemark support team keeps for customers.');
    expect(text(space)).not.toMatch(/Space Details|Available Pages|Created by|Priya Nair/);
    // In the order of its page tree, each page before its children; the alphabet would put Reset last.
    expect(
      view()
        .links(space)
        .filter((link) => link.startsWith('/kb/tidemark-wiki/')),
    ).toEqual([
      '/kb/tidemark-wiki/account-and-sign-in-98300/',
      '/kb/tidemark-wiki/reset-your-password-98305/',
      '/kb/tidemark-wiki/export-your-data-98330/',
      '/kb/tidemark-wiki/invite-your-team-98320/',
    ]);
    expect(text(view().prose(reset))).not.toMatch(/Priya Nair|Attachments|image-2026|generated by Confluence|Tidemark Wiki :/);
  });

  it('shows its macros as the portal shows them: callouts, a dropdown, code in its language; no contents macro of its own', () => {
    const prose = view().prose(reset);
    expect(prose).toContain('<aside class="callout callout-note" role="note" aria-label="The link expires">');
    expect(prose).toMatch(/<details>\s*<summary>No email arrived\?<\/summary>[\s\S]*Look in your spam folder/);
    expect(prose).not.toContain('grey_arrow_down');
    expect(prose).toContain('<pre class="language-sql" data-language="sql"');
    expect(prose).toMatch(/<img alt="The sign-in page with its Forgot password link"[^>]* width="420"/);
    expect(view().prose('kb/tidemark-wiki/invite-your-team-98320/index.html')).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Before you start"><p class="callout-title">Before you start</p><p>You need the <strong>Admin</strong> role.',
    );
    const exporting = view().prose('kb/tidemark-wiki/export-your-data-98330/index.html');
    expect(exporting).toContain('<aside class="callout callout-tip" role="note" aria-label="Tip">');
    expect(exporting).toContain('<aside class="callout callout-warning" role="note" aria-label="Large exports">');
    const account = view().prose('kb/tidemark-wiki/account-and-sign-in-98300/index.html');
    expect(account).not.toContain('toc-macro');
    expect(view().links(account)).toContain('/kb/tidemark-wiki/reset-your-password-98305/');
    expect(text(account)).toContain('Questions about this page go to Priya Nair.');
    expect(account).not.toContain('/display/~pnair');
  });
});

describe('a Notion workspace exported as Markdown (each page’s sub-pages in a folder of its name beside it)', () => {
  const site = builtExport('notion-export');
  const view = () => reader(site.build);

  it('makes a page beside a folder of its name that folder’s introduction, titled without Notion’s ids', () => {
    // Until 2026-12-05 such a page was an error: an article at the address of the folder next to it.
    const account = view().page('kb/help-center/account/index.html');
    expect(view().heading('kb/help-center/account/index.html')).toBe('Account');
    expect(text(account)).toContain('Sign-in, passwords and the people in your workspace.');
    // Its sub-pages in the order the page links them; the alphabet would put Invite first.
    expect(
      view()
        .links(account)
        .filter((link) => link.startsWith('/kb/help-center/account/')),
    ).toEqual([
      '/kb/help-center/account/reset-your-password/',
      '/kb/help-center/account/invite-your-team/',
      '/kb/help-center/account/reset-your-password/',
      '/kb/help-center/account/invite-your-team/',
    ]);
    expect(view().heading('kb/help-center/index.html')).toBe('Help Center');
    expect(view().links(view().page('kb/help-center/index.html'))).toContain('/kb/help-center/account/');
    expect(view().crumbs('kb/help-center/account/reset-your-password/index.html')).toBe(
      'Home Help articles Help Center Account Reset your password',
    );
  });

  it('keeps a page beside a folder of its images only an article, with its image', () => {
    const reset = 'kb/help-center/account/reset-your-password/index.html';
    expect(view().heading(reset)).toBe('Reset your password');
    expect(view().prose(reset)).toMatch(/<img alt="Untitled"[^>]* src="\/_astro\/Untitled\.[\w-]+\.png"/);
    expect(view().links(view().prose(reset))).toContain('/kb/help-center/account/invite-your-team/');
    // Notion's callout, <aside> with its icon: the portal's tip.
    expect(view().prose(reset)).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>💡 The link works for <strong>24 hours</strong>.',
    );
    expect(view().links(view().prose('kb/help-center/account/invite-your-team/index.html'))).toContain(
      '/kb/help-center/billing-and-invoices/',
    );
  });
});

describe('a GitHub wiki cloned into content/kb ([[wiki links]] between pages named with hyphens)', () => {
  // A link to a page the wiki does not have yet: its text, with a warning.
  const site = builtExport('github-wiki', ['content/kb/Tidemark wiki/Home.md:3:68 warning broken-link']);
  const view = () => reader(site.build);

  it('leads [[Page Name]], [[text|Page-Name]], [[Page Name|text]] and [[Page#Heading]] to their pages', () => {
    const home = view().prose('kb/tidemark-wiki/home/index.html');
    // Until 2026-12-05 the brackets were on the page as written.
    expect(view().links(home)).toEqual([
      '/kb/tidemark-wiki/installation-guide/',
      '/kb/tidemark-wiki/configuration/',
      '/kb/tidemark-wiki/configuration/#environment-variables',
    ]);
    expect(text(home)).toContain('Start with the Installation Guide, then set it up.');
    expect(text(home)).toContain('The Roadmap page is still to be written. Code like [[not a link]] stays as it is.');
    expect(view().links(view().prose('kb/tidemark-wiki/installation-guide/index.html'))).toEqual(['/kb/tidemark-wiki/configuration/']);
    expect(text(view().prose('kb/tidemark-wiki/installation-guide/index.html'))).toContain('Then read how to configure it.');
  });

  it('orders the pages as the wiki’s _Sidebar.md lists them, and publishes no page for it or for _Footer.md', () => {
    expect(listFiles(site.build.outDir).filter((file) => /sidebar|footer/i.test(file))).toEqual([]);
    // The alphabet would put Configuration first; Troubleshooting, not in the sidebar, comes last.
    expect(
      view()
        .links(view().page('kb/tidemark-wiki/index.html'))
        .filter((link) => /^\/kb\/tidemark-wiki\/./.test(link)),
    ).toEqual([
      '/kb/tidemark-wiki/home/',
      '/kb/tidemark-wiki/installation-guide/',
      '/kb/tidemark-wiki/configuration/',
      '/kb/tidemark-wiki/troubleshooting/',
    ]);
  });
});

describe('an mdBook’s HTML output copied into content/kb (book/: chapters in its chrome, toc.html, print.html)', () => {
  // One true warning: a redirect of book.toml's to another book, which the portal does not have.
  const site = builtExport('mdbook-export', ['content/kb/Tidemark Agent Guide/setup/legacy-agent.html:1:1 warning redirect-stub']);
  const view = () => reader(site.build);
  const book = 'kb/tidemark-agent-guide';

  it('lists the chapters in the book’s order, and publishes neither its table of contents nor its print copy', () => {
    // The introduction's three links, then the chapters: the alphabet would put "Checking events…" first.
    expect(
      view()
        .links(view().page(`${book}/index.html`))
        .filter((link) => link.startsWith(`/${book}/`) && !link.includes('#'))
        .slice(3),
    ).toEqual([
      `/${book}/ch01-00-installation/`,
      `/${book}/ch02-00-live-view/`,
      `/${book}/ch03-00-troubleshooting/`,
      `/${book}/setup/`,
      `/${book}/setup/api-keys/`,
    ]);
    expect(listFiles(site.build.outDir).filter((file) => /(^|\/)(toc|print)(\/|\.html)/.test(file))).toEqual([]);
  });

  it('titles each chapter as the book does, without the book’s name, and shows its heading once', () => {
    expect(view().heading(`${book}/ch01-00-installation/index.html`)).toBe('Installing the agent');
    // The book's folder by the book's name, not by its first chapter's title ("Introduction"), which index.html repeats.
    expect(view().crumbs(`${book}/ch01-00-installation/index.html`)).toBe('Home Help articles Tidemark Agent Guide Installing the agent');
    // A chapter whose page starts at <h2>: that heading is its title.
    const keys = `${book}/setup/api-keys/index.html`;
    expect(view().heading(keys)).toBe('API keys');
    expect(view().prose(keys)).not.toMatch(/<h[2-6][^>]*>(?:<[^>]+>)*API keys/);
    expect(view().prose(keys)).toContain('id="create-a-key"');
  });

  it('shows a code example without the lines mdBook hides, and links the chapters to each other', () => {
    const keys = view().prose(`${book}/setup/api-keys/index.html`);
    expect(text(keys)).toMatch(/let config = Config\s*::\s*from_env/);
    expect(text(keys)).not.toContain('fn main');
    // The heading's own anchor, and the link back: mdBook's links of a heading to itself are gone.
    expect(view().links(keys)).toEqual(['#create-a-key', `/${book}/ch01-00-installation/`]);
    expect(view().links(view().prose(`${book}/ch01-00-installation/index.html`))).toContain(`/${book}/setup/api-keys/#create-a-key`);
  });

  it('forwards the pages mdBook writes for book.toml’s redirects to their chapter, or elsewhere on the web, and lists none of them', () => {
    const forwardsTo = (path: string) => /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(view().page(path))?.[1];
    expect(forwardsTo(`${book}/setup/install/index.html`)).toBe(`/${book}/ch01-00-installation/`);
    expect(forwardsTo(`${book}/setup/proxy/index.html`)).toBe(`/${book}/ch03-00-troubleshooting/#no-events`);
    expect(forwardsTo(`${book}/release-notes/index.html`)).toBe('https://github.com/tidemark/agent/releases');
    expect(listFiles(site.build.outDir).filter((file) => file.includes('legacy-agent'))).toEqual([]);
    // A chapter's links to old addresses lead through them.
    expect(
      view()
        .links(view().prose(`${book}/ch03-00-troubleshooting/index.html`))
        .filter((link) => !link.startsWith('#')),
    ).toEqual([`/${book}/setup/install/`, `/${book}/release-notes/`]);
    // The setup section lists its one chapter, not "Redirecting..." pages.
    expect(text(view().page(`${book}/setup/index.html`))).not.toContain('Redirecting');
    expect(
      view()
        .links(view().page(`${book}/setup/index.html`))
        .filter((link) => link.startsWith(`/${book}/setup/`)),
    ).toEqual([`/${book}/setup/api-keys/`]);
  });
});

describe('an older mdBook, its table of contents in every page’s sidebar (index.html), a chapter’s sections in a folder', () => {
  const sidebar = [
    '<nav id="sidebar" class="sidebar"><div class="sidebar-scrollbox"><ol class="chapter">',
    '<li class="chapter-item expanded "><a href="intro.html"><strong aria-hidden="true">1.</strong> Introduction</a></li>',
    '<li class="chapter-item expanded "><a href="sync/sync-and-send.html"><strong aria-hidden="true">2.</strong> Sharing data between threads</a></li>',
    '<li><ol class="section"><li class="chapter-item expanded "><a href="sync/send.html"><strong aria-hidden="true">2.1.</strong> Send</a></li>',
    '<li class="chapter-item expanded "><a href="sync/atomics.html"><strong aria-hidden="true">2.2.</strong> Atomics</a></li></ol></li>',
    '</ol></div></nav>',
  ].join('');
  const page = (title: string, up = '') =>
    `<!DOCTYPE HTML><html lang="en"><head><!-- Book generated using mdBook --><meta charset="UTF-8"><title>${title} - Tidemark Internals</title></head><body>${sidebar.replace(/href="/g, `href="${up}`)}<div id="menu-bar"><h1 class="menu-title">Tidemark Internals</h1></div><main><h1 id="t">${title}</h1><p>About ${title.toLowerCase()}.</p></main></body></html>`;
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(
      fixtureRootWith({
        'content/kb/Internals/index.html': page('Introduction'),
        'content/kb/Internals/intro.html': page('Introduction'),
        'content/kb/Internals/sync/sync-and-send.html': page('Sharing data between threads', '../'),
        'content/kb/Internals/sync/send.html': page('Send', '../'),
        'content/kb/Internals/sync/atomics.html': page('Atomics', '../'),
      }),
    );
  });

  it('titles the folder by the chapter whose sections it holds, and lists them in the book’s order', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const view = reader(build);
    expect(view.crumbs('kb/internals/sync/send/index.html')).toBe(
      'Home Help articles Tidemark Internals Sharing data between threads Send',
    );
    expect(listedArticles(view.page('kb/internals/sync/index.html'))).toEqual(['Sharing data between threads', 'Send', 'Atomics']);
  });
});

describe('a Sphinx site’s HTML output copied into content/kb (_build/html/: pages in its theme, toctrees, its own index and search pages)', () => {
  // Four true warnings: links to Sphinx's index of terms and of modules, which the portal has not.
  const site = builtExport('sphinx-html-export', [
    'content/kb/Tidemark SDK/guides/sampling.html:29:85 warning broken-link',
    'content/kb/Tidemark SDK/index.html:41:44 warning broken-link',
    'content/kb/Tidemark SDK/index.html:42:44 warning broken-link',
    'content/kb/Tidemark SDK/index.html:46:61 warning broken-link',
  ]);
  const view = () => reader(site.build);
  const sdk = 'kb/tidemark-sdk';

  it('lists the pages in the order of the toctrees, and publishes none of Sphinx’s own pages', () => {
    // guides/index.html's toctree: the alphabet would put "Batching and retries" first.
    expect(listedArticles(view().page(`${sdk}/guides/index.html`))).toEqual(['Sampling events', 'Batching and retries']);
    // The site's folder by the site's name, as its pages' titles give it ("Quickstart — Tidemark SDK 2.3 documentation").
    expect(view().crumbs(`${sdk}/guides/sampling/index.html`)).toBe(
      'Home Help articles Tidemark SDK 2.3 documentation Guides Sampling events',
    );
    const links = view().links(view().page(`${sdk}/index.html`));
    expect(links.indexOf(`/${sdk}/quickstart/`)).toBeLessThan(links.indexOf(`/${sdk}/api/`));
    expect(
      listFiles(site.build.outDir).filter((file) => /genindex|modindex|_modules|_sources|kb\/tidemark-sdk\/search/.test(file)),
    ).toEqual([]);
  });

  it('shows an API entry without its [source] link, the index’s search link as the portal’s, its index of terms as text', () => {
    const api = view().prose(`${sdk}/api/index.html`);
    expect(text(api)).toMatch(/^class tidemark\. Client \( key , sample_rate .* \) Sends events to a Tidemark project\. flush \( \) Sends/);
    expect(text(api)).not.toContain('[source]');
    expect(
      view()
        .links(api)
        .filter((link) => !link.startsWith('#')),
    ).toEqual([]);
    const home = view().page(`${sdk}/index.html`);
    expect(view().links(home)).toContain('/search/');
    expect(text(home)).toMatch(/Index Module Index Search Page/);
    expect(
      view()
        .links(home)
        .filter((link) => /genindex|modindex/.test(link)),
    ).toEqual([]);
    const sampling = view().prose(`${sdk}/guides/sampling/index.html`);
    expect(text(sampling)).toContain('See the index for every option.');
    expect(view().links(sampling)).toEqual([]);
  });
});

describe('a desktop application’s offline help copied into content/kb (LibreOffice’s shape: links from the help’s root through <base href>)', () => {
  const site = builtExport('office-help-export', [
    'content/kb/help/en-US/noscript.html:1:1 warning script-page',
    'content/kb/help/help.html:1:1 warning script-page',
  ]);
  const view = () => reader(site.build);
  const guide = 'kb/help/en-us/text/reports/guide';

  it('follows each link and image from the page’s <base>, and shows the article without the header, contents and index beside it', () => {
    const pageNumbers = view().prose(`${guide}/page-numbers/index.html`);
    const away = (html: string) =>
      view()
        .links(html)
        .filter((link) => !link.startsWith('#'));
    expect(away(pageNumbers)).toEqual(['/kb/help/en-us/text/reports/guide/headers-footers/']);
    expect(away(view().prose(`${guide}/headers-footers/index.html`))).toEqual([
      '/kb/help/en-us/text/reports/guide/page-numbers/#hd_id6091494',
    ]);
    expect(pageNumbers).toMatch(/<img alt="A page number field in the footer of a report"[^>]* src="\/_astro\/page_number_field\.[^"]+"/);
    const page = text(view().page(`${guide}/page-numbers/index.html`));
    for (const chrome of ['Tidemark Desktop 4.2 Help', 'Module', 'Contents', 'Index 🔎', 'MPL 2.0']) expect(page).not.toContain(chrome);
  });

  it('shows its boxes beside icons as callouts, and each shortcut for both systems its script chose between', () => {
    const pageNumbers = view().prose(`${guide}/page-numbers/index.html`);
    const callout = (kind: string) =>
      text(new RegExp(`<aside class="callout callout-${kind}"[\\s\\S]*?</aside>`).exec(pageNumbers)?.[0] ?? '');
    expect(callout('tip')).toBe(
      'Tip If you see the text “Page number” instead of the number, choose View - Field Names (Command+F9 / Ctrl+F9).',
    );
    expect(callout('note')).toBe('Note The first page of a report can have a page style of its own, without a number.');
    expect(text(pageNumbers)).toContain('Command / Ctrl +Enter Inserts a page break.');
    expect(pageNumbers).not.toContain('hidden');
    expect(pageNumbers).not.toMatch(/tip\.svg|note\.svg/);
  });
});

describe('a product’s wiki mirrored with wget (MediaWiki, in Vector 2022 and MonoBook)', () => {
  const site = builtExport('mediawiki-export');
  const view = () => reader(site.build);
  const wiki = 'kb/wiki-lumen-example';

  it('shows each article without the wiki’s own parts: edit links, “From Lumen Wiki”, its contents box, “Retrieved from”, categories, navigation boxes', () => {
    for (const path of ['sync-settings', 'export-reports', 'accounts']) {
      const page = text(view().page(`${wiki}/${path}/index.html`));
      for (const chrome of ['[edit]', 'edit]', 'From Lumen Wiki', 'Retrieved from', 'Category', 'Jump to', 'Discussion', 'View history'])
        expect(page, path).not.toContain(chrome);
    }
    expect(view().heading(`${wiki}/export-reports/index.html`)).toBe('Export reports');
    expect(text(view().prose(`${wiki}/export-reports/index.html`))).not.toContain('Export reports · Sync settings');
    expect(text(view().prose(`${wiki}/sync-settings/index.html`))).toContain('Sync keeps your dashboards the same on every device');
  });

  it('shows thumbnails without their links to the file’s page, and a link to a page not written yet as its text', () => {
    const exports = view().prose(`${wiki}/export-reports/index.html`);
    expect(exports).toMatch(/<img[^>]*alt="The Export menu of a report, with CSV and Excel"/);
    expect(
      view()
        .links(exports)
        .filter((link) => /File:|redlink|magnify/.test(link)),
    ).toEqual([]);
    expect(text(exports)).toContain('see large exports.');
    expect(view().prose(`${wiki}/sync-settings/index.html`)).toMatch(/<img[^>]*alt="The Sync dashboards switch, turned on"/);
  });

  it('links the articles to each other and to their sections, and dates each by the last edit its footer gives', () => {
    expect(view().links(view().prose(`${wiki}/accounts/index.html`))).toEqual([`/${wiki}/sync-settings/#Turn_on_sync`]);
    expect(text(view().page(`${wiki}/sync-settings/index.html`))).toContain('Last updated 12 May 2024');
    expect(text(view().page(`${wiki}/export-reports/index.html`))).toContain('Last updated 4 March 2014');
  });
});

describe('a server’s manual kept in a folder per language, its English folder copied under a name of its own (Apache httpd’s shape)', () => {
  const site = builtExport('server-manual-export');
  const view = () => reader(site.build);
  const manual = 'kb/relay-server';

  it('shows each page’s article without the menu, trail, rows of other languages, arrows back to the header or footer', () => {
    for (const path of ['getting-started', 'howto/auth', 'mod/core']) {
      const page = text(view().prose(`${manual}/${path}/index.html`));
      for (const chrome of ['Available Languages', 'Modules |', 'Relay Server Version 3.2', 'Copyright', 'Licensed under'])
        expect(page, path).not.toContain(chrome);
      expect(view().prose(`${manual}/${path}/index.html`), path).not.toMatch(/up\.gif|left\.gif|feather\.png|#page-header/);
    }
    expect(view().heading(`${manual}/getting-started/index.html`)).toBe('Getting Started');
    // Its section <h2 id="content"> is a section of the article, not the whole of it.
    const start = text(view().prose(`${manual}/getting-started/index.html`));
    expect(start).toContain('If you are new to Relay');
    expect(start).toContain('Site content Static files that Relay serves');
  });

  it('follows links through the folder’s old name (../../en/) to the pages and sections they name', () => {
    const pageLinks = (path: string) =>
      view()
        .links(view().prose(path))
        .filter((link) => !link.startsWith('#'));
    expect(pageLinks(`${manual}/howto/auth/index.html`)).toEqual([
      `/${manual}/mod/core/#requiretoken`,
      `/${manual}/mod/core/#project`,
      `/${manual}/mod/core/#example`,
    ]);
    expect(pageLinks(`${manual}/getting-started/index.html`)).toEqual([`/${manual}/mod/core/#listen`, `/${manual}/howto/auth/#tokens`]);
  });

  it('keeps a directive’s syntax diagram as a drawing, in a box that scrolls sideways, its styles as SVG’s own attributes', () => {
    const core = view().prose(`${manual}/mod/core/index.html`);
    const drawing = /<div class="drawing-scroll"[^>]*>\s*<svg[\s\S]*?<\/svg>/.exec(core)?.[0] ?? '';
    expect(drawing).toMatch(/<svg[^>]*class="drawing"[^>]*role="img"[^>]*aria-label="Listen port tls-options"/);
    expect(drawing).toContain('fill="none" stroke-width="2.16" stroke="rgb(0,0,0)"');
    expect(drawing).not.toContain('style=');
    // Not a paragraph of its labels, as the converter made of it before.
    expect(core).not.toMatch(/<p>[^<]*Listen\s+port\s+tls-options/);
  });

  it('gives the directives’ “Example” boxes ids of their own beside the “Example” section’s', () => {
    const core = view().prose(`${manual}/mod/core/index.html`);
    const ids = [...core.matchAll(/<h[23] id="([^"]+)">Example/g)].map((match) => match[1]);
    expect(ids).toEqual(['example', 'example-1', 'example-2']);
  });
});

describe('a MkDocs site’s HTML (its own theme: the menu in a navigation bar with Previous and Next)', () => {
  const site = builtExport('mkdocs-html-export');
  const view = () => reader(site.build);
  const docs = 'kb/beacon';

  it('orders the pages as the site’s menu does, through its sections’ folders', () => {
    expect(pagerLinks(view().page(`${docs}/user-guide/installation/index.html`))).toEqual(['Configuration →']);
    expect(pagerLinks(view().page(`${docs}/user-guide/configuration/index.html`))).toEqual(['← Installation', 'Alerts →']);
    expect(listedArticles(view().page(`${docs}/user-guide/index.html`))).toEqual(['Installation', 'Configuration', 'Alerts']);
  });

  it('shows each page without the navigation bar, contents column, search dialog or footer, and follows a link named by its Markdown file', () => {
    const page = text(view().prose(`${docs}/user-guide/configuration/index.html`));
    for (const chrome of ['Previous', 'Next', 'Search', 'From here you can search', 'Copyright', 'Documentation built with'])
      expect(page).not.toContain(chrome);
    expect(
      view()
        .links(view().prose(`${docs}/user-guide/configuration/index.html`))
        .filter((link) => !link.startsWith('#')),
    ).toEqual([`/${docs}/user-guide/installation/#requirements`]);
  });

  it('sends the address of a page that only redirected to the page it named', () => {
    expect(view().page(`${docs}/user-guide/notifications/index.html`)).toMatch(
      /http-equiv="refresh" content="0;url=\/kb\/beacon\/user-guide\/alerts\/"/,
    );
  });
});

describe('a manual made by Texinfo’s makeinfo (every GNU manual’s shape)', () => {
  const site = builtExport('texinfo-manual-export', [
    'content/kb/harbor-cli/index.html:51:39 warning broken-link',
    'content/kb/harbor-cli/index.html:71:51 warning broken-link',
  ]);
  const view = () => reader(site.build);

  it('titles each page as its node, without the manual’s name after it or its section’s number before it', () => {
    expect(view().heading('kb/harbor-cli/signing-in/index.html')).toBe('Signing In');
    expect(view().heading('kb/harbor-cli/export-formats/index.html')).toBe('Export Formats');
    expect(view().page('kb/harbor-cli/export-formats/index.html')).toContain('<title>Export Formats · Harbor CLI Manual</title>');
  });

  it('shows each page without its panel of Next, Previous, Up, Contents and Index links', () => {
    for (const path of ['installing', 'signing-in', 'export-formats']) {
      const page = text(view().prose(`kb/harbor-cli/${path}/index.html`));
      for (const chrome of ['Next:', 'Previous:', 'Up:', '[Contents]', '[Index]']) expect(page).not.toContain(chrome);
    }
    expect(text(view().prose('kb/harbor-cli/signing-in/index.html'))).toContain('Run harbor login and paste the token');
  });

  it('orders the pages as the home page’s table of contents does, sections inside their chapters', () => {
    expect(pagerLinks(view().page('kb/harbor-cli/signing-in/index.html'))).toEqual(['← Installing', 'Exporting Reports →']);
    expect(pagerLinks(view().page('kb/harbor-cli/exporting-reports/index.html'))).toEqual(['← Signing In', 'Export Formats →']);
  });

  it('leaves its index of commands out, as the portal’s search finds every command', () => {
    expect(listFiles(site.build.outDir).filter((file) => /command-index/i.test(file))).toEqual([]);
  });
});

describe('a desktop’s help as Yelp builds it from Mallard (GNOME’s shape)', () => {
  const site = builtExport('desktop-help-export');
  const view = () => reader(site.build);

  it('shows its notes as callouts under their own titles, without their icons, and not as headings of the article', () => {
    const connect = view().prose('kb/help/net-wireless-connect/index.html');
    expect(text(/<aside class="callout callout-tip"[\s\S]*?<\/aside>/.exec(connect)?.[0] ?? '')).toBe(
      'Connect automatically Once you have joined a network, your laptop joins it again whenever it is in range. Turn off Connect automatically in the network’s settings to choose each time.',
    );
    expect(connect).not.toMatch(/<h2[^>]*>Connect automatically/);
    expect(view().page('kb/help/net-wireless-connect/index.html')).not.toMatch(/On this page/);
    const callout = (path: string) =>
      /<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]*)<\/p>/.exec(view().prose(path))?.slice(1);
    expect(callout('kb/help/bluetooth-problem-connecting/index.html')).toEqual(['warning', 'Warning']);
    expect(callout('kb/help/bluetooth-connect-device/index.html')).toEqual(['important', 'Important']);
    expect(callout('kb/help/net-wireless-disconnecting/index.html')).toEqual(['note', 'Note']);
    for (const path of ['net-wireless-connect', 'bluetooth-problem-connecting'])
      expect(view().prose(`kb/help/${path}/index.html`)).not.toContain('<svg');
  });

  it('shows a page’s text without its trail, “More Information”, “See Also” or credits', () => {
    const page = text(view().prose('kb/help/net-wireless-disconnecting/index.html'));
    for (const chrome of ['Help »', 'More Information', 'See Also', 'Written By', 'Creative Commons']) expect(page).not.toContain(chrome);
    expect(page).toContain('The most common reason is a weak signal');
  });
});

describe('docs whose pages are folders, an index.md beside the page’s images (Hugo’s page bundles)', () => {
  const site = builtExport('page-bundles');
  const view = () => reader(site.build);

  it('publishes such a page as an article at its folder’s address, in the folder above, with its image and contents', () => {
    const install = 'kb/guides/install/index.html';
    expect(view().heading(install)).toBe('Install the collector');
    expect(view().crumbs(install)).toBe('Home Help articles Guides Install the collector');
    expect(view().prose(install)).toMatch(
      /<img alt="Your first chart, a minute after the collector starts"[^>]* src="\/_astro\/first-chart\.[\w-]+\.png"/,
    );
    expect(view().page(install)).toContain('<nav class="toc toc-sidebar"');
    // Listed with the folder's articles, not as a folder of none.
    expect(text(view().page('kb/guides/index.html'))).toMatch(
      /Guides Step-by-step guides for the first weeks with Tidemark\. Install the collector Alerts Email alerts Slack alerts/,
    );
    // A category that is one page: an article on the help home, titled by its heading.
    expect(view().heading('kb/reference/index.html')).toBe('API limits');
    expect(view().links(view().page('kb/index.html'))).toContain('/kb/reference/');
  });

  it('leads links to such a page, by its index file (with or without its extension) or its folder, to it', () => {
    expect(view().links(view().prose('kb/guides/alerts/email/index.html'))).toEqual(['/kb/guides/install/#check-that-events-arrive']);
    expect(
      view()
        .links(view().prose('kb/guides/install/index.html'))
        .filter((link) => !link.startsWith('#')),
    ).toEqual(['/kb/guides/alerts/email/', '/kb/guides/alerts/']);
  });

  it('follows links written from a page’s published address, as Hugo’s pages write them', () => {
    // Alerts/slack-alerts.md is published at …/alerts/slack-alerts/: from there "../email/" is the
    // page beside it and "../../install/" the guide's, where from its file's folder neither is a page.
    expect(view().links(view().prose('kb/guides/alerts/slack-alerts/index.html'))).toEqual([
      '/kb/guides/alerts/email/',
      '/kb/guides/install/',
    ]);
  });
});

describe('a docs-style tree', () => {
  const root = `${FIXTURES}docs-tree`;
  let build: BuildResult;
  let view: ReturnType<typeof reader>;
  let files: string[];
  beforeAll(() => {
    build = buildSite(root);
    view = reader(build);
    files = listFiles(build.outDir);
  });

  it('validates without a problem, and builds', () => {
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('publishes the file a folder’s introduction links to, where its link leads', () => {
    const href = view.links(view.page('kb/how-to/index.html')).find((link) => link.endsWith('/task-checklist.txt'));
    expect(href).toMatch(/^\/files\/[0-9a-f]{16}\/task-checklist\.txt$/);
    expect(readFileSync(join(build.outDir, href!))).toEqual(readFileSync(join(root, 'content/kb/how-to/files/task-checklist.txt')));
    // Known before building, so a rebuild that copies the folder page still publishes the file.
    expect(validateRoot(root).content.kbFolders.find((folder) => folder.id === 'how-to')?.attachments).toEqual([
      'content/kb/how-to/files/task-checklist.txt',
    ]);
  });

  it('shows sub-sections four folders deep in the breadcrumbs, titled by their index.md / _index.md', () => {
    const path = 'kb/how-to/dashboards/building/charts/chart-types/index.html';
    expect(view.crumbs(path)).toBe('Home Help articles How-to guides Dashboards Building dashboards Charts Chart types');
    for (const folder of ['how-to', 'how-to/dashboards', 'how-to/dashboards/building', 'how-to/dashboards/building/charts'])
      expect(files).toContain(`kb/${folder}/index.html`);
    expect(text(view.page('kb/how-to/dashboards/index.html'))).toMatch(
      /Dashboards Build, arrange and share dashboards\. Share a dashboard .* Building dashboards .* Charts \(2\)/,
    );
    expect(view.heading('kb/reference/api/index.html')).toBe('Api');
  });

  it('orders categories by the weight in their _index.md, and shows the root index.md on the help home', () => {
    const home = view.page('kb/index.html');
    expect(view.heading('kb/index.html')).toBe('Tidemark documentation');
    expect(text(home)).toContain('These docs follow the way people learn a tool');
    const categories = [...home.matchAll(/<h2[^>]*>\s*<a href="\/kb\/([^"]+)\/">/g)].map((match) => match[1]);
    // Tutorials and Explanation say their weight in Hugo's TOML frontmatter (+++), the others in YAML.
    expect(categories).toEqual(['tutorials', 'how-to', 'reference', 'explanation']);
    expect(text(view.page('kb/explanation/how-sessions-are-counted/index.html'))).toContain(
      'How sessions are counted What a session is, and why the count can differ from other tools.',
    );
    expect(view.links(home)).toContain('/kb/release-notes/');
  });

  it('renders :::tip, :::caution[Title], :::danger and :::info as callouts, in Markdown and MDX', () => {
    expect(view.prose('kb/how-to/dashboards/building/charts/chart-types/index.html')).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Start with a line chart.',
    );
    expect(text(view.prose('kb/how-to/dashboards/share-a-dashboard/index.html'))).toContain('Public means public Anyone who gets the link');
    expect(view.prose('kb/how-to/data/import-a-csv/index.html')).toContain('aria-label="Danger"');
    expect(view.page('kb/explanation/how-sessions-are-counted/index.html')).toContain('aria-label="Info"');
    const mdx = view.page('kb/how-to/dashboards/building/charts/custom-colors/index.html');
    expect(mdx).toContain('aria-label="Note"');
    expect(text(mdx)).toContain('This workspace currently uses 3 colours.');
  });

  it('knows, before building, exactly the anchors each built article has, in Markdown and MDX', () => {
    const sides = anchorsSideBySide(root, build);
    expect(sides.find((side) => side.article === 'release-notes')!.built).toEqual(['2026-09', '2026-10']);
    for (const { article, validator, built } of sides) expect(validator, article).toEqual(built);
  });

  it('resolves links without .md and to index files, and redirects the aliases', () => {
    // first-dashboard is a Jekyll ".markdown" file, linked without its extension.
    expect(view.links(view.prose('kb/tutorials/track-your-first-event/index.html'))).toContain('/kb/tutorials/first-dashboard/');
    expect(view.links(view.prose('kb/tutorials/first-dashboard/index.html'))).toContain(
      '/kb/how-to/dashboards/building/charts/chart-types/',
    );
    expect(view.links(view.page('kb/index.html'))).toContain('/kb/tutorials/');
    // A link with a query (an old site's tab) leads to the page, at its anchor.
    expect(view.links(view.prose('kb/reference/api/authentication/index.html')).filter((link) => link.startsWith('/'))).toEqual([
      '/kb/reference/api/endpoints/events/#limits',
      '/kb/reference/api/endpoints/exports/#formats',
    ]);
    expect(view.page('docs/tutorials/first-dashboard/index.html')).toContain('url=/kb/tutorials/first-dashboard/');
    expect(view.page('_redirects')).toContain('/getting-started/dashboards.html /kb/tutorials/first-dashboard/ 301');
  });

  it('reads a plan without self-service resources, whose milestones point at articles at any depth', () => {
    const plan = view.page('plans/self-serve/index.html');
    expect(text(plan)).not.toContain('Start on your own');
    expect(view.links(plan)).toContain('/kb/how-to/dashboards/building/charts/chart-types/');
  });
});
