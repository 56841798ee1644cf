// How articles are turned into HTML: the parser features and plugins, in order. The portal
// renders with them (astro.config.mjs), and the validator reads anchors with the same ones
// (src/content/article-outline.ts), so a link it accepts finds its anchor on the built page.
import { admonitions } from './admonitions.ts';
import { articleLinks, type ArticleLinkOptions } from './article-links.ts';
import { codeLanguages } from './code-languages.ts';
import { deadJsxAddresses } from './dead-addresses.ts';
import { exportBlocks } from './export-blocks.ts';
import { MARKDOWN_FEATURES } from './features.ts';
import { githubAlerts } from './github-alerts.ts';
import { headingAnchors } from './heading-anchors.ts';
import { jsxImages } from './jsx-images.ts';
import { localImagePaths } from './image-paths.ts';
import { literalSyntax } from './literal-syntax.ts';
import { rawHtmlForThePolicy } from './raw-html.ts';
import { rawHtmlImages } from './raw-images.ts';
import { referenceImages } from './reference-images.ts';
import { scrollTables } from './scroll-tables.ts';
import { titleHeadingPlugin } from './title-heading.ts';
import { unknownComponents } from './unknown-components.ts';

export const ARTICLE_FEATURES = MARKDOWN_FEATURES;

export const ARTICLE_MDAST_PLUGINS = [
  exportBlocks,
  literalSyntax,
  admonitions,
  localImagePaths,
  referenceImages,
  rawHtmlImages,
  jsxImages,
  deadJsxAddresses,
  unknownComponents,
  codeLanguages,
];

/** Plugins that shape the HTML (and its ids); links are rewritten only for the portal. */
export const ARTICLE_SHAPE_PLUGINS = [titleHeadingPlugin, githubAlerts, headingAnchors];

export function articleProcessorOptions(base: string, links: ArticleLinkOptions = {}) {
  return {
    features: ARTICLE_FEATURES,
    mdastPlugins: ARTICLE_MDAST_PLUGINS,
    hastPlugins: [titleHeadingPlugin, githubAlerts, articleLinks(base, links), headingAnchors, scrollTables, rawHtmlForThePolicy],
  };
}
