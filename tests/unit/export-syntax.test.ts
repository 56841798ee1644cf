// Other docs tools' block syntax (GitBook, MkDocs, Hugo, Docusaurus .md), rendered through the
// portal's article pipeline as the reader sees it, and read by the validator at the right place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../src/content/article-outline.ts';
import { exportSyntax } from '../../src/markdown/export-syntax.ts';
import { expectOffsetsInOrder } from '../helpers/export-offsets.ts';
import { renderArticleMarkdown } from '../helpers/render-article.ts';

const render = renderArticleMarkdown;

/** Line and column (1-based) of an offset in a text. */
const place = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
};

describe('GitBook blocks', () => {
  it('shows a hint as a callout of its style, with the Markdown inside it rendered', () => {
    const html = render(
      '{% hint style="warning" %}\nYou need the **Admin** role.\n{% endhint %}\n\n{% hint style="success" %}\nDone!\n{% endhint %}\n',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>You need the <strong>Admin</strong> role.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Done!</p></aside>',
    );
    expect(html).not.toContain('{%');
  });

  it('shows every tab under its title, code included, and a hint inside a tab', () => {
    const html = render(
      '{% tabs %}\n{% tab title="npm" %}\n```bash\nnpm install @tidemark/browser\n```\n{% endtab %}\n\n{% tab title="Script tag" %}\n{% hint style="info" %}\nPaste it in the head.\n{% endhint %}\n{% endtab %}\n{% endtabs %}\n',
    );
    expect(html).toMatch(
      /^<div class="tabs"><section class="tab-panel"><p class="tab-title">npm<\/p><pre[^>]*><code[^>]*>.*npm.*install.*@tidemark\/browser/s,
    );
    expect(html).toContain('<section class="tab-panel"><p class="tab-title">Script tag</p><aside class="callout callout-note"');
    expect(html).toContain('Paste it in the head.</p></aside></section></div>');
  });

  it('plays a YouTube embed from youtube-nocookie.com with its caption, and links any other embed', () => {
    const html = render(
      '{% embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" %}\nThe two-minute tour\n{% endembed %}\n\n{% embed url="https://github.com/tidemark/sdk" %}\n',
    );
    expect(html).toContain(
      '<figure class="embed">\n<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="The two-minute tour"',
    );
    expect(html).toContain('<figcaption>The two-minute tour</figcaption>\n</figure>');
    expect(html).toContain('<p class="embed-link"><a href="https://github.com/tidemark/sdk"');
    expect(html).not.toContain('autoplay');
  });

  it('does not embed an address that is not a web page', () => {
    expect(render('{% embed url="javascript:alert(1)" %}\n')).not.toContain('href="javascript');
  });

  it('links a file block to the file, its caption below, and drops content-ref and code wrappers', () => {
    const html = render(
      '{% file src="../.gitbook/assets/Setup guide.pdf" %}\nThe full setup guide.\n{% endfile %}\n\n{% content-ref url="quickstart.md" %}\n[quickstart.md](quickstart.md)\n{% endcontent-ref %}\n\n{% code title="track.js" %}\n```js\ntidemark.track("signup")\n```\n{% endcode %}\n',
    );
    expect(html).toContain('<a href="../.gitbook/assets/Setup%20guide.pdf">Setup guide.pdf</a><br>');
    expect(html).toContain('The full setup guide.</p>');
    expect(html).toContain('<p><strong>track.js</strong></p>');
    expect(html).not.toContain('{%');
  });

  it('names a link to a page by the page, not its file name, as GitBook shows a content-ref', () => {
    const html = render(
      '{% content-ref url="getting-started/quickstart.md" %}\n[quickstart.md](getting-started/quickstart.md)\n{% endcontent-ref %}\n\n[warehouses](integrations/warehouses/)\n\n[Our quickstart](quickstart.md)\n',
    );
    expect(html).toContain('<a href="getting-started/quickstart.md">Quickstart</a>');
    expect(html).toContain('<a href="integrations/warehouses/">Warehouses</a>');
    expect(html).toContain('<a href="quickstart.md">Our quickstart</a>');
  });

  it('leaves tags inside code, and a hint that never ends, as written', () => {
    const html = render('```liquid\n{% hint style="info" %}\n```\n\n{% hint style="info" %}\nNo end.\n');
    expect(html).toContain('<code class="language-liquid">{% hint style="info" %}\n</code>');
    expect(html).toContain('<p>{% hint style="info" %}\nNo end.</p>');
  });
});

