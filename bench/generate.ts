// Synthetic content for benchmarks: the help center of "Lumen Analytics" at about N pages (62%
// articles, 25% customer workspaces on a handful of plans, 4% courses, 5% videos), with a
// long-tailed vocabulary from vocabulary.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { weakKeyProblem } from '../src/lib/customer-key.ts';
import { slugify } from '../src/lib/slugs.ts';
import { instantOfWallTime, zoneOffsetMinutes } from '../src/lib/time-zones.ts';
import * as V from './vocabulary.ts';
import {
  articleWords,
  Author,
  capital,
  date2026,
  Dice,
  freshWord,
  narrator,
  oneOfEach,
  person,
  plural,
  shortSlug,
  type Pools,
} from './vocabulary.ts';

export interface SiteShape {
  articles: number;
  plans: number;
  /** Customers on those plans, each with a workspace page: how CS teams work, many customers per plan. */
  customers: number;
  courses: number;
  videos: number;
  faqSets: number;
  certifications: number;
  /** An .mdx and a .md article (paths from the content root) that benchmarks may edit. */
  sampleMdx?: string;
  sampleMarkdown?: string;
}

/** How many of each kind make about `pages` HTML pages. */
export function shapeFor(pages: number): SiteShape {
  const share = (fraction: number) => Math.max(2, Math.round(pages * fraction));
  return {
    articles: share(0.62),
    plans: Math.min(8, 3 + Math.floor(pages / 2000)),
    customers: share(0.25),
    courses: share(0.04),
    videos: share(0.05),
    faqSets: share(1 / 250),
    certifications: pages >= 1000 ? 3 : 2,
  };
}

// Files -------------------------------------------------------------------------------------------

type Write = (path: string, text: string) => void;
const yaml = (data: object) => jsYaml.dump(data, { lineWidth: -1, noRefs: true });

function writer(root: string): Write {
  const folders = new Set<string>();
  return (path, text) => {
    const file = join(root, path);
    const folder = join(file, '..');
    if (!folders.has(folder)) (mkdirSync(folder, { recursive: true }), folders.add(folder));
    writeFileSync(file, text);
  };
}

/** `count` drafts whose titles make different kebab ids (also different from `seen`); drafts are redrawn until new. */
function unique<T extends { title: string }>(count: number, draft: () => T, words = 6, seen = new Set<string>()): (T & { id: string })[] {
  const found: (T & { id: string })[] = [];
  for (let n = 0; found.length < count; n++) {
    const next = draft();
    // Should the drafts run out of new titles, numbered ones still end the loop.
    const crowded = n > count * 30 + 30;
    if (crowded) next.title = `${next.title} (${n})`;
    const id = crowded ? `${shortSlug(next.title, words)}-${n}` : shortSlug(next.title, words);
    if (!seen.has(id)) (seen.add(id), found.push({ ...next, id }));
  }
  return found;
}

// The knowledge base ------------------------------------------------------------------------------

interface PlannedSection {
  category: string;
  name: string;
  path: string;
  subject: string;
  proper?: 'integration' | 'sdk';
  lean: V.ArticleKind;
  /** Sentences only this section's category uses. */
  prose: string[];
  images: { file: string; title: string }[];
  articles: PlannedArticle[];
}

interface PlannedArticle {
  id: string;
  file: string;
  title: string;
  kind: V.ArticleKind;
  pools: Pools;
}

const KINDS: V.ArticleKind[] = ['howto', 'troubleshooting', 'reference', 'concept'];

