// Docs exported from ReadMe (readme.io): its "[block:…]" magic blocks rendered through the
// portal's article pipeline as a reader sees them, its "doc:slug" links leading to the migrated
// article, and its frontmatter, each problem reported where it is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { exportSyntax } from '../../src/markdown/export-syntax.ts';
import { expectOffsetsInOrder } from '../helpers/export-offsets.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';
import { findExecutable } from '../helpers/html-scan.ts';
import { renderArticleMarkdown } from '../helpers/render-article.ts';
import { visibleText } from '../helpers/page-text.ts';

const render = renderArticleMarkdown;

/** A magic block as ReadMe writes it: the JSON pretty-printed over several lines. */
const block = (type: string, json: unknown) => `[block:${type}]\n${JSON.stringify(json, null, 2)}\n[/block]`;

/** The problems `npm run validate` reports for these files, as file:line:col severity rule. */
const found = (files: Record<string, string>) =>
  validateRoot(fixtureRootWith(files)).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);

/** The callouts of some HTML: their look and title. */
const callouts = (html: string) =>
  [...html.matchAll(/<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)<\/p>/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );

describe('ReadMe magic blocks', () => {
  it('shows callouts of each type with their title, or the kind’s name without one, the Markdown of the body rendered', () => {
    const html = render(
      [
        block('callout', { type: 'info', body: 'Reports refresh **hourly**.' }),
        block('callout', { type: 'success', title: 'All set', body: 'Events are arriving.' }),
        block('callout', { type: 'warning', title: 'Quota', body: 'Exports count toward it:\n\n- CSV\n- API' }),
        block('callout', { type: 'danger', title: 'Deleting a project', body: 'It cannot be undone.' }),
        block('callout', { type: 'error', body: 'Keys are secret.' }),
      ].join('\n\n'),
    );
    expect(callouts(html)).toEqual(['note Note', 'tip All set', 'warning Quota', 'caution Deleting a project', 'caution Danger']);
    expect(html).toContain('<p>Reports refresh <strong>hourly</strong>.</p></aside>');
    expect(html).toContain('<p>Exports count toward it:</p><ul>\n<li>CSV</li>\n<li>API</li>\n</ul></aside>');
  });

  it('shows an image with its caption below it, the caption as its alt text, else the file name', () => {
    const html = render(
      block('image', {
        images: [
          {
            image: ['https://files.readme.io/7d2c1f0-funnel.png', 'funnel.png', 1200, 640, '#ffffff'],
            caption: 'A funnel with *three* steps',
            sizing: '80',
          },
          { image: ['https://files.readme.io/9a0b3e4-retention.png', 'retention.png', 800, 400, '#ffffff'] },
        ],
      }),
    );
    expect(html).toContain(
      '<figure>\n<p><img src="https://files.readme.io/7d2c1f0-funnel.png" alt="A funnel with three steps"></p>\n<figcaption>A funnel with <em>three</em> steps</figcaption>\n</figure>',
    );
    expect(html).toContain('<img src="https://files.readme.io/9a0b3e4-retention.png" alt="retention.png">');
  });

  it('shows each code sample as a code block, under its name', () => {
    const html = render(
      block('code', {
        codes: [
          { code: 'curl https://api.example.com/v1/track \\\n  -d event=signup', language: 'shell', name: 'Send an event' },
          { code: '{\n  "ok": true\n}', language: 'json' },
        ],
      }),
    );
    expect(html).toMatch(/^<p class="code-title">Send an event<\/p>\n<pre[^>]*><code class="language-shell">curl/);
    expect(visibleText(html)).toBe('Send an event curl https://api.example.com/v1/track \\ -d event=signup { "ok": true }');
    expect(html.match(/<pre/g)).toHaveLength(2);
  });

  it('shows a parameters block as a table: header, cells with Markdown, a pipe and a line break inside a cell', () => {
    const html = render(
      block('parameters', {
        data: {
          'h-0': 'Field',
          'h-1': 'Meaning',
          '0-0': '`event`',
          '0-1': 'Name, or name | alias',
          '1-0': '`props`',
          '1-1': 'First line\nSecond line',
        },
        cols: 2,
        rows: 2,
      }),
    );
    expect(html).toContain('<thead>\n<tr>\n<th>Field</th>\n<th>Meaning</th>\n</tr>\n</thead>');
    expect(html).toContain('<td><code>event</code></td>\n<td>Name, or name | alias</td>');
    expect(html).toContain('<td>First line<br>Second line</td>');
  });

  it('shows an api-header as a section heading', () => {
    expect(render(block('api-header', { title: 'Rate limits' }))).toMatch(/^<h2 id="rate-limits">Rate limits<a class="heading-anchor"/);
  });

  it('plays a YouTube embed from youtube-nocookie.com and links any other page, never using the embed’s own HTML', () => {
    const html = render(
      [
        block('embed', {
          url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
          title: 'Build your first funnel',
          html: '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE" onload="alert(1)"></iframe>',
        }),
        block('embed', { url: 'https://status.example.com/', title: 'Status page', html: '<script>alert(2)</script>' }),
      ].join('\n\n'),
    );
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE" title="Build your first funnel"');
    expect(html).toContain('<figcaption>Build your first funnel</figcaption>');
    expect(html).toContain('<a href="https://status.example.com/" rel="noopener noreferrer">Status page (status.example.com)</a>');
    expect(html).not.toMatch(/onload|alert|youtube\.com\/embed/);
  });

  it('shows an html block as HTML, without its scripts, style sheets, inline styles or handlers', () => {
    const html = render(
      block('html', {
        html: '<div class="plans" style="color:red">\n  <p onclick="track()">Compare plans</p>\n\n    <p>Annual billing saves 15%.</p>\n</div>\n<script>alert(1)</script>\n<style>.plans{}</style>',
      }),
    );
    // The blank line is an empty comment: Markdown would end the HTML there.
    expect(html).toContain('<div class="plans">\n  <p>Compare plans</p>\n\n    <p>Annual billing saves 15%.</p>\n</div>');
    expect(visibleText(html)).toBe('Compare plans Annual billing saves 15%.');
    expect(findExecutable(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<style|<pre/);
  });

  it('leaves a block inside fenced code as it is written', () => {
    const source =
      '```\n[block:api-header]\n{"title": "Shown as code"}\n[/block]\n```\n\n[block:api-header]\n{"title": "A heading"}\n[/block]\n';
    const html = render(source);
    expect(html).toContain('<code>[block:api-header]\n{"title": "Shown as code"}\n[/block]\n</code>');
    expect(html).toContain('<h2 id="a-heading">A heading');
  });

  it('leaves no block syntax or JSON on the page, even of a block it cannot show', () => {
    const html = render(
      [
        'Before.',
        block('tutorial-tile', { backgroundColor: '#018FF4', title: 'Tile' }),
        '[block:callout]\n{ "type": "info", "body": "x"\n[/block]',
        'After.',
      ].join('\n'),
    );
    expect(visibleText(html)).toBe('Before. After.');
  });
});

describe('where problems in a ReadMe export are reported', () => {
  const file = 'content/kb/Reports/funnels.md';

  it('warns about a block it leaves out at the block’s line, and goes on checking the rest', () => {
    const body = [
      '# Funnels',
      '',
      block('tutorial-tile', { backgroundColor: '#018FF4', title: 'Tile' }),
      '',
      '[block:callout]',
      '{ "type": "info", "body": "missing brace"',
      '[/block]',
      '',
      'See [the missing page](nowhere.md).',
    ].join('\n');
    expect(found({ [file]: body })).toEqual([
      `${file}:3:1 warning readme-block`,
      `${file}:10:1 warning readme-block`,
      `${file}:14:24 error broken-link`,
    ]);
  });

  it('reports a link after a block whose Markdown is longer or shorter than it at its own line and column', () => {
    const body = [
      '# Funnels',
      block('code', { codes: [{ code: 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine', language: 'text' }] }),
      'See [the missing page](nowhere.md).',
      block('api-header', { title: 'Steps' }),
      'And [another](gone.md).',
    ].join('\n');
    expect(found({ [file]: body })).toEqual([`${file}:12:24 error broken-link`, `${file}:18:15 error broken-link`]);
    // A block whose Markdown is shorter (a blank line, the heading) takes as many lines as it did.
    const [lines, written] = [exportSyntax(body).text.split('\n'), body.split('\n')];
    expect(lines.slice(lines.indexOf('## Steps') - 1)).toEqual(['', '## Steps', '', '', '', 'And [another](gone.md).']);
    expect(written.slice(written.indexOf('[block:api-header]'))).toHaveLength(6);
  });

  it('reports a link inside a callout’s body at its place in the JSON, its title’s quotes escaped there', () => {
    const body = [
      '# Funnels',
      '',
      block('callout', { type: 'info', title: 'Tip', body: 'Read [the guide](nowhere.md "Setup guide") first.' }),
    ].join('\n');
    expect(found({ [file]: body })).toEqual([`${file}:7:29 error broken-link`]);
  });
});

describe('ReadMe’s links between pages', () => {
  const datafile = [
    '---',
    'title: Manage the datafile',
    'slug: manage-the-datafile',
    '---',
    '## Refresh it {#refresh}',
    '',
    'Run the refresh.',
    '',
  ].join('\n');

  it('leads a doc: link to the article with that slug (its file name or frontmatter slug), its anchor checked', () => {
    const files = {
      'content/kb/Setup/Data/datafile.md': datafile,
      'content/kb/Setup/Data/sources.md': '# Sources\n\nSee [the datafile](doc:manage-the-datafile#refresh) and [sources](doc:sources).\n',
    };
    expect(found(files)).toEqual([]);
    expect(found({ ...files, 'content/kb/Setup/Data/sources.md': 'See [the datafile](doc:manage-the-datafile#refrseh).\n' })).toEqual([
      'content/kb/Setup/Data/sources.md:1:20 warning broken-anchor',
    ]);
  });

  it('reports a doc: link to a page no article has as a broken link, with the closest slug', () => {
    const root = fixtureRootWith({
      'content/kb/Setup/Data/datafile.md': datafile,
      'content/kb/Setup/Data/sources.md': '# Sources\n\nSee [the datafile](doc:manage-the-datafle).\n',
    });
    const [problem, ...rest] = validateRoot(root).diagnostics;
    expect(rest).toEqual([]);
    expect(`${problem!.file}:${problem!.line}:${problem!.column} ${problem!.severity} ${problem!.rule}`).toBe(
      'content/kb/Setup/Data/sources.md:3:20 error broken-link',
    );
    expect(problem!.hint).toBe('Did you mean doc:manage-the-datafile?');
  });

  it('shows a link to the API reference, blog or changelog as its text, with a warning', () => {
    const body = '# Events\n\nSee [Track](ref:track-event), [the launch](blog:launch) and [v2](changelog:v2).\n';
    expect(found({ 'content/kb/Setup/Data/events.md': body })).toEqual([
      'content/kb/Setup/Data/events.md:3:13 warning broken-link',
      'content/kb/Setup/Data/events.md:3:44 warning broken-link',
      'content/kb/Setup/Data/events.md:3:66 warning broken-link',
    ]);
    expect(render(body)).toContain('<p>See Track, the launch and v2.</p>');
  });
});

describe('ReadMe frontmatter', () => {
  const page = (extra: string[]) =>
    [
      '---',
      'title: Build a funnel',
      'excerpt: Turn a sequence of events into a conversion chart.',
      'slug: build-a-funnel',
      'category: 64b7f0c2a1d3e5001f2a9c11',
      'parentDoc: 64b7f0c2a1d3e5001f2a9c20',
      'order: 3',
      ...extra,
      'metadata:',
      '  title: Funnels',
      '  image: []',
      'next:',
      '  description: ""',
      '  pages: []',
      'createdAt: "2023-04-02T10:12:44.120Z"',
      'updatedAt: "2024-01-18T08:30:00.000Z"',
      '---',
      'Body.',
    ].join('\n');

  it('validates, and gives the excerpt as the description and updatedAt as the last update', () => {
    const root = fixtureRootWith({ 'content/kb/Reports/funnels.md': page(['hidden: false']) });
    const result = validateRoot(root);
    expect(result.diagnostics).toEqual([]);
    const article = result.content.articles.find((entry) => entry.id === 'reports/funnels')!;
    expect(article.data).toMatchObject({
      title: 'Build a funnel',
      description: 'Turn a sequence of events into a conversion chart.',
      order: 3,
      draft: false,
      updated: new Date('2024-01-18T08:30:00.000Z'),
    });
  });

  it('reads a page hidden in ReadMe as a draft, and says so at its hidden key', () => {
    const root = fixtureRootWith({ 'content/kb/Reports/funnels.md': page(['hidden: true']) });
    const [warning, ...rest] = validateRoot(root).diagnostics;
    expect(rest).toEqual([]);
    expect(`${warning!.line}:${warning!.column} ${warning!.severity} ${warning!.rule}`).toBe('8:1 warning draft-article');
    expect(warning!.message).toContain('hidden in ReadMe');
  });
});

describe('any mix of ReadMe blocks and other lines', () => {
  const PIECES = [
    block('callout', { type: 'info', title: 'T', body: 'A [link](a.md)\n\n- item' }),
    block('callout', { body: 'Body first', title: 'Title after', type: 'warning' }),
    block('code', { codes: [{ code: 'a\nb\nc\nd\ne\nf\ng\nh', language: 'js', name: 'N' }, { code: 'x' }] }),
    block('parameters', { data: { 'h-0': 'A', '0-0': 'a | b', '1-0': 'c\nd' }, cols: 1, rows: 2 }),
    block('image', { images: [{ image: ['https://files.readme.io/a.png', 'a.png'], caption: 'C' }] }),
    block('embed', { url: 'https://youtu.be/abc', title: 'V' }),
    block('html', { html: '<p>a</p>\n\n<p>b</p>' }),
    block('unknown', { a: 1 }),
    '[block:callout]\n{ "broken": \n[/block]',
    '[block:api-header]',
    '  - item',
    'Text with [a link](a.md).',
    '',
  ];
  it('never fails, rewrites every block, keeps every line, and maps every offset into the file in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const source = pieces.join('\n');
        const rewritten = exportSyntax(source);
        const { text } = rewritten;
        expect(text.split('\n')).not.toContain('[/block]');
        expect(text.split('\n').length).toBeGreaterThanOrEqual(source.split('\n').length);
        expectOffsetsInOrder(source, rewritten);
      }),
      { numRuns: 300 },
    );
  });
});
