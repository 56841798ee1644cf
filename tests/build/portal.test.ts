// The sample portal as customers get it: every page type with its real content, every internal
// link and anchor resolving, calendars and badges that parse.

import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, rememberValidation } from '../../src/content/load.ts';
import { validateRoot } from '../../src/content/validate.ts';
import { upcomingSessions } from '../../src/lib/sessions.ts';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-24T00:00:00Z';
rememberValidation(validateRoot(ROOT));
const content = loadContent(ROOT, 'customer');

describe('the sample portal', () => {
  let build: BuildResult;
  let files: string[];
  const page = (path: string) => readText(build.outDir, path);
  beforeAll(() => {
    build = buildSite(ROOT, { env: { MILEPOST_NOW: NOW } });
    files = listFiles(build.outDir);
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('shows every milestone of every published plan with its due day, done items and timeline marker', () => {
    expect(content.plans.length).toBe(3);
    for (const plan of content.plans) {
      const html = page(`plans/${plan.id}/index.html`);
      expect(html.match(/<g class="marker"/g) ?? []).toHaveLength(plan.data.milestones.length);
      for (const milestone of plan.data.milestones) {
        expect(html).toContain(`id="milestone-${milestone.id}"`);
        expect(html).toContain(`Day ${milestone.dueDay}`);
        for (const item of milestone.done) expect(html).toContain(item.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }
      for (const factor of plan.data.health.factors) expect(html).toContain(`${factor.weight}%`);
      for (const band of plan.data.health.bands) expect(html).toContain(band.label);
      expect(html).toContain('data-planner');
      expect(html).toContain('data-calculator');
    }
    expect(files).not.toContain('plans/partner-led/index.html');
  });

  it('lists upcoming sessions on their course pages (the next 8 of a recurring one) and all of them in the training calendar', () => {
    const sessions = upcomingSessions(content.courses, new Date(NOW), 365);
    expect(sessions.length).toBeGreaterThan(20);
    const shown = [...sessions.filter((s) => !s.recurring), ...sessions.filter((s) => s.recurring).slice(0, 8)];
    for (const session of shown) expect(page(`training/${session.courseId}/index.html`)).toContain(`id="session-${session.id}"`);
    const ics = page('training/calendar.ics');
    expect(ics.match(/BEGIN:VEVENT/g) ?? []).toHaveLength(sessions.length);
    expect(ics).toContain('DTSTART:20261208T160000Z'); // Admin bootcamp, 11:00 in New York
    for (const session of sessions.filter((s) => !s.recurring)) expect(files).toContain(`training/${session.courseId}/${session.id}.ics`);
  });

  it('never shows a session that has already ended', () => {
    const past = content.courses.flatMap((course) => course.data.sessions.filter((s) => new Date(s.start) < new Date(NOW)));
    expect(past).toEqual([]); // the sample has none; the unit tests cover dropping them
    expect(page('training/office-hours/index.html')).not.toContain('session-20261119-1700');
  });

  it('builds filter pages for every format and segment', () => {
    for (const format of ['self-paced', 'one-on-one', 'group', 'webinar']) expect(files).toContain(`training/format/${format}/index.html`);
    for (const segment of ['smb', 'mid-market', 'enterprise']) expect(files).toContain(`training/segment/${segment}/index.html`);
    expect(page('training/format/webinar/index.html').match(/data-course data-format="webinar"[^>]*>/g)?.filter((tag) => !tag.includes('hidden'))).toHaveLength(2);
  });

  it('publishes every certification level with a badge and an Open Badges achievement', () => {
    for (const cert of content.certifications) {
      const html = page(`certification/${cert.id}/index.html`);
      for (const level of cert.data.levels) {
        expect(html).toContain(`id="level-${level.id}"`);
        expect(page(`certification/${cert.id}/${level.id}.svg`)).toMatch(/<title>[^<]+<\/title>/);
        const achievement = JSON.parse(page(`certification/${cert.id}/${level.id}.json`));
        expect(achievement.type).toEqual(['Achievement']);
        expect(achievement.id).toBe(`https://academy.brightline.example/certification/${cert.id}/${level.id}.json`);
      }
    }
  });

  it('has a page for every published article, with breadcrumbs and a table of contents', () => {
    expect(content.articles.length).toBeGreaterThanOrEqual(24);
    for (const article of content.articles) {
      const html = page(`kb/${article.id}/index.html`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${article.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
      expect(html).toContain('aria-label="Breadcrumb"');
    }
    expect(files).toContain('kb/administration/equipes-et-roles/roles-and-permissions/index.html');
    expect(files.some((file) => file.includes('ai-insights-preview'))).toBe(false);
    expect(page('kb/getting-started/set-up-your-workspace/invite-teammates/index.html')).toContain('<aside class="callout callout-note" role="note"');
  });

  it('renders MDX articles with their exported values filled into tables and prose, and their JSX', () => {
    const html = page('kb/administration/account-and-billing/plan-limits/index.html');
    expect(html).toMatch(/<td>Editor and admin seats<\/td>\s*<td>5<\/td>\s*<td>25<\/td>\s*<td>as agreed<\/td>/);
    expect(html).toContain('A Starter workspace with 10 alerts cannot create an eleventh one');
    expect(html).toContain('<details><summary>What counts as a tracked event?</summary>');
    expect(html).toContain('<h2 id="when-you-reach-a-limit">');
    expect(html).not.toContain('{plans.');
  });

  it('gives every FAQ item its own anchor and every video a transcript but no player request', () => {
    const faq = page('faq/index.html');
    for (const set of content.faqs) for (const item of set.data.items) expect(faq).toContain(`id="${set.id}-${item.id}"`);
    for (const video of content.videos) {
      const html = page(`videos/${video.id}/index.html`);
      expect(html).toContain('data-video-facade');
      expect(html).not.toMatch(/<iframe|src="https:\/\/(www\.)?(youtube|player\.vimeo)/);
      expect(html).toContain(video.data.transcript!.split('\n')[0]!.slice(0, 40).replace(/'/g, '&#39;'));
    }
  });

  it('emits JSON-LD that parses, with the schema.org types that fit', () => {
    const types = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const match of page(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) types.add(JSON.parse(match[1]!)['@type']);
    }
    expect([...types].sort()).toEqual(['Course', 'FAQPage', 'VideoObject']);
  });

  it('resolves every internal link and anchor', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) ids.set(file, (found = new Set([...page(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
      return found;
    };
    const broken: string[] = [];
    for (const file of html) {
      for (const [, link] of page(file).matchAll(/\s(?:href|src)="(\/[^"]*|#[^"]*)"/g)) {
        const [path, anchor] = link!.split('#') as [string, string | undefined];
        const target = path === '' ? file : decodeURIComponent(path).replace(/^\//, '').replace(/\/$/, '/index.html').replace(/^$/, 'index.html');
        if (!files.includes(target)) broken.push(`${file}: ${link}`);
        else if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${file}: ${link} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes a sitemap with every page and a robots.txt that points at it', () => {
    const sitemap = page('sitemap.xml');
    for (const plan of content.plans) expect(sitemap).toContain(`https://academy.brightline.example/plans/${plan.id}/`);
    expect(sitemap.match(/<loc>/g)!.length).toBe(files.filter((f) => f.endsWith('.html') && !f.startsWith('customers/')).length - 2);
    expect(page('robots.txt')).toContain('Sitemap: https://academy.brightline.example/sitemap.xml');
    expect(page('rss.xml')).toMatch(/^<\?xml[\s\S]*<rss version="2.0">[\s\S]*<item>/);
  });
});

