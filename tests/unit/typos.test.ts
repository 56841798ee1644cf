// Typo tolerance: one-letter slips corrected from the index's own words, most frequent first.
import { describe, expect, it } from 'vitest';
import { correctWord, lengthsNear, oneEditApart, weaklyMatched } from '../../src/search/typos.ts';
import { indexedText } from '../../src/search/indexed-text.ts';
import { MAX_WORD, MIN_WORD, Vocabulary, wordsOf } from '../../src/search/vocabulary.ts';

describe('oneEditApart', () => {
  it('accepts one added, missing, changed or swapped letter', () => {
    expect(oneEditApart('ssso', 'sso')).toBe(true);
    expect(oneEditApart('webnar', 'webinar')).toBe(true);
    expect(oneEditApart('invoise', 'invoice')).toBe(true);
    expect(oneEditApart('webniar', 'webinar')).toBe(true);
  });
  it('refuses two edits and identical words', () => {
    expect(oneEditApart('wbniar', 'webinar')).toBe(false);
    expect(oneEditApart('webinar', 'webinar')).toBe(false);
    expect(oneEditApart('abcd', 'dcba')).toBe(false);
  });
});

describe('correctWord', () => {
  const vocabulary = [
    ['sso', 9],
    ['webinar', 7],
    ['webinars', 2],
    ['snowflake', 3],
    ['ssl', 1],
  ] as const;
  it('corrects a slip to the most frequent word one letter away', () => {
    expect(correctWord('ssso', vocabulary)).toBe('sso');
    expect(correctWord('Webniar', vocabulary)).toBe('webinar');
  });
  it('leaves known words, prefixes of known words and short words alone', () => {
    expect(correctWord('webinar', vocabulary)).toBeUndefined();
    expect(correctWord('snowfl', vocabulary)).toBeUndefined();
    expect(correctWord('ssx', vocabulary)).toBeUndefined();
  });
});

describe('Vocabulary', () => {
  it('counts the words of the main content by length, most frequent first', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add(indexedText('<nav>Menu</nav><main><h1>Set up SSO</h1><p>SSO &amp; SAML: sso for everyone.</p><script>var x</script></main>'));
    const files = vocabulary.files();
    expect(JSON.parse(files.get(3)!)).toEqual([
      ['sso', 3],
      ['for', 1],
      ['set', 1],
    ]);
    expect(JSON.parse(files.get(4)!)).toEqual([['saml', 1]]);
    // A length no word has is an empty list, so the browser never asks for a missing file (a 404 in its console).
    expect(JSON.parse(files.get(6)!)).toEqual([]);
    expect([...files.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: MAX_WORD - MIN_WORD + 1 }, (_, i) => MIN_WORD + i));
    expect(lengthsNear('authentication')).toEqual([13, 14, 15]);
    expect(lengthsNear('x'.repeat(MAX_WORD))).toEqual([MAX_WORD - 1, MAX_WORD]);
  });
  it('keeps letters of every script and drops bare numbers', () => {
    expect(wordsOf('Équipes et rôles 2026 データ連携')).toEqual(['équipes', 'rôles', 'データ連携']);
  });
});

describe('weaklyMatched', () => {
  it('flags words whose only matches are a short shared start, or none', () => {
    expect(weaklyMatched(['webniar'], ['platform = <mark>web.</mark> plan'])).toEqual(['webniar']);
    expect(weaklyMatched(['invoise', 'reset'], ['Sign <mark>in</mark> and <mark>reset</mark> it'])).toEqual(['invoise']);
    expect(weaklyMatched(['login'], ['Set up single sign-on'])).toEqual(['login']);
  });
  it('trusts words that were highlighted whole or as the start of a longer word', () => {
    expect(weaklyMatched(['snowflak', 'password'], ['Connect <mark>Snowflake.</mark> Forgot your <mark>password?</mark>'])).toEqual([]);
    expect(weaklyMatched(['sso'], [''])).toEqual([]);
  });
});
