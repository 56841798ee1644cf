// `npm run bench`: builds synthetic sites of growing size with the real build and reports time,
// peak memory of the whole process tree, output and search-index size, and validator throughput.
// `--sizes 1000,3000` to choose sizes, `--quick` for the smallest only (a CI smoke test),
// `--check` to fail when a budget from DESIGN.md is missed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateRoot } from '../src/content/validate.ts';
import { generateSite } from './generate.ts';
import { measureCommand } from './measure.ts';
import { searchTransfer } from './search-transfer.ts';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,3000,10000' }, quick: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, incremental: { type: 'boolean', default: false }, search: { type: 'boolean', default: false } },
});
const sizes = values.quick ? [Number(values.sizes.split(',')[0]) > 1000 ? 300 : Math.min(...values.sizes.split(',').map(Number))] : values.sizes.split(',').map(Number);

function folderStats(folder: string) {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, files, html };
}

function build(root: string, outDir: string, cacheDir: string) {
  return measureCommand(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: PROJECT,
    env: { ...process.env, MILEPOST_ROOT: root, MILEPOST_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

if (values.incremental) {
  // A cold build, a rebuild with nothing changed, and a rebuild after editing one article, all
  // with the same content cache, at the first size given (3,000 by default).
  const size = values.sizes === '1000,3000,10000' ? 3000 : Number(values.sizes.split(',')[0]);
  const root = mkdtempSync(join(tmpdir(), `milepost-bench-incremental-`));
  generateSite(root, size);
  const [outDir, cache] = [join(root, 'dist'), join(root, '.cache')];
  const cold = await build(root, outDir, cache);
  const noop = await build(root, outDir, cache);
  const article = join(root, 'content/kb/Category 1/Section 1/article-0.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace('## ', '## Edited: '));
  const edit = await build(root, outDir, cache);
  console.log(`\n| ${size} pages | seconds | peak memory |\n| --- | ---: | ---: |`);
  for (const [name, run] of [['cold build', cold], ['no-op rebuild', noop], ['one article edited', edit]] as const) console.log(`| ${name} | ${run.seconds.toFixed(1)} | ${Math.round(run.peakMb)} MB |`);
  rmSync(root, { recursive: true, force: true });
  process.exit([cold, noop, edit].every((run) => run.code === 0) ? 0 : 1);
}

const rows = [];
for (const size of sizes) {
  const root = mkdtempSync(join(tmpdir(), `milepost-bench-${size}-`));
  const outDir = join(root, 'dist');
  generateSite(root, size);
  const started = performance.now();
  const validation = validateRoot(root);
  const validationSeconds = (performance.now() - started) / 1000;
  if (validation.errors > 0) throw new Error(`generated content is invalid: ${validation.diagnostics.find((d) => d.severity === 'error')?.message}`);
  const result = await build(root, outDir, join(root, '.cache'));
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`build of ${size} pages failed`);
  }
  const dist = folderStats(outDir);
  const search = values.search ? await searchTransfer(outDir) : undefined;
  const index = folderStats(join(outDir, 'pagefind'));
  rows.push({
    target: size,
    pages: dist.html,
    seconds: Number(result.seconds.toFixed(1)),
    secondsPer1000: Number(((result.seconds / dist.html) * 1000).toFixed(2)),
    peakMb: Math.round(result.peakMb),
    distMb: Number((dist.bytes / 1024 / 1024).toFixed(1)),
    distFiles: dist.files,
    searchMb: Number((index.bytes / 1024 / 1024).toFixed(1)),
    searchFiles: index.files,
    ...(search ? { firstSearchKb: Math.round(search.first / 1024), secondSearchKb: Math.round(search.second / 1024) } : {}),
    validatedFiles: validation.fileCount,
    filesPerSecond: Math.round(validation.fileCount / validationSeconds),
  });
  rmSync(root, { recursive: true, force: true });
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model.trim(), memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, date: new Date().toISOString().slice(0, 10) };
console.log(`\nMachine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}\n`);
console.log('| pages | build s | s / 1,000 pages | peak memory | dist/ | files | search index | index files | validation |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.pages} | ${r.seconds} | ${r.secondsPer1000} | ${r.peakMb} MB | ${r.distMb} MB | ${r.distFiles} | ${r.searchMb} MB | ${r.searchFiles} | ${r.filesPerSecond} files/s |`);
for (const r of rows) if (r.firstSearchKb !== undefined) console.log(`${r.pages} pages: first search ${r.firstSearchKb} KB, second ${r.secondSearchKb} KB transferred`);
if (!values.quick && !values.search) writeFileSync(join(PROJECT, 'bench/results.json'), JSON.stringify({ machine, rows }, null, 2) + '\n');

if (values.check) {
  const missed = rows.flatMap((r) => [
    r.secondsPer1000 > 10 ? `${r.pages} pages: ${r.secondsPer1000} s per 1,000 pages (budget 10)` : [],
    r.pages >= 10_000 && r.peakMb > 1024 ? `${r.pages} pages: peak ${r.peakMb} MB (budget 1,024)` : [],
    r.filesPerSecond < 3000 ? `${r.pages} pages: validation ${r.filesPerSecond} files/s (budget 3,000)` : [],
  ]).flat();
  if (missed.length > 0) {
    console.error(`\nBudgets missed:\n${missed.join('\n')}`);
    process.exit(1);
  }
}
