// An HTML export's redirect stubs (mdBook's book.toml redirects, Hugo's aliases, Sphinx's and
// Jekyll's redirects): pages that only forward the reader become redirects, not articles.
import { describe, expect, it } from 'vitest';
import { forEdition } from '../../src/content/edition.ts';
import { noscriptTarget, stubTarget } from '../../src/content/redirect-stubs.ts';
import { articleRedirects } from '../../src/content/redirects.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';

const stub = (target: string) =>
  `<!DOCTYPE html><html><head><title>Redirecting...</title><meta http-equiv="refresh" content="0; url=${target}"></head><body><a href="${target}">Redirecting</a></body></html>`;
const page = (title: string, body = '') =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Text.${body}</p></body></html>`;

describe('stubTarget', () => {
  it('reads where each tool’s stub forwards to', () => {
    // mdBook
    expect(stubTarget(`<meta http-equiv="refresh" content="0;URL='https://blog.example.com/1.25.html#cargo'">`)).toBe(
      'https://blog.example.com/1.25.html#cargo',
    );
    // Hugo's alias page
    expect(
      stubTarget(
        '<!DOCTYPE html><html lang="en-us"><head><title>https://docs.example.com/alerts/</title><link rel="canonical" href="https://docs.example.com/alerts/"><meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=https://docs.example.com/alerts/"></head></html>',
      ),
    ).toBe('https://docs.example.com/alerts/');
    // sphinx-reredirects, attribute order and quotes of its own
    expect(stubTarget(`<html><head><meta content='0; url=../guides/sso.html' http-equiv=Refresh /></head></html>`)).toBe(
      '../guides/sso.html',
    );
    expect(stubTarget('<meta http-equiv="refresh" content="0; url=search.html?q=a&amp;b=c">')).toBe('search.html?q=a&b=c');
  });

  it('finds no stub in a page that reloads itself, in a page without a refresh, or in a long page', () => {
    expect(stubTarget('<meta http-equiv="refresh" content="30">')).toBeUndefined();
    expect(stubTarget(page('Alerts'))).toBeUndefined();
    expect(stubTarget(`<meta http-equiv="refresh" content="0; url=new.html">${page('Status board', 'x'.repeat(5000))}`)).toBeUndefined();
  });

  it('finds no stub in a short page that sends only readers without scripts elsewhere (LibreOffice’s help)', () => {
    const help = (head: string) =>
      `<!DOCTYPE html><html><head><base href="../../"><noscript>${head}</noscript><title>Page Numbers</title></head><body><h1>Page Numbers</h1><p>Choose Insert - Page Number.</p></body></html>`;
    expect(stubTarget(help('<meta http-equiv="refresh" content="0; URL=../../en-US/noscript.html">'))).toBeUndefined();
    expect(stubTarget(help('<META HTTP-EQUIV=refresh CONTENT="0; URL=noscript.html"></NOSCRIPT >'))).toBeUndefined();
    // Where it sends those readers, a page the portal does not publish (files.ts).
    expect(noscriptTarget(help('<meta http-equiv="refresh" content="0; URL=../../en-US/noscript.html">'))).toBe(
      '../../en-US/noscript.html',
    );
    expect(
      noscriptTarget('<noscript><img src="pixel.gif"></noscript><meta http-equiv="refresh" content="0; url=next.html">'),
    ).toBeUndefined();
  });
});

describe('redirect stubs in content/kb', () => {
  const helpCenter = () =>
    fixtureRootWith({
      'content/kb/Guides/alerts.html': page('Alerts', ' See <a href="old-alerts.html">the old page</a>.'),
      'content/kb/Guides/index.html': page('Guides'),
      'content/kb/Guides/old-alerts.html': stub('alerts.html#email'),
      // A stub forwarding to a stub, as a page renamed twice leaves them.
      'content/kb/Guides/older-alerts.html': stub('old-alerts.html'),
      'content/kb/Guides/sso.html': page('Single sign-on'),
      'content/kb/Moved/index.html': stub('../Guides/index.html'),
      'content/kb/changelog.html': stub('https://github.com/tidemark/agent/releases'),
      'content/kb/rustc.html': stub('../../rustc/index.html'),
      // A folder's index that forwards, in a folder with pages: the folder keeps its page.
      'content/kb/Admin/index.html': stub('members.html'),
      'content/kb/Admin/members.html': page('Members'),
      'content/kb/Drafts/plan.md': '---\ndraft: true\n---\n# Plan\n\nNext year.\n',
      'content/kb/Drafts/old-plan.html': stub('plan.md'),
    });

  it('redirects each old address to the page it names, follows a stub to a stub, and publishes none as an article', () => {
    const result = validateRoot(helpCenter());
    expect(result.errors).toBe(0);
    const redirects = articleRedirects(result.content).map(({ from, to }) => `${from} → ${to}`);
    expect(redirects.sort()).toEqual([
      '/kb/changelog → https://github.com/tidemark/agent/releases',
      '/kb/drafts/old-plan → /kb/drafts/plan/',
      '/kb/guides/old-alerts → /kb/guides/alerts/#email',
      '/kb/guides/older-alerts → /kb/guides/alerts/#email',
      '/kb/moved → /kb/guides/',
    ]);
    const titles = result.content.articles.map((article) => article.data.title);
    expect(titles).not.toContain('Redirecting...');
    expect(result.content.kbFolders.map((folder) => folder.id)).not.toContain('moved');
  });

  it('warns about a stub that forwards to no page of the portal, and takes the link to a stub as a link to its page', () => {
    const result = validateRoot(helpCenter());
    // No broken link from alerts.html to old-alerts.html.
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'content/kb/Drafts/plan.md:2:1 warning draft-article',
      'content/kb/rustc.html:1:1 warning redirect-stub',
    ]);
    expect(result.diagnostics[1]!.message).toBe(
      'This page only forwards readers to "../../rustc/index.html", which is not a page of the portal: it is not published',
    );
  });

  it('leaves out of the customer edition a redirect to a draft', () => {
    const published = forEdition(validateRoot(helpCenter()).content, 'customer');
    expect(articleRedirects(published).map((redirect) => redirect.from)).not.toContain('/kb/drafts/old-plan');
    expect(articleRedirects(published).map((redirect) => redirect.from)).toContain('/kb/guides/old-alerts');
  });
});

describe('an mdBook’s index.html, a copy of its first chapter', () => {
  const chapter = (main: string, pager: string) =>
    `<!DOCTYPE HTML><html lang="en"><head><!-- Book generated using mdBook --><meta charset="UTF-8"><title>Book</title></head><body><nav class="sidebar"><a href="title-page.html">Title page</a></nav><main>${main}</main><nav class="nav-wrapper">${pager}</nav></body></html>`;
  const titlePage = '<h1 id="the-tidemark-book">The Tidemark Book</h1><p>By the Tidemark team.</p>';

  it('is the book’s introduction, and the chapter it copies a redirect to the book’s page', () => {
    const result = validateRoot(
      fixtureRootWith({
        'content/kb/Book/index.html': chapter(titlePage, '<a rel="next prefetch" href="foreword.html">Next</a>'),
        'content/kb/Book/title-page.html': chapter(titlePage, '<a rel="next prefetch" href="foreword.html">Next</a>'),
        'content/kb/Book/foreword.html': chapter(
          '<h1 id="foreword">Foreword</h1><p>Why we wrote it.</p>',
          '<a rel="prev" href="title-page.html">Previous</a><a rel="next prefetch" href="intro.html">Next</a>',
        ),
        'content/kb/Book/intro.html': chapter(
          '<h1 id="intro">Introduction</h1><p>Start here.</p>',
          '<a rel="prev" href="foreword.html">Previous</a>',
        ),
      }),
    );
    expect(result.errors).toBe(0);
    expect(
      result.content.articles
        .map((article) => article.id)
        .filter((id) => id.startsWith('book/'))
        .sort(),
    ).toEqual(['book/foreword', 'book/intro']);
    expect(articleRedirects(result.content).map(({ from, to }) => `${from} → ${to}`)).toEqual(['/kb/book/title-page → /kb/book/']);
  });

  it('leaves the first chapter an article where index.html says something else (a book whose first chapter is its README)', () => {
    const result = validateRoot(
      fixtureRootWith({
        'content/kb/Book/index.html': chapter(titlePage, '<a rel="next prefetch" href="foreword.html">Next</a>'),
        'content/kb/Book/foreword.html': chapter(
          '<h1 id="foreword">Foreword</h1><p>Why.</p>',
          '<a rel="prev" href="index.html">Previous</a>',
        ),
      }),
    );
    expect(result.content.articles.map((article) => article.id).filter((id) => id.startsWith('book/'))).toEqual(['book/foreword']);
    expect(articleRedirects(result.content)).toEqual([]);
  });
});