describe('MkDocs blocks', () => {
  it('shows an indented admonition as a callout with its title, ending where the indentation does', () => {
    const html = render('!!! warning "Ad blockers"\n    Some ad blockers drop events.\n\n    Use a custom domain.\n\nAfter the note.\n');
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Ad blockers"><p class="callout-title">Ad blockers</p><p>Some ad blockers drop events.</p><p>Use a custom domain.</p></aside>',
    );
    expect(html).toContain('<p>After the note.</p>');
  });

  it('titles an admonition without a title by its type, and reads collapsible ones and nesting', () => {
    const html = render('??? question\n    Does it work?\n\n    !!! tip\n        Yes.\n');
    expect(html).toContain(
      'aria-label="Question"><p class="callout-title">Question</p><p>Does it work?</p><aside class="callout callout-tip"',
    );
    expect(html).toContain('<p>Yes.</p></aside></aside>');
  });

  it('shows content tabs under their titles, code blocks unindented', () => {
    const html = render('=== "npm"\n\n    ```bash\n    npm install x\n    ```\n\n=== "yarn"\n\n    ```bash\n    yarn add x\n    ```\n');
    expect(html).toMatch(/<section class="tab-panel"><p class="tab-title">npm<\/p><pre[^>]*><code[^>]*>(?!\s)/);
    expect(html).toContain('<p class="tab-title">yarn</p>');
    expect(html).not.toContain('===');
  });

  it('sizes an image by its attribute list, and drops lists it cannot show', () => {
    const html = render(
      '![SSO settings](img/sso.png){ width="300" } and [Open](https://example.com){ .md-button }\n\n*[IdP]: Identity provider\n',
    );
    expect(html).toContain('<img src="img/sso.png" alt="SSO settings" width="300">');
    expect(html).toContain('<a href="https://example.com"');
    expect(html).not.toContain('{');
    expect(html).not.toContain('IdP');
  });
});

describe('VitePress and Hugo inline syntax', () => {
  it('reads VitePress containers written with a space after the colons, and drops [[toc]]', () => {
    const html = render('[[toc]]\n\n::: tip Before you start\nCreate a key.\n:::\n\n::: danger\nKeys are secret.\n:::\n');
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Before you start"><p class="callout-title">Before you start</p><p>Create a key.</p></aside>',
    );
    expect(html).toContain('<aside class="callout callout-caution" role="note" aria-label="Danger">');
    expect(html).not.toMatch(/:::|toc/);
  });

  it('links Hugo’s {{< ref >}} and {{< relref >}} to the page they name', () => {
    const html = render('See [Install]({{< ref "install.md" >}}) and [SSO]({{< relref "admin/sso.md#saml" >}}).\n');
    expect(html).toContain('<a href="install.md">Install</a>');
    expect(html).toContain('<a href="admin/sso.md#saml">SSO</a>');
  });
});

describe('VitePress details and code groups', () => {
  it('opens "::: details Title" under its title, and shows a code group’s blocks as tabs under their labels', () => {
    const html = render(
      '::: details Why a collector?\nIt batches events.\n:::\n\n::: code-group\n\n```sh [npm]\nnpm add -D collector\n```\n\n```sh [pnpm]\npnpm add -D collector\n```\n\n:::\n',
    );
    expect(html).toMatch(/<details class="accordion">\s*<summary>Why a collector\?<\/summary>\s*<p>It batches events\.<\/p>\s*<\/details>/);
    const tabs = [
      ...html.matchAll(/<section class="tab-panel">\s*<p class="tab-title">(\w+)<\/p>\s*<pre[^>]*><code class="language-sh">([^<]*)/g),
    ];
    expect(tabs.map((tab) => `${tab[1]}: ${tab[2]!.trim()}`)).toEqual(['npm: npm add -D collector', 'pnpm: pnpm add -D collector']);
    expect(html).not.toMatch(/:::|\[npm\]/);
  });
});

