// An image-heavy help center as a Zendesk-style export has it: about 400 how-to articles in
// <Category>/<Section>/ folders, each with an img/ folder beside it holding the screenshots (PNG,
// 600–2,400 px wide) and photos (JPEG) its articles show, linked relatively from the Markdown.
// The rest of the content root (site.yaml, a plan, a course…) is tests/fixtures/minimal.
// Generated once per size and seed into bench/out/ (drawing ~470 images takes a while) and
// copied from there for every build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { photoJpeg, screenshotPng } from './screenshots.ts';
import * as V from './vocabulary.ts';
import { articleWords, Author, capital, Dice, narrator, shortSlug } from './vocabulary.ts';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const MINIMAL = join(PROJECT, 'tests/fixtures/minimal');

export interface HelpCenter {
  root: string;
  articles: number;
  screenshots: number;
  photos: number;
  imageBytes: number;
  /** An article with screenshots (path from the content root) that benchmarks may edit. */
  sampleArticle: string;
}

interface Picture {
  file: string;
  alt: string;
  kind: 'screenshot' | 'photo';
}

interface PlannedArticle {
  folder: string;
  file: string;
  title: string;
  kind: V.ArticleKind;
  pictures: Picture[];
}

/** How many pictures an article shows: about a third none, most one to three, a few long walkthroughs. */
const pictureCount = (d: Dice, kind: V.ArticleKind) => (kind === 'howto' ? d.pick([0, 1, 1, 1, 2, 2, 3]) : d.pick([0, 0, 1, 1, 2]));

function planArticles(d: Dice, count: number): PlannedArticle[] {
  const sections = V.CATEGORIES.slice(0, 6).flatMap((category) =>
    category.sections
      .slice(0, 4)
      .map((entry) => ({ category, name: entry.split('|')[0]!, subject: entry.split('|')[1] ?? entry.split('|')[0]! })),
  );
  const titles = new Set<string>();
  const planned: PlannedArticle[] = [];
  for (let n = 0; planned.length < count; n++) {
    const section = sections[n % sections.length]!;
    const kind = d.chance(0.55) ? 'howto' : d.pick<V.ArticleKind>(['troubleshooting', 'reference', 'concept']);
    const title = capital(narrator(d, articleWords(d, section))(d.pick(V.TITLES[kind])));
    const slug = shortSlug(title, 8);
    if (titles.has(slug)) continue;
    titles.add(slug);
    const folder = `content/kb/${section.category.name}/${section.name}`;
    const pictures = Array.from({ length: pictureCount(d, kind) }, (_, i): Picture => {
      const photo = i === 0 && d.chance(0.1);
      return {
        file: `img/${slug.slice(0, 40)}-${i + 1}.${photo ? 'jpg' : 'png'}`,
        alt: photo
          ? `${capital(d.pick(V.FEATURES))} team at work`
          : `The ${d.pick(V.FEATURES)} ${d.pick(['page', 'settings', 'dialog', 'list'])}`,
        kind: photo ? 'photo' : 'screenshot',
      };
    });
    planned.push({ folder, file: `${slug}.md`, title, kind, pictures });
  }
  return planned;
}

/** A how-to in the shape help centers write them: what it does, before you start, numbered steps with a screenshot after some; a link to the next article in the section. */
function articleBody(d: Dice, article: PlannedArticle, next: PlannedArticle): string {
  const author = new Author(d, V.oneOfEach(d));
  const blocks = [`${author.draw(V.INTROS[article.kind]) || author.say(V.INTROS[article.kind][0]!)} ${author.draw(V.PROSE)}`];
  const pictures = [...article.pictures];
  const picture = () => {
    const next = pictures.shift();
    return next ? `![${next.alt}](${next.file})` : '';
  };
  if (article.pictures[0]?.kind === 'photo') blocks.push(picture());
  if (article.kind === 'howto') {
    blocks.push(
      `## ${V.COMMON_HEADINGS.before}`,
      V.PREREQUISITES.slice(0, d.int(2, 3))
        .map((item) => `- ${author.say(item)}`)
        .join('\n'),
    );
    const steps = [
      author.draw(V.STEPS.open),
      ...Array.from({ length: Math.max(pictures.length + 1, d.int(3, 6)) }, () => author.draw(V.STEPS.act, 2)),
      author.draw(V.STEPS.finish),
    ].filter(Boolean);
    blocks.push(`## ${capital(author.draw(V.HEADINGS.howto, 0) || 'Steps')}`);
    // A screenshot indented under its step, as exports write them, so the numbering goes on.
    blocks.push(steps.map((step, n) => `${n + 1}. ${step}${n > 0 && pictures.length > 0 ? `\n\n   ${picture()}` : ''}`).join('\n'));
  } else {
    for (let n = d.int(2, 3); n > 0; n--) {
      blocks.push(
        `## ${capital(author.draw(V.HEADINGS[article.kind], 0) || 'More about this')}`,
        [author.draw(V.PROSE), author.draw(V.PROSE), author.draw(V.TROUBLE)].filter(Boolean).join(' '),
      );
      if (pictures.length > 0) blocks.push(picture());
    }
  }
  while (pictures.length > 0) blocks.push(picture());
  if (d.chance(0.4)) blocks.push(`> [!NOTE]\n> ${author.draw(V.ALERTS.NOTE) || author.say(V.ALERTS.NOTE[0]!)}`);
  blocks.push(`## ${V.COMMON_HEADINGS.next}`, `- [${next.title}](./${next.file})`);
  return blocks.filter(Boolean).join('\n\n');
}

