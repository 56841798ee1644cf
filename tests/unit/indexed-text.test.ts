// The text of a page the search index reads: what a page's synonyms and typo words come from.
import { describe, expect, it } from 'vitest';
import { pagePreparer, type SearchManifest } from '../../src/integration/search-index.ts';
import { indexedText } from '../../src/search/indexed-text.ts';
import { synonymGroups } from '../../src/search/synonyms.ts';

const words = (html: string) => indexedText(html).split(/\s+/).filter(Boolean);

describe('indexedText', () => {
  it('reads the text of <main> only, without its navigation, related list, labels or what a page tells the index to ignore', () => {
    const html = `<header>Portal menu</header><main><h1>Pair a <span class="visually-hidden">Bluetooth</span> headset</h1>
      <nav class="pager"><a href="/kb/net/">← Connect to a wireless network</a></nav>
      <p>Hold the <strong>pairing</strong> button<br>until it blinks.</p>
      <section class="related"><h2>Related</h2><ul><li><span class="badge">Article</span> <a href="/kb/invoices/">Download invoices</a></li></ul></section>
      <p class="meta" data-pagefind-ignore>Updated 3 May</p><footer>Still here</footer></main><footer>Site footer</footer>`;
    expect(words(html)).toEqual(['Pair', 'a', 'headset', 'Hold', 'the', 'pairing', 'button', 'until', 'it', 'blinks.', 'Still', 'here']);
  });

  it('skips an element whole, with elements of its own kind nested inside it', () => {
    const html = '<main><div data-search-ignore><div><div>Nested</div></div> still ignored</div><div>Shown</div></main>';
    expect(words(html)).toEqual(['Shown']);
  });

  it('reads no tag inside a script, even one that looks like a tag or closes an element', () => {
    const html =
      '<main><p>Before</p><script>if (a<b) document.write("</nav><p>Injected")</script><svg><title>Icon</title></svg><p>After</p></main>';
    expect(words(html)).toEqual(['Before', 'After']);
  });
});

describe('pagePreparer', () => {
  it('gives a page the synonyms of its own words, not those of the titles its pager and related list link to', () => {
    const manifest: SearchManifest = {
      language: 'en',
      pages: { 'kb/bluetooth/index.html': { type: 'article', filters: { type: ['Article'] }, crumbs: 'Help' } },
      synonyms: synonymGroups([]),
      records: [],
    };
    const html = `<html lang="en"><body><main data-pagefind-body><h1>Connect a Bluetooth headset</h1><p>Remove the headset from other computers first.</p>
      <nav class="pager"><a href="/kb/wireless/">Connect to a wireless network →</a></nav>
      <section class="related"><ul><li><a href="/kb/invoices/">Download invoices</a></li></ul></section></main></body></html>`;
    const page = pagePreparer(manifest)('kb/bluetooth/index.html', html)!;
    expect(page.facts.synonyms).toContain('delete');
    expect(page.facts.synonyms).not.toContain('Wi-Fi');
    expect(page.facts.synonyms).not.toContain('receipt');
    expect(page.facts.words).not.toMatch(/\binvoices:/);
  });
});
