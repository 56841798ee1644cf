// The knowledge base's order and what an article without `related` lists (src/lib/kb-outline.ts).
import { describe, expect, it } from 'vitest';
import { kbOutline, nearestItems } from '../../src/lib/kb-outline.ts';

const chapters = Array.from({ length: 12 }, (_, n) => `6.${n + 1}`);

describe('nearestItems', () => {
  it('lists the articles around one in a long folder: two before it, then after, not the folder’s first five', () => {
    expect(nearestItems(chapters, 6)).toEqual(['6.5', '6.6', '6.8', '6.9', '6.10']);
  });

  it('lists five all the same at either end of the folder', () => {
    expect(nearestItems(chapters, 0)).toEqual(['6.2', '6.3', '6.4', '6.5', '6.6']);
    expect(nearestItems(chapters, 1)).toEqual(['6.1', '6.3', '6.4', '6.5', '6.6']);
    expect(nearestItems(chapters, 11)).toEqual(['6.7', '6.8', '6.9', '6.10', '6.11']);
  });

  it('lists every other article of a section of six or fewer, as before', () => {
    const section = ['Invite', 'Roles', 'SSO', 'SCIM'];
    expect(nearestItems(section, 2)).toEqual(['Invite', 'Roles', 'SCIM']);
    expect(nearestItems(['Only'], 0)).toEqual([]);
  });
});

describe('kbOutline', () => {
  it('lists a folder’s articles by title with the numbers in them compared as numbers, as a book numbers its sections', () => {
    const titles = [
      '10.1. Overview',
      '1.2. Architectural Fundamentals',
      '2.1. Introduction',
      '1.10. Glossary',
      'CREATE INDEX',
      'Chapter 10. Types',
      'Chapter 2. SQL',
    ];
    const articles = titles.map((title, n) => ({ id: `postgresql/page-${n}`, kbPath: `PostgreSQL/page-${n}.html`, data: { title } }));
    const { folders } = kbOutline(articles, new Map());
    expect(folders[0]!.articles.map((article) => article.data.title)).toEqual([
      '1.2. Architectural Fundamentals',
      '1.10. Glossary',
      '2.1. Introduction',
      '10.1. Overview',
      'Chapter 2. SQL',
      'Chapter 10. Types',
      'CREATE INDEX',
    ]);
  });
});
