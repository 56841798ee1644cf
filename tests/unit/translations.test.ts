// A help center translated by file name, as Hugo names translations: the editor is told once per
// folder what to do, and a link to the untranslated name says where its translations are.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { checkTranslationsByFileName, translationOf } from '../../src/content/rules/translations.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';

const ALERTS = 'content/kb/Guides/Alerts';
const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;

describe('translationOf', () => {
  it('reads a language before the extension', () => {
    expect(translationOf('email-alerts.fr.md')).toEqual({ base: 'email-alerts', language: 'fr', extension: '.md' });
    expect(translationOf('guide.pt-BR.mdx')).toEqual({ base: 'guide', language: 'pt-br', extension: '.mdx' });
  });

  it('leaves names whose middle part is not a language', () => {
    expect(translationOf('setup.js.md')).toBeUndefined();
    expect(translationOf('release-1.2.md')).toBeUndefined();
    expect(translationOf('welcome.md')).toBeUndefined();
  });
});

describe('checkTranslationsByFileName', () => {
  it('warns once per folder where an article comes in two languages, at its first file', () => {
    const warnings = checkTranslationsByFileName([
      `${ALERTS}/slack-alerts.fr.md`,
      `${ALERTS}/email-alerts.en.md`,
      `${ALERTS}/email-alerts.fr.md`,
      `${ALERTS}/slack-alerts.en.md`,
      'content/kb/Guides/Setup/install.de.md',
      'content/kb/Guides/Setup/config.js.md',
      'content/kb/Guides/Setup/config.ts.md',
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      file: `${ALERTS}/email-alerts.en.md`,
      line: 1,
      severity: 'warning',
      rule: 'translations-by-file-name',
    });
    expect(warnings[0]!.message).toContain('2 languages by file name (en, fr)');
    expect(warnings[0]!.hint).toContain('named without it (email-alerts.md)');
  });
});

describe('a Hugo site translated by file name, validated', () => {
  const root = fixtureRootWith({
    [`${ALERTS}/email-alerts.en.md`]: article(
      'Email alerts',
      'To post it in a channel, see [Slack alerts]({{< ref "slack-alerts.md" >}}).',
    ),
    [`${ALERTS}/email-alerts.fr.md`]: article('Alertes par e-mail', 'Pour un canal, voir [Alertes Slack]({{< ref "slack-alerts.md" >}}).'),
    [`${ALERTS}/slack-alerts.en.md`]: article('Slack alerts', 'Post an alert in a Slack channel.'),
    [`${ALERTS}/slack-alerts.fr.md`]: article('Alertes Slack', 'Publiez une alerte dans un canal Slack.'),
  });
  const { diagnostics } = validateRoot(root);

  it('says the folder holds translations, and what to keep', () => {
    const warning = diagnostics.find((d) => d.rule === 'translations-by-file-name');
    expect(warning?.file).toBe(`${ALERTS}/email-alerts.en.md`);
  });

  it('names the translations of a linked article that is not there under its own name', () => {
    const broken = diagnostics.filter((d) => d.rule === 'broken-link');
    expect(broken.map((d) => `${d.file}:${d.line}`)).toEqual([`${ALERTS}/email-alerts.en.md:5`, `${ALERTS}/email-alerts.fr.md:5`]);
    for (const d of broken)
      expect(d.hint).toBe(
        "Its translations are beside it (slack-alerts.en.md, slack-alerts.fr.md): the portal is in one language; keep that language's file, named slack-alerts.md.",
      );
  });
});
