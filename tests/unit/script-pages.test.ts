// Pages of an HTML export that are only scripts (an app's shell, a redirect made by a script) are
// not articles: each was published as an empty page in its section.
import { describe, expect, it } from 'vitest';
import { isScriptPage } from '../../src/content/script-pages.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';

const shell = `<!DOCTYPE html>
<!-- This file is part of the LibreOffice project. -->
<html><head><meta charset="utf-8"><title>LibreOffice Help</title>
<script src="help2.js" defer></script></head>
<body>
<script type="text/javascript">
  var url = window.location.href;
  if (url.indexOf('?') !== -1) window.location.replace('en-US/text/shared/05/new_help.html');
</script>
</body></html>`;

describe('isScriptPage', () => {
  it('finds a page with nothing to read or see without its scripts', () => {
    expect(isScriptPage(shell)).toBe(true);
    expect(
      isScriptPage('<html><body><div id="app"></div><script src="/app.js"></script><noscript>Enable JavaScript.</noscript></body></html>'),
    ).toBe(true);
  });

  it('keeps a page with a word, an image or a frame, and a page without scripts', () => {
    expect(isScriptPage('<html><body><p>Enable JavaScript to read the help.</p><script>go()</script></body></html>')).toBe(false);
    expect(isScriptPage('<body><img src="diagram.png" alt=""><script>zoom()</script></body>')).toBe(false);
    expect(isScriptPage('<body><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><script></script></body>')).toBe(false);
    expect(isScriptPage('<html><body></body></html>')).toBe(false);
  });
});

describe('a page of scripts only in content/kb', () => {
  it('is not published, with a warning that says why, and its folder’s articles are', () => {
    const root = fixtureRootWith({
      'content/kb/Office help/help.html': shell,
      'content/kb/Office help/page-numbers.html': '<h1>Page Numbers</h1><p>Choose Insert - Page Number.</p>',
    });
    const { content, diagnostics } = validateRoot(root);
    const help = content.articles
      .filter((article) => article.file.startsWith('content/kb/Office help/'))
      .map((article) => article.data.title);
    expect(help).toEqual(['Page Numbers']);
    expect(
      diagnostics.filter((d) => d.file.startsWith('content/kb/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`),
    ).toEqual(['content/kb/Office help/help.html:1:1 warning script-page']);
  });
});

describe('the page other pages send readers without scripts to', () => {
  const page = (title: string, noscript: string) =>
    `<!DOCTYPE html><html><head><noscript><meta http-equiv="refresh" content="0; URL=${noscript}"></noscript><title>${title}</title></head><body><h1>${title}</h1><p>Choose Insert - ${title}.</p></body></html>`;

  it('is not published, with a warning, and a home page they are sent to stays the folder’s', () => {
    const root = fixtureRootWith({
      'content/kb/Help/en-US/text/page-numbers.html': page('Page Numbers', '../../en-US/noscript.html'),
      'content/kb/Help/en-US/noscript.html':
        '<html><body><h1 style="color: red;">Enable JavaScript in the browser to display the help pages.</h1></body></html>',
      'content/kb/Docs/index.html': page('Tidemark Docs', 'index.html'),
      'content/kb/Docs/alerts.html': page('Alerts', 'index.html'),
    });
    const { content, diagnostics } = validateRoot(root);
    expect(content.articles.map((article) => article.data.title).filter((title) => title !== 'Welcome')).toEqual(
      expect.arrayContaining(['Page Numbers', 'Alerts']),
    );
    expect(content.articles.map((article) => article.file)).not.toContain('content/kb/Help/en-US/noscript.html');
    expect(content.kbFolders.find((folder) => folder.id === 'docs')?.data.title).toBe('Tidemark Docs');
    expect(
      diagnostics.filter((d) => d.file.startsWith('content/kb/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`),
    ).toEqual(['content/kb/Help/en-US/noscript.html:1:1 warning script-page']);
  });
});