/** Sections of 20–50 articles, dealt over enough categories to look like a real help center. */
function planSections(d: Dice, articleCount: number): PlannedSection[] {
  const wanted = Math.max(1, Math.round(articleCount / 32));
  const categories = V.CATEGORIES.slice(0, Math.min(V.CATEGORIES.length, wanted, Math.max(4, Math.round(Math.sqrt(wanted) * 2.5))));
  const taken = categories.map(() => 0);
  const available = categories.reduce((sum, category) => sum + category.sections.length, 0);
  for (let dealt = 0, c = 0; dealt < Math.min(wanted, available); c = (c + 1) % categories.length) {
    if (taken[c]! < categories[c]!.sections.length) (taken[c]!++, dealt++);
  }
  const sections = categories.flatMap((category, c) =>
    category.sections.slice(0, taken[c]).map((entry): PlannedSection => {
      const [name, subject = name] = entry.split('|') as [string, string?];
      const proper = V.INTEGRATIONS.includes(name) ? 'integration' : V.SDKS.includes(name) ? 'sdk' : undefined;
      return {
        category: category.name,
        name,
        path: `${slugify(category.name)}/${slugify(name)}`,
        subject,
        ...(proper ? { proper } : {}),
        lean: category.lean,
        prose: category.prose,
        images: [],
        articles: [],
      };
    }),
  );
  const weights = sections.map(() => 0.7 + 0.9 * d.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / total) * articleCount));
  for (let n = counts.reduce((a, b) => a + b, 0), s = 0; n < articleCount; n++, s++) counts[s % counts.length]!++;
  const titles = new Set<string>();
  sections.forEach((section, s) => {
    const say = narrator(d, {
      subject: [section.subject],
      subjects: [section.proper ? section.subject : plural(section.subject)],
      integration: [section.proper === 'integration' ? section.name : d.zipf(V.INTEGRATIONS)],
    });
    section.images = unique(d.int(2, 4), () => ({ title: capital(say(d.pick(V.DIAGRAMS))) })).map(({ id, title }) => ({
      file: `${id}.svg`,
      title,
    }));
    // Titles are unique across the site, so their slugs are too.
    section.articles = unique(
      counts[s]!,
      () => {
        const kind = d.chance(0.45) ? section.lean : d.pick(KINDS);
        const pools = articleWords(d, section);
        const templates = section.proper && d.chance(0.6) ? V.PROPER_TITLES[section.proper][kind] : V.TITLES[kind];
        return { title: capital(narrator(d, pools)(d.pick(templates))), kind, pools };
      },
      8,
      titles,
    ).map(({ id, ...article }, i) => ({
      ...article,
      id: `${section.path}/${id}`,
      file: `${id}.${(s === 0 && i === 0) || d.chance(0.1) ? 'mdx' : 'md'}`,
    }));
  });
  return sections;
}

