// What goes into the search index: synonyms customers type, facets per page, listing pages left out.
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { prepareForIndex } from '../../src/integration/search-index.ts';
import { facetLookup, facetsFor } from '../../src/search/facets.ts';
import { milestoneRecords } from '../../src/search/records.ts';
import { compileSynonyms, missingSynonyms } from '../../src/search/synonyms.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

describe('missingSynonyms', () => {
  const groups = compileSynonyms([
    ['sign in', 'log in', 'login'],
    ['SSO', 'single sign-on', 'SAML'],
  ]);

  it('adds the words a page does not use for a thing it talks about', () => {
    expect(missingSynonyms('How to sign in with your company account', groups)).toEqual(['log in', 'login']);
  });

  it('matches whole words only', () => {
    expect(missingSynonyms('Designing dashboards (no sign-in here: designing)', groups)).toEqual([]);
    expect(missingSynonyms('Use SSO to ...', groups)).toEqual(['single sign-on', 'SAML']);
  });

  it('adds nothing to a page that mentions no group', () => {
    expect(missingSynonyms('Funnels show where users drop off', groups)).toEqual([]);
  });
});

describe('facetsFor', () => {
  const { content } = validateRoot(fixtureRoot());
  const lookup = facetLookup(content);

  it('types plan pages and filters them by segment name', () => {
    expect(facetsFor('plans/starter/index.html', lookup)).toEqual({ type: 'plan', filters: { type: ['Plan'], segment: ['Small business'] }, crumbs: 'Onboarding plans' });
  });

  it('gives articles their category and a breadcrumb', () => {
    expect(facetsFor('kb/getting-started/first-steps/welcome/index.html', lookup)).toEqual({
      type: 'article',
      filters: { type: ['Article'], category: ['Getting started'] },
      crumbs: 'Help articles › Getting started › First steps',
    });
  });

  it('leaves listing pages and unknown pages out of the index', () => {
    for (const path of ['index.html', 'plans/index.html', 'kb/index.html', 'kb/getting-started/index.html', 'search/index.html', '404.html', 'plans/nope/index.html']) {
      expect(facetsFor(path, lookup), path).toBeUndefined();
    }
  });

  it('indexes every milestone as a record of its own that links to its anchor', () => {
    const records = milestoneRecords(content, lookup);
    expect(records.map((record) => record.url)).toEqual(['/plans/starter/#milestone-first-event', '/plans/starter/#milestone-first-dashboard', '/plans/starter/#milestone-weekly-habit']);
    expect(records[1]!.meta).toEqual({ title: 'First dashboard shared', crumbs: 'Starter onboarding › Day 14', type: 'Milestone' });
  });
});

describe('prepareForIndex', () => {
  it('puts facets and synonyms inside the indexed body, escaped', () => {
    const html = '<html><body><header>Nav</header><main data-pagefind-body><h1>Sign in</h1></main></body></html>';
    const out = prepareForIndex(html, { type: 'article', filters: { type: ['Article'], category: ['Q&A "tips"'] }, crumbs: 'Help › A' }, ['login']);
    expect(out).toContain('<span data-pagefind-filter="category:Q&amp;A &quot;tips&quot;"></span>');
    expect(out).toContain('<span data-pagefind-meta="crumbs:Help › A"></span>');
    expect(out).toMatch(/<p data-pagefind-weight="0.5">login<\/p><\/main>/);
  });
});
