// What the validator reads from a help-center export dropped into content/kb: articles at any
// depth, with or without frontmatter, titles from headings or file names, folder index files,
// other tools' keys (kept and ignored, or read under their meaning), and near-miss keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { leafPageIndexes } from '../../src/lib/kb-paths.ts';
import { articleHref } from '../../src/markdown/article-links.ts';

const summary = (root: string) => validateRoot(root).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);

describe('articles as exports have them', () => {
  it('reads an article without frontmatter, titled by its first "# " heading, straight in content/kb', () => {
    const root = fixtureRootWith({
      'content/kb/10205725-connect-your-warehouse.md': 'Intro line.\n\n# Connect your warehouse\n\nSteps.\n',
    });
    const result = validateRoot(root);
    expect(result.diagnostics).toEqual([]);
    const article = result.content.articles.find((a) => a.id === '10205725-connect-your-warehouse')!;
    expect(article.data.title).toBe('Connect your warehouse');
    expect(article.folders).toEqual([]);
  });

  it('titles an article with neither frontmatter nor heading after its file name', () => {
    const root = fixtureRootWith({ 'content/kb/Billing/0042_update_payment_method.md': 'Go to **Settings → Billing**.\n' });
    const article = validateRoot(root).content.articles.find((a) => a.id === 'billing/0042-update-payment-method')!;
    expect(article.data.title).toBe('Update payment method');
    expect(article.folders).toEqual(['Billing']);
  });

  it('keeps other tools’ keys without a word, and reads order, dates and old paths under their names', () => {
    const root = fixtureRootWith({
      'content/kb/Guides/Admin/Security/Single Sign-On/Okta Setup.md': [
        '---',
        'id: 4412377144338',
        'slug: /okta',
        'author: Dana Whitfield',
        'categories: [security]',
        'outdated: false',
        'sidebar_position: 2',
        'lastmod: 2026-03-02',
        'aliases: /hc/en-us/articles/4412377144338',
        '---',
        'Connect Okta.',
      ].join('\n'),
    });
    const result = validateRoot(root);
    expect(result.diagnostics).toEqual([]);
    const article = result.content.articles.find((a) => a.id === 'guides/admin/security/single-sign-on/okta-setup')!;
    expect(article.data).toMatchObject({ title: 'Okta Setup', order: 2, redirects: ['/hc/en-us/articles/4412377144338'] });
    expect(article.data.updated?.toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(article.folders).toEqual(['Guides', 'Admin', 'Security', 'Single Sign-On']);
  });

  it('reads values YAML gives another type than meant: a number as a title, one tag as a list, numerals and words as numbers and booleans', () => {
    const root = fixtureRootWith({
      'content/kb/Errors/404.md': '---\ntitle: 404\ntags: errors\nweight: "3"\ndraft: "false"\n---\nThe page is gone.\n',
      'content/kb/Errors/500.md': '---\ntitle: 500\ntags: [errors, 2024]\nposition: "1"\n---\nThe server failed.\n',
      'content/kb/Errors/old.md': '---\ntitle: Old errors\ndraft: "true"\n---\nGone.\n',
    });
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['content/kb/Errors/old.md draft-article']);
    const data = (id: string) => result.content.articles.find((a) => a.id === id)!.data;
    expect(data('errors/404')).toMatchObject({ title: '404', tags: ['errors'], order: 3, draft: false });
    expect(data('errors/500')).toMatchObject({ title: '500', tags: ['errors', '2024'], order: 1 });
    expect(data('errors/old').draft).toBe(true);
  });

  it('still reports a value of none of those forms, with the message of the form it has', () => {
    const root = fixtureRootWith({ 'content/kb/Errors/bad.md': '---\ntitle: [a, b]\nrelated: some-article\norder: soon\n---\nText.\n' });
    expect(validateRoot(root).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message.split(',')[0]}`)).toEqual([
      '2:8 wrong-type: "title" should be text',
      '3:10 reference-format: A reference is written kind:id',
      '4:8 wrong-type: "order" should be a number',
    ]);
  });

  it('resolves kb: references to the slug path at any depth', () => {
    const root = fixtureRootWith({ 'content/kb/Guides/Admin/Security/Okta Setup.md': 'Connect Okta.\n' });
    const plan = join(root, 'plans/starter.yaml');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        '- kb:getting-started/first-steps/welcome\n  - id: first-dashboard',
        '- kb:guides/admin/security/okta-setup\n  - id: first-dashboard',
      ),
    );
    expect(readFileSync(plan, 'utf8')).toContain('kb:guides/admin/security/okta-setup');
    expect(summary(root)).toEqual([]);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('kb:guides/admin/security/okta-setup', 'kb:guides/admin/okta-setup'));
    expect(validateRoot(root).diagnostics.map((d) => [d.rule, d.hint])).toEqual([
      ['dangling-reference', 'Did you mean `kb:guides/admin/security/okta-setup`?'],
    ]);
  });

  it('names folders after the title in their index.md or _index.md', () => {
    const root = fixtureRootWith({
      'content/kb/guides/_index.md': '---\ntitle: User guides\nweight: 1\n---\nEverything about using Lumen.\n',
      'content/kb/guides/admin/index.md': '# For administrators\n\nSettings only admins see.\n',
      'content/kb/guides/admin/roles.md': '# Roles\n\nText.\n',
    });
    const result = validateRoot(root);
    expect(result.diagnostics).toEqual([]);
    expect(result.content.articles.find((a) => a.id === 'guides/admin/roles')!.folders).toEqual(['User guides', 'For administrators']);
    expect(result.content.kbFolders.map((f) => [f.id, f.data.title, f.data.order])).toEqual([
      ['guides', 'User guides', 1],
      ['guides/admin', 'For administrators', undefined],
    ]);
    expect(result.content.articles.map((a) => a.id)).not.toContain('guides/admin/index');
  });

  it('takes a link to a page written as a folder ("../Setup/install/", as pretty addresses are) as a link to that page', () => {
    const root = fixtureRootWith({
      'content/kb/Setup/install.md': '# Install the collector\n\nRun the installer.\n',
      'content/kb/Guides/alerts.md': '# Alerts\n\nFirst [install the collector](../Setup/install/#run).\n',
    });
    expect(summary(root)).toEqual(['content/kb/Guides/alerts.md:3:31 warning broken-anchor']);
    expect(articleHref(join(root, 'content/kb/Guides/alerts.md'), '../Setup/install/#run', '/')).toBe('/kb/setup/install/#run');
  });

  it('checks the links of a folder’s introduction as its page will be checked: to no page an error, kept as written a warning', () => {
    const root = fixtureRootWith({
      // Python's docs: whatsnew/index.html links changelog.html, which Debian ships compressed.
      'content/kb/Whatsnew/index.md': '# What’s new\n\nSee the [changelog](changelog.md) and the [nav file](nav_file).\n',
      'content/kb/Whatsnew/3-11.md': '# Python 3.11\n\nFaster.\n',
    });
    expect(summary(root)).toEqual([
      'content/kb/Whatsnew/index.md:3:21 error broken-link',
      'content/kb/Whatsnew/index.md:3:54 warning broken-link',
    ]);
  });

  it('has a folder with two index files described by its index, and warns that the other is not published', () => {
    const root = fixtureRootWith({
      // A repository's docs: a README.md for GitHub beside the site's index.md.
      'content/kb/Docs/index.md': '# Lumen documentation\n\nStart here.\n',
      'content/kb/Docs/README.md': '# Building these docs\n\nRun the generator.\n',
      'content/kb/Docs/setup.md': '# Setup\n\nSee [the docs home](README.md).\n',
      // rustdoc's README.html beside an mdBook's index.html.
      'content/kb/Book/index.html':
        '<html><head><title>The Lumen book</title></head><body><h1>The Lumen book</h1><p>Read on.</p></body></html>',
      'content/kb/Book/README.html': '<html><head><title>Docs readme</title></head><body><h1>Docs readme</h1><p>x</p></body></html>',
      'content/kb/Book/intro.html': '<h1>Intro</h1><p>Text.</p>',
      // Docsify: its index.html app page beside the README.md it shows, left out without a word.
      'content/kb/Wiki/README.md': '# Lumen wiki\n\nWelcome.\n',
      'content/kb/Wiki/index.html': '<html><body><div id="app"></div></body></html>',
      'content/kb/Wiki/faq.md': '# FAQ\n\nText.\n',
    });
    const result = validateRoot(root);
    expect(summary(root)).toEqual([
      'content/kb/Book/README.html:1:1 warning folder-index-set-aside',
      'content/kb/Docs/README.md:1:1 warning folder-index-set-aside',
    ]);
    expect(result.diagnostics[1]!.message).toBe('This file is not published: content/kb/Docs/index.md already describes its folder');
    expect(result.errors).toBe(0);
    expect(result.content.kbFolders.map((folder) => [folder.id, folder.data.title])).toEqual([
      ['book', 'The Lumen book'],
      ['docs', 'Lumen documentation'],
      ['wiki', 'Lumen wiki'],
    ]);
    const ids = result.content.articles.map((article) => article.id);
    expect(ids.filter((id) => /^(?:book|docs|wiki)\//.test(id)).sort()).toEqual(['book/intro', 'docs/setup', 'wiki/faq']);
  });

  it('warns of each page in a markup it does not read, with how to convert it, and leaves images, attachments and partials alone', () => {
    const root = fixtureRootWith({
      // A Sphinx project's sources, an Antora page, a GitHub wiki's pages in other markups.
      'content/kb/Guide/index.rst': 'Guide\n=====\n\n.. toctree::\n\n   install\n',
      'content/kb/Guide/install.rst': 'Install\n=======\n\nRun ``pip install tidemark``.\n',
      'content/kb/Guide/setup.adoc': '= Setup\n\nOpen the settings.\n',
      'content/kb/Wiki/Home.md': '# Home\n\nSee [[Release notes]] and [the key](signing-key.asc).\n',
      'content/kb/Wiki/Release-notes.textile': 'h1. Release notes\n',
      'content/kb/Wiki/Roadmap.org': '* Roadmap\n',
      'content/kb/Wiki/notes.mkd': '# Notes\n',
      'content/kb/Wiki/signing-key.asc': '-----BEGIN PGP PUBLIC KEY BLOCK-----\n',
      'content/kb/Wiki/Tour.ipynb': '{"cells": []}\n',
      'content/kb/Wiki/_drafts/Plan.org': '* Plan\n',
      'content/kb/Wiki/export.csv': 'a,b\n',
      // A help center mirrored with wget: its pretty addresses saved without an extension; and a licence, no page.
      'content/kb/hc/articles/360001234567-Reset-your-password':
        '<!DOCTYPE html>\n<html lang="en-US"><head><title>Reset your password – Acme Help</title></head><body><main><h1>Reset your password</h1></main></body></html>\n',
      'content/kb/hc/LICENSE': 'Copyright Acme. All rights reserved.\n',
    });
    expect(summary(root)).toEqual([
      'content/kb/Guide/index.rst:1:1 warning unread-file',
      'content/kb/Guide/install.rst:1:1 warning unread-file',
      'content/kb/Guide/setup.adoc:1:1 warning unread-file',
      'content/kb/hc/articles/360001234567-Reset-your-password:1:1 warning unread-file',
      // The wiki link to a page that is not published, at its brackets (was past them, at 3:22).
      'content/kb/Wiki/Home.md:3:5 warning broken-link',
      'content/kb/Wiki/notes.mkd:1:1 warning unread-file',
      'content/kb/Wiki/Release-notes.textile:1:1 warning unread-file',
      'content/kb/Wiki/Roadmap.org:1:1 warning unread-file',
      'content/kb/Wiki/Tour.ipynb:1:1 warning unread-file',
    ]);
    const byFile = new Map(validateRoot(root).diagnostics.map((d) => [d.file, d]));
    expect(byFile.get('content/kb/Guide/install.rst')!.message).toBe(
      'This page is not published: it is reStructuredText, and Milepost reads Markdown, MDX and HTML articles',
    );
    expect(byFile.get('content/kb/Guide/install.rst')!.hint).toContain('`pandoc install.rst -o install.md`');
    expect(byFile.get('content/kb/Guide/setup.adoc')!.hint).toContain('`asciidoctor setup.adoc`');
    expect(byFile.get('content/kb/Wiki/notes.mkd')!.hint).toBe('Rename it to notes.md.');
    expect(byFile.get('content/kb/hc/articles/360001234567-Reset-your-password')!.hint).toContain(
      'Rename it to 360001234567-Reset-your-password.html, or mirror the site again with `wget --adjust-extension`',
    );
  });

  it('warns about a key that is one typo away from a known one, and ignores the rest', () => {
    const root = fixtureRootWith({
      'content/kb/Billing/invoices.md':
        '---\ntitel: Invoices\ntag: [billing]\nDescripton: Where to find them.\nauthor: Sam\nupdated_at: 2026-01-05\n---\nText.\n',
    });
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.hint}`)).toEqual([
      '2:1 warning unknown-key Did you mean `title`?',
      '3:1 warning unknown-key Did you mean `tags`?',
      '4:1 warning unknown-key Did you mean `description`?',
    ]);
    expect(result.errors).toBe(0);
  });

  it('makes a page beside a folder of its name that folder’s introduction, and reports one beside a folder that has its own', () => {
    // Notion's layout: a page's sub-pages in a folder of its name beside it.
    const beside = validateRoot(
      fixtureRootWith({ 'content/kb/Billing.md': '# Billing\n\nText.\n', 'content/kb/Billing/invoices.md': '# Invoices\n\nText.\n' }),
    );
    expect(beside.diagnostics).toEqual([]);
    expect(beside.content.kbFolders.find((folder) => folder.id === 'billing')?.data.title).toBe('Billing');
    expect(beside.content.articles.map((article) => article.id)).not.toContain('billing');
    const root = fixtureRootWith({
      'content/kb/Billing.md': '# Billing\n\nText.\n',
      'content/kb/Billing/index.md': '# Billing and invoices\n',
      'content/kb/Billing/invoices.md': '# Invoices\n\nText.\n',
    });
    expect(summary(root)).toEqual(['content/kb/Billing.md:1:1 error duplicate-id']);
  });

  it('reads an article whose extension has capitals (GUIDE.MD, as Windows tools save it), and names an MDX one that cannot be read so', () => {
    const root = fixtureRootWith({
      'content/kb/Setup/GUIDE.MD': '# Setup guide\n\nSteps.\n',
      'content/kb/Setup/Tour.MDX': '# Tour\n\nA tour.\n',
    });
    const result = validateRoot(root);
    expect(result.content.articles.find((a) => a.id === 'setup/guide')?.data.title).toBe('Setup guide');
    expect(summary(root)).toEqual(['content/kb/Setup/Tour.MDX:1:1 error file-name']);
    expect(result.diagnostics[0]!.hint).toBe('Rename it to Tour.mdx.');
  });

  it('warns about an article with nothing to read but its title, as an export keeps placeholders', () => {
    const root = fixtureRootWith({
      'content/kb/Billing/360000000002.html': '<h1>Refund policy</h1>\n',
      'content/kb/Billing/empty.md': '',
      'content/kb/Billing/todo.md': '---\ntitle: Taxes\n---\n\n# Taxes\n\n<!-- TODO: write after the audit -->\n',
      'content/kb/Billing/draft.md': '---\ntitle: Credits\ndraft: true\n---\n',
      'content/kb/Billing/screenshot.md': '# Plans\n\n![Plans compared](https://cdn.example.com/plans.png)\n',
    });
    expect(summary(root).filter((line) => line.endsWith('empty-article'))).toEqual([
      'content/kb/Billing/360000000002.html:1:1 warning empty-article',
      'content/kb/Billing/empty.md:1:1 warning empty-article',
      'content/kb/Billing/todo.md:1:1 warning empty-article',
    ]);
  });

  it('checks that the categories site.yaml orders exist', () => {
    const root = fixtureRootWith({ 'content/kb/Billing/invoices.md': '# Invoices\n\nText.\n' });
    const site = join(root, 'content/site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}kb:\n  categories: [Billing, Getting startd]\n`);
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => [d.file, d.rule, d.message, d.hint])).toEqual([
      ['content/site.yaml', 'dangling-reference', 'No category "Getting startd" in content/kb', 'Did you mean `Getting started`?'],
    ]);
  });
});

describe('leafPageIndexes', () => {
  it('finds the index files whose folder holds no article, deepest first, so a folder holding only such a page is no page itself', () => {
    const pages = leafPageIndexes([
      'index.md',
      'Guides/_index.md',
      'Guides/install/index.md',
      'Guides/Alerts/_index.md',
      'Guides/Alerts/email/index.md',
      'Guides/Alerts/slack-alerts.md',
      'Reference/index.md',
      'Reference/Limits/README.md',
    ]);
    expect([...pages].sort()).toEqual(['Guides/Alerts/email/index.md', 'Guides/install/index.md', 'Reference/Limits/README.md']);
  });
});
