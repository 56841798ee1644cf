// Rebuilding with the caches of an earlier build (content layer and Astro's incremental build):
// unchanged article pages, customer workspaces and the pages made from entries' data (plans,
// training, certification, FAQ, videos) are copied from the cache, and a page is rendered again
// whenever anything it shows changed: its own text, a neighbour's title, its image, the site's
// name, a customer's file, the plan, the day of the build, a session that has started.
// One edit per rebuild, so each reason is shown on its own.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readText } from '../helpers/build.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const SECTION = 'content/kb/Getting started/First steps';
const ARTICLES = ['welcome', 'connect-data', 'invite-team'];
const page = (slug: string) => `kb/getting-started/first-steps/${slug}/index.html`;
/** The category and the section the articles are in: folder pages that list them. */
const FOLDERS = ['getting-started', 'getting-started/first-steps'];
const folderPage = (id: string) => `kb/${id}/index.html`;

/** Two customers on the fixture's plan, each with a workspace at /customers/<key>/. */
const CUSTOMERS = { acme: '4d2c9e7f1a0b83c6e5f9d71a2b4c8e03', globex: '9b1e6f2a7c3d48e5a0f1b2c3d4e5f607' };
const customerFile = (name: string, key: string) =>
  `name: ${name[0]!.toUpperCase()}${name.slice(1)} Corp\nplan: starter\nkickoff: 2026-01-05\ntimezone: Europe/Berlin\nkey: ${key}\ncsm:\n  name: Sofia Marin\n  email: sofia@fixture.example\nprogress:\n  first-event:\n    reached: 2026-01-07\n`;
const workspace = (name: keyof typeof CUSTOMERS) => `customers/${CUSTOMERS[name]}/index.html`;

/** Pages made from entries' data alone, none of them showing an article's text. */
const DATA_PAGES = [
  'plans/index.html',
  'plans/starter/index.html',
  'training/index.html',
  'training/basics/index.html',
  'training/format/webinar/index.html',
  'certification/index.html',
  'certification/certified/index.html',
  'faq/index.html',
  'videos/index.html',
  'videos/tour/index.html',
];

