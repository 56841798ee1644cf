// `npm run dev` validates again when a content file changes: plans, YAML, articles, and the files
// docs tools keep their order and folder titles in.
import { describe, expect, it } from 'vitest';
import { isContentFile } from '../../src/integration/dev-validation.ts';

describe('isContentFile', () => {
  it('is true of plans, content, customers and articles, Jekyll’s .markdown included', () => {
    for (const path of [
      'plans/smb.yaml',
      'content/site.yaml',
      'customers/acme.yml',
      'content/kb/A/b.md',
      'content/kb/c.mdx',
      'content/kb/d.markdown',
    ])
      expect(isContentFile(path), path).toBe(true);
  });

  it('is true of the navigation files that order and title the knowledge base', () => {
    for (const path of [
      'content/kb/_meta.json',
      'content/kb/api/_meta.ts',
      'content/kb/guides/.pages',
      'content/kb/mint.json',
      'content/kb/docs.json',
      'content/kb/admin/_category_.json',
    ])
      expect(isContentFile(path), path).toBe(true);
  });

  it('is false of images, scripts elsewhere and files outside the content folders', () => {
    for (const path of ['content/kb/img/chart.png', 'src/pages/index.astro', 'content/meta.json', 'public/_meta.json', 'package.json'])
      expect(isContentFile(path), path).toBe(false);
  });
});