/** Runs `task` over `items`, as many at a time as there are cores. */
async function inParallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
}

async function generate(root: string, count: number, seed: number): Promise<Omit<HelpCenter, 'root'>> {
  const d = new Dice(seed);
  cpSync(MINIMAL, root, { recursive: true });
  const articles = planArticles(d, count);
  const folders = new Set<string>();
  const bySection = Map.groupBy(articles, (article) => article.folder);
  articles.forEach((article) => {
    if (!folders.has(article.folder)) (mkdirSync(join(root, article.folder, 'img'), { recursive: true }), folders.add(article.folder));
    // Every article links to the next in its section, so none is an orphan; the last one to the first.
    const section = bySection.get(article.folder)!;
    const next = section[(section.indexOf(article) + 1) % section.length]!;
    const description = capital(narrator(d, V.oneOfEach(d))(d.pick(V.DESCRIPTIONS[article.kind])));
    writeFileSync(
      join(root, article.folder, article.file),
      `---\ntitle: ${JSON.stringify(article.title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${articleBody(d, article, next)}\n`,
    );
  });
  // Each picture is drawn from a seed of its own, so the parallel drawing gives the same files every time.
  const pictures = articles.flatMap((article) =>
    article.pictures.map((picture) => ({ path: join(root, article.folder, picture.file), kind: picture.kind, seed: d.int(1, 2 ** 30) })),
  );
  let imageBytes = 0;
  await inParallel(pictures, async ({ path, kind, seed }) => {
    const bytes = kind === 'photo' ? (await photoJpeg(new Dice(seed))).jpeg : (await screenshotPng(new Dice(seed))).png;
    writeFileSync(path, bytes);
    imageBytes += bytes.length;
  });
  const sample = articles.find((article) => article.pictures.length >= 2 && article.kind === 'howto') ?? articles[0]!;
  return {
    articles: articles.length,
    screenshots: pictures.filter((p) => p.kind === 'screenshot').length,
    photos: pictures.filter((p) => p.kind === 'photo').length,
    imageBytes,
    sampleArticle: `${sample.folder}/${sample.file}`,
  };
}

/** The help center of `articles` articles, generated into bench/out/ unless it already is there. */
export async function helpCenter(articles = 400, seed = 13): Promise<HelpCenter> {
  // Named after the generator's own code too, so a changed generator never reuses an old copy.
  const code = createHash('sha256');
  for (const file of ['help-center.ts', 'screenshots.ts']) code.update(readFileSync(new URL(file, import.meta.url)));
  const root = join(PROJECT, `bench/out/help-center-${articles}-${seed}-${code.digest('hex').slice(0, 8)}`);
  const summary = join(root, '.help-center.json');
  if (!existsSync(summary)) {
    rmSync(root, { recursive: true, force: true });
    const shape = await generate(root, articles, seed);
    writeFileSync(summary, JSON.stringify(shape, null, 2));
  }
  return { root, ...(JSON.parse(readFileSync(summary, 'utf8')) as Omit<HelpCenter, 'root'>) };
}

/** A fresh copy of the help center to build and edit. */
export function copyHelpCenter(center: HelpCenter, to: string): string {
  cpSync(center.root, to, { recursive: true, filter: (source) => !source.endsWith('.help-center.json') });
  return to;
}