const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** The Markdown body of one article: about 250–1,200 words, shaped by its kind. */
function articleBody(d: Dice, section: PlannedSection, article: PlannedArticle, links: PlannedArticle[], mdx: boolean): string {
  const author = new Author(d, article.pools);
  const { say } = author;
  const draw = (templates: readonly string[], repeats = 0) => author.draw(templates, repeats);
  const blocks: string[] = [];
  let words = 0;
  const add = (...parts: string[]) => parts.filter(Boolean).forEach((part) => (blocks.push(part), (words += part.split(' ').length)));
  // Most of the explaining comes from the category's own sentences: this article's share of them.
  const topical = d.some(section.prose, Math.round(section.prose.length * 0.7));
  const explain = () => (d.chance(0.4) ? draw(V.PROSE) || author.once(topical) : author.once(topical) || draw(V.PROSE));
  const sentences = (next: () => string, min: number, max: number) =>
    Array.from({ length: d.int(min, max) }, next)
      .filter(Boolean)
      .join(' ');
  const list = (templates: readonly string[], min: number, max: number) =>
    Array.from({ length: d.int(min, max) }, () => draw(templates, 0))
      .filter(Boolean)
      .map((item) => `- ${item}`)
      .join('\n');
  const steps = (min: number, max: number) =>
    [draw(V.STEPS.open), ...Array.from({ length: d.int(min, max) - 2 }, () => draw(V.STEPS.act, 0)), draw(V.STEPS.finish)]
      .filter(Boolean)
      .map((step, n) => `${n + 1}. ${step}`)
      .join('\n');
  /** A heading over its content, or just the content when the article has no fresh heading left. */
  const part = (level: number, headings: readonly string[], content: string) => {
    const text = capital(draw(headings, 0));
    if (content !== '') add(...(text !== '' ? [`${'#'.repeat(level)} ${text}`] : []), content);
  };
  const alert = () => {
    const type = d.pick(['NOTE', 'TIP', 'WARNING'] as const);
    add(`> [!${type}]\n> ${draw(V.ALERTS[type])}`);
  };
  const code = () => {
    const language = d.pick(['sql', 'json', 'bash', 'js'] as const);
    add(`\`\`\`${language}\n${say(d.pick(V.CODE[language]))}\n\`\`\``);
  };
  const tables = [
    () =>
      table(
        ['Setting', 'Default', 'What it does'],
        d.some(V.SETTING_ROWS, d.int(3, 6)).map(([name, value, effect]) => [capital(name), value, effect]),
      ),
    () =>
      table(
        [d.pick(['Plan', 'Tier', 'Edition']), capital(say('{unit}'))],
        d.some(V.PLAN_TIERS, d.int(3, 5)).map((tier, n) => [tier, (d.pick([5, 10, 25, 100]) * 4 ** n).toLocaleString('en-US')]),
      ),
    () =>
      table(
        ['Code', d.pick(['Message', 'Error text']), d.pick(['What to do', 'Fix', 'Resolution'])],
        Array.from({ length: d.int(2, 5) }, () => [
          freshWord(d, 'error'),
          narrator(d)(d.pick(V.ERROR_MESSAGES)),
          capital(narrator(d)(d.pick(V.FIXES))),
        ]),
      ),
    () =>
      table(
        [d.pick(['Property', 'Field', 'Key']), d.pick(['Type', 'Kind', 'Format']), d.pick(['Example', 'Sample value', 'For instance'])],
        Array.from({ length: d.int(3, 6) }, () => [
          `\`${freshWord(d, 'property')}\``,
          d.pick(['string', 'number', 'boolean', 'timestamp', 'list']),
          `\`${d.pick(V.EXAMPLE_VALUES)}\``,
        ]),
      ),
  ];
  const extras = [
    () => part(2, V.HEADINGS[article.kind], sentences(explain, 3, 6)),
    () => part(3, V.HEADINGS[article.kind], sentences(explain, 2, 4)),
    () => part(2, V.HEADINGS.howto, steps(4, 7)),
    () => add(list(V.BULLETS, 3, 5)),
    code,
    () => add(d.pick(tables)()),
    alert,
  ];

  add(`${draw(V.INTROS[article.kind])} ${sentences(explain, 1, 2)}`);
  const image = d.chance(0.6) ? d.pick(section.images) : undefined;
  if (image) add(`![${image.title}](./images/${image.file})`);
  if (mdx) add(say(d.pick(V.MDX_LIMIT_SENTENCES)));
  if (article.kind === 'howto') {
    if (d.chance(0.7)) add(`## ${V.COMMON_HEADINGS.before}`, list(V.PREREQUISITES, 2, 4));
    part(2, V.HEADINGS.howto, steps(4, 7));
    if (d.chance(0.5)) alert();
  } else if (article.kind === 'troubleshooting') {
    add(`## ${V.COMMON_HEADINGS.symptoms}`, list(V.SYMPTOM_BULLETS, 2, 4), `## ${V.COMMON_HEADINGS.causes}`);
    for (let n = d.int(2, 4); n > 0; n--) {
      part(
        3,
        V.HEADINGS.troubleshooting,
        sentences(() => draw(V.TROUBLE), 2, 3),
      );
      if (d.chance(0.4)) add(steps(3, 5));
    }
  } else if (article.kind === 'reference') {
    part(2, V.HEADINGS.reference, `${tables[0]!()}\n\n${sentences(() => draw(V.REFERENCE), 2, 3)}`);
    if (d.chance(0.4)) add(`## ${V.COMMON_HEADINGS.limits}`, tables[1]!());
  } else {
    part(2, V.HEADINGS.concept, [sentences(explain, 3, 5), sentences(explain, 2, 4)].filter(Boolean).join('\n\n'));
    if (d.chance(0.5)) code();
  }
  // Mostly prose, now and then steps, a list, code, a table or an alert; never two alike in a row.
  const target = 200 + 1000 * d.next() ** 3;
  const allowance = [99, 99, ...Array.from({ length: 5 }, () => (target > 700 ? 3 : 2))];
  for (let n = 0, last = -1; words < target && n < 40; n++) {
    const next = d.pick([0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6]);
    if (next !== last && allowance[next]! > 0) (extras[next]!(), allowance[next]!--, (last = next));
  }
  if (mdx)
    add(
      `<details>\n<summary>${d.pick(V.MDX_DETAILS_SUMMARIES)}</summary>\n\n${sentences(explain, 2, 3) || say(V.PROSE[0]!)}\n\n</details>`,
    );
  if (article.kind === 'troubleshooting') add(`## ${V.COMMON_HEADINGS.stuck}`, say(V.TROUBLE.at(-1)!));
  if (links.length > 0 && d.chance(0.5))
    add(
      `## ${d.pick([V.COMMON_HEADINGS.next, V.COMMON_HEADINGS.related])}`,
      links.map((other) => `- [${other.title}](./${other.file})`).join('\n'),
    );
  else if (links.length > 0)
    add(links.map((other) => narrator(d, { title: [other.title], href: [`./${other.file}`] })(d.pick(V.LINK_SENTENCES))).join(' '));
  return blocks.join('\n\n');
}

