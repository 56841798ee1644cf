// Customer questions as search terms (src/search/query.ts): the little words of a question go,
// and when no page has every word, the words that only say something is wrong go first.
import { describe, expect, it } from 'vitest';
import { QUESTION_WORDS } from '../../src/search/question-words/index.ts';
import { choices, queryWords, searchTerms as termsOf, withoutSymptoms as plainOf } from '../../src/search/query.ts';

// Every language's lists, as a portal in any of them has its own and English's.
const searchTerms = (query: string, language = 'en') => termsOf(query, language, QUESTION_WORDS);
const withoutSymptoms = (words: string[], language = 'en') => plainOf(words, language, QUESTION_WORDS);

describe('search terms from a question', () => {
  it('drops the little words of a question, and keeps a query of only little words', () => {
    expect(searchTerms('How do I reset my password?')).toBe('reset password');
    expect(searchTerms('what is it')).toBe('what is it');
    expect(searchTerms('What permissions does a viewer have?')).toBe('permissions viewer');
    expect(searchTerms("I'd like to change the card that we have on file")).toBe('change card file');
  });

  it('drops what only says a question compares, counts or is one, contracted with either apostrophe', () => {
    expect(searchTerms('What’s the difference between a viewer and an editor?')).toBe('viewer editor');
    expect(searchTerms('SAML vs. OIDC')).toBe('SAML OIDC');
    expect(searchTerms('string versus str')).toBe('string str');
    expect(searchTerms("Where's my invoice?")).toBe('invoice');
    expect(searchTerms('How many seats do we have?')).toBe('seats');
  });

  it('tells the words that say something is wrong from those that say what, with either apostrophe', () => {
    expect(withoutSymptoms(['password', 'reset', "isn't", 'working'])).toEqual(['password', 'reset']);
    expect(withoutSymptoms(['webhook', 'not', 'firing'])).toEqual(['webhook', 'firing']);
    expect(withoutSymptoms(['sso', 'login', 'Broken.'])).toEqual(['sso', 'login']);
    expect(withoutSymptoms(['invite', 'email', 'doesn’t', 'arrive'])).toEqual(['invite', 'email', 'arrive']);
    expect(withoutSymptoms(['error', 'codes'])).toEqual(['codes']);
  });

  it('lists every choice of so many words, in the order they were typed', () => {
    expect(choices(['a', 'b', 'c'], 2)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(choices(['a', 'b', 'c'], 1)).toEqual([['a'], ['b'], ['c']]);
    expect(choices(['a', 'b'], 3)).toEqual([]);
    expect(choices(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toHaveLength(20);
  });
});

describe('questions in the portal’s language', () => {
  it('drops the little words of a German, French or Spanish question, and English ones too', () => {
    expect(searchTerms('Wo finde ich meine Rechnungen?', 'de')).toBe('Rechnungen');
    expect(searchTerms("Comment puis-je changer l'adresse de facturation ?", 'fr-FR')).toBe('changer adresse facturation');
    expect(searchTerms('¿Cómo puedo cambiar mi contraseña?', 'es')).toBe('cambiar contraseña');
    expect(searchTerms('How do I export Rechnungen?', 'de')).toBe('export Rechnungen');
    // Greetings and thanks are no part of what is asked.
    expect(searchTerms('Hi, how do I download invoices? Thanks!')).toBe('download invoices');
    expect(searchTerms('Hallo, wo finde ich Rechnungen? Danke', 'de')).toBe('Rechnungen');
    // How a question is put ("I would like to know", "que nous avons") is no part of it.
    expect(searchTerms('Ich möchte wissen, wie ich die Kreditkarte ändern kann, die wir hinterlegt haben', 'de')).toBe(
      'Kreditkarte ändern hinterlegt',
    );
    expect(searchTerms("J'ai besoin de changer la carte que nous avons enregistrée", 'fr')).toBe('changer carte enregistrée');
    // On an English portal, German words are words.
    expect(searchTerms('Wo finde ich meine Rechnungen?')).toBe('Wo finde ich meine Rechnungen');
  });

  it('lets go of the words that only say something is wrong, in the portal’s language', () => {
    expect(withoutSymptoms(['Export', 'funktioniert', 'nicht'], 'de-CH')).toEqual(['Export']);
    expect(withoutSymptoms(['export', 'ne', 'marche', 'pas'], 'fr')).toEqual(['export']);
    expect(withoutSymptoms(searchTerms('招待メールが届かないのはなぜですか', 'ja').split(' '), 'ja')).toEqual(['招待', 'メール', '届']);
    expect(withoutSymptoms(searchTerms('无法登录', 'zh-CN').split(' '), 'zh-CN')).toEqual(['登录']);
  });

  it('splits a Japanese, Chinese or Thai question into words as Pagefind does, and drops the little ones', () => {
    // Written without spaces: split by Intl.Segmenter, as Pagefind splits the query it is given.
    expect(queryWords('請求書をダウンロードするには', 'ja')).toEqual(['請求', '書', 'を', 'ダウンロード', 'する', 'に', 'は']);
    expect(searchTerms('請求書をダウンロードするには？', 'ja')).toBe('請求 書 ダウンロード');
    expect(searchTerms('クレジットカードを変更するにはどうすればいいですか', 'ja-JP')).toBe('クレジットカード 変更');
    expect(searchTerms('こんにちは、Slackの通知を設定したいです。ありがとうございます', 'ja')).toBe('Slack 通知 設定');
    expect(searchTerms('请问在哪里可以找到发票？谢谢', 'zh-CN')).toBe('发票');
    expect(searchTerms('怎麼更改信用卡', 'zh-TW')).toBe('更改 信用卡');
    // Words between spaces stay whole in every other language.
    expect(queryWords('Wo finde ich Rechnungen?', 'de')).toEqual(['Wo', 'finde', 'ich', 'Rechnungen?']);
  });
});
