// Links between wiki pages as GitHub wikis and Obsidian vaults write them (src/markdown/wiki-links.ts).
import { describe, expect, it } from 'vitest';
import { wikiPage, withWikiLinks } from '../../src/markdown/wiki-links.ts';

describe('withWikiLinks', () => {
  it('writes [[Page Name]], [[text|Page-Name]], [[Page Name|text]] and [[Page#Heading]] as links to "wiki:" addresses', () => {
    expect(withWikiLinks('See [[Installation Guide]].')).toBe('See [Installation Guide](<wiki:Installation%20Guide>).');
    // GitHub writes the text first; the page is the side without spaces.
    expect(withWikiLinks('[[set it up|Configuration]]')).toBe('[set it up](<wiki:Configuration>)');
    // Obsidian writes the page first.
    expect(withWikiLinks('[[Configuration|how to configure it]]')).toBe('[how to configure it](<wiki:Configuration>)');
    expect(withWikiLinks('[[Configuration#Environment variables]]')).toBe(
      '[Environment variables](<wiki:Configuration#environment-variables>)',
    );
  });

  it('leaves an embed, an empty pair and a line without brackets as they are', () => {
    expect(withWikiLinks('![[diagram.png]] and [[]] and [x](y)')).toBe('![[diagram.png]] and [[]] and [x](y)');
  });
});

describe('wikiPage', () => {
  const files = new Set(['Wiki/Installation-Guide.md', 'Wiki/Guides/Deep dive.md', 'Home.md']);
  const exists = (kbPath: string) => files.has(kbPath);

  it('finds the page beside the article or in a folder above, as named or with hyphens for spaces', () => {
    expect(wikiPage('Wiki/Home.md', 'wiki:Installation%20Guide', exists)).toBe('Wiki/Installation-Guide.md');
    expect(wikiPage('Wiki/Guides/Deep dive.md', 'wiki:Installation-Guide#setup', exists)).toBe('Wiki/Installation-Guide.md');
    expect(wikiPage('Wiki/Guides/x.md', 'wiki:Deep%20dive', exists)).toBe('Wiki/Guides/Deep dive.md');
    expect(wikiPage('Wiki/Guides/x.md', 'wiki:Home', exists)).toBe('Home.md');
  });

  it('finds nothing for a name no page has, or one that leaves the knowledge base', () => {
    expect(wikiPage('Wiki/Home.md', 'wiki:Roadmap', exists)).toBeUndefined();
    expect(wikiPage('Wiki/Home.md', 'wiki:..%2F..%2Fsecrets', exists)).toBeUndefined();
  });
});
