// Frontmatter of a knowledge-base article (content/kb/**/<article>.md|mdx) or of a folder's
// index.md / _index.md. Frontmatter is optional and exports carry keys of their own tools: the
// keys below are read and checked, every other key is kept in the file and ignored.
import { z } from 'zod';
import { matching, reference, segmentId, segmentIds, text } from './common.ts';

/** An old path of the article, like "/hc/en-us/articles/360001234-Reset-your-password". */
const oldPath = matching(
  /^(?![a-z][a-z0-9+.-]*:)(?!.*(?:^|\/)\.\.(?:\/|$))[^\s?#[\]]+$/i,
  'redirect-path',
  'Write an old address as a path on this site, like "/help/reset-password": without https://, spaces, "..", ?, # or brackets',
).meta({ description: 'An old path of this article; it redirects here.' });

const oldPaths = (description: string) => z.array(oldPath).default([]).meta({ description });

// Exports write some values in a form YAML reads as another type: `title: 404` is a number,
// `tags: billing` one text, `order: "3"` and `draft: "false"` text. Each means what it says, so it
// is read as meant instead of stopping the build.
/** Text, or a number read as its text (`title: 404`). */
const textOrNumber = (description: string) => z.union([text(description), z.number().transform(String)]).meta({ description });
/** A list, or one value standing for a list of one (`tags: billing`). */
const listOrOne = <T extends z.ZodType<string, unknown>>(item: T, description: string) =>
  z.union([z.array(item), item.transform((value) => [value])]).meta({ description });
/** A number, or text that is one (`order: "3"`). */
const numberOrNumeral = (description: string) =>
  z
    .union([
      z.number(),
      // Text that is no numeral is the wrong type, as it was before: "should be a number".
      z.string().transform((written, ctx) => {
        if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(written)) return Number(written);
        ctx.issues.push({ code: 'invalid_type', expected: 'number', input: written });
        return z.NEVER;
      }),
    ])
    .meta({ description });
/** true or false, or the text of one (`draft: "false"`). */
const booleanOrWord = (description: string) =>
  z.union([z.boolean(), z.enum(['true', 'false']).transform((word) => word === 'true')]).meta({ description });

export const articleSchema = z
  .object({
    title: textOrNumber('Article title; without it, the first "# " heading, else the file name.').optional(),
    description: textOrNumber('One or two sentences shown in lists and search results.').optional(),
    tags: listOrOne(z.union([z.string().min(1), z.number().transform(String)]), 'Free-form tags.').default([]),
    segments: listOrOne(segmentId, segmentIds.description ?? '').default([]),
    order: numberOrNumeral('Position among its siblings; lower comes first. In an index.md, the position of its folder.').optional(),
    updated: z.coerce.date().optional().meta({ description: 'Last meaningful update (YYYY-MM-DD); defaults to the last git commit.' }),
    related: listOrOne(reference(['kb', 'faq', 'video', 'course']), 'Related content shown under the article.').default([]),
    draft: booleanOrWord('Drafts are validated but not published.').default(false),
    aliases: oldPaths('Old paths of this article (Hugo); each redirects here.'),
    redirectFrom: oldPaths('Old paths of this article; each redirects here.'),
    // The same meanings under the names other tools' exports use.
    redirect_from: oldPaths('Jekyll: the same as redirectFrom.'),
    sidebar_position: numberOrNumeral('Docusaurus: used as order when order is absent.').optional(),
    weight: numberOrNumeral('Hugo: used as order when order is absent.').optional(),
    // Any shape: VuePress writes `sidebar: auto` or `false`, Starlight `sidebar: { order: 2, label: … }`.
    sidebar: z.unknown().optional().meta({ description: 'Starlight: sidebar.order is used as order when order is absent.' }),
    // A docs site's home page (VitePress `layout: home`, Starlight `template: splash`) says what it is here.
    hero: z
      .unknown()
      .optional()
      .meta({
        description:
          'VitePress and Starlight: hero.title or hero.name is the title, hero.tagline or hero.text the description, where absent.',
      }),
    nav_order: numberOrNumeral('Just the Docs: used as order when order is absent.').optional(),
    position: numberOrNumeral('Zendesk exports: used as order when order is absent.').optional(),
    lastmod: z.coerce.date().optional().meta({ description: 'Hugo: used as updated when updated is absent.' }),
    last_modified_at: z.coerce.date().optional().meta({ description: 'Jekyll: used as updated when updated is absent.' }),
    updated_at: z.coerce.date().optional().meta({ description: 'Help-center exports: used as updated when updated is absent.' }),
    updatedAt: z.coerce.date().optional().meta({ description: 'ReadMe: used as updated when updated is absent.' }),
    excerpt: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'ReadMe: its one-line summary, used as description when description is absent.' }),
    // ReadMe keeps a hidden page out of its navigation; the portal reads it as a draft, so the
    // customer edition does not publish it (unlisted pages are for customer workspaces only).
    hidden: booleanOrWord('ReadMe: a page hidden from its navigation; read as draft: true.').optional(),
  })
  .meta({
    title: 'Milepost knowledge-base article',
    description: 'Frontmatter of a help article or of a folder index (all optional; other keys are ignored).',
  });

export type ArticleFrontmatter = z.output<typeof articleSchema>;

/** What pages get of an article (and of a folder index): the frontmatter with its gaps filled. */
export const articleDataSchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  segments: z.array(z.string()),
  order: z.number().optional(),
  updated: z.coerce.date().optional(),
  related: z.array(z.string()),
  draft: z.boolean(),
  /** Old paths that redirect to the article, as written. */
  redirects: z.array(z.string()),
  /**
   * The id of the title heading the page shows as its h1 instead of in the body: GitHub's slug of
   * it, so a link written for GitHub (`stream.md#stream`) leads to the title (article-outline.ts).
   */
  titleAnchor: z.string().optional(),
});

export type ArticleData = z.output<typeof articleDataSchema>;