describe('MyST (Sphinx, Jupyter Book)', () => {
  const MYST = [
    '(sampling)=',
    '# Configure sampling',
    '',
    '```{note}',
    'Sampling applies to new events.',
    '```',
    '',
    '````{warning} Data loss',
    ':class: dropdown',
    '',
    'Dropped events are gone:',
    '',
    '```yaml',
    'sampling: 0.1',
    '```',
    '````',
    '',
    ':::{seealso}',
    'The {doc}`retention guide <retention>` and {ref}`Sampling rules <sampling-rules>`.',
    ':::',
    '',
    '```{code-block} python',
    ':linenos:',
    'client.sample(0.1)',
    '```',
    '',
    '```{image} img/sampling.png',
    ':alt: The sampling slider',
    ':width: 400px',
    '```',
    '',
    '```{toctree}',
    ':maxdepth: 2',
    'retention',
    '```',
    '',
    'Press {kbd}`Ctrl+S` to save, then {guilabel}`&Apply` and see [limits](limits.md).',
  ].join('\n');

  it('shows directives as callouts (titled, with code inside), code blocks and images, and leaves out tables of contents', () => {
    const html = render(MYST);
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Sampling applies to new events.</p></aside>',
    );
    expect(html).toMatch(
      /<aside class="callout callout-warning" role="note" aria-label="Data loss"><p class="callout-title">Data loss<\/p><p>Dropped events are gone:<\/p>\s*<pre[^>]*><code class="language-yaml">sampling: 0\.1/,
    );
    expect(html).toContain('<aside class="callout callout-note" role="note" aria-label="See also">');
    expect(html).toMatch(/<code class="language-python">client\.sample\(0\.1\)/);
    expect(html).toContain('<img src="img/sampling.png" alt="The sampling slider">');
    expect(html).not.toMatch(
      /\{(note|warning|seealso|code-block|image|toctree|doc|ref|kbd|guilabel)\}|:class:|:linenos:|:alt:|maxdepth|\(sampling\)=/,
    );
    expect(html).not.toContain('retention</p>');
  });

  it('shows sphinx-design tab sets as tabs under their labels, and a dropdown as details under its title', () => {
    const html = render(
      '````{tab-set}\n```{tab-item} pip\nInstall with pip.\n```\n```{tab-item} conda\nInstall with conda.\n```\n````\n\n```{dropdown} Why a collector?\nIt batches events.\n```\n',
    );
    expect(html).toContain(
      '<div class="tabs"><section class="tab-panel"><p class="tab-title">pip</p><p>Install with pip.</p></section><section class="tab-panel"><p class="tab-title">conda</p><p>Install with conda.</p></section></div>',
    );
    expect(html).toMatch(/<details class="accordion">\s*<summary>Why a collector\?<\/summary>\s*<p>It batches events\.<\/p>/);
  });

  it('shows roles as their text, a page role as a link to the page, keys as keys', () => {
    const html = render(MYST);
    expect(html).toContain('The <a href="retention">retention guide</a> and Sampling rules.');
    expect(html).toContain('Press <kbd>Ctrl+S</kbd> to save, then <strong>Apply</strong> and see <a href="limits.md">limits</a>.');
  });

  it('reports a link after directives at its line and column in the file', () => {
    const link = outlineArticle(MYST, 'md', { title: 'T' }).links.find((found) => found.url === 'limits.md')!;
    expect(place(MYST, link.offset)).toEqual({ line: 37, column: 71 });
    expect(exportSyntax(MYST).text.split('\n')).toHaveLength(MYST.split('\n').length);
  });
});

describe('Docsify', () => {
  it('shows "?>" paragraphs as tips and "!>" ones as warnings, and drops link options', () => {
    const html = render(
      "?> Docsify tips start with a question mark.\n\n!> Keys are **secret**.\nRotate them yearly.\n\n[Guide](guide.md ':target=_blank')\n",
    );
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Docsify tips start with a question mark.</p></aside>',
    );
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Keys are <strong>secret</strong>.\nRotate them yearly.</p></aside>',
    );
    expect(html).toContain('<p><a href="guide.md">Guide</a></p>');
  });

  it('reports a link in a callout at its column in the file', () => {
    const body = 'Intro.\n\n!> See [the guide](missing.md).\n';
    const link = outlineArticle(body, 'md', { title: 'T' }).links.find((found) => found.url === 'missing.md')!;
    expect(place(body, link.offset)).toEqual({ line: 3, column: 20 });
  });
});

describe('Jekyll and Just the Docs', () => {
  it('shows a paragraph under a {: .note } or {: .warning } as a callout, and drops other attribute lists and {:toc}', () => {
    const html = render(
      '# Install\n{: .fs-9 }\n\n1. TOC\n{:toc}\n\n{: .note }\nTidemark needs Node 18 or later.\n\nText after.\n\n{: .warning }\nKeys are secret.\n',
    );
    expect(html).toContain(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title">Note</p><p>Tidemark needs Node 18 or later.</p></aside>',
    );
    expect(html).toContain('<p>Text after.</p>');
    expect(html).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>Keys are secret.</p></aside>',
    );
    expect(html).not.toMatch(/\{:|TOC/);
  });

  it('shows what {% raw %} holds as written, on a line of its own, within a line, and on the tags’ own line', () => {
    const html = render(
      'Inline: {% raw %}{{ customer.name }}{% endraw %} here.\n\n{% raw %}{{ customer.vip }}{% endraw %}\n\n{% raw %}\nUse {{ customer.email }} in emails.\n{% endraw %}\n',
    );
    expect(html).toContain('<p>Inline: {{ customer.name }} here.</p>');
    expect(html).toContain('<p>{{ customer.vip }}</p>');
    expect(html).toContain('<p>Use {{ customer.email }} in emails.</p>');
    expect(html).not.toContain('raw');
  });
});