/** The text of every page in the search index of the site at `outDir`. */
const indexedText = (outDir: string) =>
  readdirSync(join(outDir, 'pagefind/fragment'))
    .map((name) => gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', name))).toString('utf8'))
    .join('\n');

interface Rebuild {
  /** Article pages copied from the cache rather than rendered. */
  copied: string[];
  /** Customers whose workspace was copied from the cache rather than rendered. */
  copiedWorkspaces: string[];
  /** Knowledge-base folders whose page was copied from the cache rather than rendered. */
  copiedFolders: string[];
  /** Pages of DATA_PAGES copied from the cache rather than rendered. */
  copiedDataPages: string[];
  /** Whether the last build's search index was kept (no indexed page changed). */
  searchKept: boolean;
  /** Pages indexed for search, and how many of them Pagefind had been given while Astro built (from the last build's index). */
  indexed: { pages: number; ahead: number };
  pages: Map<string, string>;
  outDir: string;
  /** What the build printed. */
  output: string;
}

describe('a rebuild with warm caches', () => {
  let root: string;
  let env: Record<string, string>;
  let outDir: string;
  let first: Map<string, string>;

  function rebuild(edit?: [file: string, from: string, to: string]): Rebuild {
    if (edit) {
      const [file, from, to] = edit;
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(join(root, file), text.replace(from, to));
    }
    const result = buildSite(root, { env, outDir });
    expect(result.code, result.output).toBe(0);
    // Every build replaces dist/: pages are read right after the build that made them.
    const pages = new Map([
      ...[...ARTICLES, 'plan'].map((slug) => [slug, readText(outDir, slug === 'plan' ? 'plans/starter/index.html' : page(slug))] as const),
      ...(['acme', 'globex'] as const).map((name) => [name, readText(outDir, workspace(name))] as const),
      ...FOLDERS.map((id) => [id, readText(outDir, folderPage(id))] as const),
      // The videos' pages are gone once the portal has lost its videos (below).
      ...DATA_PAGES.filter((path) => existsSync(join(outDir, path))).map((path) => [path, readText(outDir, path)] as const),
    ]);
    const copiedPage = (path: string) => new RegExp(`${path} \\((restored|cached)\\)`).test(result.output);
    const copied = ARTICLES.filter((slug) => copiedPage(page(slug)));
    const copiedWorkspaces = (['acme', 'globex'] as const).filter((name) => copiedPage(workspace(name)));
    const copiedFolders = FOLDERS.filter((id) => copiedPage(folderPage(id)));
    const copiedDataPages = DATA_PAGES.filter(copiedPage);
    const [, indexed = '0', ahead = '0'] =
      /(\d+) pages indexed for search(?: \((\d+) of them while Astro built\))?/.exec(result.output) ?? [];
    return {
      copied,
      copiedWorkspaces,
      copiedFolders,
      copiedDataPages,
      pages,
      outDir,
      output: result.output,
      searchKept: /search index of \d+ pages kept/.test(result.output),
      indexed: { pages: Number(indexed), ahead: Number(ahead) },
    };
  }

  beforeAll(() => {
    root = fixtureRoot('section-of-three');
    mkdirSync(join(root, 'customers'));
    for (const [name, key] of Object.entries(CUSTOMERS)) writeFileSync(join(root, 'customers', `${name}.yaml`), customerFile(name, key));
    // Workspaces show the status on the build's day: every build here is on the same day but one.
    env = { MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-warm-cache-')), MILEPOST_NOW: '2026-01-20T10:00:00Z' };
    outDir = mkdtempSync(join(tmpdir(), 'milepost-dist-'));
    const cold = rebuild();
    expect(cold.copied).toEqual([]);
    expect(cold.copiedWorkspaces).toEqual([]);
    expect(cold.copiedFolders).toEqual([]);
    expect(cold.copiedDataPages).toEqual([]);
    expect(cold.searchKept).toBe(false);
    first = cold.pages;
  });

  it('copies every unchanged article page from the cache, byte for byte, with the images it shows', () => {
    const again = rebuild();
    expect(again.copied).toEqual(ARTICLES);
    expect(again.copiedWorkspaces).toEqual(['acme', 'globex']);
    expect(again.copiedFolders).toEqual(FOLDERS);
    expect(again.copiedDataPages).toEqual(DATA_PAGES);
    expect(again.pages).toEqual(first);
    // The content store is kept too: a rebuild copies pages sixteen at a time instead of four, which
    // changes Astro's config after the content sync, never before it (Astro drops the store then).
    expect(again.output).not.toMatch(/Astro config changed|data store cleared/);
    // No indexed page changed: the last build's search index is kept, not made again.
    expect(again.searchKept).toBe(true);
    expect(indexedText(outDir)).toContain('Start with the');
    const shown = [...again.pages.values()].flatMap((html) =>
      [...(html ?? '').matchAll(/<img[^>]+src="\/([^"]+)"/g)].map(([, src]) => src!),
    );
    expect(shown).not.toEqual([]);
    const files = listFiles(outDir);
    for (const src of shown) expect(files).toContain(src);
    // And the file an article links to, though its page was copied.
    const download = /href="\/(files\/[^"]+)"/.exec(again.pages.get('invite-team') ?? '')?.[1];
    expect(download).toBeDefined();
    expect(readText(outDir, download!)).toContain('ana@example.com');
  });

  it('renders only the edited article again, with its new text', () => {
    const edited = rebuild([`${SECTION}/welcome.md`, 'Start with the', 'Begin your journey with the']);
    expect(edited.copied).toEqual(['connect-data', 'invite-team']);
    // Workspaces and folder pages list the article by its title, which did not change.
    expect(edited.copiedWorkspaces).toEqual(['acme', 'globex']);
    expect(edited.copiedFolders).toEqual(FOLDERS);
    // No page made from entries' data shows an article's text.
    expect(edited.copiedDataPages).toEqual(DATA_PAGES);
    expect(edited.pages.get('welcome')).toContain('Begin your journey with the');
    expect(edited.pages.get('welcome')).not.toContain('Start with the');
    // The search index is made again, and finds the new text. Pagefind was given every other
    // page while Astro built, from the last build's index; after Astro, only the edited article.
    expect(edited.searchKept).toBe(false);
    expect(edited.indexed.pages).toBeGreaterThan(ARTICLES.length);
    expect(edited.indexed.ahead).toBe(edited.indexed.pages - 1);
    expect(indexedText(outDir)).toContain('Begin your journey with the');
    expect(indexedText(outDir)).not.toContain('Start with the');
  });

  it('renders the neighbours of a renamed article again, so their links carry the new title', () => {
    const renamed = rebuild([`${SECTION}/connect-data.md`, 'title: Connect your data', 'title: Connect your warehouse']);
    expect(renamed.copied).toEqual([]);
    // Workspaces may link any article by its title: a title change renders them again.
    expect(renamed.copiedWorkspaces).toEqual([]);
    // So do the folder pages that list it, the section with its articles and the category with its sections'.
    expect(renamed.copiedFolders).toEqual([]);
    // And the pages made from entries' data, which may reference it by its title.
    expect(renamed.copiedDataPages).toEqual([]);
    for (const slug of ['welcome', 'invite-team', ...FOLDERS]) {
      expect(renamed.pages.get(slug)).toContain('Connect your warehouse');
      expect(renamed.pages.get(slug)).not.toContain('Connect your data');
    }
  });

  it('renders an article again when its image changed, and links the new image', () => {
    const image = (html: string | undefined) => /<img[^>]+src="\/(_astro\/connect\.[^"]+\.svg)"/.exec(html ?? '')?.[1];
    const before = image(first.get('connect-data'));
    const changed = rebuild([`${SECTION}/images/connect.svg`, 'fill="#2563eb"', 'fill="#16a34a"']);
    expect(changed.copied).toEqual(['welcome', 'invite-team']);
    const after = image(changed.pages.get('connect-data'));
    expect(before).toBeDefined();
    expect(after).not.toBe(before);
    expect(listFiles(outDir)).toContain(after);
    expect(readText(outDir, after!)).toContain('#16a34a');
  });

  it('renders an article again when a file it links to changed, and publishes the new file at a new address', () => {
    const download = (html: string | undefined) => /href="\/(files\/[^"]+)"/.exec(html ?? '')?.[1];
    const before = download(first.get('invite-team'));
    const changed = rebuild([`${SECTION}/files/invite-list.csv`, 'ben@example.com,viewer', 'ben@example.com,admin']);
    expect(changed.copied).toEqual(['welcome', 'connect-data']);
    const after = download(changed.pages.get('invite-team'));
    expect(before).toBeDefined();
    expect(after).not.toBe(before);
    expect(readText(outDir, after!)).toContain('ben@example.com,admin');
  });

  it('renders every article again when the site settings change', () => {
    const renamed = rebuild(['content/site.yaml', 'name: Fixture Academy', 'name: Fixture Learning Hub']);
    expect(renamed.copied).toEqual([]);
    for (const slug of ARTICLES) expect(renamed.pages.get(slug)).toContain('Fixture Learning Hub');
    expect(renamed.copiedWorkspaces).toEqual([]);
    for (const name of ['acme', 'globex']) expect(renamed.pages.get(name)).toContain('Fixture Learning Hub');
  });

  it('shows an edited plan, on its page and in every workspace, while the articles it does not touch stay cached', () => {
    const edited = rebuild(['plans/starter.yaml', 'name: Weekly habit', 'name: Weekly ritual']);
    expect(edited.copied).toEqual(ARTICLES);
    expect(edited.pages.get('plan')).toContain('Weekly ritual');
    expect(edited.copiedDataPages).toEqual([]);
    expect(edited.pages.get('plans/index.html')).toContain('Weekly ritual');
    expect(edited.copiedWorkspaces).toEqual([]);
    for (const name of ['acme', 'globex']) expect(edited.pages.get(name)).toContain('Weekly ritual');
  });

  it('renders the workspace of an edited customer again, and copies the others', () => {
    const edited = rebuild(['customers/acme.yaml', 'name: Acme Corp', 'name: Acme Industries']);
    expect(edited.copiedWorkspaces).toEqual(['globex']);
    expect(edited.pages.get('acme')).toContain('Acme Industries');
    expect(edited.copied).toEqual(ARTICLES);
    expect(edited.copiedDataPages).toEqual(DATA_PAGES);
    // Nothing indexed changed: workspaces never are.
    expect(edited.searchKept).toBe(true);
  });

  it('renders every page again when the portal loses a section, so that none links it any more', () => {
    const plan = join(root, 'plans/starter.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^\s*- video:tour\n/m, ''));
    rmSync(join(root, 'content/videos/tour.yaml'));
    // The navigation links only the sections the portal has: every page shows it.
    const fewer = rebuild();
    expect(fewer.copied).toEqual([]);
    expect(fewer.copiedFolders).toEqual([]);
    expect(fewer.copiedDataPages).toEqual([]);
    for (const slug of [...ARTICLES, ...FOLDERS]) expect(fewer.pages.get(slug)).not.toContain('href="/videos/"');
    expect(first.get('welcome')).toContain('href="/videos/"');
  });

  it('renders every workspace again on another day, with the status of that day', () => {
    const before = rebuild();
    expect(before.copiedWorkspaces).toEqual(['acme', 'globex']);
    env.MILEPOST_NOW = '2026-03-02T10:00:00Z';
    const later = rebuild();
    expect(later.copiedWorkspaces).toEqual([]);
    for (const name of ['acme', 'globex']) {
      expect(later.pages.get(name)).toContain('data-built-on="2026-03-02"');
      expect(before.pages.get(name)).toContain('data-built-on="2026-01-20"');
    }
  });

  it('renders the training pages again once a session they list has started, and copies them while none has', () => {
    const course = join(root, 'content/courses/basics.yaml');
    const session = `sessions:\n  - id: spring-kickoff\n    start: "2026-03-10T15:00:00+01:00"\n    timezone: Europe/Berlin\n    minutes: 60\n    registerUrl: https://fixture.example/register\n`;
    writeFileSync(course, `${readFileSync(course, 'utf8').replace('format: self-paced', 'format: webinar')}${session}`);
    const listed = rebuild();
    expect(listed.pages.get('training/basics/index.html')).toContain('https://fixture.example/register');
    // The same day, a few hours later: the session is still ahead.
    env.MILEPOST_NOW = '2026-03-02T18:00:00Z';
    const sameDay = rebuild();
    expect(sameDay.copiedDataPages).toEqual(DATA_PAGES.filter((path) => !path.startsWith('videos/')));
    // The day after the session: the pages that listed it are made again, without it.
    env.MILEPOST_NOW = '2026-03-11T10:00:00Z';
    const after = rebuild();
    expect(after.copiedDataPages).toEqual([]);
    expect(after.pages.get('training/basics/index.html')).not.toContain('https://fixture.example/register');
    expect(after.pages.get('training/index.html')).not.toContain('https://fixture.example/register');
    expect(listed.pages.get('training/index.html')).toContain('https://fixture.example/register');
  });
  it('renders an article again when a draft it links to is published, so that the link is there', () => {
    // Welcome names its related article, so a new article in its section changes nothing else it shows.
    writeFileSync(
      join(root, SECTION, 'scheduled-exports.md'),
      '---\ntitle: Scheduled exports\norder: 4\ndraft: true\n---\n\nExports arrive by email every Monday.\n',
    );
    const welcome = join(root, SECTION, 'welcome.md');
    const linking = readFileSync(welcome, 'utf8')
      .replace('order: 1\n', 'order: 1\nrelated:\n  - kb:getting-started/first-steps/connect-data\n')
      .replace(/$/, ' Exports by email are [coming soon](./scheduled-exports.md).\n');
    writeFileSync(welcome, linking);
    const drafted = rebuild();
    expect(drafted.pages.get('welcome')).toMatch(/Exports by email are coming soon\./);
    expect(drafted.pages.get('welcome')).not.toContain('scheduled-exports');
    const published = rebuild([`${SECTION}/scheduled-exports.md`, 'draft: true\n', '']);
    expect(published.copied).not.toContain('welcome');
    expect(published.pages.get('welcome')).toContain('<a href="/kb/getting-started/first-steps/scheduled-exports/">coming soon</a>');
  });
  it('renders a folder page again when the text of its introduction changed, and copies the articles', () => {
    writeFileSync(join(root, SECTION, 'index.md'), '---\ntitle: First steps\n---\n\nThree short articles to start with.\n');
    const introduced = rebuild();
    expect(introduced.pages.get('getting-started/first-steps')).toContain('Three short articles to start with.');
    const edited = rebuild([`${SECTION}/index.md`, 'Three short articles', 'Three short guides']);
    expect(edited.copiedFolders).not.toContain('getting-started/first-steps');
    expect(edited.pages.get('getting-started/first-steps')).toContain('Three short guides to start with.');
    expect(edited.copied).toEqual(ARTICLES);
  });
});
