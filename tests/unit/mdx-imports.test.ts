// `npm run validate` reports an MDX article's import the build could not satisfy (the old site's
// theme components, packages, missing files) at the import, instead of Astro failing on it later.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { COMPAT_MODULES } from '../../src/integration/mdx-compat.ts';
import { FIXTURES, fixtureRootWith } from '../helpers/fixtures.ts';

const problems = (root: string) =>
  validateRoot(root)
    .diagnostics.filter((d) => d.rule === 'mdx-import')
    .map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message: d.message, hint: d.hint }));

const ARTICLE = 'content/kb/Dashboards/Building/api-tabs.mdx';

describe('imports in MDX articles', () => {
  it('reports a component the portal does not have at its import, naming the tags that use it', () => {
    const root = fixtureRootWith({
      [ARTICLE]: [
        '---',
        'title: Dashboards over the API',
        '---',
        '',
        'import Tabs from "@theme/Tabs";',
        '  import ApiTabs from "@theme/ApiTabs";',
        '',
        '<ApiTabs />',
      ].join('\n'),
    });
    // The build gives it a stand-in (src/integration/mdx-stand-ins.ts): a warning, not an error.
    expect(problems(root)).toEqual([
      {
        at: `${ARTICLE}:6:3`,
        severity: 'warning',
        message:
          "This article imports '@theme/ApiTabs', which the portal does not have: readers see only the text written inside <ApiTabs>",
        hint: `Write what <ApiTabs> showed in Markdown, or remove the import, or use one of: ${COMPAT_MODULES.join(', ')}.`,
      },
    ]);
  });

  it('accepts the Starlight components the portal stands in for, and reports one it does not at the import, by its name', () => {
    const root = fixtureRootWith({
      [ARTICLE]: [
        '---',
        'title: Dashboards over the API',
        '---',
        '',
        "import { Aside, Steps, TabItem as Tab, Tabs } from '@astrojs/starlight/components';",
        "import { LinkCrad, Badge, YouTube } from '@astrojs/starlight/components';",
        '',
        '<Aside>Shared dashboards update every minute.</Aside>',
      ].join('\n'),
    });
    expect(problems(root)).toEqual([
      {
        at: `${ARTICLE}:6:1`,
        severity: 'error',
        message: "This article imports LinkCrad and YouTube from '@astrojs/starlight/components', which the portal does not stand in for",
        hint: 'Did you mean LinkCard?',
      },
    ]);
  });

  it('reports an import the portal does not have in a folder’s index.mdx, and its link to no page, as the build’s check of its page would', () => {
    const intro = 'content/kb/Dashboards/index.mdx';
    const root = fixtureRootWith({
      [intro]: [
        '---',
        'title: Dashboards',
        '---',
        '',
        'import DocCardList from "@theme/DocCardGrid";',
        '',
        'See [nothing](missing.md).',
      ].join('\n'),
      // An article in the folder: its index.mdx introduces it (without one, the index would be a page of its own).
      'content/kb/Dashboards/build-a-dashboard.md': '# Build a dashboard\n',
    });
    expect(problems(root).map(({ at }) => at)).toEqual([`${intro}:5:1`]);
    expect(
      validateRoot(root)
        .diagnostics.filter((d) => d.file === intro && d.rule === 'broken-link')
        .map((d) => `${d.line}:${d.column} ${d.severity}`),
    ).toEqual(['7:15 error']);
  });

  it('finds imports after text, over several lines and as export … from, but not in code samples', () => {
    const root = fixtureRootWith({
      [ARTICLE]: [
        '# Dashboards → über',
        '',
        'Text first.',
        '',
        'import {',
        '  useState as state,',
        "} from 'react';",
        "export { default as Chart } from '../charts/Chart.mdx';",
        '',
        '```js',
        "import nothing from 'not-an-import';",
        '```',
      ].join('\n'),
    });
    expect(problems(root).map(({ at, message }) => `${at} ${message}`)).toEqual([
      `${ARTICLE}:5:1 This article imports 'react', which the portal does not have: readers see only the text written inside state`,
      `${ARTICLE}:8:1 This article imports '../charts/Chart.mdx', a file that does not exist next to it: readers see only the text written inside <Chart>`,
    ]);
  });

  it('suggests the module for a typo, and Vite’s ?raw for webpack’s raw-loader', () => {
    const root = fixtureRootWith({
      [ARTICLE]: "import Tab from '@theme/Tab';\nimport source from '!!raw-loader!./example.js';\n",
      'content/kb/Dashboards/Building/example.js': 'export const chart = 1;\n',
    });
    expect(problems(root).map(({ hint }) => hint)).toEqual([
      "Did you mean '@theme/Tabs'?",
      "Write './example.js?raw' to import the file's text.",
    ]);
  });

  it('reports a React component beside the article, which the portal cannot render', () => {
    const root = fixtureRootWith({
      [ARTICLE]: "import Widget from './Widget';\n\n<Widget />\n",
      'content/kb/Dashboards/Building/Widget.jsx': 'export default () => <b>Hi</b>;\n',
    });
    expect(problems(root)).toEqual([
      {
        at: `${ARTICLE}:1:1`,
        severity: 'warning',
        message:
          "This article imports './Widget', a React component, which the portal cannot show: readers see only the text written inside <Widget>",
        hint: 'Write what <Widget> showed in Markdown, or remove the import.',
      },
    ]);
  });

  it('accepts the Docusaurus components the portal stands in for, and files beside the article', () => {
    const root = fixtureRootWith({
      [ARTICLE]: [
        ...COMPAT_MODULES.map((module, index) => `import Part${index} from '${module}';`),
        "import limits from './limits.json';",
        "import Shared from './_shared.mdx';",
        "import source from './example.js?raw';",
      ].join('\n'),
      'content/kb/Dashboards/Building/limits.json': '{ "charts": 12 }\n',
      'content/kb/Dashboards/Building/_shared.mdx': 'Shared text.\n',
      'content/kb/Dashboards/Building/example.js': 'export const chart = 1;\n',
    });
    expect(problems(root)).toEqual([]);
    expect(problems(`${FIXTURES}docusaurus-export`)).toEqual([]);
  });
});

describe('component tags in MDX articles', () => {
  const components = (root: string) =>
    validateRoot(root)
      .diagnostics.filter((d) => d.rule === 'mdx-component')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);

  it('reports a tag that is neither imported, defined in the article nor one every article may use, where it is first used', () => {
    const root = fixtureRootWith({
      [ARTICLE]: [
        '---',
        'title: Dashboards over the API',
        '---',
        '',
        "import Chart from './chart.mdx';",
        'export const Palette = () => null;',
        '',
        '<Note>Needs an API key.</Note> <Chart /> <Palette />',
        '',
        '<ParamField path="id">The dashboard.</ParamField>',
        '',
        '<ParamField path="name">Its name.</ParamField>',
      ].join('\n'),
      'content/kb/Dashboards/Building/chart.mdx': '---\ntitle: Chart\n---\n\nA chart.\n',
    });
    expect(components(root)).toEqual([
      `${ARTICLE}:10:1 This article uses <ParamField> (2 times), a component the portal does not have: readers see only the text written inside it`,
    ]);
  });

  it('reports one in a folder’s index.mdx too', () => {
    const intro = 'content/kb/Dashboards/index.mdx';
    const root = fixtureRootWith({ [intro]: '---\ntitle: Dashboards\n---\n\n<ResponseField name="id" />\n' });
    expect(components(root)).toEqual([
      `${intro}:5:1 This article uses <ResponseField>, a component the portal does not have: readers see only the text written inside it`,
    ]);
  });
});
