// Markdown as help-center exports write it, rendered through the portal's article pipeline:
// custom heading ids, ":::" admonitions, the title heading, and text that only looks like syntax.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../src/content/article-outline.ts';
import { articleProcessorOptions } from '../../src/markdown/article-pipeline.ts';
import { renderArticleMarkdown, renderMarkdown } from '../helpers/render-article.ts';

const render = renderMarkdown;

describe('the article pipeline', () => {
  it('gives a heading the id written after it in braces, and does not show the braces', () => {
    const html = render('## Roll back the driver {#rollback}\n\n### Spaced { #spaced }\n');
    expect(html).toContain('<h2 id="rollback">Roll back the driver<a class="heading-anchor" href="#rollback"');
    expect(html).toContain('<h3 id="spaced">Spaced<a');
    expect(html).not.toContain('{');
  });

  it('keeps braces that set no id or class as part of the heading', () => {
    expect(render('## Price {per seat}\n')).toContain('>Price {per seat}<a');
  });

  it('renders ReadMe callouts (a blockquote starting with 📘, 👍, 🚧 or ❗️) under the title on the emoji’s line', () => {
    const html = render(
      '> 📘 Before you start\n>\n> You need an **admin** key.\n\n> 🚧\n> Rate limits apply.\n\n> ❗️ Deleting a workspace cannot be undone.\n\n> 👍 Tip: *save* often\n',
    ).replace(/>\s+</g, '><');
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Before you start"><p class="callout-title">Before you start</p><p>You need an <strong>admin</strong> key.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Rate limits apply.</p></aside>',
    );
    expect(html).toContain(
      'aria-label="Deleting a workspace cannot be undone."><p class="callout-title">Deleting a workspace cannot be undone.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Tip: <em>save</em> often</p></aside>',
    );
    expect(html).not.toMatch(/📘|🚧|❗|👍/u);
  });

  it('renders :::note, :::tip Title, :::caution[Title] and :::danger as labelled callouts', () => {
    const html = render(
      ':::note\nPlain note.\n:::\n\n:::tip Pro tip\nA *tip*.\n\n- with a list\n:::\n\n:::caution[Mind the gap]\nCareful.\n:::\n\n:::danger\nDeletes data.\n:::\n',
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Plain note.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Pro tip"><p class="callout-title">Pro tip</p><p>A <em>tip</em>.</p><ul>',
    );
    expect(html).toContain('aria-label="Mind the gap"><p class="callout-title">Mind the gap</p><p>Careful.</p></aside>');
    expect(html).toContain(
      '<aside class="callout callout-caution" role="note" aria-label="Danger"><p class="callout-title">Danger</p><p>Deletes data.</p></aside>',
    );
  });

  it('renders Notion’s <aside> callouts as the kind their icon says, their Markdown rendered', () => {
    const html = renderArticleMarkdown(
      'Text.\n\n<aside>\n💡 The link expires after **24 hours**.\n\n</aside>\n\n<aside>\n⚠️ Admins see every reset.\n\n</aside>\n\n<aside>\n🐙 Octopus.\n</aside>\n',
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>💡 The link expires after <strong>24 hours</strong>.</p></aside>',
    );
    expect(html).toContain('<aside class="callout callout-warning" role="note" aria-label="Warning">');
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>🐙 Octopus.</p></aside>',
    );
    expect(html).not.toContain('**');
  });

  it('keeps the content of an unknown ::: block, and text like 10:30 or Note:important as written', () => {
    const html = render(':::details Summary\nStill here.\n:::\n\nThe sync runs at 10:30 (ratio 1:2), Note:important.\n');
    expect(html).toContain('<p>Still here.</p>');
    expect(html).toContain('The sync runs at 10:30 (ratio 1:2), Note:important.');
  });

  it('takes a leading "# " heading as the title: not repeated when there is no frontmatter title', () => {
    expect(render('# Connect your warehouse\n\nFirst paragraph.\n', {}).trim()).toBe('<p>First paragraph.</p>');
  });

  it('drops a leading "# " heading that repeats the frontmatter title, and keeps one that says something else, as a section', () => {
    expect(render("# Don't panic\n\nText.\n", { title: 'Don’t panic' }).trim()).toBe('<p>Text.</p>');
    expect(render('# Overview\n\nText.\n', { title: 'Set up SSO' })).toContain('<h2 id="overview">Overview<a class="heading-anchor"');
  });

  it('moves every heading of a body that writes its sections as top-level headings one level down, the title the only h1', () => {
    const html = render('# Refunds\n\n# Who can ask\n\nOwners.\n\n## Teams\n\nTheir owners.\n\n# How long it takes\n\nFive days.\n', {});
    const headings = [...html.matchAll(/<(h[1-6]) id="([^"]+)"/g)].map(([, tag, id]) => `${tag}#${id}`);
    expect(headings).toEqual(['h2#who-can-ask', 'h3#teams', 'h2#how-long-it-takes']);
    // Without sections of that level, the levels stay as written.
    expect(render('# Refunds\n\n## Who can ask\n\nOwners.\n', {})).toContain('<h2 id="who-can-ask">');
  });

  it('gives the validator the ids the page has, at the levels the page shows', () => {
    // Both "Setup" headings are slugged by heading-anchors.ts once moved down (h2, h4): "setup", "setup-1".
    const body = '# Setup\n\nText.\n\n### Setup\n\nMore.\n';
    const built = [...render(body, { title: 'Guide' }).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(built).toEqual(['setup', 'setup-1']);
    expect([...outlineArticle(body, 'md', { title: 'Guide' }).anchors].sort()).toEqual(built);
  });
});