function diagram(title: string, labels: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const boxes = labels.map(
    (label, n) =>
      `<rect x="${10 + n * 160}" y="40" width="140" height="40" rx="6" fill="#eef2ff" stroke="#4338ca"/><text x="${80 + n * 160}" y="65" text-anchor="middle">${escape(label)}</text>`,
  );
  const arrows = labels.slice(1).map((_, n) => `<path d="M${150 + n * 160} 60h20" stroke="#4338ca" marker-end="url(#a)"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 120" role="img" font-family="sans-serif" font-size="12"><title>${escape(title)}</title><defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#4338ca"/></marker></defs>${boxes.join('')}${arrows.join('')}</svg>\n`;
}

function writeKnowledgeBase(d: Dice, write: Write, sections: PlannedSection[]) {
  const kindTag = { howto: 'setup', troubleshooting: 'troubleshooting', reference: 'reference', concept: 'concepts' };
  for (const section of sections) {
    const folder = `content/kb/${section.category}/${section.name}`;
    for (const image of section.images)
      write(`${folder}/images/${image.file}`, diagram(image.title, [section.subject, 'Lumen', d.zipf(V.FEATURES)].map(capital)));
    section.articles.forEach((article, n, articles) => {
      const others = articles.filter((other) => other !== article);
      // Mostly the next article in the section, so nearly every article has a link in.
      const links = d
        .some([d.chance(0.92) ? articles[(n + 1) % articles.length]! : d.pick(articles), ...(d.chance(0.5) ? [d.pick(articles)] : [])], 2)
        .filter((other) => other !== article);
      const mdx = article.file.endsWith('.mdx');
      const { pools } = article;
      const say = narrator(d, pools);
      const related = others.length > 0 && d.chance(0.3) ? d.some(others, d.int(1, 2)).map((other) => `kb:${other.id}`) : [];
      const segments = d.chance(0.25)
        ? d.some(
            V.SEGMENTS.map((s) => s.id),
            d.int(1, 2),
          )
        : [];
      const frontmatter = {
        title: article.title,
        description: capital(say(d.pick(V.DESCRIPTIONS[article.kind]))),
        tags: d.some(
          [slugify(section.subject), slugify(pools.feature![1]!), kindTag[article.kind], slugify(pools.integration![0]!)],
          d.int(2, 4),
        ),
        order: n + 1,
        updated: date2026(d),
        ...(related.length > 0 ? { related } : {}),
        ...(segments.length > 0 ? { segments } : {}),
      };
      const limits = mdx
        ? `export const limits = { unit: '${say('{unit}')}', starter: '${d.pick(['100', '1,000', '10'])}', growth: '${d.pick(['10,000', '5,000', '500'])}', enterprise: 'no fixed limit' };\n\n`
        : '';
      write(`${folder}/${article.file}`, `---\n${yaml(frontmatter)}---\n\n${limits}${articleBody(d, section, article, links, mdx)}\n`);
    });
  }
}

// Videos, FAQs, courses and certifications ------------------------------------------------------------

interface Catalog {
  articles: PlannedArticle[];
  byCategory: Map<string, PlannedArticle[]>;
  videos: string[];
  faqs: string[];
  courses: string[];
  certifications: string[];
}

/** A title drawn with the words the page keeps using, so that it is about one thing. */
const titled = (d: Dice, templates: readonly string[]) => {
  const pools = oneOfEach(d);
  const say = narrator(d, pools);
  return { title: capital(say(d.zipf(templates))), say, pools };
};

function writeVideos(d: Dice, write: Write, count: number): string[] {
  const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return unique(count, () => titled(d, V.VIDEO_TITLES)).map(({ id, title, say, pools }) => {
    const seconds = d.int(120, 1500);
    const author = new Author(d, pools);
    let transcript = say(V.TRANSCRIPT[0]!);
    for (let words = d.int(150, 400), line = ''; transcript.split(' ').length < words && (line = author.once(V.TRANSCRIPT.slice(1)));)
      transcript += (d.chance(0.2) ? '\n' : ' ') + line;
    const youtubeId = Array.from({ length: 11 }, () =>
      d.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_']),
    ).join('');
    write(
      `content/videos/${id}.yaml`,
      yaml({
        title,
        url: d.chance(0.7) ? `https://www.youtube.com/watch?v=${youtubeId}` : `https://vimeo.com/${d.int(100_000_000, 999_999_999)}`,
        duration: clock(seconds),
        published: `${d.pick([2025, 2026])}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`,
        description: capital(say(d.pick(V.DESCRIPTIONS.howto))),
        chapters: d
          .some(V.CHAPTER_TITLES, d.int(2, 6))
          .map((chapter, n, all) => ({ at: clock(Math.round((seconds * n) / all.length)), title: capital(say(chapter)) })),
        transcript: `${transcript}\n`,
        ...(d.chance(0.3)
          ? {
              segments: d.some(
                V.SEGMENTS.map((s) => s.id),
                d.int(1, 2),
              ),
            }
          : {}),
      }),
    );
    return `video:${id}`;
  });
}

function writeFaqs(d: Dice, write: Write, count: number, articles: PlannedArticle[]): string[] {
  const titles = [...V.FAQ_SET_TITLES, ...V.INTEGRATIONS.map((name) => `${name} questions`)].slice(0, count);
  return titles.flatMap((title, order) => {
    const id = slugify(title);
    const integration = title.endsWith(' questions') ? title.slice(0, -' questions'.length) : undefined;
    const items = unique(
      d.int(8, 25),
      () => {
        const say = narrator(d, { ...oneOfEach(d), ...(integration ? { integration: [integration] } : {}) });
        const [q, a] = d.pick(V.FAQ_ITEMS);
        return { title: say(q), answer: say(a) };
      },
      8,
    ).map(({ id: item, title: q, answer }) => {
      const article = d.chance(0.4) ? d.pick(articles) : undefined;
      return { id: item, q, a: answer + (article ? ` See [${article.title}](/kb/${article.id}/).` : '') };
    });
    write(
      `content/faqs/${id}.yaml`,
      yaml({ title, description: `Questions customers ask about ${integration ?? title.toLowerCase()}.`, order: order + 1, items }),
    );
    return [`faq:${id}`, ...items.filter(() => d.chance(0.1)).map((item) => `faq:${id}#${item.id}`)];
  });
}

function isoWithOffset(instant: Date, zone: string): string {
  const offset = zoneOffsetMinutes(instant, zone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Dated sessions, or a recurring schedule, at office hours in the host's zone; always in the future. */
function liveDates(d: Dice, now: number, minutes: number, registerUrl: string, host: string) {
  const officeHour = (days: number, zone: string) => {
    const day = new Date(now + days * 86_400_000);
    const wall = {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: d.pick([9, 10, 11, 14, 15, 16]),
      minute: d.pick([0, 0, 30]),
    };
    return isoWithOffset(instantOfWallTime(wall, zone), zone);
  };
  if (d.chance(0.3)) {
    const [rrule, weekday] = d.pick(V.RRULES);
    const firstOfMonth = rrule.includes('=1');
    let first = d.int(3, 20);
    while (
      new Date(now + first * 86_400_000).getUTCDay() !== weekday ||
      (firstOfMonth && new Date(now + first * 86_400_000).getUTCDate() > 7)
    )
      first++;
    const { zone } = d.pick(V.ZONES);
    return {
      schedule: {
        rrule,
        start: officeHour(first, zone),
        timezone: zone,
        minutes,
        registerUrl,
        host: `The Lumen ${d.pick(['customer success', 'solutions', 'training'])} team`,
      },
    };
  }
  let day = d.int(5, 20);
  return {
    sessions: Array.from({ length: d.int(2, 6) }, () => {
      const { zone, city } = d.pick(V.ZONES);
      const start = officeHour((day += d.int(10, 30)), zone);
      return {
        id: `${start.slice(0, 10)}-${city}`,
        start,
        timezone: zone,
        minutes,
        registerUrl: `${registerUrl}?session=${start.slice(0, 10)}-${city}`,
        host,
      };
    }),
  };
}

function writeCourses(d: Dice, write: Write, count: number, catalog: Catalog, now: number): string[] {
  return unique(count, () => titled(d, V.COURSE_TITLES)).map(({ id, title, say }) => {
    const format = d.pick(['self-paced', 'self-paced', 'group', 'webinar', 'one-on-one'] as const);
    const live = format === 'group' || format === 'webinar';
    const minutes = d.pick([45, 60, 90]);
    // A course reads from one category of the knowledge base, as real curricula do.
    const reading = d.pick([...catalog.byCategory.values()]);
    const resources = () => [
      ...d.some(reading, d.int(1, 3)).map((a) => `kb:${a.id}`),
      ...(d.chance(0.3) ? [d.pick(catalog.videos)] : []),
      ...(d.chance(0.15) ? [d.pick(catalog.faqs)] : []),
    ];
    write(
      `content/courses/${id}.yaml`,
      yaml({
        title,
        summary: say(d.pick(V.COURSE_SUMMARIES)),
        format,
        duration:
          format === 'self-paced'
            ? `about ${d.int(1, 6)} hours`
            : format === 'group'
              ? `${d.int(2, 4)} × ${minutes} minutes`
              : `${minutes} minutes`,
        level: d.zipf(['beginner', 'intermediate', 'advanced']),
        audience: d.pick(V.AUDIENCES),
        segments: d
          .some(
            V.SEGMENTS.map((s) => s.id),
            d.int(1, 3),
          )
          .map((segment, n) => ({
            segment,
            ...(segment === 'enterprise' && live && d.chance(0.3) ? { format: 'one-on-one', duration: `${d.int(2, 4)} × 90 minutes` } : {}),
            note: say(V.SEGMENT_NOTES[(n + d.int(0, 9)) % V.SEGMENT_NOTES.length]!),
          })),
        modules: d
          .some(V.MODULE_TITLES, d.int(2, 5))
          .map((module) => ({
            title: capital(say(module)),
            outcomes: d.some(V.OUTCOMES, d.int(1, 3)).map((outcome) => capital(say(outcome))),
            resources: resources(),
          })),
        ...(live
          ? liveDates(
              d,
              now,
              minutes,
              `https://academy.${V.COMPANY.domain}/training/${id}/register`,
              `${person(d)}, ${d.pick(V.CS_TITLES)}`,
            )
          : {}),
      }),
    );
    return `course:${id}`;
  });
}

function writeCertifications(d: Dice, write: Write, count: number, catalog: Catalog): string[] {
  return V.CERTIFICATIONS.slice(0, count).flatMap((program) => {
    const levels = program.levels.map(({ validFor, benefits, ...level }, n) => ({
      ...level,
      requires: [
        n > 0 ? `cert:${program.id}/${program.levels[n - 1]!.id}` : `kb:${d.pick(catalog.articles).id}`,
        ...d.some(catalog.courses, d.int(1, 2)),
        ...(d.chance(0.4) ? [d.pick(catalog.videos)] : []),
      ],
      exam: { format: V.EXAM_FORMATS[Math.min(n, 2)]!, questions: 30 + 10 * n, minutes: 45 + 30 * n, passMark: 75 + 5 * Math.min(n, 1) },
      validFor,
      benefits,
    }));
    write(
      `content/certifications/${program.id}.yaml`,
      yaml({ title: program.title, summary: program.summary, issuer: V.COMPANY.name, levels, internal: { adoption: program.adoption } }),
    );
    return [`cert:${program.id}`, ...program.levels.map((level) => `cert:${program.id}/${level.id}`)];
  });
}

// Onboarding plans --------------------------------------------------------------------------------

/** A health model: 3–5 factors whose weights add up to 100, and 3–4 bands with floors down to 0. */
function healthModel(d: Dice) {
  const factors = d.some(V.HEALTH_FACTORS, d.int(3, 5));
  const weights = factors.map(() => 10);
  for (let left = 100 - 10 * factors.length; left > 0; left -= 5) weights[d.int(0, weights.length - 1)]! += 5;
  const bandSet = d.pick(V.BAND_SETS);
  const floors =
    bandSet.length === 3 ? [5 * d.int(14, 17), 5 * d.int(8, 11), 0] : [5 * d.int(17, 18), 5 * d.int(13, 15), 5 * d.int(8, 10), 0];
  const severity = bandSet.length === 3 ? [0, 2, 3] : [0, 1, 2, 3];
  return {
    health: {
      cadence: d.pick(['weekly', 'weekly', 'daily', 'monthly']),
      factors: factors.map(({ signals, ...factor }, n) => ({ ...factor, weight: weights[n]!, ...(d.chance(0.7) ? { signals } : {}) })),
      bands: bandSet.map(([id, label], n) => ({
        id,
        label,
        floor: floors[n]!,
        ...(d.chance(0.6) ? { description: d.pick(V.BAND_DESCRIPTIONS[severity[n]!]!) } : {}),
      })),
    },
    responseProtocols: bandSet.map(([band], n) => ({ band, action: V.RESPONSES[severity[n]!]![0], within: V.RESPONSES[severity[n]!]![1] })),
  };
}

/** One customer's onboarding plan; every 33rd or so is a draft that stops before the milestones step. */
function plan(d: Dice, customer: string, catalog: Catalog, draft: boolean) {
  const words: Pools = { ...oneOfEach(d), customer: [customer], team: d.some(V.TEAMS, 2, d.zipf) };
  const say = narrator(d, words);
  const milestones = d
    .some([1, 2, 3, 4, 5] as const, d.int(3, 5))
    .sort()
    .map((phase) => {
      const idea = d.pick(V.MILESTONES.filter((m) => m.phase === phase));
      const articles = catalog.byCategory.get(idea.category) ?? catalog.articles;
      const helpedBy = [
        ...d.some(articles, d.int(1, 2)).map((a) => `kb:${a.id}`),
        ...(d.chance(0.5) ? [d.pick(catalog.courses)] : []),
        ...(d.chance(0.4) ? [d.pick(catalog.videos)] : []),
        ...(d.chance(0.2) ? [d.pick(catalog.faqs)] : []),
      ];
      const [from, to] = V.PHASE_DAYS[phase];
      return {
        id: slugify(idea.name),
        name: idea.name,
        description: say(idea.description),
        dueDay: d.int(from, to),
        done: idea.done.map(say),
        health: { reached: 5 * d.int(1, 4), missed: -5 * d.int(1, 4) },
        ifMissed: d.pick(idea.ifMissed),
        helpedBy,
      };
    });
  const [first, last] = [milestones[0]!, milestones.at(-1)!];
  const summarise = narrator(d, {
    ...words,
    first: [first.name.toLowerCase()],
    last: [last.name.toLowerCase()],
    firstDay: [String(first.dueDay)],
    days: [String(last.dueDay)],
  });
  const { health, responseProtocols } = healthModel(d);
  return {
    title: `${customer} onboarding`,
    segment: d.pick(['smb', 'smb', 'smb', 'mid-market', 'mid-market', 'enterprise']),
    summary: summarise(d.pick(V.PLAN_SUMMARIES)),
    stepsCompleted: [
      'step-01-discovery',
      'step-02-stakeholders',
      ...(draft ? [] : ['step-03-success-milestones', ...(d.chance(0.5) ? ['step-04-training-plan'] : [])]),
    ],
    milestones,
    health,
    training: {
      selfService: {
        resources: [
          ...d.some(catalog.articles, d.int(1, 2)).map((a) => `kb:${a.id}`),
          ...d.some(catalog.videos, d.int(0, 1)),
          ...d.some(catalog.faqs, d.int(0, 1)),
        ],
        community: d.some(V.COMMUNITY, d.int(1, 2)),
      },
      guided: d
        .some(catalog.courses, d.int(1, 3))
        .map((course) => ({
          course,
          when: `milestone:${d.pick(milestones).id}`,
          ...(d.chance(0.2) ? { format: d.pick(['one-on-one', 'group']) } : {}),
        })),
      ...(d.chance(0.8) ? { certification: d.pick(catalog.certifications) } : {}),
    },
    internal: {
      retentionInsight: summarise(d.pick(V.RETENTION_INSIGHTS)),
      owner: `${person(d)}, ${d.pick(V.CS_TITLES)}`,
      monitoredBy: d.pick(V.MONITORED_BY),
      responseProtocols,
    },
  };
}

/** Customers on the generated plans, somewhere between kickoff and the end of their plan. */
function writeCustomers(
  d: Dice,
  write: Write,
  count: number,
  plans: { id: string; milestones: { id: string; dueDay: number; done: string[] }[] }[],
  now: number,
) {
  const csms = Array.from({ length: Math.max(3, Math.round(count / 60)) }, () => person(d));
  const keys = new Set<string>();
  const DAY = 86_400_000;
  const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
  unique(
    count,
    () => ({
      title: `${freshWord(d, 'customer')} ${d.pick(['Labs', 'Group', 'Health', 'Systems', 'Logistics', 'Retail', 'Studio', 'Bank'])}`,
    }),
    5,
  ).forEach(({ id, title }) => {
    const plan = d.pick(plans);
    const lastDay = plan.milestones.at(-1)!.dueDay;
    const kickoff = now - d.int(1, lastDay + 30) * DAY;
    let key = '';
    while (key === '' || keys.has(key) || weakKeyProblem(key))
      key = Array.from({ length: 32 }, () => '0123456789abcdef'[d.int(0, 15)]).join('');
    keys.add(key);
    const progress: Record<string, object> = {};
    for (const milestone of plan.milestones) {
      const due = kickoff + milestone.dueDay * DAY;
      // Reached a little early or late, never today or later (the validator refuses future dates).
      const reachedOn = due + d.int(-5, 8) * DAY;
      if (reachedOn < now - DAY && d.chance(0.85)) progress[milestone.id] = { reached: isoDay(Math.max(reachedOn, kickoff)) };
      else if (d.chance(0.05))
        progress[milestone.id] = {
          status: 'blocked',
          note: 'Waiting for the customer’s IT team to approve the change.',
          checked: milestone.done.slice(0, 1),
        };
      else if (d.chance(0.5)) progress[milestone.id] = { checked: d.some(milestone.done, d.int(1, milestone.done.length)) };
      if (!('reached' in (progress[milestone.id] ?? {}))) break;
    }
    const csm = d.pick(csms);
    write(
      `customers/${id}.yaml`,
      yaml({
        name: title,
        plan: plan.id,
        kickoff: isoDay(kickoff),
        timezone: d.pick(V.ZONES).zone,
        key,
        contacts: [
          { role: 'Executive sponsor', name: person(d) },
          { role: 'Admin', ...(d.chance(0.7) ? { name: person(d) } : {}) },
        ],
        csm: { name: csm, email: `${slugify(csm)}@${V.COMPANY.domain}`, bookingUrl: `https://${V.COMPANY.domain}/meet/${slugify(csm)}` },
        progress,
        internal: {
          ...(d.chance(0.8) ? { health: { score: d.int(20, 98), asOf: isoDay(now - d.int(1, 10) * DAY) } } : {}),
          risks: d.chance(0.3) ? ['The sponsor changed roles; a new one is not named yet.'] : [],
        },
      }),
    );
  });
}

export function generateSite(root: string, pages: number, seed = 42, { customers }: { customers?: number } = {}): SiteShape {
  const shape = { ...shapeFor(pages), ...(customers !== undefined ? { customers } : {}) };
  const d = new Dice(seed);
  const write = writer(root);
  write('content/site.yaml', yaml(V.SITE));
  const sections = planSections(d, shape.articles);
  writeKnowledgeBase(d, write, sections);
  const byCategory = new Map<string, PlannedArticle[]>();
  for (const section of sections) byCategory.set(section.category, [...(byCategory.get(section.category) ?? []), ...section.articles]);
  const catalog: Catalog = {
    articles: sections.flatMap((section) => section.articles),
    byCategory,
    videos: [],
    faqs: [],
    courses: [],
    certifications: [],
  };
  catalog.videos = writeVideos(d, write, shape.videos);
  catalog.faqs = writeFaqs(d, write, shape.faqSets, catalog.articles);
  catalog.courses = writeCourses(d, write, shape.courses, catalog, Date.now());
  catalog.certifications = writeCertifications(d, write, shape.certifications, catalog);
  const plans = unique(shape.plans, () => ({ title: freshWord(d, 'customer') }), 4).map(({ id, title }, n) => {
    const data = plan(d, title, catalog, Math.floor((n + 1) * 0.03) > Math.floor(n * 0.03));
    write(`plans/${id}.yaml`, yaml(data));
    return { id, draft: !data.stepsCompleted.includes('step-03-success-milestones'), milestones: data.milestones };
  });
  // Last, so the same seed gives the same content with or without customers.
  writeCustomers(
    new Dice(seed + 1),
    write,
    shape.customers,
    plans.filter((p) => !p.draft),
    Date.now(),
  );

  const first = sections[0]!;
  const markdown = first.articles.find((article) => article.file.endsWith('.md'))!;
  return {
    ...shape,
    sampleMdx: `content/kb/${first.category}/${first.name}/${first.articles[0]!.file}`,
    sampleMarkdown: `content/kb/${first.category}/${first.name}/${markdown.file}`,
  };
}
