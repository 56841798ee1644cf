// Hostile text in every text field of every file kind is shown as text: the built site holds no
// executable form of any payload, in HTML, JSON, XML, SVG or calendars.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { buildSite, listFiles, type BuildResult } from '../helpers/build.ts';
import { findExecutable } from '../helpers/html-scan.ts';

const PAYLOAD = ' <script>alert(1)</script><img src=x onerror=alert(2)>"><svg onload=alert(3)> [x](javascript:alert(4)) <a href="javascript:alert(5)">y</a>';

/** Keys whose values are ids, references, URLs, dates or enums: not free text. */
const NOT_TEXT = new Set(['id', 'segment', 'segments', 'course', 'when', 'certification', 'helpedBy', 'resources', 'requires', 'related', 'url', 'registerUrl', 'editUrl', 'site', 'email', 'format', 'level', 'cadence', 'badge', 'validFor', 'at', 'start', 'timezone', 'rrule', 'stepsCompleted', 'band', 'updated', 'published', 'draft', 'order', 'synonyms', 'plan', 'kickoff', 'key', 'reached', 'status', 'date', 'asOf', 'renewal', 'bookingUrl']);

function poison(value: unknown, key?: string, videoFile = false): unknown {
  if (typeof value === 'string') return key && (NOT_TEXT.has(key) || (videoFile && key === 'duration')) ? value : value + PAYLOAD;
  if (Array.isArray(value)) return key && NOT_TEXT.has(key) ? value : value.map((item) => poison(item, undefined, videoFile));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : poison(v, k, videoFile)]));
  return value;
}

function poisonedRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'milepost-xss-'));
  cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
  // A customer, so its workspace and the team portfolio are checked too.
  cpSync(join(FIXTURES, 'editions/customers'), join(root, 'customers'), { recursive: true });
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (entry.name.endsWith('.yaml')) {
      const data = poison(parseDocument(text).toJS(), undefined, file.includes('/videos/'));
      writeFileSync(file, JSON.stringify(data)); // JSON is YAML
    } else if (entry.name.endsWith('.md')) {
      const { data, content } = matter(text);
      writeFileSync(file, `---\n${JSON.stringify(poison(data))}\n---\n${content}`);
    }
  }
  return root;
}

describe('hostile content', () => {
  let root: string;
  let build: BuildResult;
  beforeAll(() => {
    root = poisonedRoot();
    build = buildSite(root, { edition: 'team' });
  });

  it('is valid content (text may say anything) and builds', () => {
    expect(validateRoot(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(build.code, build.output).toBe(0);
  });

  it('appears on the pages as text, never as markup', () => {
    const files = listFiles(build.outDir).filter((file) => /\.(html|xml|svg)$/.test(file) && !file.startsWith('pagefind/'));
    const plan = readFileSync(join(build.outDir, 'plans/starter/index.html'), 'utf8');
    expect(plan).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files).toContain('team/customers/index.html');
    expect(files.some((file) => file.startsWith('customers/'))).toBe(true);
    const report = files.flatMap((file) => findExecutable(readFileSync(join(build.outDir, file), 'utf8')).map((found) => `${file}: ${found.kind}: ${found.snippet}`));
    expect(report).toEqual([]);
    console.log(`[xss] 5 payloads in every text field; ${files.length} HTML, XML and SVG files checked; executable: ${report.length}`);
  });

  it('keeps JSON documents (achievements, JSON-LD) valid JSON, whatever the text', () => {
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.json') && !f.startsWith('pagefind/'))) {
      expect(() => JSON.parse(readFileSync(join(build.outDir, file), 'utf8')), file).not.toThrow();
    }
  });
});
