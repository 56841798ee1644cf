// The portal's language, from site.yaml or from the articles an export brings.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { languageTag, mostCommonLanguage, textDirection } from '../../src/lib/language.ts';
import { FIXTURES, fixtureRootWith } from '../helpers/fixtures.ts';

describe('languageTag', () => {
  it('writes a tag as BCP 47 does, and is undefined for what is not one', () => {
    expect(['en-us', 'pt_BR', 'de', 'zh-hant-tw'].map(languageTag)).toEqual(['en-US', 'pt-BR', 'de', 'zh-Hant-TW']);
    expect(['english', 'de DE', '', 42, undefined].map(languageTag)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('mostCommonLanguage', () => {
  it('is the tag most articles name, the first of equals, ignoring what is no tag', () => {
    expect(mostCommonLanguage(['fr', 'de', 'de-de', 'de', undefined, 'Deutsch'])).toBe('de');
    expect(mostCommonLanguage([undefined, 'x'])).toBeUndefined();
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, with or without a region, and left to right otherwise', () => {
    expect(['ar', 'he', 'fa-IR', 'ur', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'ja', 'zh-Hant', 'pt-BR'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
    expect(textDirection('not a tag!')).toBe('ltr');
  });
});

describe('the portal’s language', () => {
  it('comes from the articles’ locale when site.yaml names none, and from site.yaml when it does', () => {
    expect(validateRoot(`${FIXTURES}german-help-center`).content.site?.language).toBe('de');
    expect(validateRoot(`${FIXTURES}japanese-help-center`).content.site?.language).toBe('ja');
    expect(validateRoot(`${FIXTURES}hebrew-help-center`).content.site?.language).toBe('he');
    expect(validateRoot(`${FIXTURES}zendesk-export`).content.site?.language).toBe('en-US');
    const site = validateRoot(`${FIXTURES}minimal`).content.site!;
    expect(site.language).toBeUndefined();
  });

  it('is checked in site.yaml', () => {
    const root = fixtureRootWith({
      'content/site.yaml':
        'name: P\ntagline: T\ncompany: C\nlanguage: Deutsch\nsupport:\n  email: a@b.example\nsegments:\n  - id: all\n    name: All\n    description: All.\n',
    });
    const problems = validateRoot(root)
      .diagnostics.filter((d) => d.file === 'content/site.yaml')
      .map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(problems).toEqual(['4:11 Write a language tag, like "en", "de" or "pt-BR"']);
  });
});
