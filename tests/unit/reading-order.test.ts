// A book's reading order from the next page each of its pages names (src/content/reading-order.ts).
import { describe, expect, it } from 'vitest';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

/** A page of a DocBook book: its title, and the next page its head names. */
const page = (title: string, next?: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>${title}</title>` +
  `<meta name="generator" content="DocBook XSL Stylesheets V1.79.2" /><link rel="home" href="index.html" title="Tidemark Guide" />` +
  `${next ? `<link rel="next" href="${next}" title="next" />` : ''}</head><body><div class="chapter"><h1 class="title">${title}</h1><p>Text of ${title}.</p></div></body></html>`;

describe('readingOrderPlaces', () => {
  it('lists a book’s pages in the order each names the next, from its home page, where titles would put the appendix first', () => {
    const root = fixtureRootWith({
      'content/kb/Tidemark Guide/index.html': page('Tidemark Guide', 'preface.html'),
      'content/kb/Tidemark Guide/preface.html': page('Preface', 'tutorial-start.html'),
      'content/kb/Tidemark Guide/tutorial-start.html': page('Chapter 1. Getting Started', 'tutorial-install.html#setup'),
      'content/kb/Tidemark Guide/tutorial-install.html': page('1.1. Installing the agent', 'errcodes-appendix.html'),
      // The last page names the home page again: the chain ends there.
      'content/kb/Tidemark Guide/errcodes-appendix.html': page('Appendix A. Error codes', 'index.html'),
      // A page no other names keeps its place after them.
      'content/kb/Tidemark Guide/bibliography.html': page('Bibliography'),
    });
    // Titled without DocBook's numbers ("Chapter 1.", "1.1.", "Appendix A."), which the order keeps.
    expect(navigationText(root, 'tidemark-guide')).toEqual([
      'Preface',
      'Getting Started',
      'Installing the agent',
      'Error codes',
      'Bibliography',
    ]);
  });

  it('follows the next page a MkDocs site’s navigation bar names, through its sections’ folders, as its menu lists them', () => {
    // MkDocs' own theme (its docs as Debian's mkdocs-doc ships them): no <link> in the head, an
    // <a rel="next"> in the navigation bar, and a disabled "previous" without an address on the home page.
    const mkdocs = (title: string, next?: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - MkDocs</title></head><body>` +
      `<div class="navbar"><ul class="nav navbar-nav ml-auto"><li class="nav-item"><a rel="prev" class="nav-link disabled">Previous</a></li>` +
      `${next ? `<li class="nav-item"><a rel="next" href="${next}" class="nav-link">Next</a></li>` : ''}</ul></div>` +
      `<div class="col-md-9" role="main"><h1 id="${title.toLowerCase()}">${title}</h1><p>About ${title}.</p></div></body></html>`;
    const root = fixtureRootWith({
      'content/kb/MkDocs/index.html': mkdocs('MkDocs', 'getting-started.html'),
      'content/kb/MkDocs/getting-started.html': mkdocs('Getting Started', 'user-guide/index.html'),
      'content/kb/MkDocs/user-guide/index.html': mkdocs('User Guide', 'installation.html'),
      'content/kb/MkDocs/user-guide/installation.html': mkdocs('Installation', 'writing-your-docs.html'),
      'content/kb/MkDocs/user-guide/writing-your-docs.html': mkdocs('Writing', 'configuration.html'),
      'content/kb/MkDocs/user-guide/configuration.html': mkdocs('Configuration', '../about/index.html'),
      'content/kb/MkDocs/about/index.html': mkdocs('About', 'release-notes.html'),
      'content/kb/MkDocs/about/release-notes.html': mkdocs('Release Notes'),
    });
    expect(navigationText(root, 'mkdocs')).toEqual([
      'Getting Started',
      'User Guide/',
      '  Installation',
      '  Writing',
      '  Configuration',
      'About/',
      '  Release Notes',
    ]);
  });

  it('leaves a folder whose home page names no next page in its titles’ order', () => {
    const root = fixtureRootWith({
      'content/kb/Guide/index.html': page('Guide'),
      'content/kb/Guide/b.html': page('Beta', 'a.html'),
      'content/kb/Guide/a.html': page('Alpha'),
    });
    expect(navigationText(root, 'guide')).toEqual(['Alpha', 'Beta']);
  });
});
