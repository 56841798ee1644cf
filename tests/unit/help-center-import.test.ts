// `milepost import zendesk|intercom`: a help center as its platform's API gives it, written into
// content/kb as Markdown articles that validate and build as they are.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHelpCenter } from '../../src/cli/import.ts';
import { forEdition } from '../../src/content/edition.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';

const responses = ['articles.json', 'sections.json', 'categories.json'].map((file) => join(FIXTURES, 'zendesk-api', file));

async function imported(options: { into?: string } = {}) {
  const root = fixtureRoot();
  const lines: string[] = [];
  const code = await importHelpCenter('zendesk', responses, { root, ...options, out: (line) => lines.push(line) });
  return { root, code, lines };
}

describe('importing a Zendesk help center from its API responses', () => {
  it('writes each article in its category’s and section’s folder, sections inside sections, which validate without an error', async () => {
    const { root, code, lines } = await imported();
    expect(code).toBe(0);
    expect(lines[0]).toBe('wrote 9 files into content/kb/: 4 articles, 5 folders');
    const { content, diagnostics } = validateRoot(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const articles = content.articles.filter((article) => /^(getting-started\/install|account)/.test(article.id));
    expect(articles.map((article) => `${article.id}: ${article.data.title}`).sort()).toEqual([
      'account-billing/billing-invoices/360010000003-download-invoices-pdf-and-csv: Download invoices: PDF and CSV',
      'account-billing/billing-invoices/360010000004-update-your-payment-method: Update your payment method',
      'getting-started/install-tidemark/360010000001-install-the-tracking-snippet: Install the tracking snippet',
      'getting-started/install-tidemark/server-sdks/360010000002-send-events-from-python: Send events from Python',
    ]);
    // The section's description and order, a folder name without the slash ("Billing / invoices").
    const billing = content.kbFolders.find((folder) => folder.id === 'account-billing/billing-invoices');
    expect(billing?.data).toMatchObject({ title: 'Billing / invoices', description: 'Plans, payment methods and invoices.', order: 0 });
  });

  it('keeps the order, labels and last edit of each article, and a draft out of the customer edition', async () => {
    const { root } = await imported();
    const { content } = validateRoot(root);
    const byTitle = (title: string) => content.articles.find((article) => article.data.title === title)!;
    const snippet = byTitle('Install the tracking snippet');
    // `edited_at`, not `updated_at`, which votes and comments move too.
    expect(snippet.data.updated?.toISOString()).toBe('2025-09-18T15:41:27.000Z');
    const text = readFileSync(join(root, snippet.file), 'utf8');
    expect(text).toContain('label_names:\n  - install\n  - snippet\n');
    expect(text).toContain('aliases:\n  - /hc/en-us/articles/360010000001-Install-the-tracking-snippet\n');
    expect(byTitle('Update your payment method').data.draft).toBe(true);
    expect(forEdition(content, 'customer').articles.map((article) => article.data.title)).not.toContain('Update your payment method');
  });

  it('writes the body as Markdown, links between the articles as links to their files, with their anchors', async () => {
    const { root } = await imported();
    const snippet = readFileSync(
      join(root, 'content/kb/Getting started/Install Tidemark/360010000001-install-the-tracking-snippet.md'),
      'utf8',
    );
    expect(snippet).toContain('## Add it to your pages {#h_01HB2X7Q9K3M}');
    expect(snippet).toContain('```html\n<script async src="https://cdn.tidemark.example/t.js" data-workspace="YOUR_ID"></script>\n```');
    expect(snippet).toContain(':::warning\nEvents from pages without the snippet are not counted.\n:::');
    expect(snippet).toContain('[Send events from Python](Server%20SDKs/360010000002-send-events-from-python.md)');
    const python = readFileSync(
      join(root, 'content/kb/Getting started/Install Tidemark/Server SDKs/360010000002-send-events-from-python.md'),
      'utf8',
    );
    expect(python).toContain('[Live view](../360010000001-install-the-tracking-snippet.md#h_01HB2X7Q9K3M)');
    // A link from the help center's root too.
    const invoices = readFileSync(
      join(root, 'content/kb/Account & billing/Billing - invoices/360010000003-download-invoices-pdf-and-csv.md'),
      'utf8',
    );
    expect(invoices).toContain('[Update your payment method](360010000004-update-your-payment-method.md)');
    // Other pages and files of the help center, from its root, stay on its host: from the portal's root they would lead nowhere.
    expect(invoices).toContain(
      '![The list of invoices](https://help.tidemark.example/hc/article_attachments/360020000009/invoice-list.png)',
    );
    expect(invoices).toContain('[Send us a request](https://help.tidemark.example/hc/en-us/requests/new)');
  });

  it('says what to set so that other links to the old articles lead to them, and writes into a folder of content/kb on request', async () => {
    const { root, lines } = await imported({ into: 'Help center' });
    expect(lines.join('\n')).toContain('importedFrom: https://help.tidemark.example/hc/en-us/articles/');
    expect(readFileSync(join(root, 'content/kb/Help center/Account & billing/index.md'), 'utf8')).toBe(
      '---\ntitle: Account & billing\norder: 1\n---\n',
    );
  });

  it('never writes over a file without --force, and says which it kept', async () => {
    const { root } = await imported();
    const file = join(root, 'content/kb/Getting started/Install Tidemark/360010000001-install-the-tracking-snippet.md');
    writeFileSync(file, '---\ntitle: Edited since\n---\nOur own text.\n');
    const lines: string[] = [];
    expect(await importHelpCenter('zendesk', responses, { root, out: (line) => lines.push(line) })).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: Edited since\n---\nOur own text.\n');
    expect(lines[1]).toMatch(/^kept 9 files that were there already \(--force writes over them\)/);
    expect(await importHelpCenter('zendesk', responses, { root, force: true, out: () => {} })).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('title: Install the tracking snippet');
  });

  it('puts each language in a folder of its own where the articles have several, and leads a link to a section to its folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-zendesk-'));
    const section = (id: number, locale: string, name: string) => ({ id, category_id: 1, name, locale, position: 0 });
    const article = (id: number, locale: string, title: string, body: string) => ({ id, section_id: 10, locale, title, body });
    writeFileSync(
      join(folder, 'help-center.json'),
      JSON.stringify([
        { categories: [{ id: 1, name: 'Billing', locale: 'en-us' }] },
        { sections: [section(10, 'en-us', 'Invoices')] },
        {
          articles: [
            article(100, 'en-us', 'Download invoices', '<p>More in <a href="/hc/en-us/sections/10-Invoices">Invoices</a>.</p>'),
            // A translation has its article's id.
            article(
              100,
              'de',
              'Rechnungen herunterladen',
              '<p>Alle Rechnungen als PDF. <a href="/hc/de/articles/100">Auf Deutsch</a>.</p>',
            ),
          ],
        },
      ]),
    );
    const root = fixtureRoot();
    expect(await importHelpCenter('zendesk', [join(folder, 'help-center.json')], { root, out: () => {} })).toBe(0);
    expect(readFileSync(join(root, 'content/kb/en-us/Billing/Invoices/100-download-invoices.md'), 'utf8')).toContain(
      'More in [Invoices](index.md).',
    );
    const german = readFileSync(join(root, 'content/kb/de/Billing/Invoices/100-rechnungen-herunterladen.md'), 'utf8');
    expect(german).toContain('title: Rechnungen herunterladen');
    // A link to the article leads to it in the language of the page it is on.
    expect(german).toContain('[Auf Deutsch](100-rechnungen-herunterladen.md)');
    expect(validateRoot(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes an article only some users see on the help center (a user segment) as a draft, which customers do not see', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-zendesk-'));
    writeFileSync(
      join(folder, 'articles.json'),
      JSON.stringify({
        articles: [
          { id: 5, title: 'Refund policy', body: '<p>Refunds within 30 days.</p>', user_segment_id: null },
          { id: 6, title: 'Escalating a refund (agents)', body: '<p>Ask finance in #refunds.</p>', user_segment_id: 360000012345 },
        ],
      }),
    );
    const root = fixtureRoot();
    const lines: string[] = [];
    expect(await importHelpCenter('zendesk', [join(folder, 'articles.json')], { root, out: (line) => lines.push(line) })).toBe(0);
    expect(lines).toContain(
      '1 articles are seen by some users only on the help center (a user segment, a folder for agents or signed-in users): written as drafts, which customers do not see until you remove their draft: true',
    );
    const { content } = validateRoot(root);
    const titles = forEdition(content, 'customer').articles.map((article) => article.data.title);
    expect(titles).toContain('Refund policy');
    expect(titles).not.toContain('Escalating a refund (agents)');
    expect(readFileSync(join(root, 'content/kb/6-escalating-a-refund-agents.md'), 'utf8')).toContain(
      'user_segment_id: 360000012345\ndraft: true\n',
    );
  });

  it('names a file that is not a response of the API, and the field that is wrong in one that is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-zendesk-'));
    cpSync(responses[0]!, join(folder, 'articles.json'));
    writeFileSync(join(folder, 'users.json'), '{"users": [{"id": 1, "name": "Ada"}]}');
    writeFileSync(join(folder, 'broken.json'), '{"articles": [{"id": 7, "body": "<p>No title</p>"}]}');
    const run = async (file: string) => {
      const lines: string[] = [];
      return {
        code: await importHelpCenter('zendesk', [join(folder, file)], { root: fixtureRoot(), out: (line) => lines.push(line) }),
        lines,
      };
    };
    expect(await run('users.json')).toEqual({
      code: 1,
      lines: [
        `milepost: ${join(folder, 'users.json')}: no "articles", "sections" or "categories" list: it is not a response of Zendesk's Help Center API (/api/v2/help_center/articles.json)`,
      ],
    });
    expect((await run('broken.json')).lines[0]).toMatch(/broken\.json: articles\[0\]\.title: /);
  });
});