describe('raw HTML under the Content Security Policy, which refuses inline styles, handlers and other frames', () => {
  it('drops style and handler attributes, keeping an alignment as a class, and values that only mention them', () => {
    const html = render(
      '<p style="text-align: center;"><span style="font-weight: 400;" onclick="track()">Centered</span> <a href="https://example.com" title="style=bold" class="cta" style="text-align:right">Go</a></p>\n',
    );
    expect(html).toContain('<p class="align-center"><span>Centered</span>');
    expect(html).toContain('<a href="https://example.com" title="style=bold" class="cta align-right">Go</a>');
    expect(html).not.toMatch(/\sstyle=|\sonclick=/);
  });

  it('drops colours written as attributes, which would stay black on the dark theme or white under light text', () => {
    const html = render(
      '<p><font color="#000000" face="Arial">Black text</font></p>\n\n<table bgcolor="#ffffff"><tr><td bgcolor=white background="paper.png">Cell</td></tr></table>\n',
    );
    expect(html).toContain('<font face="Arial">Black text</font>');
    expect(html).toContain('<td>Cell</td>');
    expect(html).not.toMatch(/\s(color|bgcolor|background)=/);
  });

  it('aligns the columns of a Markdown table by class, not by a style attribute', () => {
    const html = render('| Role | Admin |\n| :-- | :-: |\n| View | ✓ |\n');
    expect(html).toContain('<th class="align-left">Role</th>');
    expect(html).toContain('<td class="align-center">✓</td>');
    expect(html).not.toContain('style=');
  });

  it('lets the keyboard reach a code block, which scrolls sideways when a line is longer than the column, in Markdown and in HTML', () => {
    const html = render(
      '```sh\ngit push --force-with-lease origin feature/very-long-branch-name-from-the-export\n```\n\n<div><pre>raw</pre><pre tabindex="-1">kept</pre></div>\n',
    );
    expect(html).toMatch(/<pre[^>]* tabindex="0"[^>]*><code class="language-sh">/);
    expect(html).toContain('<pre tabindex="0">raw</pre><pre tabindex="-1">kept</pre>');
  });

  it('puts a table written as HTML in the box that scrolls sideways, as a Markdown table is, blank lines between its rows too', () => {
    const html = render('<table class="errors">\n<tr><td>E-2177</td></tr>\n\n<tr><td>E-5244</td></tr>\n</table>\n\nAfter.\n');
    const box = '<div class="table-scroll" tabindex="0" role="region" aria-label="Table, scrolls sideways">';
    expect(html).toMatch(new RegExp(`${box}<table class="errors">[\\s\\S]*E-5244[\\s\\S]*</table></div>`));
    expect(html.split('table-scroll')).toHaveLength(2);
    expect(render('| A |\n| - |\n| 1 |\n').split('table-scroll')).toHaveLength(2);
  });

  it('plays YouTube from youtube-nocookie.com, keeps Vimeo, names a frame for screen readers, and links what the policy would not frame', () => {
    const html = render(
      '<iframe src="https://www.youtube.com/embed/abc?rel=0&amp;start=5" title="Tour"></iframe>\n\nInline <iframe src="https://youtube.com/embed/def"></iframe> too.\n\n<iframe src="https://player.vimeo.com/video/1"></iframe>\n\n<div><iframe src="https://www.loom.com/embed/xyz" title="Set up SSO"></iframe></div>\n',
    );
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc?rel=0&amp;start=5" title="Tour"></iframe>');
    expect(html).toContain('<iframe title="YouTube video" src="https://www.youtube-nocookie.com/embed/def">');
    expect(html).toContain('<iframe title="Vimeo video" src="https://player.vimeo.com/video/1"></iframe>');
    expect(html).toContain(
      '<div><a class="embed-link" href="https://www.loom.com/embed/xyz" rel="noopener noreferrer">Open “Set up SSO” on www.loom.com</a></div>',
    );
  });
});

