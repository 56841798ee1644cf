// Help-center articles exported as HTML (src/markdown/html-article.ts): read as the Markdown
// pipeline renders it, and a problem in one reported at its place in the HTML file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/content/files.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { articleHref } from '../../src/markdown/article-links.ts';
import { htmlArticleMarkdown } from '../../src/markdown/html-article.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { renderMarkdown } from '../helpers/render-article.ts';

const rendered = (html: string) => renderMarkdown(htmlArticleMarkdown(html).markdown);

describe('htmlArticleMarkdown', () => {
  it('takes an address without the spaces around it, as a browser does', () => {
    // Python's docs: <a href=" https://packaging.python.org/…">.
    const html = '<p>See <a href=" https://packaging.python.org/guides/#upload ">the guide</a> and <img src=" chart.png" alt="Chart">.</p>';
    expect(htmlArticleMarkdown(html).markdown).toBe(
      'See [the guide](https://packaging.python.org/guides/#upload) and ![Chart](chart.png).\n',
    );
  });

  it('keeps the ids of headings and named anchors, which links and the contents lead to', () => {
    const html = rendered('<h2 id="h_01HB2X7Q9K3M">Create a user</h2><p><a name="sso"></a>With SSO…</p>');
    expect(html).toContain('<h2 id="h_01HB2X7Q9K3M">Create a user');
    expect(html).toContain('<a id="sso"></a>With SSO…');
  });

  it('keeps every id of a docs tool’s page a place links lead to, and drops its permalinks (Sphinx)', () => {
    const html = rendered(
      [
        '<section id="release-5-3-0"><h2>Release 5.3.0<a class="headerlink" href="#release-5-3-0">¶</a></h2>',
        '<p>See the note<a class="footnote-reference" href="#note" id="ref-1">[1]</a>.</p>',
        '<dl><dt class="sig" id="c.Data.@data.a">data.a<a class="headerlink" href="#c.Data.@data.a">¶</a></dt><dd>A field.</dd></dl>',
        '<aside class="footnote" id="note"><p>The note.</p></aside>',
        '<h3><a class="toc-backref" href="#contents-1" role="doc-backlink">Details</a></h3></section>',
      ].join('\n'),
    );
    expect(html).toContain('<h2 id="release-5-3-0">Release 5.3.0<');
    expect(html).not.toContain('¶');
    expect(html).toContain('<a id="ref-1"></a><a href="#note">[1]</a>');
    expect(html).toContain('<dl><dt class="sig" id="c.Data.@data.a">data.a</dt><dd>A field.</dd></dl>');
    expect(html).toContain('<p><a id="note"></a>The note.</p>');
    expect(html).toMatch(/<h3 id="details">Details<a class="heading-anchor"/);
    // A section whose heading comes after an empty anchor (Python's docs): the heading takes the
    // section's id, once, rather than an anchor of that id inside a heading slugged the same.
    const tracker = rendered(
      '<section id="using-the-python-issue-tracker"><span id="using-the-tracker"></span><h2>Using the Python issue tracker<a class="headerlink" href="#using-the-python-issue-tracker">¶</a></h2><p>File it.</p></section>',
    );
    expect(tracker).toMatch(/<h2 id="using-the-python-issue-tracker">/);
    expect(tracker.match(/id="using-the-python-issue-tracker"/g)).toHaveLength(1);
    expect(tracker).toContain('<a id="using-the-tracker"></a>');
  });

  it('reads a Zendesk article page as its body and its attachments, without the theme’s votes, comments and related articles', () => {
    const page = [
      '<!DOCTYPE html><html dir="ltr" lang="en-US"><head><title>Reset your password &ndash; Acme Help Center</title></head><body>',
      '<main role="main"><div class="container"><div class="sub-nav"><ol class="breadcrumbs"><li><a href="../../en-us.html">Acme Help Center</a></li></ol></div>',
      '<div class="article-container" id="article-container"><article id="main-content" class="article">',
      '<header class="article-header"><h1 title="Reset your password" class="article-title">Reset your password</h1>',
      '<div class="article-meta"><ul class="meta-group"><li class="meta-data"><time datetime="2024-03-01T09:00:00Z" title="2024-03-01 09:00">March 01, 2024 09:00</time></li><li class="meta-data">Updated</li></ul></div></header>',
      '<section class="article-info"><div class="article-content"><div class="article-body"><p>Set a new one from the sign-in page.</p></div>',
      '<div class="article-attachments"><ul class="attachments"><li class="attachment-item">',
      '<a href="../../article_attachments/360008888/password-policy.pdf" class="attachment-meta-item" target="_blank">password-policy.pdf</a>',
      '<div class="attachment-meta"><span class="attachment-meta-item meta-data">52 KB</span></div></li></ul></div></div></section>',
      '<footer><div class="article-votes"><h2 class="article-votes-question">Was this article helpful?</h2><button type="button">Yes</button></div>',
      '<div class="article-more-questions">Have more questions? <a href="../requests/new.html">Submit a request</a></div></footer>',
      '<div class="article-relatives"><section class="related-articles"><h2>Related articles</h2><ul><li><a href="360005555.html">Change your e-mail</a></li></ul></section></div>',
      '<div class="article-comments"><section class="comments"><h2 class="comment-heading">Comments</h2><p>0 comments</p></section></div>',
      '</article></div></div></main></body></html>',
    ].join('\n');
    expect(htmlArticleMarkdown(page).markdown).toBe(
      '# Reset your password\n\nSet a new one from the sign-in page.\n\n-   [password-policy.pdf](../../article_attachments/360008888/password-policy.pdf) (52 KB)\n',
    );
    // When it last changed, as its article line says: the article's "Last updated", where the files' history has only the export.
    expect(htmlArticleMarkdown(page).updated).toBe('2024-03-01T09:00:00.000Z');
    const root = fixtureRootWith({ 'content/kb/Account/360001234567-Reset-your-password.html': page });
    const article = validateRoot(root).content.articles.find((candidate) => candidate.kbPath.startsWith('Account/'))!;
    expect(article.data.updated?.toISOString()).toBe('2024-03-01T09:00:00.000Z');
    // Open Graph's modified time, as a blog or CMS writes it.
    expect(
      htmlArticleMarkdown(
        '<html><head><meta property="article:modified_time" content="2025-06-02T10:00:00+02:00"></head><body><main><h1>T</h1><p>x</p></main></body></html>',
      ).updated,
    ).toBe('2025-06-02T08:00:00.000Z');
  });

  it('keeps the id a docs tool writes on a heading’s permalink rather than on the heading, and leaves out its link to the source (Node’s API docs)', () => {
    const page = [
      '<html><head><title>Crypto | Node.js v20.20.2 Documentation</title></head><body>',
      '<div id="column1" class="interior"><header class="header"><h1>Node.js v20.20.2 documentation</h1></header>',
      '<div role="main" id="apicontent">',
      '<h2>Crypto<span><a class="mark" href="#crypto" id="crypto">#</a></span><a aria-hidden="true" class="legacy" id="crypto_crypto"></a></h2>',
      '<p>Hashes and ciphers. See <a href="#class-hash">Hash</a>.</p>',
      '<section><h3>Class: <code>Hash</code><a class="srclink" href="https://github.com/nodejs/node/blob/v20/lib/crypto.js#L1">[src]</a>',
      '<span><a class="mark" href="#class-hash" id="class-hash">#</a></span><a aria-hidden="true" class="legacy" id="crypto_class_hash"></a></h3>',
      '<p>A hash.</p></section>',
      '<h3 id="digest">digest<a class="mark" href="#digest-1" id="digest-1">#</a></h3><p>Returns it.</p></div></div></body></html>',
    ].join('\n');
    const { markdown } = htmlArticleMarkdown(page);
    expect(markdown).toMatch(/^# Crypto\n/);
    // The title's id leads to the start of the article, as its legacy one does.
    expect(markdown).toMatch(/^<a id="crypto_crypto"><\/a><a id="crypto"><\/a>|^<a id="crypto"><\/a><a id="crypto_crypto"><\/a>/m);
    // A section's heading takes its permalink's id, not a slug of its text with "[src]" in it.
    expect(markdown).toMatch(/^### Class: `Hash`<a id="crypto_class_hash"><\/a> \{#class-hash\}$/m);
    expect(markdown).toContain('<a id="crypto_class_hash"></a>');
    // A heading with an id of its own keeps it, and the permalink's stays an anchor.
    expect(markdown).toMatch(/^### digest<a id="digest-1"><\/a> \{#digest\}$/m);
    expect(markdown).not.toContain('[#]');
  });

  it('keeps each of several code samples in one <pre> a code block of its own (Node’s ES module and CommonJS pair)', () => {
    const page =
      '<pre class="with-51-chars"><input class="js-flavor-toggle" type="checkbox" checked aria-label="Show modern ES modules syntax">' +
      '<code class="language-js mjs">import { hash } from \'node:crypto\';\nconsole.log(hash);</code>' +
      '<code class="language-js cjs">const { hash } = require(\'node:crypto\');\nconsole.log(hash);</code></pre>';
    expect(htmlArticleMarkdown(page).markdown).toBe(
      [
        '```js',
        "import { hash } from 'node:crypto';",
        'console.log(hash);',
        '```',
        '',
        '```js',
        "const { hash } = require('node:crypto');",
        'console.log(hash);',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('reads a DocBook chapter: its admonitions as callouts, with their icons or without, and no pager or table of contents', () => {
    // The Debian Reference, as DocBook XSL writes it (admon.graphics on for the first box).
    const page = [
      '<html><head><title>Chapter 1. Tutorials</title></head><body>',
      '<div class="navheader"><table summary="Navigation header"><tr><td><a accesskey="p" href="pr01.html"><img src="images/prev.png" alt="Prev"/></a></td></tr></table><hr/></div>',
      // An XHTML page: its anchors written empty the XML way, which an HTML parser leaves open.
      '<div class="chapter"><div class="titlepage"><div><div><h1 class="title"><a id="_tutorials"/>Chapter 1. Tutorials</h1></div></div></div>',
      '<div class="toc"><p><b>Table of Contents</b></p><dl class="toc"><dt><span class="section"><a href="#_console">1.1. Console basics</a></span></dt></dl></div>',
      '<div class="note" style="margin-left: 0.5in;"><table border="0" summary="Note"><tr><td rowspan="2" align="center" valign="top"><img alt="[Note]" src="images/note.png"/></td><th align="left">Note</th></tr>',
      '<tr><td align="left" valign="top"><p>Run these as a normal user.</p></td></tr></table></div>',
      '<div class="caution"><h3 class="title">Keep root’s password</h3><p>Write it down.</p></div>',
      '<h2 class="title"><a id="_console"/>1.1. Console basics</h2><p>Log in.</p></div>',
      '<div class="navfooter"><hr/><table summary="Navigation footer"><tr><td><a accesskey="n" href="ch02.html"><img src="images/next.png" alt="Next"/></a></td></tr></table></div>',
      '</body></html>',
    ].join('\n');
    const html = rendered(page);
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Run these as a normal user.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-caution" role="note" aria-label="Keep root’s password"><p class="callout-title">Keep root’s password</p><p>Write it down.</p></aside>',
    );
    expect(html).not.toMatch(/images\/|Table of Contents|Prev|Next/);
    expect(htmlArticleMarkdown(page).markdown).toMatch(/^# Chapter 1\. Tutorials\n/);
    // The text after a heading stays its own paragraph, not inside the heading's anchor.
    expect(html).toMatch(/<a id="_console"><\/a>1\.1\. Console basics<a class="heading-anchor"[^>]*><\/a><\/h3>\s*<p>Log in\.<\/p>/);
  });

  it('reads a Publican book’s page without its banner, logos and pager (the Debian Administrator’s Handbook)', () => {
    const page = [
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter 6. Maintenance and Updates: The APT Tools</title></head>',
      '<body><div id="banner"><a href="http://debian-handbook.info/get/"><span class="text">Download the ebook</span></a></div>',
      '<p id="title"><a class="left" href="http://www.debian.org"><img alt="Product Site" src="Common_Content/images//image_left.png" /></a>',
      '<a class="right" href="index.html"><img alt="Documentation Site" src="Common_Content/images//image_right.png" /></a></p>',
      '<ul class="docnav top"><li class="previous"><a accesskey="p" href="sect.coexistence.html"><strong>Prev</strong></a></li>',
      '<li class="home">The Debian Administrator’s Handbook</li><li class="next"><a accesskey="n" href="sect.apt-get.html"><strong>Next</strong></a></li></ul>',
      '<div class="chapter"><div class="titlepage"><div><div><h1 class="title"><a id="apt"></a>Chapter 6. Maintenance and Updates: The APT Tools</h1></div></div></div>',
      '<div class="para">APT is the Advanced Packaging Tool.</div>',
      '<div class="sidebar"><div class="titlepage"><div><div><p class="title"><strong><span class="emphasis"><em>TIP</em></span> Keep a copy</strong></p></div></div></div>',
      '<a id="id-1.9.7.2" class="indexterm"></a><div class="para">Save <code class="filename">sources.list</code> first.</div></div>',
      '<div class="sidebar"><div class="titlepage"><div><div><p class="title"><strong>VOCABULARY Source package</strong></p></div></div></div><div class="para">The code.</div></div></div>',
      '<ul class="docnav"><li class="previous"><a accesskey="p" href="sect.coexistence.html"><strong>Prev</strong>5.5. Coexistence</a></li>',
      '<li class="home"><a accesskey="h" href="index.html"><strong>Home</strong></a></li></ul></body></html>',
    ].join('');
    const { markdown } = htmlArticleMarkdown(page);
    // The title's anchor at the start of the text after it (a `div.para`), not in the sidebar below.
    expect(markdown).toMatch(
      /^# Chapter 6\. Maintenance and Updates: The APT Tools\n\n<a id="apt"><\/a>APT is the Advanced Packaging Tool\.\n/,
    );
    expect(markdown).toContain(':::tip[TIP Keep a copy]\n<a id="id-1.9.7.2"></a>');
    expect(markdown).not.toMatch(/Prev|Next|Download the ebook|Product Site|Home/);
    // Its sidebars are boxes under their titles: a tip, and a note for a kind the portal has not.
    expect(renderMarkdown(markdown)).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="TIP Keep a copy"><p class="callout-title">TIP Keep a copy</p>',
    );
    expect(renderMarkdown(markdown)).toContain('<aside class="callout callout-note" role="note" aria-label="VOCABULARY Source package">');
  });

  it('reads a page of Texinfo 7: titled as its node, without the manual’s name or the section’s number, and without its navigation panels', () => {
    const page = [
      '<!DOCTYPE html><html><!-- Created by GNU Texinfo 7.1 --><head><title>Invoking tar (GNU tar 1.35 (Free Software Foundation))</title>',
      '<meta name="Generator" content="texi2any"></head><body lang="en">',
      '<div class="section-level-extent" id="Invoking-tar"><div class="nav-panel"><p>Next: <a href="Options.html" accesskey="n" rel="next">Options</a>, ',
      'Up: <a href="Tar-Usage.html" accesskey="u" rel="up">Tar Usage</a> &nbsp; [<a href="index.html#SEC_Contents" title="Table of contents" rel="contents">Contents</a>]</p></div>',
      '<h3 class="section" id="Invoking-tar-1"><span>3.1 Invoking tar<a class="copiable-link" href="#Invoking-tar-1"> &para;</a></span></h3>',
      '<p>The usual way to invoke <code>tar</code> is <code>tar <var>options</var>… <var>files</var></code>.</p>',
      '<hr><div class="nav-panel"><p>Next: <a href="Options.html">Options</a> &nbsp; [<a href="index.html#SEC_Contents" rel="contents">Contents</a>][<a href="Index.html" rel="index">Index</a>]</p></div></div>',
      '</body></html>',
    ].join('\n');
    const { markdown, siteName } = htmlArticleMarkdown(page);
    expect(markdown).toMatch(/^# Invoking tar\n/);
    expect(markdown).not.toMatch(/Next:|Up:|Contents|Index|3\.1/);
    expect(markdown).toContain('The usual way to invoke `tar`');
    expect(siteName).toBe('GNU tar 1.35 (Free Software Foundation)');
  });

  it('opens a manual page made by AsciiDoc with its NAME line, which the page writes in its header beside the title (Git’s command pages)', () => {
    const page = [
      '<!DOCTYPE html><html><head><meta name="generator" content="AsciiDoc 10.2.0"><title>git-add(1)</title></head>',
      '<body class="manpage"><div id="header"><h1>git-add(1) Manual Page</h1><h2>NAME</h2><div class="sectionbody"><p>git-add -',
      '   Add file contents to the index</p></div></div>',
      '<div id="content"><div class="sect1"><h2 id="_synopsis">SYNOPSIS</h2><div class="sectionbody"><div class="verseblock"><pre class="content"><em>git add</em> [--verbose | -v]</pre></div></div></div></div>',
      '<div id="footer"><div id="footer-text">Last updated 2024-04-29 10:04:18 UTC</div></div></body></html>',
    ].join('\n');
    const { markdown } = htmlArticleMarkdown(page);
    expect(markdown).toMatch(/^# git-add\(1\)\n\ngit-add - Add file contents to the index\n\n## SYNOPSIS \{#_synopsis\}\n/);
    expect(markdown).not.toContain('Manual Page');
  });

  it('titles a DocBook page without its section’s number, and leaves a title that only starts with a capital', () => {
    const page = (title: string, heading: string) =>
      `<html><head><title>${title}</title><meta name="generator" content="DocBook XSL Stylesheets Vsnapshot"></head><body>` +
      `<div class="sect1"><div class="titlepage"><h2 class="title"><a name="gimp-image-crop"></a>${heading}</h2></div><p>Text.</p></div></body></html>`;
    expect(htmlArticleMarkdown(page('6.22. Crop Image', '6.22. Crop Image')).markdown).toMatch(/^# Crop Image\n/);
    expect(htmlArticleMarkdown(page('Chapter 6. Layers', 'Chapter 6. Layers')).markdown).toMatch(/^# Layers\n/);
    expect(htmlArticleMarkdown(page('A Quick Start', 'A Quick Start')).markdown).toMatch(/^# A Quick Start\n/);
    // Without DocBook's generator, a number is the title's own ("3. Install" as a help center writes it).
    expect(htmlArticleMarkdown(page('3. Install', '3. Install').replace(/<meta name="generator"[^>]*>/, '')).markdown).toMatch(
      /^# 3\\\. Install\n/,
    );
  });

  it('keeps a link inside code a link, of code (Publican’s e-mail addresses, rustdoc’s types)', () => {
    const html = rendered(
      [
        '<p>Write to <code class="email"><a class="email" href="mailto:hertzog@debian.org">hertzog@debian.org</a></code>.</p>',
        '<p>Returns <code><a href="vec/struct.Vec.html">Vec</a>&lt;<a href="primitive.u8.html">u8</a>&gt;</code> or <code>None</code>.</p>',
      ].join('\n'),
    );
    expect(html).toContain('Write to <a href="mailto:hertzog@debian.org"><code>hertzog@debian.org</code></a>.');
    expect(html).toContain(
      'Returns <a href="vec/struct.Vec.html"><code>Vec</code></a><code>&lt;</code><a href="primitive.u8.html"><code>u8</code></a><code>&gt;</code> or <code>None</code>.',
    );
    expect(html).not.toContain('](');
  });

  it('leaves out a link with nothing to read or see in it, a theme’s icon button (Material for MkDocs’ “Edit this page”)', () => {
    const page = [
      '<!doctype html><html><head><title>Overview - mkdocs-literate-nav</title></head><body><main><article class="md-content__inner md-typeset">',
      '<a href="https://github.com/oprypin/mkdocs-literate-nav/blob/master/docs/README.md" title="Edit this page" class="md-content__button md-icon">',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20.71 7.04"/></svg></a>',
      '<h1 id="mkdocs-literate-nav">mkdocs-literate-nav<a class="headerlink" href="#mkdocs-literate-nav" title="Permanent link">#</a></h1>',
      '<p>See <a href="reference.html"><img src="icon.png" alt=""></a> the <a href="reference.html">reference</a>.<a href="#note-1" id="ref-1"> </a></p>',
      '<p id="note-1">A note.</p></article></main></body></html>',
    ].join('\n');
    const { markdown } = htmlArticleMarkdown(page);
    expect(markdown).not.toContain('Edit this page');
    expect(markdown).not.toMatch(/(?<!!)\[\s*\]\(/);
    // A link of an image stays, and an empty link's id stays a place to lead to.
    expect(markdown).toContain('[![](icon.png)](reference.html)');
    expect(markdown).toContain('<a id="ref-1"></a>');
  });

  it('shows the boxes of docs tools and help-center themes (Sphinx, Docusaurus, Bootstrap, Help Scout, Intercom) as the portal’s callouts, under their own titles', () => {
    const html = rendered(
      [
        '<div class="admonition warning"><p class="admonition-title">Warning</p><p>autodoc imports the modules.</p></div>',
        '<div class="admonition-todo admonition"><p class="admonition-title">Todo</p><p>Document the cache.</p></div>',
        '<div class="alert alert-danger" role="alert"><h4 class="alert-heading">Before you delete</h4><p>Export your <b>dashboards</b>.</p></div>',
        '<div class="theme-admonition theme-admonition-tip alert alert--success"><div class="admonitionHeading_Gvgb">tip</div><div><p>Use keys.</p></div></div>',
        '<section class="callout-yellow"><p>Exports run at night.</p></section>',
        '<div class="intercom-interblocks-callout" style="background-color: #e3e7fa80;"><div class="intercom-interblocks-paragraph"><p>Admins only.</p></div></div>',
        '<p class="callout callout--warning">Deleting is final.</p>',
        // docutils' sidebar (Sphinx's quickstart: "reStructuredText directives").
        '<aside class="sidebar"><p class="sidebar-title">reStructuredText directives</p><p><code>toctree</code> is a directive.</p></aside>',
      ].join('\n'),
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="reStructuredText directives"><p class="callout-title">reStructuredText directives</p><p><code>toctree</code> is a directive.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Exports run at night.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Admins only.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Deleting is final.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>autodoc imports the modules.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Todo"><p class="callout-title">Todo</p><p>Document the cache.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-caution" role="note" aria-label="Before you delete"><p class="callout-title">Before you delete</p><p>Export your <strong>dashboards</strong>.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Use keys.</p></aside>',
    );
  });

  it('makes a code block of <pre>, in the language its class names, backticks inside included', () => {
    expect(htmlArticleMarkdown('<pre class="language-sql"><code>SELECT 1;</code></pre>').markdown).toBe('```sql\nSELECT 1;\n```\n');
    expect(htmlArticleMarkdown('<pre class="brush: js">run(`x`);\n```\n</pre>').markdown).toBe('````js\nrun(`x`);\n```\n````\n');
  });

  it('keeps a question behind a click (a dropdown, a collapsible note) as one, its answer in Markdown', () => {
    const html = rendered(
      '<details><summary>Why was I charged <em>twice</em>?</summary><p>A pending <strong>authorization</strong> is not a charge.</p><pre><code class="language-sh">curl -X GET /v1/charges</code></pre></details>\n<details class="note" open><summary>Good to know</summary><p>Invoices are in euros.</p></details>',
    );
    expect(html).toContain(
      '<details>\n<summary>Why was I charged twice?</summary>\n<p>A pending <strong>authorization</strong> is not a charge.</p>\n<pre tabindex="0"><code class="language-sh">curl -X GET /v1/charges\n</code></pre>\n</details>',
    );
    expect(html).toContain('<details open>\n<summary>Good to know</summary>\n<p>Invoices are in euros.</p>\n</details>');
  });

  it('keeps a definition list as HTML, a blank line in its code included', () => {
    const html = rendered(
      '<dl><dt><code>--force</code></dt><dd><p>Overwrite.</p>\n<pre>git add --force a\n\ngit commit</pre></dd></dl><p>After</p>',
    );
    expect(html).toContain(
      '<dl><dt><code>--force</code></dt><dd><p>Overwrite.</p><pre tabindex="0">git add --force a\n\ngit commit</pre></dd></dl>',
    );
    expect(html).toContain('<p>After</p>');
  });

  it('keeps a table whole, lists in its cells and blank lines between its rows included', () => {
    const html = rendered('<table><tr><td>Small</td></tr>\n\n<tr><td><ul><li>Up to 50 million</li></ul></td></tr></table><p>After</p>');
    expect(html).toMatch(
      /<table><tbody><tr><td>Small<\/td><\/tr>\s*<tr><td><ul><li>Up to 50 million<\/li><\/ul><\/td><\/tr><\/tbody><\/table>/,
    );
    expect(html).toContain('<p>After</p>');
  });

  it('shows text that reads as HTML or Markdown as it was written', () => {
    const html = rendered('<p>Write &lt;script&gt; and &amp;amp; and *stars* and 1. as text</p>');
    expect(html).toContain('<p>Write &lt;script&gt; and &amp;amp; and *stars* and 1. as text</p>');
  });

  it('keeps the size an editor gave an image', () => {
    expect(htmlArticleMarkdown('<p><img src="img/icon.png" alt="Gear" width="16"> Settings</p>').markdown).toBe(
      '<img src="img/icon.png" alt="Gear" width="16"> Settings\n',
    );
  });

  it('reads a page saved whole as its main content, titled by its <title> without the help center’s name', () => {
    const page = `<!DOCTYPE html><html><head><title>Reset your password – Lumen Help</title><script>track()</script></head>
      <body><header><a href="/">Lumen Help</a></header><main><nav class="breadcrumbs"><a href="/">Home</a></nav>
      <p>Open <b>Settings</b>.</p><form><span>Was this article helpful?</span><button>Yes</button></form></main>
      <footer>© Lumen</footer><script>analytics()</script></body></html>`;
    expect(htmlArticleMarkdown(page).markdown).toBe('# Reset your password\n\nOpen **Settings**.\n');
  });

  it('titles a page without the site’s name after a hyphen where the page names its site, and keeps a hyphen that is part of the title', () => {
    // mdBook: a chapter whose <main> starts at <h2>, the book's name in the menu bar.
    const chapter = `<!DOCTYPE HTML><html lang="en"><head><title>What is Ownership? - The Rust Programming Language</title></head>
      <body><div id="menu-bar"><h1 class="menu-title">The Rust Programming Language</h1></div>
      <main><h2 id="what-is-ownership"><a class="header" href="#what-is-ownership">What Is Ownership?</a></h2><p>Rules the compiler checks.</p>
      <h2 id="the-stack">The Stack</h2><p>Last in, first out.</p></main></body></html>`;
    // Its leading heading says the title: it is the title, as the page shows it, not a section repeating it.
    const { markdown } = htmlArticleMarkdown(chapter);
    // Its sections' headings are no links to themselves, as mdBook writes them: the portal draws its own anchor.
    expect(htmlArticleMarkdown(chapter.replace('>The Stack<', '><a class="header" href="#the-stack">The Stack</a><')).markdown).toContain(
      '## The Stack {#the-stack}\n',
    );
    // Its id stays, for links to it.
    expect(markdown).toMatch(/^# What Is Ownership\?\n\n<a id="what-is-ownership"><\/a>Rules the compiler checks\.\n\n## The Stack\b/);
    expect(markdown.match(/Ownership/g)).toHaveLength(1);
    // Its code examples without the lines mdBook hides.
    const example = chapter.replace(
      '<p>Rules the compiler checks.</p>',
      '<pre><pre class="playground"><code class="language-rust">\n<span class="boring">#![allow(unused)]\n</span><span class="boring">fn main() {\n</span>let s = &quot;hello&quot;;\n<span class="boring">}\n</span></code></pre></pre>',
    );
    expect(htmlArticleMarkdown(example).markdown).toContain('```rust\nlet s = "hello";\n```');
    const named = `<html><head><title>Export a report - Lumen Docs</title><meta property="og:site_name" content="Lumen Docs"></head>
      <body><main><p>Choose <b>Export</b>.</p></main></body></html>`;
    expect(htmlArticleMarkdown(named).markdown).toMatch(/^# Export a report\n/);
    const step = `<html><head><title>Step 1 - Install the agent</title></head><body><main><p>Run the installer.</p></main></body></html>`;
    expect(htmlArticleMarkdown(step).markdown).toMatch(/^# Step 1 - Install the agent\n/);
  });

  it('leaves out the permalink icon MkDocs puts after every heading, in the title and the headings', () => {
    const page = `<!DOCTYPE html><html><head><title>Writing your docs - MkDocs</title></head><body>
      <div role="main"><h1 id="writing-your-docs">Writing your docs<a class="headerlink" href="#writing-your-docs" title="Permanent link">\uf0c1</a></h1>
      <h2 id="file-layout">File layout<a class="headerlink" href="#file-layout" title="Permanent link">\uf0c1</a></h2><p>Docs live in <code>docs/</code>.</p>
      <h2 id="links">Links<a href="#links">\ue157</a></h2><p>Relative.</p></div></body></html>`;
    const { markdown } = htmlArticleMarkdown(page);
    expect(markdown).toMatch(/^# Writing your docs\n/);
    expect(markdown).toMatch(/## (?:<a id="writing-your-docs"><\/a>)?File layout \{#file-layout\}\n/);
    expect(markdown).toContain('## Links {#links}\n');
    expect(markdown).not.toMatch(/\p{Co}/u);
  });

  it('reads a page of a Confluence space’s HTML export: its main content, titled without the space’s name, its macros as callouts', () => {
    const page = (title: string, breadcrumbs: string, content: string) => `<!DOCTYPE html>
      <html><head><title>Acme Support : ${title}</title><link rel="stylesheet" href="styles/site.css" type="text/css" /></head>
      <body class="theme-default aui-theme-default"><div id="page"><div id="main" class="aui-page-panel">
        <div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs">${breadcrumbs}</ol></div>
          <h1 id="title-heading" class="pagetitle"><span id="title-text"> Acme Support : ${title} </span></h1></div>
        <div id="content" class="view"><div class="page-metadata">Created by <span class='author'> Jane Doe</span>, last modified on Mar 03, 2023</div>
          <div id="main-content" class="wiki-content group">${content}</div>
          <div class="pageSection group"><h2 id="attachments" class="pageSectionTitle">Attachments:</h2><a href="attachments/98305/98306.png">image-2023-3-3.png</a></div>
        </div></div>
      <div id="footer" role="contentinfo"><p>Document generated by Confluence on Mar 03, 2023 10:12</p></div></div></body></html>`;
    const reset = page(
      'Reset your password',
      '<li class="first"><span><a href="index.html">Acme Support</a></span></li><li><span><a href="Account_98300.html">Account</a></span></li>',
      `<p>Choose <strong>Forgot password</strong>.</p>
       <div class="confluence-information-macro confluence-information-macro-note"><p class="title">Mind the clock</p><span class="aui-icon confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>The link expires after 24 hours.</p></div></div>
       <div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>Admins can reset it for you.</p></div></div>
       <div id="expander-1" class="expand-container"><div id="expander-control-1" class="expand-control"><span class="expand-control-icon"><img class="expand-control-image" src="images/icons/grey_arrow_down.png"></span><span class="expand-control-text">No email arrived?</span></div>
         <div id="expander-content-1" class="expand-content"><p>Look in your spam folder.</p></div></div>`,
    );
    expect(htmlArticleMarkdown(reset).markdown).toMatch(/^# Reset your password\n\nChoose \*\*Forgot password\*\*\./);
    expect(htmlArticleMarkdown(reset).markdown).not.toMatch(/Jane Doe|Attachments|generated by Confluence/);
    const html = rendered(reset);
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Mind the clock"><p class="callout-title">Mind the clock</p><p>The link expires after 24 hours.</p></aside>',
    );
    // The macro's ids stay, as links may lead to them.
    const withoutAnchors = html
      .replace(/>\s+</g, '><')
      .replace(/<a id="[^"]+"><\/a>/g, '')
      .replace(/<p><\/p>/g, '');
    expect(withoutAnchors).toContain('<details><summary>No email arrived?</summary><p>Look in your spam folder.</p></details>');
    expect(html).not.toContain('grey_arrow_down');
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Info"><p class="callout-title">Info</p><p>Admins can reset it for you.</p></aside>',
    );
    // A Bootstrap theme's panel may hold a whole article: no callout.
    expect(
      htmlArticleMarkdown(
        '<div class="panel panel-default"><div class="panel-heading">Guide</div><div class="panel-body"><p>All of it.</p></div></div>',
      ).markdown,
    ).toBe('Guide\n\nAll of it.\n');
    // The space's overview page, and a title that only looks like it has a space's name.
    expect(
      htmlArticleMarkdown(
        page('Acme Support', '', '<p>Pages of the space.</p>').replace('Acme Support : Acme Support </span>', 'Acme Support</span>'),
      ).markdown,
    ).toMatch(/^# Acme Support\n/);
    expect(
      htmlArticleMarkdown('<html><head><title>Facturation : lire votre facture</title></head><body><p>Texte.</p></body></html>').markdown,
    ).toMatch(/^# Facturation : lire votre facture\n/);
  });

  it('reads a page of a Notion HTML export: no page icon or properties, callouts of the kind their icon says, toggles as dropdowns', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>Reset your password</title><style>.callout { padding: 16px; }</style></head>
      <body><article id="8f3e1c2d-4b5a-6978-8796-a5b4c3d2e1f0" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">🔑</span></div>
      <h1 class="page-title">Reset your password</h1><p class="page-description"></p><table class="properties"><tbody><tr class="property-row"><th>Owner</th><td>Priya Nair</td></tr></tbody></table></header>
      <div class="page-body"><p id="b1" class="">Choose <strong>Forgot password</strong>.</p>
      <figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="b2"><div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">The link expires after 24 hours.</div></figure>
      <figure class="block-color-yellow_background callout" id="b3"><div><span class="icon">⚠️</span></div><div>Admins see every reset.</div></figure>
      <figure class="block-color-blue_background callout" id="b4"><div><span class="icon">🐙</span></div><div>Octopus tip.</div></figure>
      <ul id="b5" class="toggle"><li><details open=""><summary>No email arrived?</summary><p id="b6" class="">Look in your spam folder.</p></details></li></ul>
      <figure id="b7" class="link-to-page"><a href="Invite%20your%20team%20c0ffee00c0ffee00c0ffee00c0ffee00.html"><span class="icon">👥</span>Invite your team</a></figure>
      </div></article></body></html>`;
    const { markdown } = htmlArticleMarkdown(page);
    expect(markdown).toMatch(/^# Reset your password\n/);
    expect(markdown).not.toMatch(/🔑|Owner|Priya|💡|⚠️|🐙|👥/u);
    const html = rendered(page)
      .replace(/<a id="[^"]+"><\/a>/g, '')
      .replace(/<p><\/p>\n?/g, '');
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>The link expires after 24 hours.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Admins see every reset.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Octopus tip.</p></aside>',
    );
    expect(html).toMatch(/<details open>\s*<summary>No email arrived\?<\/summary>\s*<p>Look in your spam folder\.<\/p>\s*<\/details>/);
    expect(html).not.toMatch(/<ul>|<li>/);
    expect(html).toContain('>Invite your team</a></p>');
  });

  it('reads a docs site’s page saved whole as the article of its main content, without the contents beside it (Docusaurus)', () => {
    const page = `<!DOCTYPE html><html><head><title>Install | Tidemark Docs</title></head><body><h1 class="logo">Tidemark Docs</h1>
      <main><div class="row"><div class="col"><article><div class="markdown"><header><h1>Install the collector</h1></header><p>Run the installer.</p></div></article></div>
      <div class="col col--3"><div class="tableOfContents"><ul class="table-of-contents"><li><a href="#verify">Verify</a></li></ul></div></div></div></main></body></html>`;
    expect(htmlArticleMarkdown(page).markdown).toBe('# Install the collector\n\nRun the installer.\n');
  });

  it('reads a page’s relative addresses from its <base>, as a browser does, and leaves those from the root, of a scheme or on the page', () => {
    const page = `<html><head><base href="https://help.example.com/hc/en-us/"><title>Reset your password</title></head><body><main><h1>Reset your password</h1>
      <p>See <a href="articles/360-two-factor">two-factor sign-in</a>, <a href="/hc/en-us/sections/12">the section</a>, <a href="mailto:help@example.com">us</a> or <a href="#steps">the steps</a>.</p></main></body></html>`;
    expect(htmlArticleMarkdown(page).markdown).toContain(
      'See [two-factor sign-in](https://help.example.com/hc/en-us/articles/360-two-factor), [the section](/hc/en-us/sections/12), [us](mailto:help@example.com) or [the steps](#steps).',
    );
  });

  it('keeps each id on its first element only, where a page repeats it (LibreOffice’s help, a bookmark before every function)', () => {
    const page = [
      '<h1>SF_Array service</h1>',
      '<h2 id="append">Append</h2><p><a name="functsyntax"></a>Syntax: <code>Append(Array)</code></p>',
      '<h2 id="count">Count</h2><p><a name="functsyntax"></a>Syntax: <code>Count(Array)</code></p>',
      '<p id="count">Counts <a id="functsyntax" href="#functsyntax">as above</a>.</p>',
    ].join('\n');
    const ids = [...htmlArticleMarkdown(page).markdown.matchAll(/id="([^"]+)"|\{#([^}]+)\}/g)].map((match) => match[1] ?? match[2]);
    expect(ids).toEqual(['append', 'functsyntax', 'count']);
  });

  it('reads a page that marks none of its parts without the logo, menus and search box above its first heading (SQLite’s docs)', () => {
    const page = [
      '<!DOCTYPE html><html><head><title>Frequently Asked Questions</title></head><body>',
      '<div class=nosearch><a href="index.html"><img class="logo" src="images/banner.gif" alt="Ledger"></a>',
      '<div class="tagline desktoponly">Small. Fast. Reliable.</div>',
      '<div class="menu mainmenu"><ul><li><a href="index.html">Home</a><li class="mobileonly"><a href="javascript:void(0)">Menu</a>',
      '<li><a href="about.html">About</a><li><a href="docs.html">Documentation</a><li><a href="download.html">Download</a>',
      '<li class="search"><a href="javascript:void(0)">Search</a></ul></div>',
      '<div class="searchmenu"><form method="GET" action="search"><input type="text" name="q"><input type="submit" value="Go"></form></div></div>',
      '<p>This page answers the questions most teams ask in their first month. See also <a href="docs.html">the documentation</a>.</p>',
      '<h2>Frequently Asked Questions</h2><ol><li><a href="#q1">How do I create an AUTOINCREMENT field?</a></li></ol>',
      '<a name="q1"></a><p><b>(1) How do I create an AUTOINCREMENT field?</b></p><blockquote>Declare the column INTEGER PRIMARY KEY.</blockquote>',
      '</body></html>',
    ].join('\n');
    const markdown = htmlArticleMarkdown(page).markdown;
    expect(markdown).not.toMatch(/banner\.gif|Small\. Fast|Home|Download|javascript|Search/);
    expect(markdown).toContain('This page answers the questions most teams ask in their first month.');
    expect(markdown).toContain('## Frequently Asked Questions');
    expect(markdown).toContain('Declare the column INTEGER PRIMARY KEY.');
  });

  it('titles a page by its <title> where its first <h1> is a numbered section, without the title drawn above it or the table of contents of the page (SQLite’s docs)', () => {
    const page = [
      '<!DOCTYPE html><html><head><title>SELECT</title></head><body>',
      '<div class=fancy><div class=nosearch><div class="fancy_title">SELECT</div>',
      '<div class="fancy_toc"><a onclick="toggle_toc()"><span class="fancy_toc_mark">&#x25ba;</span> Table Of Contents</a>',
      '<div id="toc_sub"><div class="fancy-toc1"><a href="#overview">1. Overview</a></div>',
      '<div class="fancy-toc1"><a href="#the_limit_clause">2. The LIMIT clause</a></div>',
      '<div class="fancy-toc1"><a href="#the_values_clause">3. The VALUES clause</a></div></div></div></div>',
      '<h1 id="overview"><span>1. </span>Overview</h1><p>The SELECT statement queries the database.</p>',
      '<h1 id="the_limit_clause"><span>2. </span>The LIMIT clause</h1><p>LIMIT caps the rows returned.</p>',
      '<h1 id="the_values_clause"><span>3. </span>The VALUES clause</h1><p>VALUES makes rows of constants.</p>',
      '</div></body></html>',
    ].join('\n');
    const markdown = htmlArticleMarkdown(page).markdown;
    expect(markdown.split('\n')[0]).toBe('# SELECT');
    expect(markdown).not.toMatch(/Table Of Contents|\]\(#overview\)|^SELECT$/m);
    expect(markdown).toContain('# 1\\. Overview {#overview}');
    expect(markdown).toContain('LIMIT caps the rows returned.');
  });

  it('leaves out a theme’s list of the page’s sections with its heading, and keeps the rest of its box (Apache’s “Directives”)', () => {
    const page = [
      '<html><head><title>mod_rewrite</title></head><body><div id="page-content"><div id="preamble"><h1>Apache Module mod_rewrite</h1><p>Rewrites URLs.</p></div>',
      '<div id="quickview"><h3 class="directives">Directives</h3><ul id="toc"><li><a href="#rewritebase">RewriteBase</a></li>',
      '<li><a href="#rewritecond">RewriteCond</a></li><li><a href="#rewriterule">RewriteRule</a></li></ul>',
      '<h3>Bugfix checklist</h3><ul class="seealso"><li><a href="https://bz.example.org/">Known issues</a></li></ul></div>',
      '<h2 id="rewritebase">RewriteBase</h2><p>Sets the base URL.</p><h2 id="rewritecond">RewriteCond</h2><p>A condition.</p>',
      '<h2 id="rewriterule">RewriteRule</h2><p>A rule.</p></div></body></html>',
    ].join('\n');
    const markdown = htmlArticleMarkdown(page).markdown;
    expect(markdown).not.toMatch(/Directives|\]\(#rewrite/);
    expect(markdown).toContain('### Bugfix checklist');
    expect(markdown).toContain('[Known issues](https://bz.example.org/)');
  });

  it('keeps a drawing with words as a drawing, its styles as SVG’s own attributes, with nothing that runs or leads elsewhere, and leaves out an icon (SQLite’s syntax diagrams)', () => {
    const page = [
      '<html><head><title>SELECT</title></head><body><main><h1>SELECT</h1><p><b>select-stmt:</b></p>',
      '<div style="max-width:300px"><svg xmlns="http://www.w3.org/2000/svg" class="pikchr" viewBox="0 0 300.5 60" onclick="alert(1)">',
      '<path d="M10,20L290,20" style="fill:none;stroke-width:2.16;stroke:rgb(0,0,0);" />',
      '<a href="https://example.com/"><text x="40" y="20" text-anchor="middle" style="fill:url(https://evil.example/x)">SELECT</text></a>',
      '<g transform="scale(1 1) translate(4 10)"><text x="120" y="20" fill="rgb(0,0,0)">FROM</text></g><text x="200" y="20" fill="url(https://evil.example/p)">table</text>',
      '<script>alert(2)</script><foreignObject><p>Hi</p></foreignObject></svg></div>',
      '<p>Pick the rows. <svg viewBox="0 0 16 16"><path d="M1 1h14v14H1z"/></svg></p></main></body></html>',
    ].join('\n');
    const markdown = htmlArticleMarkdown(page).markdown;
    const drawing = /<div class="drawing-scroll"[^>]*><svg[\s\S]*?<\/svg><\/div>/.exec(markdown)?.[0] ?? '';
    expect(drawing).toContain('role="region"');
    expect(drawing).toMatch(
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 300\.5 60" width="301" class="drawing" role="img" aria-label="SELECT FROM table"/,
    );
    expect(drawing).toContain('<path d="M10,20L290,20" fill="none" stroke-width="2.16" stroke="rgb(0,0,0)"></path>');
    expect(drawing).toContain('<text x="40" y="20" text-anchor="middle">SELECT</text>');
    // Graphviz places everything by its top group's transform: without it the drawing was blank.
    expect(drawing).toContain('<g transform="scale(1 1) translate(4 10)"><text x="120" y="20" fill="rgb(0,0,0)">FROM</text></g>');
    expect(drawing).not.toMatch(/style=|onclick|<script|<a |foreignObject|evil\.example|alert/i);
    expect(markdown.match(/<svg/g)).toHaveLength(1);
    expect(markdown).toContain('Pick the rows.');
  });

  it('reads a page without a main element as its text, without the header, footer and side columns of its body (LibreOffice’s help)', () => {
    const page = `<!DOCTYPE html><html><head><title>Page Numbers</title></head><body>
      <header id="TopLeftHeader"><a class="logo" href="new_help.html"><p>LibreOffice 7.4 Help</p></a></header>
      <aside class="rightside"><label>Contents</label><div id="Contents"></div></aside>
      <aside class="leftside"><div class="index-label">Index</div></aside>
      <div id="DisplayArea"><meta itemprop="keywords" content="page numbers,inserting">
      <h1 id="hd_1">Page Numbers</h1>
      <p>Choose <span class="menuitem">Insert - Page Number</span>.</p>
      <div class="tip"><div class="noteicon"><img src="media/tip.svg" alt="tip"></div><div class="notetext"><p>To see the field, press
      <span class="switchinline"><span hidden="true" class="MAC">Command+F9</span><span hidden="true">Ctrl+F9</span></span>.</p></div></div>
      <table><tr><td><span hidden class="MAC">Command</span><span hidden>Ctrl</span>+Enter</td><td>Page break</td></tr></table>
      <section><header><p>Page styles number their pages.</p></header></section>
      </div><footer><p>Copyright The Document Foundation</p></footer></body></html>`;
    expect(htmlArticleMarkdown(page).markdown).toBe(
      [
        '# Page Numbers',
        '',
        '<a id="hd_1"></a><a id="DisplayArea"></a>Choose Insert - Page Number.',
        '',
        ':::tip',
        'To see the field, press Command+F9 / Ctrl+F9.',
        ':::',
        '',
        '<table><tbody><tr><td><span class="MAC">Command</span> / <span>Ctrl</span>+Enter</td><td>Page break</td></tr></tbody></table>',
        '',
        'Page styles number their pages.',
        '',
      ].join('\n'),
    );
  });
});

describe('an HTML article in content/kb', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  function helpCenter(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'milepost-html-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, 'content/kb', path, '..'), { recursive: true });
      writeFileSync(join(root, 'content/kb', path), text);
    }
    return root;
  }

  it('reads a code sample inside kept HTML as text, not as a script or a link to check', () => {
    const article =
      '<h1>Add a script</h1><dl><dt>add_js_file</dt><dd><pre># =&gt; &lt;script src="_static/example.js"&gt;&lt;/script&gt;</pre></dd></dl>';
    expect(rendered(article)).toContain(
      '<pre tabindex="0"># &#61;&gt; &lt;script src&#61;&quot;_static/example.js&quot;&gt;&lt;/script&gt;</pre>',
    );
    const root = helpCenter({ 'Extend/add-a-script.html': article });
    expect(validateRoot(root).diagnostics.filter((d) => d.file.startsWith('content/kb/'))).toEqual([]);
  });

  it('reads a page of Apache’s manual, its en/ folder copied under a name of its own: no language rows or arrows to the header, links by the old name followed', () => {
    // As Debian's apache2-doc ships the manual: every page names its translations in a row above
    // and below the article, an arrow back to the page's header ends each section, and pages link
    // to each other through ../../en/, the folder the pages were copied from.
    const languages = (page: string, others: string[]) =>
      `<div class="toplang"><p><span>Available Languages: </span><a href="../../en/${page}" title="English">&nbsp;en&nbsp;</a>` +
      others
        .map((language) => ` |\n<a href="../../${language}/${page}" hreflang="${language}" rel="alternate">&nbsp;${language}&nbsp;</a>`)
        .join('') +
      '</p></div>';
    const manualPage = (page: string, title: string, body: string, others: string[]) =>
      `<!DOCTYPE html><html lang="en"><head><title>${title} - Apache HTTP Server Version 2.4</title></head><body id="manual-page">` +
      `<div id="page-header"><p class="menu"><a href="../mod/index.html">Modules</a> | <a href="../glossary.html">Glossary</a></p></div>` +
      `<div id="path"><a href="https://www.apache.org/">Apache</a> &gt; <a href="./index.html">How-To / Tutorials</a></div>` +
      `<div id="page-content"><div id="preamble"><h1>${title}</h1>${languages(page, others)}<p>${body}</p></div>` +
      `<div class="top"><a href="#page-header"><img alt="top" src="../../images/up.gif"></a></div>` +
      `<div class="section"><h2 id="what">What they are</h2><p>Configuration per directory.</p></div>` +
      // A section whose id is the name themes give their column.
      `<div class="section"><h2 id="content">Web Site Content</h2><p>Files under DocumentRoot.</p></div>` +
      `<div class="bottomlang">${languages(page, others)}</div></div><div id="footer"><p>Copyright 2026.</p></div></body></html>`;
    const htaccess = manualPage(
      'howto/htaccess.html',
      'Apache HTTP Server Tutorial: .htaccess files',
      'Set <a href="../../en/mod/core.html#allowoverride">AllowOverride</a> first, as <a href="#what">shown below</a>.',
      ['es', 'fr', 'ja'],
    );
    const root = helpCenter({
      'Apache HTTP Server/howto/htaccess.html': htaccess,
      'Apache HTTP Server/mod/core.html': manualPage(
        'mod/core.html',
        'Apache Core Features',
        '<span id="allowoverride">AllowOverride</span> directive.',
        [],
      ),
    });
    expect(validateRoot(root).diagnostics.filter((d) => d.file.startsWith('content/kb/'))).toEqual([]);
    const markdown = htmlArticleMarkdown(htaccess).markdown;
    expect(markdown).not.toMatch(/Available Languages|Modules|How-To|Copyright|up\.gif|page-header/);
    expect(markdown).toContain('# Apache HTTP Server Tutorial: .htaccess files');
    expect(markdown).toContain('[shown below](#what)');
    expect(markdown).toContain('## Web Site Content {#content}');
    const file = join(root, 'content/kb/Apache HTTP Server/howto/htaccess.html');
    expect(articleHref(file, '../../en/mod/core.html#allowoverride', '/')).toBe('/kb/apache-http-server/mod/core/#allowoverride');
    // Another book of the same site, not copied: not this one's page of the same name.
    expect(articleHref(file, '../../std/mod/core.html', '/')).toBe('/kb/std/mod/core/');
  });

  it('keeps a sentence that links to a page in another language, and a link to the top of the page written in the article', () => {
    const page =
      '<html><body><div id="content"><h1 id="top">Exports</h1><p>This guide is also <a href="../fr/exports.html" hreflang="fr">in French</a>, for teams in Lyon.</p>' +
      '<p>Exports run nightly.</p><p><a href="#top">Back to top</a></p></div></body></html>';
    const markdown = htmlArticleMarkdown(page).markdown;
    expect(markdown).toContain('[in French](../fr/exports.html)');
    expect(markdown).toContain('[Back to top](#top)');
  });

  it('has a broken link reported in the HTML file, at the line and column of its address', () => {
    const article = [
      '<h1>Invite your team</h1>',
      '<p>Everyone can invite teammates.</p>',
      '<ul>',
      '  <li>First read <a href="roles.html">Roles</a>, then',
      '  <li>see <a href="billing/seats.html">Seats</a>.</li>',
      '</ul>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'Team/invite.html': article, 'Team/roles.html': '<h1>Roles</h1><p>Who can do what.</p>' }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['content/kb/Team/invite.html:5:20 broken-link']);
  });

  it('keeps Python’s docs as pages: names starting with "_", an id inside a grammar’s code or on a note, no table of contents page', () => {
    const page = (title: string, body: string) =>
      `<html><head><title>${title} &#8212; Python 3.11 documentation</title></head><body><div class="body" role="main"><section id="s"><h1>${title}</h1>${body}</section></div></body></html>`;
    const root = helpCenter({
      'Python/index.html': page('Python documentation', '<p>Start here.</p>'),
      // The whole table of contents, 2.4 MB in Python's docs: over the size limit, and the portal lists the pages itself.
      'Python/contents.html': page(
        'Python Documentation contents',
        '<div class="toctree-wrapper"><ul><li><a href="library/_thread.html">_thread</a></li></ul></div>',
      ),
      'Python/library/_thread.html': page(
        '_thread — Low-level threading API',
        '<p>See <a href="__main__.html#module-__main__">__main__</a>.</p>',
      ),
      'Python/library/__main__.html': page(
        '__main__ — Top-level code environment',
        '<p id="module-__main__">The <a href="#main-note">note</a> and <a href="../reference/grammar.html#grammar-token-python-grammar-expression">expression</a>.</p><div class="admonition note" id="main-note"><p class="admonition-title">Note</p><p>Guard the script.</p></div>',
      ),
      'Python/reference/grammar.html': page(
        'Full grammar',
        '<pre><strong id="grammar-token-python-grammar-expression">expression</strong> ::= conditional_expression</pre>',
      ),
    });
    const result = validateRoot(root);
    expect(result.diagnostics.filter((d) => d.file.startsWith('content/kb/'))).toEqual([]);
    expect(result.content.articles.map((article) => article.kbPath).sort()).toEqual([
      'Python/library/__main__.html',
      'Python/library/_thread.html',
      'Python/reference/grammar.html',
    ]);
  });

  it('reports each of several links to the same missing page at its own line and column', () => {
    // Sphinx's API pages link every "str" to the same place, several to a line.
    const article = [
      '<html><head><title>Types</title></head><body><main><h1>Types</h1>',
      '<p>Takes a <a href="missing.html#str">str</a> and a <a href="missing.html#str">str</a>.</p>',
      '<p>Returns a <a href="missing.html#str">str</a>.</p>',
      '<ul><li><a href="gone.html">one</a></li><li><a href="gone.html">two</a></li></ul>',
      // A definition list stays HTML, one line of the Markdown however long (SQLite's requirements cite a page twice).
      '<dl><dt>R-1</dt><dd><p>Returns the encoding.',
      '<i>(source: <a href="c3ref/value_encoding.html">value_encoding</a>)</i></p></dd>',
      '<dt>R-2</dt><dd><p>Returns UTF-8 for text.',
      '<i>(source: <a href="c3ref/value_encoding.html">value_encoding</a>)</i></p></dd></dl>',
      '</main></body></html>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'API/types.html': article }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '2:21 broken-link',
      '2:62 broken-link',
      '3:23 broken-link',
      '4:18 broken-link',
      '4:54 broken-link',
      '6:22 broken-link',
      '8:22 broken-link',
    ]);
  });

  it('reports a broken link after a callout at its own line, though the callout’s kind is a word further down the page', () => {
    // MkDocs' release notes: an admonition of a kind of their own (a note), then a link; "note" next in a class name near the page's end.
    const article = [
      '<!DOCTYPE html><html><head><title>Changelog</title></head><body><main>',
      '<h1>Changelog</h1>',
      '<div class="admonition new"><p class="admonition-title">Tip:</p><p>Upgrading Python makes builds faster.</p></div>',
      '<p>Upgrading is safe; read <a href="themes.html">the themes page</a> first.</p>',
      '</main>',
      '<div class="modal note">Upgrading guide</div>',
      '</body></html>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'News/release-notes.html': article }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/kb/News/release-notes.html:4:37 broken-link',
    ]);
  });

  it('follows the addresses of a page written from its <base> folder, and reports a broken one at its own line and column (LibreOffice’s help)', () => {
    const page = (title: string, body: string) =>
      [
        '<!DOCTYPE html><html><head>',
        '<base href="../../../">',
        `<title>${title}</title>`,
        '</head><body><header><a class="logo" href="en-US/text/shared/new_help.html">Help</a></header>',
        `<div id="DisplayArea"><h1>${title}</h1>`,
        body,
        '</div></body></html>',
      ].join('\n');
    const root = helpCenter({
      'help/en-US/text/writer/pagenumbers.html': page(
        'Page Numbers',
        [
          '<p>Choose <a href="en-US/text/writer/insert_field.html">Insert - Field</a>.',
          '<img src="media/helpimg/numbers.png" alt="Page numbers in the footer"></p>',
          '<p>See also <a href="#styles">page styles</a> and <a href="en-US/text/writer/footers.html">Footers</a>.</p>',
          '<p><img src="media/helpimg/footer.png" alt="A footer"></p>',
          '<h2 id="styles">Page styles</h2><p>Each style numbers its pages.</p>',
        ].join('\n'),
      ),
      'help/en-US/text/writer/insert_field.html': page('Insert Field', '<p>Fields show page numbers.</p>'),
      'help/media/helpimg/numbers.png': '\x89PNG',
    });
    const result = validateRoot(root);
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'content/kb/help/en-US/text/writer/pagenumbers.html:8:60 broken-link The link "en-US/text/writer/footers.html" points at an article that does not exist',
      'content/kb/help/en-US/text/writer/pagenumbers.html:9:14 broken-link The file "media/helpimg/footer.png" does not exist next to the article',
    ]);
  });

  it('reports a broken image at its own line where the title’s id is kept before the first paragraph (LibreOffice’s help)', () => {
    const article = [
      '<html><head><title>New Menu</title></head><body><div id="DisplayArea">',
      '<h1 id="par_idN10540">New Menu</h1>',
      '<a name="howtoget"></a><div><p>To access this command...</p></div>',
      '<p>Click the gear <img src="media/lc_config.svg" alt="Gear"> and choose New.</p>',
      '<h2 id="par_idN10558">Menu name</h2>',
      '<p>Enter a name for the menu.</p>',
      '</div></body></html>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'Menus/new-menu.html': article }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['content/kb/Menus/new-menu.html:4:29 broken-link']);
  });

  it('reports a broken link in a table, which stays HTML, at its own line and column', () => {
    const article = [
      '<h1>Variables</h1>',
      '<table>',
      '<tr><th>Old</th><th>New</th></tr>',
      '<tr><td>page_title</td><td><a href="themes.html#pagetitle">page.title</a></td></tr>',
      '<tr><td>content</td><td><a href="themes.html#pagecontent">page.content</a></td></tr>',
      "<tr><td>toc</td><td><a href='themes.html#pagetoc'>page.toc</a></td></tr>",
      '</table>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'News/variables.html': article }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/kb/News/variables.html:4:37 broken-link',
      'content/kb/News/variables.html:5:34 broken-link',
      'content/kb/News/variables.html:6:30 broken-link',
    ]);
  });

  it('reports each link of a paragraph at its own address, also where the paragraph spans several lines of the file', () => {
    const article = [
      '<h1>Price list</h1>',
      '<p>See the <a href="javascript:void(0)">price list</a> in your workspace, or the',
      '<a href="file:///C:/Users/jane/Desktop/Pricing%202024.docx">pricing sheet</a>.</p>',
    ].join('\n');
    const result = validateRoot(helpCenter({ 'Billing/prices.html': article }));
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'content/kb/Billing/prices.html:2:21 warning url-scheme',
      'content/kb/Billing/prices.html:3:10 warning url-scheme',
    ]);
  });

  it('is read in the encoding it declares, and one that is not UTF-8 and declares none is an error that says how to declare it', () => {
    const latin1 = (head: string) =>
      Buffer.from(`<html><head>${head}</head><body><main><h1>Caf\u00e9 hours</h1><p>Open at nine.</p></main></body></html>`, 'latin1');
    const root = helpCenter({ 'Visit/declared.html': '', 'Visit/undeclared.html': '' });
    writeFileSync(join(root, 'content/kb/Visit/declared.html'), latin1('<meta charset="iso-8859-1">'));
    writeFileSync(join(root, 'content/kb/Visit/undeclared.html'), latin1(''));
    const result = validateRoot(root);
    expect(result.content.articles.find((article) => article.file === 'content/kb/Visit/declared.html')?.data.title).toBe('Café hours');
    const problems = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/kb/Visit/undeclared.html:1:39 file-encoding',
    ]);
    expect(problems[0]!.hint).toContain('<meta charset="windows-1252">');
  });

  it('is left out where a browser saved it with a page, as one of its frames (Update your card_files/, Rechnung-Dateien/), and kept in a folder its neighbour page only links to', () => {
    const found = discoverFiles(
      helpCenter({
        // Chrome writes the folder's name as it is, Firefox percent-encoded.
        'Billing/Update your card.html':
          '<html><head><link rel="stylesheet" href="./Update your card_files/app.css"></head><body><main><h1>Update your card</h1></main><iframe src="./Update your card_files/saved_resource.html"></iframe></body></html>',
        'Billing/Update your card_files/saved_resource.html': '<html><body><div id="launcher"></div></body></html>',
        'Billing/Rechnung.htm': '<html><body><main><h1>Rechnung</h1><img src="Rechnung-Dateien/logo.png" alt=""></main></body></html>',
        'Billing/Rechnung-Dateien/frame.html': '<html><body></body></html>',
        'Billing/Plans_2024/compare-plans.html': '<h1>Compare plans</h1>',
        // A chapter beside its sub-chapters' folder, which it links to and loads nothing from (the Rustonomicon's arc.html and arc-mutex/).
        'Book/arc.html': '<html><body><nav><a href="arc-mutex/arc-base.html">Base</a></nav><main><h1>Arc</h1></main></body></html>',
        'Book/arc-mutex/arc-base.html': '<html><body><main><h1>Base code</h1></main></body></html>',
      }),
    ).map((file) => file.path);
    expect(found.filter((path) => path.startsWith('content/kb/'))).toEqual([
      'content/kb/Billing/Plans_2024/compare-plans.html',
      'content/kb/Billing/Rechnung.htm',
      'content/kb/Billing/Update your card.html',
      'content/kb/Book/arc-mutex/arc-base.html',
      'content/kb/Book/arc.html',
    ]);
  });

  it('titles the folder a whole site was exported into by the site’s name, as its home’s <title> gives it, and no folder below', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><main><h1>${title.split(' — ')[0]}</h1><p>Text.</p></main></body></html>`;
    const result = validateRoot(
      helpCenter({
        'Acme/index.html': page('Welcome — Acme SDK 2.3 documentation'),
        'Acme/guides/index.html': page('Guides — Acme SDK 2.3 documentation'),
        'Acme/guides/batching.html': page('Batching — Acme SDK 2.3 documentation'),
        // MkDocs' home names no site after its title; its sections keep their own titles.
        'Docs/index.html': page('MkDocs'),
        'Docs/user-guide/index.html': page('User Guide — MkDocs'),
        'Docs/user-guide/deploying.html': page('Deploying — MkDocs'),
      }),
    );
    expect(result.content.kbFolders.map((folder) => `${folder.id}: ${folder.data.title}`).sort()).toEqual([
      'acme/guides: Guides',
      'acme: Acme SDK 2.3 documentation',
      'docs/user-guide: User Guide',
      'docs: MkDocs',
    ]);
  });

  it('is left out as the 404, search or index page of a site exported into a folder of its own, beside its index.html', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>Text.</p></main></body></html>`;
    const found = discoverFiles(
      helpCenter({
        'Literate Nav/index.html': page('Literate Nav'),
        'Literate Nav/reference.html': page('Reference'),
        'Literate Nav/404.html': '<html><body><main><h1>404 - Not found</h1></main></body></html>',
        'Literate Nav/search.html': '<html><body><main><h1>Search</h1></main></body></html>',
        // DocBook's back-of-the-book index, a list of every term: PostgreSQL's, and by DocBook's own name.
        'PostgreSQL/index.html': page('PostgreSQL 15.18 Documentation'),
        'PostgreSQL/sql-createindex.html': page('CREATE INDEX'),
        'PostgreSQL/bookindex.html': page('Index'),
        'PostgreSQL/ix01.html': page('Index'),
        // Under a name of the book's own (GIMP's help), known by DocBook's index under its title page;
        // a page about indexes is an article.
        'GIMP/index.html': page('GNU Image Manipulation Program'),
        'GIMP/gimp-help-index.html':
          '<html><head><title>Index</title></head><body><div class="navheader"></div>\n<div class="index">\n  <div class="titlepage"><div><div><h1 class="title"><a id="gimp-help-index"></a>Index</h1></div></div></div>\n  <div class="index"><div class="indexdiv"><h3>Symbols</h3><dl><dt>.gif, <a class="indexterm" href="gimp-images-out.html">Export Image as GIF</a></dt></dl></div></div></div></body></html>',
        'GIMP/gimp-channel-index.html': page('Indexed channels'),
        // A GNU manual's indexes, by the table makeinfo writes them in (Texinfo 6, and 7's own class).
        'GNU tar/index.html': page('GNU tar'),
        'GNU tar/Concept-Index.html':
          '<html><head><title>Concept Index (GNU tar 1.35)</title></head><body><h2 class="unnumbered">Concept Index</h2>\n<table class="index-cp" border="0"><tr><td><a href="Backups.html">backups</a></td></tr></table></body></html>',
        'GNU tar/Option-Index.html':
          '<html><head><title>Option Index (GNU tar 1.35)</title></head><body><h2 class="unnumbered">Option Index</h2>\n<table class="op-entries-printindex" border="0"><tr><td><a href="Options.html">--create</a></td></tr></table></body></html>',
        'GNU tar/Incremental-Dumps.html': page('Using tar to Perform Incremental Dumps'),
        // Without a home page beside it, an article of its own (a help center's page about the error).
        'Errors/404.html': page('Page not found errors'),
      }),
    ).map((file) => file.path);
    expect(found.filter((path) => path.startsWith('content/kb/'))).toEqual([
      'content/kb/Errors/404.html',
      'content/kb/GIMP/gimp-channel-index.html',
      'content/kb/GIMP/index.html',
      'content/kb/GNU tar/Incremental-Dumps.html',
      'content/kb/GNU tar/index.html',
      'content/kb/Literate Nav/index.html',
      'content/kb/Literate Nav/reference.html',
      'content/kb/PostgreSQL/index.html',
      'content/kb/PostgreSQL/sql-createindex.html',
    ]);
  });

  it('has a link to a book’s index under its own name shown as text, with a warning, as a link to Sphinx’s index of terms', () => {
    const result = validateRoot(
      helpCenter({
        'GIMP/index.html': '<html><head><title>GIMP</title></head><body><main><h1>GIMP</h1><p>Welcome.</p></main></body></html>',
        'GIMP/gimp-help-index.html':
          '<html><head><title>Index</title></head><body><div class="index"><div class="titlepage"><h1 class="title">Index</h1></div><dl><dt>crop</dt></dl></div></body></html>',
        'GIMP/gimp-tool-crop.html': '<h1>Crop</h1>\n<p>See <a href="gimp-help-index.html">the index</a> for every tool.</p>',
      }),
    );
    const inArticles = result.diagnostics.filter((d) => d.file.startsWith('content/kb/'));
    expect(inArticles.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'content/kb/GIMP/gimp-tool-crop.html:2:17 warning broken-link',
    ]);
    expect(inArticles[0]!.message).toContain('a page the old site generated for itself');
  });

  it('is left out as a book’s print copy: a print.html kept out of search engines (mdBook’s, every chapter on one page)', () => {
    const chapter = (title: string) => `<html><head><title>${title}</title></head><body><main><h1>${title}</h1></main></body></html>`;
    const found = discoverFiles(
      helpCenter({
        'Rust Book/ch01-installation.html': chapter('Installation'),
        'Rust Book/ch02-hello-world.html': chapter('Hello, World!'),
        'Rust Book/print.html':
          '<!DOCTYPE HTML><html lang="en"><head><!-- Book generated using mdBook --><meta charset="UTF-8"><title>The Book</title><meta name="robots" content="noindex"></head><body><main><h1>Installation</h1><h1>Hello, World!</h1></main><script>window.addEventListener("load", function () { window.setTimeout(window.print, 100); });</script></body></html>',
        'Guides/print.htm':
          '<html><head><meta content="noindex, nofollow" name="ROBOTS"></head><body><main><h1>All guides</h1></main></body></html>',
        // A help center's own article about printing is one.
        'Reports/print.html': chapter('Print a report'),
      }),
    ).map((file) => file.path);
    expect(found.filter((path) => path.startsWith('content/kb/'))).toEqual([
      'content/kb/Reports/print.html',
      'content/kb/Rust Book/ch01-installation.html',
      'content/kb/Rust Book/ch02-hello-world.html',
    ]);
  });

  it('is left out where a Markdown file of the same folder and name is the article (Docsify’s index.html beside README.md)', () => {
    const found = discoverFiles(
      helpCenter({
        'README.md': '# Welcome',
        'index.html': '<html><body><div id="app"></div><script src="//cdn.jsdelivr.net/npm/docsify"></script></body></html>',
        'guide.md': '# Guide',
        'guide.html': '<h1>Guide</h1>',
        'faq.html': '<h1>FAQ</h1>',
      }),
    ).map((file) => file.path);
    expect(found.filter((path) => path.startsWith('content/kb/'))).toEqual([
      'content/kb/README.md',
      'content/kb/faq.html',
      'content/kb/guide.md',
    ]);
  });
});
