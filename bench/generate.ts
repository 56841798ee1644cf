// Synthetic but realistic content for benchmarks: a site of about N pages (65% articles in
// Markdown and MDX, 15% plans, 10% courses, 5% videos, the rest FAQ, certification and index
// pages), every reference resolving, every session time valid in its zone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoneOffsetMinutes } from '../src/lib/time-zones.ts';

const WORDS = 'dashboard funnel cohort retention alert warehouse snowflake bigquery event property segment admin seat invoice workspace team role permission chart filter export api key schedule sync metric activation onboarding milestone health training session webinar'.split(' ');
const ZONES = ['America/New_York', 'Europe/Berlin', 'Europe/London', 'Asia/Singapore', 'Australia/Sydney', 'America/Los_Angeles'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function write(root: string, path: string, text: string) {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

export interface SiteShape {
  articles: number;
  plans: number;
  courses: number;
  videos: number;
}

/** How many of each kind make about `pages` HTML pages. */
export function shapeFor(pages: number): SiteShape {
  return { articles: Math.round(pages * 0.65), plans: Math.round(pages * 0.15), courses: Math.round(pages * 0.1), videos: Math.round(pages * 0.05) };
}

function isoWithOffset(instant: Date, zone: string): string {
  const offset = zoneOffsetMinutes(instant, zone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function generateSite(root: string, pages: number, seed = 42): SiteShape {
  const shape = shapeFor(pages);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (n = 12) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence()).join(' ');
  write(root, 'content/site.yaml', `name: Bench Academy\ntagline: ${sentence(8)}\ncompany: Bench Analytics\nsite: https://bench.example\nsupport:\n  email: support@bench.example\nsegments:\n${['smb', 'mid-market', 'enterprise'].map((id) => `  - id: ${id}\n    name: ${id}\n    description: ${sentence(6)}`).join('\n')}\nsearch:\n  synonyms:\n    - [sign in, log in, login]\n    - [dashboard, report]\n`);

  const articleIds: string[] = [];
  const sectionsPerCategory = 8;
  const perSection = Math.max(5, Math.ceil(shape.articles / 60));
  for (let n = 0; n < shape.articles; n++) {
    const sectionIndex = Math.floor(n / perSection);
    const category = `Category ${Math.floor(sectionIndex / sectionsPerCategory) + 1}`;
    const section = `Section ${(sectionIndex % sectionsPerCategory) + 1}`;
    const mdx = n % 10 === 0;
    const name = `article-${n}`;
    const folder = `content/kb/${category}/${section}`;
    articleIds.push(`kb:category-${Math.floor(sectionIndex / sectionsPerCategory) + 1}/section-${(sectionIndex % sectionsPerCategory) + 1}/${name}`);
    if (n % perSection === 0) write(root, `${folder}/images/diagram.svg`, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Diagram</title><rect width="10" height="10"/></svg>');
    const body = [
      `## ${sentence(4).slice(0, -1)}`,
      paragraph(),
      `> [!TIP]\n> ${sentence()}`,
      '| Setting | Value |\n| --- | --- |\n| Retention | 25 months |\n| Sync | hourly |',
      `### ${sentence(3).slice(0, -1)}`,
      paragraph(),
      '```sql\nSELECT event_name, COUNT(*) FROM events GROUP BY 1;\n```',
      `![Diagram](./images/diagram.svg)`,
      `- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}`,
      paragraph(),
    ].join('\n\n');
    write(root, `${folder}/${name}.${mdx ? 'mdx' : 'md'}`, `---\ntitle: ${sentence(5).slice(0, -1)} ${n}\ndescription: ${sentence(10)}\ntags: [${pick(WORDS)}, ${pick(WORDS)}]\norder: ${n % perSection}\nupdated: 2026-0${1 + (n % 9)}-1${n % 9}\n---\n\n${body}\n`);
  }

  const now = Date.now();
  for (let n = 0; n < shape.courses; n++) {
    const format = ['self-paced', 'group', 'webinar', 'one-on-one'][n % 4]!;
    const sessions = format === 'group' || format === 'webinar'
      ? `sessions:\n${Array.from({ length: 3 }, (_, k) => {
          const zone = pick(ZONES);
          const start = new Date(now + (10 + k * 30 + (n % 20)) * 86_400_000);
          start.setUTCMinutes(0, 0, 0);
          return `  - start: "${isoWithOffset(start, zone)}"\n    timezone: ${zone}\n    minutes: 60\n    registerUrl: https://bench.example/register/${n}/${k}`;
        }).join('\n')}\n`
      : '';
    write(root, `content/courses/course-${n}.yaml`, `title: Course ${n} — ${sentence(4).slice(0, -1)}\nsummary: ${paragraph()}\nformat: ${format}\nduration: 60 minutes\nlevel: ${pick(['beginner', 'intermediate', 'advanced'])}\nsegments:\n  - segment: ${pick(['smb', 'mid-market', 'enterprise'])}\n    note: ${sentence()}\nmodules:\n  - title: ${sentence(3).slice(0, -1)}\n    outcomes:\n      - ${sentence(6)}\n    resources:\n      - ${pick(articleIds)}\n${sessions}`);
  }
  for (let n = 0; n < shape.videos; n++) {
    write(root, `content/videos/video-${n}.yaml`, `title: Video ${n}\nurl: https://www.youtube.com/watch?v=abcdefghij${n % 10}\nduration: "${3 + (n % 9)}:0${n % 10}"\ndescription: ${sentence()}\nchapters:\n  - at: "0:00"\n    title: Start\ntranscript: |\n  ${paragraph()}\n  ${paragraph()}\n`);
  }
  write(root, 'content/faqs/general.yaml', `title: General\nitems:\n${Array.from({ length: 20 }, (_, n) => `  - id: q-${n}\n    q: ${sentence(8).slice(0, -1)}?\n    a: ${sentence()}`).join('\n')}\n`);
  write(root, 'content/certifications/bench.yaml', `title: Bench certified\nsummary: ${sentence()}\nlevels:\n  - id: one\n    name: Level one\n    badge: "#2563eb"\n    summary: ${sentence()}\n    requires: [course:course-0]\n    exam: { format: Online, minutes: 30, passMark: 80 }\n    validFor: 2 years\n    benefits: [A badge]\n`);
  for (let n = 0; n < shape.plans; n++) {
    const milestones = [7, 21, 45].map((day, k) => `  - id: m-${k}\n    name: ${sentence(3).slice(0, -1)}\n    description: ${sentence()}\n    dueDay: ${day + (n % 5)}\n    done:\n      - ${sentence(6)}\n    health: { reached: 10, missed: -10 }\n    ifMissed: ${sentence()}\n    helpedBy:\n      - ${pick(articleIds)}\n      - course:course-${n % Math.max(1, shape.courses)}`).join('\n');
    write(root, `plans/plan-${n}.yaml`, `title: Plan ${n}\nsegment: ${pick(['smb', 'mid-market', 'enterprise'])}\nsummary: ${paragraph()}\nstepsCompleted: [step-03-success-milestones]\nmilestones:\n${milestones}\nhealth:\n  cadence: weekly\n  factors:\n    - { id: adoption, name: Adoption, weight: 60, description: ${sentence(5)} }\n    - { id: engagement, name: Engagement, weight: 40, description: ${sentence(5)} }\n  bands:\n    - { id: healthy, label: Healthy, floor: 70 }\n    - { id: at-risk, label: At risk, floor: 40 }\n    - { id: critical, label: Critical, floor: 0 }\ntraining:\n  selfService:\n    resources: [${pick(articleIds)}, video:video-${n % Math.max(1, shape.videos)}]\n  guided:\n    - course: course:course-${n % Math.max(1, shape.courses)}\n      when: milestone:m-1\n  certification: cert:bench\ninternal:\n  retentionInsight: ${sentence()}\n  owner: CS lead\n  monitoredBy: CSM pod\n  responseProtocols:\n    - { band: critical, action: Call, within: 1 day }\n`);
  }
  return shape;
}