describe('importing an Intercom help center from its API responses', () => {
  const intercom = ['articles.json', 'collections.json'].map((file) => join(FIXTURES, 'intercom-api', file));

  it('writes each article in its collection’s folder, collections inside collections, with links between them as links to their files', async () => {
    const root = fixtureRoot();
    const lines: string[] = [];
    expect(await importHelpCenter('intercom', intercom, { root, out: (line) => lines.push(line) })).toBe(0);
    expect(lines[0]).toBe('wrote 6 files into content/kb/: 3 articles, 3 folders');
    expect(lines.join('\n')).toContain('importedFrom: https://help.tidemark.example/en/articles/');
    const { content, diagnostics } = validateRoot(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const invite = content.articles.find((article) => article.data.title === 'Invite your team')!;
    expect(invite.id).toBe('getting-started/8711201-invite-your-team');
    // Its description, and its last change from seconds since 1970.
    expect(invite.data.description).toBe('Add teammates and choose what they can see');
    expect(invite.data.updated?.toISOString()).toBe('2024-09-26T11:50:00.000Z');
    const text = readFileSync(join(root, invite.file), 'utf8');
    expect(text).toContain(':::note\nAn invite expires after 7 days.\n:::');
    expect(text).toContain(
      '[add a filter to a dashboard](../Dashboards/Filters%20and%20date%20ranges/8711203-add-a-filter-to-a-dashboard.md)',
    );
    const filter = content.articles.find((article) => article.data.title === 'Add a filter to a dashboard')!;
    expect(filter.id).toBe('dashboards/filters-and-date-ranges/8711203-add-a-filter-to-a-dashboard');
    expect(readFileSync(join(root, filter.file), 'utf8')).toContain('More in [Dashboards](../index.md).');
    expect(content.kbFolders.find((folder) => folder.id === 'dashboards/filters-and-date-ranges')?.data).toMatchObject({
      title: 'Filters and date ranges',
      order: 1,
    });
    // A draft is one.
    expect(content.articles.find((article) => article.data.title === 'Connect Snowflake')?.data.draft).toBe(true);
  });

  it('names a file that is not a list of Intercom’s API', async () => {
    const lines: string[] = [];
    expect(
      await importHelpCenter('intercom', [join(FIXTURES, 'zendesk-api', 'sections.json')], {
        root: fixtureRoot(),
        out: (line) => lines.push(line),
      }),
    ).toBe(1);
    expect(lines[0]).toMatch(/sections\.json: no "data" list: it is not a response of Intercom's API/);
  });
});

describe('importing with --download-images', () => {
  it('saves each image an article shows from the help center beside it, once, and keeps one it cannot get at its address', async () => {
    const png = readFileSync(join(FIXTURES, 'office-help-export/content/kb/help/media/screenshots/page_number_field.png'));
    const server = createServer((request, response) => {
      if (request.url === '/hc/article_attachments/360020000001') {
        response.writeHead(200, { 'content-type': 'image/png' }).end(png);
      } else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const folder = mkdtempSync(join(tmpdir(), 'milepost-zendesk-'));
      const image = (path: string, alt: string) => `<p><img src="${host}${path}" alt="${alt}"></p>`;
      writeFileSync(
        join(folder, 'articles.json'),
        JSON.stringify({
          articles: [
            {
              id: 1,
              section_id: 10,
              title: 'Install the snippet',
              body: image('/hc/article_attachments/360020000001', 'The tracking settings'),
            },
            {
              id: 2,
              section_id: 11,
              title: 'Verify events',
              body: `${image('/hc/article_attachments/360020000001', 'Again')}${image('/gone.png', 'Gone')}`,
            },
          ],
          sections: [
            { id: 10, name: 'Install (C# & Java)', position: 0 },
            { id: 11, name: 'Troubleshooting', position: 1 },
          ],
        }),
      );
      const root = fixtureRoot();
      const lines: string[] = [];
      expect(
        await importHelpCenter('zendesk', [join(folder, 'articles.json')], { root, downloadImages: true, out: (line) => lines.push(line) }),
      ).toBe(0);
      expect(lines[0]).toBe(`downloaded 1 images; 1 could not be, and are shown from their address: ${host}/gone.png`);
      expect(readFileSync(join(root, 'content/kb/Install (C# & Java)/img/360020000001.png'))).toEqual(png);
      expect(readFileSync(join(root, 'content/kb/Install (C# & Java)/1-install-the-snippet.md'), 'utf8')).toContain(
        '![The tracking settings](img/360020000001.png)',
      );
      const verify = readFileSync(join(root, 'content/kb/Troubleshooting/2-verify-events.md'), 'utf8');
      // A folder name with "#" and "&" written so that a link to it stays one.
      expect(verify).toContain('![Again](../Install%20(C%23%20%26%20Java)/img/360020000001.png)');
      expect(verify).toContain(`![Gone](${host}/gone.png)`);
      expect(validateRoot(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('importing a Help Scout Docs site from its API responses', () => {
  const helpScout = ['articles.json', 'categories.json', 'collections.json'].map((file) => join(FIXTURES, 'helpscout-api', file));

  it('writes each article in its collection’s and first category’s folder, by the number its address has, with links between them as links to their files', async () => {
    const root = fixtureRoot();
    const lines: string[] = [];
    expect(await importHelpCenter('helpscout', helpScout, { root, out: (line) => lines.push(line) })).toBe(0);
    expect(lines.join('\n')).toContain('importedFrom: https://docs.tidemark.example/article/');
    const { content, diagnostics } = validateRoot(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const alert = content.articles.find((article) => article.data.title === 'Create an alert')!;
    expect(alert.id).toBe('tidemark-help/alerts/14-create-an-alert');
    expect(alert.data.updated?.toISOString()).toBe('2025-02-11T08:00:00.000Z');
    const text = readFileSync(join(root, alert.file), 'utf8');
    expect(text).toContain(':::warning\nAlerts on a draft dashboard never fire.\n:::');
    expect(text).toContain('[where alerts go](15-alert-channels.md)');
    // The category of nothing but a draft has no page on the portal: the link stays the old one.
    expect(text).toContain('[Billing](https://docs.tidemark.example/category/6-billing)');
    expect(readFileSync(join(root, 'content/kb/Tidemark Help/Alerts/15-alert-channels.md'), 'utf8')).toContain(
      '[thresholds](14-create-an-alert.md#threshold)',
    );
    // "notpublished" is a draft.
    expect(content.articles.find((article) => article.data.title === 'Plan limits')?.data.draft).toBe(true);
    expect(content.kbFolders.find((folder) => folder.id === 'tidemark-help/alerts')?.data).toMatchObject({
      title: 'Alerts',
      description: 'Get told when a metric moves.',
      order: 1,
    });
  });
});

describe('importing a Help Scout article given only by a list', () => {
  it('is not written empty: the command says which to fetch', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-helpscout-'));
    writeFileSync(
      join(folder, 'list.json'),
      JSON.stringify({
        articles: { page: 1, pages: 1, count: 1, items: [{ id: 'a1', number: 20, name: 'Export to CSV', status: 'published' }] },
      }),
    );
    const root = fixtureRoot();
    const lines: string[] = [];
    expect(await importHelpCenter('helpscout', [join(folder, 'list.json')], { root, out: (line) => lines.push(line) })).toBe(0);
    expect(lines).toContain(
      '1 articles were listed without their text, and are not written (Export to CSV): save GET /v1/articles/{id} for each',
    );
    expect(lines[0]).toBe('wrote 0 files into content/kb/: 0 articles, 0 folders');
  });
});

describe('importing a Freshdesk knowledge base from its API responses', () => {
  const freshdesk = ['articles.json', 'folders.json', 'categories.json'].map((file) => join(FIXTURES, 'freshdesk-api', file));

  it('writes each article in its category’s and folder’s folder, a draft or an article of an agents’ folder as a draft, links as links to their files', async () => {
    const root = fixtureRoot();
    const lines: string[] = [];
    expect(await importHelpCenter('freshdesk', freshdesk, { root, out: (line) => lines.push(line) })).toBe(0);
    expect(lines[0]).toBe('wrote 10 files into content/kb/: 5 articles, 5 folders');
    const { content, diagnostics } = validateRoot(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const published = forEdition(content, 'customer')
      .articles.map((article) => article.id)
      .filter((id) => id.startsWith('using') || id.startsWith('support'));
    expect(published.sort()).toEqual([
      'using-tidemark/alerts/73000556611-alert-channels',
      'using-tidemark/exports/73000556601-export-a-dashboard-as-csv',
      'using-tidemark/exports/73000556602-schedule-an-export',
    ]);
    const csv = readFileSync(join(root, 'content/kb/Using Tidemark/Exports/73000556601-export-a-dashboard-as-csv.md'), 'utf8');
    expect(csv).toContain('tags:\n  - export\n  - csv\n');
    expect(csv).toContain('[Schedule an export](73000556602-schedule-an-export.md)');
    expect(readFileSync(join(root, 'content/kb/Using Tidemark/Exports/73000556602-schedule-an-export.md'), 'utf8')).toContain(
      '[Alerts](../Alerts/index.md)',
    );
  });

  it('names a file that is not a list of Freshdesk’s API', async () => {
    const lines: string[] = [];
    expect(
      await importHelpCenter('freshdesk', [join(FIXTURES, 'zendesk-api', 'sections.json')], {
        root: fixtureRoot(),
        out: (line) => lines.push(line),
      }),
    ).toBe(1);
    expect(lines[0]).toMatch(/sections\.json: not a list: it is not a response of Freshdesk's API/);
  });
});
