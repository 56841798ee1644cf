// A Sphinx site's page order from the toctrees of its HTML output (src/content/sphinx-toctree.ts).
import { describe, expect, it } from 'vitest';
import { sphinxToctreePlaces } from '../../src/content/sphinx-toctree.ts';

const index = (toctree: string) =>
  `<html><head><title>SDK &#8212; SDK docs</title></head><body><div class="body" role="main"><p>See <a class="reference internal" href="api.html">the API</a>.</p>${toctree}</div></body></html>`;

describe('sphinxToctreePlaces', () => {
  it('places the pages and folders of a toctree in its order, nested levels included, and not the text’s other links', () => {
    const source = index(`<div class="toctree-wrapper compound">
<p class="caption" role="heading"><span class="caption-text">Contents:</span></p>
<ul>
<li class="toctree-l1"><a class="reference internal" href="quickstart.html">Quickstart</a></li>
<li class="toctree-l1"><a class="reference internal" href="guides/index.html">Guides</a><ul>
<li class="toctree-l2"><a class="reference internal" href="guides/sampling.html#rates">Sampling</a></li>
<li class="toctree-l2"><a class="reference internal" href="guides/batching.html">Batching</a></li>
</ul></li>
<li class="toctree-l1"><a class="reference external" href="https://github.com/tidemark/sdk">Source code</a></li>
<li class="toctree-l1"><a class="reference internal" href="api.html">API reference</a></li>
</ul>
</div>`);
    const { places } = sphinxToctreePlaces(source, 'SDK');
    expect([...places].map(([path, place]) => `${path} ${place.order}`)).toEqual([
      'SDK/quickstart 1',
      'SDK/guides 2',
      'SDK/guides/sampling 3',
      'SDK/guides/batching 4',
      'SDK/api 5',
    ]);
  });

  it('places nothing from an index.html without a toctree (an mdBook’s, a help center’s home)', () => {
    expect(sphinxToctreePlaces(index(''), 'SDK').places.size).toBe(0);
  });
});
