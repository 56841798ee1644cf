// Bad files never crash the validator: each gets a diagnostic, the other files are still
// checked, and no source file is ever written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else files.set(full, `${statSync(full).mtimeMs}:${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
    }
  };
  visit(folder);
  return files;
}

describe('validateRoot on hostile files', () => {
  it('reports a 5 MB file as too large without reading it as YAML', () => {
    const root = fixtureRoot();
    writeFileSync(join(root, 'content/faqs/huge.yaml'), `title: Huge\nitems:\n${'  - id: x\n    q: y\n    a: z\n'.repeat(180_000)}`);
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => [d.file, d.rule, d.line])).toEqual([['content/faqs/huge.yaml', 'file-too-large', 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/is \d\.\d MB/);
  });

  it('reads an HTML page of 1.8 MB, its markup heavy (a docs site’s diagrams), and reports one over 4 MB', () => {
    const root = fixtureRoot();
    mkdirSync(join(root, 'content/kb/Reference'), { recursive: true });
    const diagram = `<svg viewBox="0 0 400 40"><path d="${'M10 20 L390 20 '.repeat(40)}"/></svg>\n`;
    writeFileSync(join(root, 'content/kb/Reference/select.html'), `<h1>SELECT</h1>\n<p>Query the database.</p>\n${diagram.repeat(2_800)}`);
    writeFileSync(join(root, 'content/kb/Reference/dump.html'), `<h1>Dump</h1>\n${diagram.repeat(7_000)}`);
    const result = validateRoot(root);
    expect(result.diagnostics.filter((d) => d.file.startsWith('content/kb/Reference/')).map((d) => [d.file, d.rule])).toEqual([
      ['content/kb/Reference/dump.html', 'file-too-large'],
    ]);
    expect(result.content.articles.map((article) => article.data.title)).toContain('SELECT');
  });

  it('reports a deeply nested file and still checks the others', () => {
    const root = fixtureRoot();
    writeFileSync(join(root, 'content/faqs/deep.yaml'), `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    writeFileSync(join(root, 'content/videos/deep-map.yaml'), Array.from({ length: 3_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n') + ' 1\n');
    writeFileSync(join(root, 'plans/broken.yaml'), 'title: [unclosed\n');
    const result = validateRoot(root);
    const files = new Set(result.diagnostics.map((d) => d.file));
    expect(files).toEqual(new Set(['content/faqs/deep.yaml', 'content/videos/deep-map.yaml', 'plans/broken.yaml']));
    expect(result.fileCount).toBe(10);
    for (const d of result.diagnostics) expect(d.severity).toBe('error');
  });

  it('survives a file of random bytes', () => {
    const root = fixtureRoot();
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(root, 'content/videos/noise.yaml'), bytes);
    const result = validateRoot(root);
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([['content/videos/noise.yaml', 'file-encoding']]);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const root = fixtureRoot();
    const file = join(root, 'content/faqs/general.yaml');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(validateRoot(root).diagnostics).toEqual([]);
  });

  it('points at the right line in CRLF files', () => {
    const root = fixtureRoot('weights-not-100');
    const file = join(root, 'plans/starter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const [diagnostic] = validateRoot(root).diagnostics;
    expect([diagnostic!.rule, diagnostic!.line, diagnostic!.column]).toEqual(['weights-sum', 43, 5]);
  });

  it('never writes to a source file, even when every file is broken', () => {
    const root = fixtureRoot('misspelt-key');
    writeFileSync(join(root, 'content/faqs/general.yaml'), 'title: [\n');
    const before = snapshot(root);
    validateRoot(root);
    validateRoot(root);
    expect(snapshot(root)).toEqual(before);
  });

  it('reports a missing site.yaml', () => {
    const root = fixtureRoot();
    writeFileSync(join(root, 'content/site.yaml.bak'), '');
    const result = validateRoot(join(root, 'plans'));
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([['content/site.yaml', 'file-missing']]);
  });
});