describe('Hugo and Jekyll tags of other themes', () => {
  it('shows highlight as code, details as details, and any other shortcode’s content, under its header', () => {
    const html = render(
      '{{< highlight go "linenos=table" >}}\nfmt.Println("hi")\n{{< /highlight >}}\n\n{{% pageinfo %}}\nThis page is a draft.\n{{% /pageinfo %}}\n\n{{< card header="**Events**" >}}\nTrack what people do.\n{{< /card >}}\n\n{{< details "Click to expand" >}}\nHidden text.\n{{< /details >}}\n\n{{< toc >}}\n',
    );
    expect(html).toMatch(/<pre tabindex="0"><code class="language-go">fmt\.Println\("hi"\)/);
    expect(html).toContain('<p>This page is a draft.</p>');
    expect(html).toContain('<p><strong>Events</strong>\nTrack what people do.</p>');
    expect(html).toMatch(/<details class="accordion">\s*<summary>Click to expand<\/summary>\s*<p>Hidden text\.<\/p>/);
    expect(html).not.toMatch(/\{\{|\}\}/);
  });

  it('shows a key shortcode as a key, drops what other shortcodes and the old site’s Liquid printed, and leaves code alone', () => {
    const html = render(
      'Press {{< kbd Ctrl >}} in version {{< param "version" >}}{{ site.version }} {{< icon "check" >}}. Write `{{< kbd X >}}` and `{{ page.title }}`.\n',
    );
    expect(html).toContain(
      '<p>Press <kbd>Ctrl</kbd> in version  . Write <code>{{&lt; kbd X &gt;}}</code> and <code>{{ page.title }}</code>.</p>',
    );
  });

  it('shows the Jekyll documentation themes’ note includes as callouts, and drops other includes', () => {
    const html = render('{% include warning.html content="Back up your data first." %}\n\n{% include footer.html %}\n\nEnd.\n');
    expect(html).toContain('<aside class="callout callout-warning"');
    expect(html).toContain('Back up your data first.');
    expect(html).not.toMatch(/include|footer/);
  });
});

describe('Hugo and Docusaurus blocks', () => {
  it('shows Hugo alerts and notices as callouts', () => {
    const html = render(
      '{{< alert title="Heads up" color="warning" >}}\nQuotas reset monthly.\n{{< /alert >}}\n\n{{% notice tip %}}\nUse filters.\n{{% /notice %}}\n',
    );
    expect(html).toContain('<aside class="callout callout-warning" role="note" aria-label="Heads up">');
    expect(html).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>Use filters.</p></aside>',
    );
  });

  it('drops the imports and comments of a Docusaurus .md file and shows its indented tabs as text, not code', () => {
    const html = render(
      'import Tabs from \'@theme/Tabs\';\nimport TabItem from \'@theme/TabItem\';\n\n<Tabs>\n  <TabItem value="web" label="Web app" default>\n\n    Click **New dashboard**.\n\n  </TabItem>\n  <TabItem value="api" label="API">\n\n    Send a `POST`.\n\n  </TabItem>\n</Tabs>\n\n{/* TODO: screenshot */}\n',
    );
    expect(html).toContain(
      '<section class="tab-panel"><p class="tab-title">Web app</p><p>Click <strong>New dashboard</strong>.</p></section>',
    );
    expect(html).toContain('<p class="tab-title">API</p><p>Send a <code>POST</code>.</p>');
    expect(html).not.toMatch(/import|TODO|<pre/);
  });
});

