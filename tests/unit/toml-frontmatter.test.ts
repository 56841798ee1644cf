// Hugo's TOML frontmatter (+++), read as YAML frontmatter is, with problems at the TOML line.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { tomlAsYaml } from '../../src/content/toml-frontmatter.ts';
import { fixtureRootWith } from '../helpers/fixtures.ts';

const ARTICLE = 'content/kb/Alerts/Setting up/configure-alerts.md';
const found = (text: string) => {
  const result = validateRoot(fixtureRootWith({ [ARTICLE]: text }));
  return {
    problems: result.diagnostics.filter((d) => d.file === ARTICLE).map((d) => `${d.line}:${d.column} ${d.rule}`),
    article: result.content.articles.find((article) => article.file === ARTICLE),
  };
};

describe('TOML frontmatter', () => {
  it('gives the article its title, description, order and date', () => {
    const { problems, article } = found(
      '+++\ntitle = "Configure alerts"\ndescription = "Get told when a metric moves."\nweight = 20\nlastmod = 2025-06-01\ntags = ["alerts", "slack"]\n\n[menu.main]\nparent = "Guides"\n+++\n\nAlerts watch a metric.\n',
    );
    expect(problems).toEqual([]);
    expect(article?.data).toMatchObject({
      title: 'Configure alerts',
      description: 'Get told when a metric moves.',
      order: 20,
      tags: ['alerts', 'slack'],
    });
    expect(article?.data.updated?.toISOString()).toBe('2025-06-01T00:00:00.000Z');
  });

  it('reports a value of the wrong type at its TOML line, and TOML it cannot read where it stops', () => {
    expect(found('+++\ntitle = "Alerts"\norder = "soon"\n+++\n\nText.\n').problems).toEqual(['3:10 wrong-type']);
    expect(found('+++\ntitle = "Alerts"\nweight = twenty\n+++\n\nText.\n').problems).toEqual(['3:10 toml-syntax']);
  });

  it('puts each top-level key on the line it is written, tables and arrays over several lines included', () => {
    const toml = 'title = "A"\ntags = [\n  "x",\n  "y",\n]\n[params]\nicon = "bell"\n';
    expect(tomlAsYaml(toml)).toEqual({ yaml: '"title": "A"\n"tags": ["x","y"]\n\n\n\n"params": {"icon":"bell"}\n\n' });
  });
});