describe('fenced code in any language, as Astro highlights it with Prism', () => {
  const highlighted = async (markdown: string) => {
    const processor = await createSatteriMarkdownProcessor({ ...articleProcessorOptions('/'), syntaxHighlight: 'prism' });
    return (await processor.render(markdown, { frontmatter: { title: 'Article' } })).code;
  };

  it('shows code in a language Prism has no grammar for as text, never as the page’s HTML', async () => {
    const html = await highlighted(
      [
        '```svelte',
        '<script>let count = 0;</script>',
        '<img src=x>',
        '```',
        '',
        '```dotenv',
        'API_URL=<b>https://api.example.com</b>',
        '```',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toContain('&lt;b&gt;https://api.example.com&lt;/b&gt;');
    expect(html).toContain('<span class="token punctuation">&lt;</span>script');
  });

  it('highlights a language written in capitals, or by a name Prism knows under another, as that language', async () => {
    const html = await highlighted('```HTML\n<b>bold</b>\n```\n\n```jsonc\n{ "on": true }\n```\n');
    expect(html).toContain('<code class="language-html"><span class="token tag">');
    expect(html).toContain('<code class="language-json"><span class="token punctuation">{</span>');
  });

  it('makes no attribute of a quote in the language', async () => {
    const html = await highlighted('```x" data-evil="1\n<i>text</i>\n```\n');
    expect(html).not.toContain('data-evil');
    expect(html).toContain('&lt;i&gt;text&lt;/i&gt;');
  });
});

describe('raw HTML that has no place on a portal page', () => {
  const exported = [
    'Watch the tour:',
    '',
    '<script src="https://fast.wistia.com/assets/external/E-v1.js" async></script><div class="wistia_embed">Tour</div>',
    '',
    '<script type="text/javascript">',
    "  window.intercomSettings = { app_id: 'abc' };",
    '</script>',
    '',
    '<style>.article-body { display: none }</style>',
    '',
    '<meta http-equiv="refresh" content="0;url=https://old-help.example/">',
    '',
    '<base href="https://old-help.example/">',
    '',
    'Download the <object data="guide.swf"></object> guide or <embed src="guide.swf">.',
    '',
    '<iframe srcdoc="<p>Inline page</p>"></iframe>',
    '',
  ].join('\n');

  it('leaves out scripts, style sheets, plug-ins, <meta>, <base> and frames without an address, and keeps the text around them', () => {
    const html = render(exported);
    expect(html).not.toMatch(/<(script|style|meta|base|object|embed|iframe)\b/i);
    expect(html).not.toMatch(/intercomSettings|display: none|old-help/);
    expect(html).toContain('<div class="wistia_embed">Tour</div>');
    expect(html).toContain('<p>Download the  guide or .</p>');
  });

  it('names each one for the validator, where it is written', () => {
    const { droppedHtml } = outlineArticle(exported, 'md', { title: 'Article' });
    const at = (offset: number) => exported.slice(0, offset).split('\n').length;
    expect(droppedHtml.map(({ tag, offset }) => `${tag}@${at(offset)}`)).toEqual([
      'script@3',
      'script@5',
      'style@9',
      'meta@11',
      'base@13',
      'object@15',
      'embed@15',
    ]);
  });
});

describe('images of raw HTML', () => {
  it('drop the sources of a picture whose files lie beside the article, which the browser would pick first, and keep remote ones', () => {
    const html = render(
      '<picture><source srcset="img/photo.avif" type="image/avif"><source srcset="https://cdn.example.com/p.webp 1x, https://cdn.example.com/p2.webp 2x" type="image/webp"><img src="img/photo.png" alt="The office"></picture>\n',
    );
    expect(html).not.toContain('img/photo.avif');
    expect(html).toContain('<source srcset="https://cdn.example.com/p.webp 1x, https://cdn.example.com/p2.webp 2x" type="image/webp">');
    expect(html).toMatch(/<picture>.*<img [^>]*alt="The office"/s);
  });
});

describe('the images the validator records for Astro to import', () => {
  // The content store takes them from the validator instead of rendering every article at sync
  // (content/loaders.ts): a missing one would be an image Astro never imports, an extra one a
  // file it imports for nothing. Astro's own Markdown step is the reference.
  const astroImagePaths = async (markdown: string) => {
    const processor = await createSatteriMarkdownProcessor({ ...articleProcessorOptions('/'), syntaxHighlight: false });
    return (await processor.render(markdown, { frontmatter: { title: 'Article' } })).metadata.localImagePaths;
  };
  const samples = {
    'relative and nested paths': '![Form](img/form.png)\n\n![Up](../shared/logo.svg "Logo")\n\n![Here](./chart.jpg)\n',
    'percent-encoded and angle-bracketed names': '![a](img/Screen%20Shot%202026.png) ![b](<img/with space.png>) ![c](img/caf%C3%A9.png)\n',
    'the same image twice': '![one](img/a.png)\n\n- ![two](img/a.png)\n',
    'remote, root-relative and data URLs, left alone':
      '![r](https://cdn.example.com/a.png) ![s](/static/b.png) ![d](data:image/png;base64,iVBOR)\n',
    'images in tables, callouts, links and alerts':
      '| a |\n| - |\n| ![t](img/t.png) |\n\n:::tip\n![n](img/n.png)\n:::\n\n[![linked](img/l.png)](https://example.com)\n\n> [!NOTE]\n> ![q](img/q.png)\n',
    'reference-style images, full, collapsed and shortcut, case-insensitive':
      '![ref][Form] ![Chart][] ![logo]\n\n![missing][none]\n\n> [form]: img/form.png\n\n[chart]: <img/the chart.png>\n[LOGO]: ../logo.svg "Logo"\n[form]: img/second.png\n',
    'raw HTML images, alone, in a block, in a table cell, inline, with entities, not in comments or remote':
      '<img src="img/raw.png">\n\n<p><img src="img/in-block.png"></p>\n\n<table><tr><td><img alt="t" src=\'img/cell.png\'></td><td><IMG SRC=img/upper.png /></td></tr></table>\n\nText <img src="img/a&amp;b.png" width="300"> more.\n\n<!-- <img src="img/commented.png"> -->\n\n<img src="https://cdn.example.com/r.png"> <img src="/static/s.png">\n',
    'a query or fragment on a local image, as exports copy CDN addresses':
      '![q](img/q.png?width=400) ![f](img/f.svg#view) ![r](https://cdn.example.com/r.png?w=1)\n\n<img src="img/h.png?v=2">\n',
    'images in code, which are text': '```md\n![x](img/code.png)\n```\n\n`![y](img/inline.png)`\n',
    'a malformed escape': '![bad](img/100%.png) ![good](img/ok.png)\n',
  };
  it('include images of raw HTML beside the article, as exports keep them, and no others', async () => {
    const markdown = samples['raw HTML images, alone, in a block, in a table cell, inline, with entities, not in comments or remote'];
    expect([...(await astroImagePaths(markdown))].sort()).toEqual([
      'img/a&b.png',
      'img/cell.png',
      'img/in-block.png',
      'img/raw.png',
      'img/upper.png',
    ]);
  });

  it('name the file of a local image whose address has a query or fragment, which names no file', async () => {
    const markdown = samples['a query or fragment on a local image, as exports copy CDN addresses'];
    expect([...(await astroImagePaths(markdown))].sort()).toEqual(['img/f.svg', 'img/h.png', 'img/q.png']);
  });

  for (const [what, markdown] of Object.entries(samples)) {
    it(`are the ones Astro finds: ${what}`, async () => {
      const astro = await astroImagePaths(markdown).catch(() => undefined);
      const recorded = outlineArticle(markdown, 'md', { title: 'Article' }).imagePaths;
      // Where Astro cannot read a path it fails the render; the validator leaves it out.
      if (astro === undefined) expect(recorded).toEqual(['img/ok.png']);
      else expect(recorded.sort()).toEqual([...astro].sort());
    });
  }
});

describe('HTML comments, the author’s notes', () => {
  it('are left out of the page, and a blank line of a <pre> they held stays', () => {
    const html = render(
      'Text <!-- TODO: ask legal about <a href="/kb/pricing/">the prices</a> --> and more.\n\n<!--\nOld section, kept for later:\n![Old form](img/old-form.png)\n-->\n\n<pre>first line\n<!---->\nthird line</pre>\n',
    );
    expect(html).not.toMatch(/<!--|TODO|Old section|old-form/);
    expect(html).toContain('<p>Text  and more.</p>');
    expect(html).toContain('<pre tabindex="0">first line\n\nthird line</pre>');
  });
});

describe('addresses no reader could follow', () => {
  const article = [
    'See the [price list](javascript:void(0)), the [sheet](file:///C:/Users/jane/Desktop/Prices.docx) or [nothing](about:blank); [the status page](https://status.example.com/) still opens.',
    '',
    '![The E-2177 message](file:///C:/Users/jane/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png) ![Pasted chart](data:image/png;base64,iVBORw0KGgo=)',
    '',
    '<p>Still stuck? <a class="chat" href="javascript:void(0)">Chat with us</a>, <a href=JaVaScRiPt:alert(1)>or here</a>, <a href="java&#9;script:alert(2)">or there</a>.</p>',
    '',
    '<p><img src="file:///C:/Users/jane/Pictures/invoice.png" alt="An invoice &amp; its total"><video src="file:///C:/demo.mp4" controls></video></p>',
  ].join('\n');

  it('shows a link to a script, to a file on the author’s computer or to a blank page as its text', () => {
    const html = render(article);
    expect(html).not.toMatch(/javascript:|java\s*script|file:|about:/i);
    expect(html).toContain(
      '<p>See the price list, the sheet or nothing; <a href="https://status.example.com/" rel="noopener noreferrer">the status page</a> still opens.</p>',
    );
    expect(html).toContain('Still stuck? <a class="chat">Chat with us</a>, <a>or here</a>, <a>or there</a>.');
  });

  it('shows such an image as its description, and keeps a picture pasted as data', () => {
    const html = render(article);
    expect(html).toContain('<p>The E-2177 message <img src="data:image/png;base64,iVBORw0KGgo=" alt="Pasted chart"></p>');
    expect(html).toContain('<p>An invoice &amp; its total<video controls=""></video></p>');
    // Confluence's placeholder for a macro it could not export, in Markdown and in raw HTML.
    const placeholder = render(
      'Due on ![](plugins/servlet/confluence/placeholder/unknown-macro) and <img src="plugins/servlet/confluence/placeholder/unknown-macro">.\n',
    );
    expect(placeholder).not.toContain('placeholder');
  });
});
