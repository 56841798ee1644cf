// Slugs, badges, Open Badges achievements, durations and sessions: the small libraries pages use.
import { describe, expect, it } from 'vitest';
import { badgeSvg, contrastRatio, textColourOn } from '../../src/lib/badge.ts';
import { clockToSeconds, durationLabel, isoDuration } from '../../src/lib/durations.ts';
import { achievementJson } from '../../src/lib/open-badges.ts';
import { sessionEvents, sessionId, upcomingSessions } from '../../src/lib/sessions.ts';
import { folderId, titleFromFileName, titleFromFolderName } from '../../src/lib/kb-paths.ts';
import { articleSlug, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
  it('turns folder names with spaces and accents into clean slugs', () => {
    expect(slugify('Getting started')).toBe('getting-started');
    expect(slugify('Équipes et rôles')).toBe('equipes-et-roles');
    expect(slugify('Zapier & Make')).toBe('zapier-make');
    expect(slugify('Straße  der Daten')).toBe('strasse-der-daten');
    expect(slugify('  Ærø — Øresund ')).toBe('aero-oresund');
  });
  it('keeps letters of other scripts', () => {
    expect(slugify('データ連携')).toBe('データ連携');
  });
  it('slugs every part of an article path and drops the extension', () => {
    expect(articleSlug('Administration/Équipes et rôles/Roles and permissions.md')).toBe('administration/equipes-et-roles/roles-and-permissions');
    expect(articleSlug('A/B/c.mdx')).toBe('a/b/c');
  });
  it('reads the punctuation a Texinfo manual writes in its file names as its code, and leaves other underscores and numbers', () => {
    expect(articleSlug('octave/Two_002dDimensional-Plots.html')).toBe('octave/two-dimensional-plots');
    expect(articleSlug('octave/Simple-File-I_002fO.html')).toBe('octave/simple-file-i-o');
    expect(articleSlug('reports/report_2024_0042.md')).toBe('reports/report-2024-0042');
  });
  it('leaves out the page ids a Notion export appends to file and folder names, in slugs and titles', () => {
    const path = 'Help Center 0b7c9e1f2a3d4c5b6a7f8e9d0c1b2a3f/Connect your warehouse 8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8.md';
    expect(articleSlug(path)).toBe('help-center/connect-your-warehouse');
    expect(folderId(['Help Center 0b7c9e1f2a3d4c5b6a7f8e9d0c1b2a3f'])).toBe('help-center');
    expect(titleFromFileName('Connect your warehouse 8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8.md')).toBe('Connect your warehouse');
    expect(titleFromFolderName('Help Center 0b7c9e1f2a3d4c5b6a7f8e9d0c1b2a3f')).toBe('Help Center');
    // A name that is only an id, or an id without the space before it, is the name.
    expect(articleSlug('8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8.md')).toBe('8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8');
    expect(articleSlug('release-8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8.md')).toBe('release-8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8');
  });
});

describe('badgeSvg', () => {
  it('draws an accessible SVG with escaped text in the level colour', () => {
    const svg = badgeSvg({ name: 'Certified <Builder>', programTitle: 'Brightline & Co', colour: '#7c3aed' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
    expect(svg).toContain('<title>Certified &lt;Builder&gt; badge, Brightline &amp; Co</title>');
    expect(svg).toContain('fill="#7c3aed"');
    expect(svg).not.toContain('<Builder>');
  });
  it('chooses a text colour with at least AA contrast on any badge colour', () => {
    for (const colour of ['#2563eb', '#7c3aed', '#b45309', '#fde047', '#22c55e', '#000000', '#ffffff']) {
      expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('achievementJson', () => {
  it('is an Open Badges 3.0 Achievement', () => {
    const json = achievementJson({
      id: 'https://academy.example/certification/pro/builder.json',
      name: 'Certified Builder',
      description: 'Builds dashboards for others.',
      criteria: 'Pass the Builder exam.',
      image: 'https://academy.example/certification/pro/builder.svg',
      page: 'https://academy.example/certification/pro/#level-builder',
      issuer: { id: 'https://academy.example/', name: 'Brightline Analytics', url: 'https://academy.example/' },
    });
    expect(json['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(json.type).toEqual(['Achievement']);
    expect(json.criteria.narrative).toBe('Pass the Builder exam.');
    expect(json.creator.type).toEqual(['Profile']);
  });
});

describe('durations', () => {
  it('converts video clocks', () => {
    expect(clockToSeconds('9:48')).toBe(588);
    expect(isoDuration('9:48')).toBe('PT9M48S');
    expect(isoDuration('1:02:00')).toBe('PT1H2M');
    expect(durationLabel('9:48')).toBe('10 min');
    expect(durationLabel('1:02:10')).toBe('1 h 2 min');
  });
});

describe('upcomingSessions', () => {
  const courses = [
    {
      id: 'bootcamp',
      data: {
        title: 'Admin bootcamp',
        format: 'group',
        sessions: [
          { start: '2026-11-20T10:00:00+01:00', timezone: 'Europe/Berlin', minutes: 90, registerUrl: 'https://x.example/a' },
          { id: 'ny', start: '2027-01-12T11:00:00-05:00', timezone: 'America/New_York', minutes: 90, registerUrl: 'https://x.example/b' },
        ],
      },
    },
    {
      id: 'office-hours',
      data: {
        title: 'Office hours',
        format: 'webinar',
        sessions: [],
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH;INTERVAL=2', start: '2026-12-03T17:00:00+01:00', timezone: 'Europe/Berlin', minutes: 45, registerUrl: 'https://x.example/oh' },
      },
    },
  ];
  const now = new Date('2026-11-24T12:00:00Z');

  it('leaves past sessions out and sorts dated and recurring sessions by start', () => {
    const sessions = upcomingSessions(courses, now, 60);
    expect(sessions.map((s) => `${s.courseId} ${s.id}`)).toEqual([
      'office-hours 20261203-1700',
      'office-hours 20261217-1700',
      'office-hours 20261231-1700',
      'bootcamp ny',
      'office-hours 20270114-1700',
    ]);
  });
  it('expands recurring schedules for the whole horizon', () => {
    expect(upcomingSessions(courses, now, 365).filter((s) => s.recurring)).toHaveLength(26);
  });
  it('derives an id from the local start time when a session has none', () => {
    expect(sessionId(new Date('2027-07-01T15:00:00Z'), 'Europe/Berlin')).toBe('20270701-1700');
  });
  it('turns sessions into calendar events with UTC times and stable UIDs', () => {
    const [event] = sessionEvents(upcomingSessions(courses, now, 30), { siteUrl: 'https://academy.example/' });
    expect(event).toMatchObject({ uid: 'office-hours.20261203-1700@milepost', url: 'https://academy.example/training/office-hours/#session-20261203-1700' });
    expect(event!.start!.toISOString()).toBe('2026-12-03T16:00:00.000Z');
  });
});
