// An mdBook's HTML export (src/content/mdbook-toc.ts): its table of contents, in the sidebar of
// every page of older books or once in toc.html and toc.js of newer ones, orders the chapters as
// the book reads; its toc.html and print.html are not chapters.
import { describe, expect, it } from 'vitest';
import { mdbookTocPlaces } from '../../src/content/mdbook-toc.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { navigationText } from '../helpers/kb-navigation-text.ts';

const CHAPTERS = [
  '<ol class="chapter"><li class="chapter-item expanded affix "><a href="index.html">Introduction</a></li>',
  '<li class="chapter-item expanded affix "><li class="part-title">Getting started</li></li>',
  '<li class="chapter-item expanded "><a href="ch01-install.html"><strong aria-hidden="true">1.</strong> Install the agent</a></li>',
  '<li><ol class="section"><li class="chapter-item expanded "><a href="setup/keys.html"><strong aria-hidden="true">1.1.</strong> API keys</a></li></ol></li>',
  '<li class="chapter-item expanded "><a href="ch02-dashboards.html"><strong aria-hidden="true">2.</strong> Dashboards</a></li></ol>',
].join('');

const chapter = (title: string, sidebar = '', toRoot = '') =>
  `<!DOCTYPE HTML><html lang="en"><head><!-- Book generated using mdBook --><meta charset="UTF-8"><title>${title} - Lumen Agent Guide</title></head>
<body><nav id="sidebar" class="sidebar" aria-label="Table of contents"><div class="sidebar-scrollbox">${sidebar}</div></nav>
<div id="menu-bar"><h1 class="menu-title">Lumen Agent Guide</h1></div>
<main><h1 id="x">${title}</h1><p>About ${title.toLowerCase()}; see <a href="${toRoot}ch01-install.html">installing</a>.</p></main></body></html>`;

describe('mdbookTocPlaces', () => {
  it('places the chapters in the order of the sidebar of an older book’s index.html, and not the links of its text', () => {
    expect(mdbookTocPlaces(chapter('Introduction', CHAPTERS), '')).toEqual({
      places: new Map([
        ['ch01-install', { order: 2 }],
        ['setup', { order: 3 }],
        ['setup/keys', { order: 3 }],
        ['ch02-dashboards', { order: 4 }],
      ]),
    });
  });

  it('titles a folder by the chapter in it whose sub-chapters it holds, and no folder by a chapter that is alone in it', () => {
    // The Rustonomicon: "Implementing Arc and Mutex" is arc-mutex/arc-and-mutex.html, its sections arc-mutex/*.html.
    const list = [
      '<ol class="chapter"><li class="chapter-item expanded "><a href="intro.html"><strong aria-hidden="true">1.</strong> Introduction</a></li>',
      '<li class="chapter-item expanded "><a href="arc-mutex/arc-and-mutex.html"><strong aria-hidden="true">2.</strong> Implementing Arc &amp; Mutex</a></li>',
      '<li><ol class="section"><li class="chapter-item expanded "><a href="arc-mutex/arc.html"><strong aria-hidden="true">2.1.</strong> Implementing Arc</a></li>',
      '<li class="chapter-item expanded "><a href="arc-mutex/arc-layout.html"><strong aria-hidden="true">2.2.</strong> Layout</a></li></ol></li>',
      '<li class="chapter-item expanded "><a href="keys/api-keys.html"><strong aria-hidden="true">3.</strong> API keys</a></li></ol>',
    ].join('');
    const { places } = mdbookTocPlaces(chapter('Introduction', list), 'Book') as { places: Map<string, { title?: string }> };
    expect(places.get('Book/arc-mutex')?.title).toBe('Implementing Arc & Mutex');
    expect(places.get('Book/keys')?.title).toBeUndefined();
  });

  it('reads the same list from a newer book’s toc.js and toc.html, inside the book’s folder', () => {
    const script = `class MDBookSidebarScrollbox extends HTMLElement { connectedCallback() { this.innerHTML = '${CHAPTERS}'; } }`;
    const frame = `<!DOCTYPE HTML><html><head><!-- sidebar iframe generated using mdBook --></head><body class="sidebar-iframe-inner">${CHAPTERS}</body></html>`;
    for (const source of [script, frame])
      expect([...(mdbookTocPlaces(source, 'Agent Guide') as { places: Map<string, unknown> }).places.keys()]).toEqual([
        'Agent Guide/ch01-install',
        'Agent Guide/setup',
        'Agent Guide/setup/keys',
        'Agent Guide/ch02-dashboards',
      ]);
  });

  it('places nothing from an index.html an mdBook did not write', () => {
    expect(mdbookTocPlaces(`<html><body>${CHAPTERS}</body></html>`, '')).toEqual({ places: new Map() });
  });
});

describe('an mdBook exported as HTML into content/kb', () => {
  it('lists its chapters in the book’s order, and leaves its table of contents and print copy out', () => {
    const root = fixtureRootWith({
      'content/kb/Agent Guide/index.html': chapter('Introduction', CHAPTERS),
      'content/kb/Agent Guide/ch01-install.html': chapter('Install the agent', CHAPTERS),
      'content/kb/Agent Guide/ch02-dashboards.html': chapter('Dashboards', CHAPTERS),
      'content/kb/Agent Guide/setup/keys.html': chapter('API keys', '', '../'),
      'content/kb/Agent Guide/toc.html': `<!DOCTYPE HTML><html><head><!-- sidebar iframe generated using mdBook --></head><body class="sidebar-iframe-inner">${CHAPTERS}</body></html>`,
      'content/kb/Agent Guide/print.html': `<!DOCTYPE HTML><html><head><!-- Book generated using mdBook --><meta name="robots" content="noindex"></head><body><main><h1>Introduction</h1><h1>Install the agent</h1></main></body></html>`,
    });
    expect(validateRoot(root).diagnostics.filter((d) => d.file.startsWith('content/kb/'))).toEqual([]);
    // Without the book's order, Dashboards would come before Install the agent.
    expect(navigationText(root, 'agent-guide')).toEqual(['Install the agent', 'Dashboards', 'Setup/', '  API keys']);
  });
});