describe('article bodies exported as indented HTML', () => {
  it('shows the elements after a blank line as HTML, not as their source in a code block', () => {
    const html = render(
      [
        '<div class="article-body">',
        '    <p>Open <strong>Settings</strong>.</p>',
        '',
        '    <p>Then choose a plan.</p>',
        '',
        '    <ul>',
        '        <li>Starter</li>',
        '',
        '        <li>Business</li>',
        '    </ul>',
        '</div>',
      ].join('\n'),
    );
    expect(html).not.toContain('&lt;');
    expect(html).not.toContain('<pre');
    expect(html).toContain('<p>Then choose a plan.</p>');
    expect(html).toContain('<li>Business</li>');
  });

  it('keeps what is preformatted inside, and HTML shown as an indented code block outside any element', () => {
    const html = render(
      [
        '<div>',
        '    <pre><code>step one',
        '',
        '        indented step</code></pre>',
        '</div>',
        '',
        'Paste this:',
        '',
        '    <script src="snippet.js"></script>',
        '',
      ].join('\n'),
    );
    // The blank line is a comment a browser shows as the empty line it was; the indentation stays.
    expect(html).toContain('<pre tabindex="0"><code>step one\n\n        indented step</code></pre>');
    expect(html).toContain('<code>&lt;script src="snippet.js"&gt;&lt;/script&gt;');
  });

  it('reports a link in a moved line at its line and column in the file', () => {
    const body = '<div>\n    <p>Intro</p>\n\n    <p><a href="missing.md">Guide</a></p>\n</div>\n';
    const link = outlineArticle(body, 'md', { title: 'T' }).links.find((found) => found.url === 'missing.md')!;
    expect(place(body, link.offset)).toEqual({ line: 4, column: 17 });
  });
});

describe('positions', () => {
  it("passes an article without other tools' syntax on unchanged", () => {
    const text = '# Title\n\nA [link](a.md) and `{% raw %}` in code.\n';
    expect(exportSyntax('# Title\n\nPlain.\n').text).toBe('# Title\n\nPlain.\n');
    expect(exportSyntax(text).text).toBe(text);
  });

  it('reports a link inside an indented admonition at its line and column in the file', () => {
    const body = 'Intro.\n\n!!! note\n    See [the guide](missing.md).\n\nEnd.\n';
    const link = outlineArticle(body, 'md', { title: 'T' }).links.find((found) => found.url === 'missing.md')!;
    expect(place(body, link.offset)).toEqual({ line: 4, column: 21 });
  });

  it('keeps the lines of a file whose blocks end on blank lines', () => {
    const body = '{% hint style="info" %}\nA\n{% endhint %}\n\n!!! tip\n    B\n\nC [x](y.md)\n';
    expect(exportSyntax(body).text.split('\n')).toHaveLength(body.split('\n').length);
    const link = outlineArticle(body, 'md', { title: 'T' }).links[0]!;
    expect(place(body, link.offset)).toEqual({ line: 8, column: 7 });
  });
});

describe("any mix of other tools' lines", () => {
  const LINES = [
    '{% hint style="info" %}',
    '{% endhint %}',
    '{% tabs %}',
    '{% tab title="A" %}',
    '{% endtab %}',
    '{% endtabs %}',
    '{% embed url="https://youtu.be/abc" %}',
    '{% endembed %}',
    '{% file src="a b.pdf" %}',
    '{% endfile %}',
    '!!! note "T"',
    '??? tip',
    '=== "Tab"',
    '    indented',
    '        deeper',
    '',
    '```',
    '~~~',
    '/// note | T',
    '///',
    '{{< alert >}}',
    '{{< /alert >}}',
    '<Tabs>',
    '  <TabItem value="a">',
    '  </TabItem>',
    '</Tabs>',
    "import X from 'y';",
    '{/* c */}',
    '{: .note }',
    '{:toc}',
    '<div>',
    '    <p>indented tag</p>',
    '</div>',
    '    <pre>',
    '::: tip T',
    ':::',
    '[[toc]]',
    'Text with [a link](a.md).',
    '![i](i.png){ width="3" }',
    '[a.md](a.md)',
    '*[A]: b',
    '- item',
    '  - nested',
    '```{note}',
    '````{warning} T',
    ':::{tip}',
    '```{toctree}',
    ':class: x',
    '(label)=',
    'A {doc}`page <a>` and {ref}`x`.',
    '?> Tip',
    '!> Warning',
    '::: details T',
    '{{< highlight go >}}',
    '{{< /highlight >}}',
    '{{< card header="H" >}}',
    '{{< /card >}}',
    'Key {{< kbd K >}} and {{ site.x }} `{{ page.y }}`',
    '{% include note.html content="N" %}',
    '::: code-group',
    '```sh [npm]',
    '[block:callout]',
    '[block:code]',
    '  [block:unknown]',
    '{"type": "info", "title": "T", "body": "a\\n\\nb [x](y.md)"}',
    '{"codes": [{"code": "x\\ny\\nz", "language": "js", "name": "N"}]}',
    '{',
    '}',
    '[/block]',
  ];
  it('never fails, keeps every line, and maps every offset into the file in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const source = lines.join('\n');
        const rewritten = exportSyntax(source);
        expect(rewritten.text.split('\n').length).toBeGreaterThanOrEqual(lines.length);
        expectOffsetsInOrder(source, rewritten);
      }),
      { numRuns: 300 },
    );
  });
});
