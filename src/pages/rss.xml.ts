// RSS 2.0 feed of help articles, newest update first.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { escapeXml } from '../lib/escape.ts';
import { routes } from '../lib/routes.ts';
import { kbTree } from '../site/kb-tree.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('site', 'site'))!.data;
  const origin = site?.href ?? settings.site ?? 'https://milepost.invalid/';
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const absolute = (path: string) => new URL(base + path, origin).href;
  const tree = await kbTree();
  const articles = [tree.root, ...tree.folders]
    .flatMap((folder) => folder.articles)
    .map((article) => ({ article, updated: tree.updated.get(article.id) }))
    .sort((a, b) => (b.updated?.getTime() ?? 0) - (a.updated?.getTime() ?? 0))
    .slice(0, 50);
  const items = articles.map(({ article, updated }) =>
    [
      '<item>',
      `<title>${escapeXml(article.data.title)}</title>`,
      `<link>${escapeXml(absolute(routes.article(article.id)))}</link>`,
      `<guid isPermaLink="true">${escapeXml(absolute(routes.article(article.id)))}</guid>`,
      article.data.description ? `<description>${escapeXml(article.data.description)}</description>` : '',
      updated ? `<pubDate>${updated.toUTCString()}</pubDate>` : '',
      '</item>',
    ].join(''),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(`${settings.name}: help articles`)}</title><link>${escapeXml(absolute('/kb/'))}</link><description>${escapeXml('New and updated help articles')}</description><language>en</language>${items.join('\n')}</channel></rss>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
