// `npm run validate` checks every internal link and anchor where it is written, before anything
// is built: articles and the Markdown of YAML files, as file:line:col with the closest page or
// anchor as the hint. A missing page is an error; a missing anchor a warning (error with --strict).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRoot, fixtureRootWith } from '../helpers/fixtures.ts';
import { renderMarkdown } from '../helpers/render-article.ts';

const found = (root: string, strict = false) =>
  validateRoot(root, { strict }).diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}${d.hint ? ` | ${d.hint}` : ''}`,
  );

const SSO = [
  '---',
  'title: Set up SSO',
  '---',
  '## Configure SAML {#saml}',
  '',
  '<a name="legacy-okta"></a>',
  '## Provision users with SCIM',
  '',
  '[Back to top](#top) · [SAML](#saml) · [SCIM](#provision-users-with-scim) · [Okta](#legacy-okta)',
].join('\n');

describe('links checked where they are written', () => {
  it('accepts anchors made by {#id}, by heading text, by <a name>, and #top', () => {
    expect(found(fixtureRootWith({ 'content/kb/Admin/SSO/set-up-sso.md': SSO }))).toEqual([]);
  });

  it('does not check what a comment holds, which readers never see', () => {
    const notes =
      '# Contact\n\nWrite to us. <!-- TODO: link <a href="../Old/form.html">the old form</a> once legal agrees -->\n\n<!--\nRemoved in 2023:\n<img src="img/old-form.png">\n-->\n\nSee [the old form](../Old/form.html).\n';
    expect(found(fixtureRootWith({ 'content/kb/Support/Contact/contact-us.md': notes })).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Support/Contact/contact-us.md:10:20 error broken-link',
    ]);
  });

  it('accepts the phone and text links of a support article, and warns that a script or data address is shown as its text', () => {
    const contact =
      '# Contact\n\nCall [+1 800 555 0100](tel:+18005550100), text [us](sms:+18005550100) or <a href="tel:+18005550100">call</a>. Not [this](javascript:alert(1)) nor [that](data:text/html,hi).\n';
    expect(found(fixtureRootWith({ 'content/kb/Support/Contact/contact-us.md': contact })).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Support/Contact/contact-us.md:3:122 warning url-scheme',
      'content/kb/Support/Contact/contact-us.md:3:154 warning url-scheme',
    ]);
  });

  it('warns about a link only an app opens (slack://, ftp://), which stays, and about vbscript: and file:, shown as their text', () => {
    const apps =
      '# Apps\n\nOpen [Slack](slack://open?team=T1), get [the archive](ftp://files.example.com/a.zip), not [x](vbscript:msgbox) nor [y](file:///etc/passwd).\n';
    expect(found(fixtureRootWith({ 'content/kb/Support/Apps/apps.md': apps })).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Support/Apps/apps.md:3:14 warning url-scheme',
      'content/kb/Support/Apps/apps.md:3:55 warning url-scheme',
      'content/kb/Support/Apps/apps.md:3:95 warning url-scheme',
      'content/kb/Support/Apps/apps.md:3:120 warning url-scheme',
    ]);
  });

  it('shows a picture pasted into the old editor as a data: image, and warns that a link to data: and an SVG written so are not', () => {
    const pasted =
      '# Pasted\n\n![Chart](data:image/png;base64,iVBORw0KGgo=) and <img src="data:image/jpeg;base64,/9j/4AAQ" alt="Photo">, not [open](data:image/png;base64,iVBORw0KGgo=) nor ![x](data:image/svg+xml;base64,PHN2Zz4=).\n';
    expect(found(fixtureRootWith({ 'content/kb/Support/Apps/pasted.md': pasted })).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Support/Apps/pasted.md:3:118 warning url-scheme',
      'content/kb/Support/Apps/pasted.md:3:163 warning url-scheme',
    ]);
  });

  it('warns that the image Confluence exports for a macro it could not export is left out, and gives Astro no such image to import', () => {
    const page =
      '# 2023 Q1\n\nSubmitted on\n\n![](plugins/servlet/confluence/placeholder/unknown-macro)\n\n<img src="../plugins/servlet/confluence/placeholder/unknown-macro?name=jira">\n';
    const root = fixtureRootWith({ 'content/kb/Support/Reports/q1.md': page });
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)).toEqual([
      '5:5 warning url-scheme The image "plugins/servlet/confluence/placeholder/unknown-macro" is the placeholder Confluence exported for a macro it could not export (a date, a list of Jira issues): readers see its description instead',
      '7:11 warning url-scheme The image "../plugins/servlet/confluence/placeholder/unknown-macro?nam…" is the placeholder Confluence exported for a macro it could not export (a date, a list of Jira issues): readers see its description instead',
    ]);
    expect(result.content.articles.find((article) => article.id === 'support/reports/q1')?.imagePaths).toEqual([]);
  });

  it('reports each link whose text is its own address at its address, in Markdown and on the line of an HTML page that writes it', () => {
    const markdown =
      '# Mirrors\n\nThe primary site is [ftp://ftp.gnu.org](ftp://ftp.gnu.org), with a list of [ftp://ftp.gnu.org](ftp://ftp.gnu.org) mirrors.\n';
    const html = [
      '<html><head><title>Mirrors</title></head><body><h1>Mirrors</h1>',
      '<p>The primary site is <a href="ftp://ftp.gnu.org">ftp://ftp.gnu.org</a>, but it',
      'is often very busy. A list of sites that mirror it on',
      '<a href="ftp://ftp.gnu.org">ftp://ftp.gnu.org</a> is available from',
      '<a href="ftp://ftp.gnu.org/pub/gnu/GNUinfo/FTP">ftp://ftp.gnu.org/pub/gnu/GNUinfo/FTP</a>.</p>',
      '</body></html>',
    ].join('\n');
    const root = fixtureRootWith({
      'content/kb/Support/Mirrors/mirrors.md': markdown,
      'content/kb/Support/Mirrors/mirror-list.html': html,
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Support/Mirrors/mirror-list.html:2:33 warning url-scheme',
      'content/kb/Support/Mirrors/mirror-list.html:4:10 warning url-scheme',
      'content/kb/Support/Mirrors/mirror-list.html:5:10 warning url-scheme',
      'content/kb/Support/Mirrors/mirrors.md:3:41 warning url-scheme',
      'content/kb/Support/Mirrors/mirrors.md:3:96 warning url-scheme',
    ]);
  });

  it('says a placeholder written as a link ("http://<servername>/") is no address, with the fix', () => {
    const howto = '# Serve over HTTP\n\nClone <a href="http://<servername>/repo.git">http://&lt;servername&gt;/repo.git</a> then.\n';
    const [problem] = validateRoot(fixtureRootWith({ 'content/kb/Support/Apps/http.md': howto })).diagnostics;
    expect(`${problem?.line}:${problem?.column} ${problem?.severity} ${problem?.message}`).toBe(
      '3:16 warning The link "http://<servername>/repo.git" is not an address a browser can open',
    );
    expect(problem?.hint).toContain('as code');
  });

  it('warns about a missing anchor on the same page, with the closest one as the hint, and fails with --strict', () => {
    const root = fixtureRootWith({ 'content/kb/Admin/SSO/set-up-sso.md': `${SSO}\n\nSee [SAML setup](#sml).\n` });
    expect(found(root)).toEqual(['content/kb/Admin/SSO/set-up-sso.md:11:18 warning broken-anchor | Did you mean #saml?']);
    expect(found(root, true)).toContain('content/kb/Admin/SSO/set-up-sso.md:11:18 error broken-anchor | Did you mean #saml?');
  });

  it('checks raw HTML addresses written without quotes, as old editors wrote them, at the address', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/SSO/set-up-sso.md': `${SSO}\n\nThe <img src=okta-app.png alt=Okta> app, and <a href=#scim>SCIM</a>.\n`,
    });
    // Before, the validator saw neither, and the build stopped copying the missing image.
    expect(found(root)).toEqual([
      'content/kb/Admin/SSO/set-up-sso.md:11:14 error broken-link | Looked for content/kb/Admin/SSO/okta-app.png.',
      'content/kb/Admin/SSO/set-up-sso.md:11:54 warning broken-anchor | Anchors there: #legacy-okta, #saml, #provision-users-with-scim.',
    ]);
  });

  it('checks the anchor of a link to another article, also without the .md extension and from raw HTML', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/SSO/set-up-sso.md': SSO,
      'content/kb/Admin/Users/roles.md': [
        '# Roles',
        '',
        'Admins set up [SSO](../SSO/set-up-sso.md#saml) and [SCIM](../SSO/set-up-sso#provision-users-with-scim).',
        '',
        '<p>Okta users: <a href="../SSO/set-up-sso.md#legacy-okat">see this</a>.</p>',
        '',
        '```md',
        '[not checked](./nowhere.md)',
        '```',
      ].join('\n'),
    });
    expect(found(root)).toEqual(['content/kb/Admin/Users/roles.md:5:25 warning broken-anchor | Did you mean #legacy-okta?']);
  });

  it('leads a link to the title heading of an article to its title, and slugs the headings after it as GitHub does', () => {
    // Node's API docs: `[Stream](stream.md#stream)`; the page shows "# Stream" as its h1.
    const stream = '# Stream\n\nStreams move data.\n\n## Stream\n\nThe class.\n\n## API for stream consumers\n';
    const root = fixtureRootWith({
      'content/kb/Node/API/stream.md': stream,
      'content/kb/Node/API/fs.md':
        '# File system\n\nSee [streams](stream.md#stream), [the class](stream.md#stream-1) and [no such](stream.md#streams).\n',
    });
    expect(found(root)).toEqual(['content/kb/Node/API/fs.md:3:80 warning broken-anchor | Did you mean #stream?']);
    const article = validateRoot(root).content.articles.find((candidate) => candidate.id.endsWith('stream'))!;
    expect(article.data.titleAnchor).toBe('stream');
    // The page: its h1 carries the title's id (the kb page), the body's "## Stream" the next one.
    expect(renderMarkdown(stream, {})).toMatch(/^\s*<p>Streams move data.<\/p>\n<h2 id="stream-1">/);
    // A title from the frontmatter and no title heading: no anchor of its own.
    const titled = fixtureRootWith({ 'content/kb/Node/API/stream.md': '---\ntitle: Stream\n---\nStreams move data.\n' });
    expect(validateRoot(titled).content.articles.find((candidate) => candidate.id.endsWith('stream'))!.data.titleAnchor).toBeUndefined();
  });

  it('slugs no heading to an id the article writes itself (an anchor kept before a heading for old links), in the page and in the link check alike', () => {
    const setup =
      '# Set up alerts\n\n<a id="parameters"></a>\n\n## Parameters\n\nEach alert has a threshold.\n\n## Channels\n\nEmail or Slack.\n';
    const root = fixtureRootWith({
      'content/kb/Alerts/setup.md': setup,
      'content/kb/Alerts/faq.md':
        '# Alert FAQ\n\nSee [the parameters](setup.md#parameters-1), [old link](setup.md#parameters) and [channels](setup.md#channels).\n',
    });
    expect(found(root)).toEqual([]);
    const html = renderMarkdown(setup, {});
    expect(html).toContain('<h2 id="parameters-1">Parameters');
    expect(html.match(/id="parameters"/g)).toHaveLength(1);
  });

  it('slugs no heading to the id another heading names itself ({#id}), in the page and in the link check alike', () => {
    // Apache's manual: an "Example" section with its own id, and an "Example" box under a directive.
    const module = '# mod_authn_anon\n\n## Example {#example}\n\nGuests may sign in.\n\n### Example\n\nAnonymous on\n';
    const root = fixtureRootWith({
      'content/kb/Apache/anon.md': module,
      'content/kb/Apache/faq.md':
        '# FAQ\n\nSee [the example](anon.md#example), [its box](anon.md#example-1) and [no such](anon.md#example-2).\n',
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual(['content/kb/Apache/faq.md:3:80 warning broken-anchor']);
    const html = renderMarkdown(module, {});
    expect(html).toMatch(/<h2 id="example">Example/);
    expect(html).toMatch(/<h3 id="example-1">Example/);
  });

  it('slugs no deep heading to an id it writes itself (a DocBook section’s anchor in its own heading), in the page and in the link check alike', () => {
    const manual =
      '# Git user manual\n\n## Recovering lost changes\n\n#### Reflogs and branches\n\n##### <a id="reflogs"></a>Reflogs\n\nSay you reset a branch.\n';
    const root = fixtureRootWith({
      'content/kb/Git/manual.md': manual,
      'content/kb/Git/faq.md': '# Git FAQ\n\nSee [the reflog](manual.md#reflogs) and [its section](manual.md#reflogs-1).\n',
    });
    expect(found(root)).toEqual([]);
    const html = renderMarkdown(manual, {});
    expect(html).toMatch(/<h5 id="reflogs-1"><a id="reflogs"><\/a>Reflogs<\/h5>/);
    expect(html.match(/id="reflogs"/g)).toHaveLength(1);
  });

  it('follows links from the root of docs copied into a folder of content/kb to the pages of that folder, as on their old site', () => {
    // npm's docs: "/commands/npm-install" is commands/npm-install.md of the docs folder.
    const root = fixtureRootWith({
      'content/kb/npm/commands/npm-install.md': '---\ntitle: npm install\n---\n## Description\n\nInstalls a package.\n',
      'content/kb/npm/using-npm/registry.md': '---\ntitle: registry\n---\nThe public registry.\n',
      'content/kb/npm/commands/npm-publish.md': [
        '---',
        'title: npm publish',
        '---',
        'Publish to [the registry](/using-npm/registry), after [npm install](/commands/npm-install#description).',
        'See [every command](/commands/), [npm bin](/commands/npm-bin) and [a session](/training/).',
      ].join('\n'),
    });
    // npm's own docs name a command this version no longer has; a link to a portal page stays one.
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual(['content/kb/npm/commands/npm-publish.md:5:44 error broken-link']);
  });

  it('follows a root link named with the Markdown file of a page that was exported as HTML', () => {
    // MkDocs' own release notes, built to HTML: "/user-guide/configuration.md" is user-guide/configuration.html.
    const notes = '<h1>Release notes</h1>\n<p>Use one of the <a href="/user-guide/configuration.md">configuration</a> variables.</p>\n';
    const root = fixtureRootWith({
      'content/kb/MkDocs/user-guide/configuration.html': '<h1>Configuration</h1>\n<p>Project settings.</p>\n',
      'content/kb/MkDocs/about/release-notes.html': notes,
      'content/kb/MkDocs/about/license.html': '<h1>License</h1>\n<p>See <a href="/user-guide/configure.md">the settings</a>.</p>\n',
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual(['content/kb/MkDocs/about/license.html:2:17 error broken-link']);
  });

  it('reads the image path of raw HTML as a browser does: "&amp;" is an ampersand of the file name', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/Users/img/roles&teams.png': 'an image',
      'content/kb/Admin/Users/roles.md':
        '# Roles\n\n<p><img src="img/roles&amp;teams.png" alt="Roles"></p>\n\n<img src="img/rols.png" alt="Typo">\n',
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual(['content/kb/Admin/Users/roles.md:5:11 error broken-link']);
  });

  it('reports a link to a page the portal does not have as an error, with the closest page', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/Users/roles.md':
        '# Roles\n\nSee [the welcome](/kb/getting-started/first-step/welcome/) and [billing](/faq/#general-billing-plans).\n',
    });
    expect(found(root)).toEqual([
      'content/kb/Admin/Users/roles.md:3:19 error broken-link | Did you mean /kb/getting-started/first-steps/welcome/?',
      'content/kb/Admin/Users/roles.md:3:74 warning broken-anchor | Did you mean #general-billing?',
    ]);
  });

  it('checks portal links in the Markdown of YAML files, at their line in the file', () => {
    const root = fixtureRoot();
    const faq = join(root, 'content/faqs/general.yaml');
    writeFileSync(
      faq,
      `${readFileSync(faq, 'utf8')}  - id: welcome\n    q: Where do I start?\n    a: |\n      Read the welcome.\n      It is at [the welcome](/kb/getting-started/first-steps/welcom/).\n`,
    );
    expect(found(root)).toEqual([
      'content/faqs/general.yaml:10:30 error broken-link | Did you mean /kb/getting-started/first-steps/welcome/?',
    ]);
  });

  it('sends links to the old help center to the migrated article, and warns about those with no match', () => {
    const root = fixtureRootWith({
      'content/kb/10205725-connect-your-warehouse.md':
        '# Connect your warehouse\n\nKeys: [API keys](https://help.example.com/en/articles/10205731-manage-api-keys#h_2a9c41e7b0).\n',
      'content/kb/10205731-manage-api-keys.md':
        '# Manage API keys\n\nOld guide: [legacy](https://help.example.com/en/articles/99-legacy-tracker).\n',
    });
    const site = join(root, 'content/site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}kb:\n  importedFrom: https://help.example.com/en/articles/\n`);
    expect(found(root)).toEqual([
      'content/kb/10205731-manage-api-keys.md:3:21 warning old-help-center-link | Name the migrated article’s file after the old id or slug, link to it directly, or remove the link.',
    ]);
  });

  it('reads links from the old site’s root as old links, by file name or doc id, and reports one with no match as an error', () => {
    const root = fixtureRootWith({
      'content/kb/intro.md': '# Intro\n\n[Share](/docs/dashboards/sharing#by-email) · [Generated index](/docs/category/dashboards)\n',
      'content/kb/Dashboards/share-a-dashboard.md':
        '---\nid: sharing\n---\n# Share a dashboard\n\n## By email\n\nBack to the [intro](/docs/intro/).\n',
    });
    const site = join(root, 'content/site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}kb:\n  importedFrom: /docs/\n`);
    expect(found(root)).toEqual([
      'content/kb/intro.md:3:64 error old-help-center-link | Name the migrated article’s file after the old id or slug, link to it directly, or remove the link.',
    ]);
  });

  it('reports a link from the root to no page, file of public/ or old address, as the check after the build would', () => {
    const root = fixtureRootWith({
      'content/kb/intro.md': [
        '---',
        'aliases: [/hc/en-us/articles/360001-welcome]',
        '---',
        '# Intro',
        '',
        '[Guide](/guides/setup.pdf) · [Old address](/hc/en-us/articles/360001-welcome) · [Sitemap](/sitemap.xml) · [Docs](/docs/intro)',
        '',
        '![Dashboard](/img/dashboard.png) ![Logo](/img/logo.png)',
      ].join('\n'),
      // The content root's own public/ folder, which the site serves as it is.
      'public/guides/setup.pdf': '%PDF-1.4 setup guide',
      'public/img/logo.png': 'png',
    });
    expect(found(root)).toEqual([
      "content/kb/intro.md:6:114 error broken-link | No article has that path from content/kb or from a folder above this one, as a link from the docs' own root would. If it is a page of the site the articles came from, set kb.importedFrom: /docs/ in content/site.yaml, and links under it go to the migrated articles; else link to a portal page or a file in public/.",
      'content/kb/intro.md:8:14 warning broken-link | Copy the old site’s static files into public/ (a Docusaurus site keeps them in static/), or link the image beside the article.',
    ]);
  });

  it('reports an MDX file that cannot be read at its line', () => {
    const root = fixtureRootWith({ 'content/kb/Admin/Users/broken.mdx': '---\ntitle: Broken\n---\n\nText.\n\n<Callout\n' });
    expect(found(root)).toEqual(['content/kb/Admin/Users/broken.mdx:7:1 error mdx-syntax']);
  });

  it('reports two articles claiming the same old address, and an old address that is a page of the portal', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/Users/roles.md': '---\naliases: [/help/roles]\n---\n# Roles\n\nText.\n',
      'content/kb/Admin/Users/teams.md': '---\nredirect_from: /help/roles\n---\n# Teams\n\nText.\n',
      'content/kb/Admin/Users/seats.md': '---\naliases:\n  - /kb/getting-started/first-steps/welcome/\n---\n# Seats\n\nText.\n',
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Admin/Users/seats.md:3:5 error redirect-path',
      'content/kb/Admin/Users/teams.md:2:16 error redirect-path',
    ]);
  });

  it('warns of links from a published article to a draft, which customers see as text', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/Users/roles.md': '# Roles\n\nSee [teams](teams.md), or [the team list](/kb/admin/users/teams/).\n',
      'content/kb/Admin/Users/teams.md': '---\ndraft: true\n---\n# Teams\n\nText.\n',
    });
    expect(found(root)).toEqual([
      'content/kb/Admin/Users/roles.md:3:13 warning reference-to-draft | Publish the article (remove draft: true), or remove the link.',
      'content/kb/Admin/Users/roles.md:3:43 warning reference-to-draft | Publish the article (remove draft: true), or remove the link.',
      'content/kb/Admin/Users/teams.md:2:1 warning draft-article',
    ]);
  });

  it('checks the links of an article whose frontmatter is wrong, and reports nothing twice', () => {
    const root = fixtureRootWith({
      'content/kb/Admin/Users/roles.md': '---\ntags: { admin: true }\n---\n# Roles\n\nSee [teams](teams.md) and [SSO](../SSO/sso.md).\n',
      'content/kb/Admin/Users/seats.md':
        '# Seats\n\nRoles are in [roles](roles.md) and [/kb/admin/users/roles/](/kb/admin/users/roles/).\n',
    });
    expect(found(root).map((line) => line.split(' | ')[0])).toEqual([
      'content/kb/Admin/Users/roles.md:2:7 error wrong-type',
      'content/kb/Admin/Users/roles.md:6:13 error broken-link',
      'content/kb/Admin/Users/roles.md:6:33 error broken-link',
    ]);
  });
});
