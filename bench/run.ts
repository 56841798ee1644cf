// `npm run bench`: builds generated sites of growing size the way `npm run build` does and reports
// time, peak memory of the whole process tree (and of the Astro and Pagefind processes in it),
// output and search-index size, and validator throughput.
//   --sizes 1000,3000   sizes to build (default 1,000, 3,000 and 10,000 pages)
//   --customers 2000    customers (one workspace page each) instead of a quarter of the pages; 0 for none
//   --quick             the smallest size only, a smoke test for CI (asserts nothing about time)
//   --search            also measure what a first and a second search transfer (needs Chromium)
//   --incremental       cold build, no-op rebuild and one edited article at 3,000 pages
//   --check             exit 1 when a budget from DESIGN.md is missed
//   --compare           the image-heavy help center built by Milepost and by Astro Starlight, side by side
//   --encoders          bytes against seconds of image encoder settings on the help center's images
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateRoot } from '../src/content/validate.ts';
import { generateSite } from './generate.ts';
import { measureCommand, type Measurement } from './measure.ts';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(PROJECT, 'bench/results.json');
const BUDGET = { secondsPer1000: 10, peakMbAt10000: 1024, filesPerSecond: 3000, firstSearchKb: 100 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,3000,10000' },
    quick: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    customers: { type: 'string' },
    compare: { type: 'boolean', default: false },
    encoders: { type: 'boolean', default: false },
  },
});
const requested = values.sizes.split(',').map(Number);
const sizes = values.quick ? [Math.min(300, ...requested)] : requested;

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

/** `npm run build` for the content at `root`, as CI runs it: a cache folder of its own. */
function build(root: string): Promise<Measurement> {
  return measureCommand(process.execPath, [join(PROJECT, 'src/cli/milepost.ts'), 'build', '--outDir', join(root, 'dist')], {
    cwd: PROJECT,
    env: { ...process.env, MILEPOST_ROOT: root, MILEPOST_CACHE_DIR: join(root, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

function failed(run: Measurement, what: string): never {
  console.error(run.output.slice(-4000));
  throw new Error(`${what} failed with exit code ${run.code}`);
}

/** Peak of the process whose command line matches, in MB. */
const peakOf = (run: Measurement, command: RegExp) =>
  Math.round(Math.max(0, ...run.processPeaks.filter((p) => command.test(p.command)).map((p) => p.peakMb)));
const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

async function measureSize(size: number) {
  const root = mkdtempSync(join(tmpdir(), `milepost-bench-${size}-`));
  try {
    generateSite(root, size, 42, values.customers !== undefined ? { customers: Number(values.customers) } : {});
    validateRoot(root); // warm-up: module loading and JIT, as in a long-running CLI
    const started = performance.now();
    const validation = validateRoot(root);
    const validationSeconds = (performance.now() - started) / 1000;
    if (validation.errors > 0)
      throw new Error(`generated content is invalid: ${validation.diagnostics.find((d) => d.severity === 'error')?.message}`);
    const run = await build(root);
    if (run.code !== 0) failed(run, `build of ${size} pages`);
    const dist = folderStats(join(root, 'dist'));
    const customerPages = existsSync(join(root, 'dist/customers')) ? folderStats(join(root, 'dist/customers')).html : 0;
    const index = folderStats(join(root, 'dist/pagefind'));
    const search = values.search ? await (await import('./search-transfer.ts')).searchTransfer(join(root, 'dist')) : undefined;
    return {
      target: size,
      pages: dist.html,
      customerPages,
      seconds: Number(run.seconds.toFixed(1)),
      secondsPer1000: Number(((run.seconds / dist.html) * 1000).toFixed(2)),
      peakMb: Math.round(run.peakMb),
      astroPeakMb: peakOf(run, /astro\.mjs build/),
      pagefindPeakMb: peakOf(run, /pagefind/),
      distMb: mb(dist.bytes),
      distFiles: dist.files,
      searchMb: mb(index.bytes),
      searchFiles: index.files,
      ...(search ? { firstSearchKb: Math.round(search.first / 1024), secondSearchKb: Math.round(search.second / 1024) } : {}),
      validatedFiles: validation.fileCount,
      filesPerSecond: Math.round(validation.fileCount / validationSeconds),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Whether a build kept the last search index or made one, and how many pages Pagefind was given while Astro built. */
function searchIndexOf(output: string): string {
  if (/search index of [\d,]+ pages kept/.test(output)) return 'kept';
  const ahead = /\((\d+) of them while Astro built\)/.exec(output)?.[1];
  return ahead ? `made, ${Number(ahead).toLocaleString('en')} pages given ahead` : 'made';
}

/**
 * A cold build, a rebuild with nothing changed, one after editing an article and one after editing
 * a customer (whose workspace is never indexed), sharing one cache.
 */
async function measureRebuilds(size: number) {
  const root = mkdtempSync(join(tmpdir(), `milepost-bench-rebuild-${size}-`));
  try {
    const shape = generateSite(root, size);
    const runs: [string, Measurement][] = [];
    runs.push(['cold build', await build(root)]);
    runs.push(['no-op rebuild', await build(root)]);
    const article = join(root, shape.sampleMarkdown!);
    writeFileSync(article, readFileSync(article, 'utf8').replace('\n## ', '\n## Edited: '));
    runs.push(['one article edited', await build(root)]);
    const customers = existsSync(join(root, 'customers')) ? readdirSync(join(root, 'customers')).sort() : [];
    if (customers.length > 0) {
      const customer = join(root, 'customers', customers[0]!);
      writeFileSync(customer, readFileSync(customer, 'utf8').replace(/^name: (.+)$/m, 'name: $1 (renamed)'));
      runs.push(['one customer edited', await build(root)]);
    }
    for (const [name, run] of runs) if (run.code !== 0) failed(run, name);
    if (!folderStats(join(root, 'dist')).files) throw new Error('no output after the rebuilds');
    // What Astro took and what publishing took, from the build's own log lines.
    const logged = (run: Measurement, pattern: RegExp) => Number(pattern.exec(run.output)?.[1] ?? NaN);
    return runs.map(([name, run]) => ({
      name,
      seconds: Number(run.seconds.toFixed(1)),
      astroSeconds: logged(run, /page\(s\) built in ([\d.]+)s/),
      publishSeconds: logged(run, /link checked, ([\d.]+)s after Astro/),
      searchIndex: searchIndexOf(run.output),
      copiedPages: run.output.match(/\((restored|cached)\)/g)?.length ?? 0,
      peakMb: Math.round(run.peakMb),
    }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim(),
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
console.log(`Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}`);

if (values.compare || values.encoders) {
  const { helpCenter } = await import('./help-center.ts');
  const center = await helpCenter();
  if (values.encoders) await (await import('./encoders.ts')).compareEncoders(center);
  if (values.compare) await (await import('./compare.ts')).compareWithStarlight(center);
  process.exit(0);
}

if (values.incremental) {
  const size = values.sizes === '1000,3000,10000' ? 3000 : requested[0]!;
  const rebuilds = await measureRebuilds(size);
  console.log(
    `\n| ${size.toLocaleString('en')} pages | build | Astro | links and search index after Astro | search index | pages copied from the cache | peak memory |\n| --- | ---: | ---: | ---: | --- | ---: | ---: |`,
  );
  for (const r of rebuilds)
    console.log(
      `| ${r.name} | ${r.seconds} s | ${r.astroSeconds} s | ${r.publishSeconds} s | ${r.searchIndex} | ${r.copiedPages.toLocaleString('en')} | ${r.peakMb} MB |`,
    );
  process.exit(0);
}

const rows = [];
for (const size of sizes) {
  console.log(`building ${size.toLocaleString('en')} pages…`);
  rows.push(await measureSize(size));
}

console.log(
  '\n| pages | of them customer workspaces | build | per 1,000 pages | peak memory (Astro / Pagefind) | dist/ | search index | validation |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.pages.toLocaleString('en')} | ${r.customerPages.toLocaleString('en')} | ${r.seconds} s | ${r.secondsPer1000} s | ${r.peakMb.toLocaleString('en')} MB (${r.astroPeakMb.toLocaleString('en')} / ${r.pagefindPeakMb.toLocaleString('en')}) | ${r.distMb} MB, ${r.distFiles.toLocaleString('en')} files | ${r.searchMb} MB, ${r.searchFiles.toLocaleString('en')} files | ${r.filesPerSecond.toLocaleString('en')} files/s |`,
  );
}
for (const r of rows)
  if (r.firstSearchKb !== undefined)
    console.log(`${r.pages.toLocaleString('en')} pages: first search ${r.firstSearchKb} KB, second ${r.secondSearchKb} KB transferred`);
if (!values.quick) writeFileSync(RESULTS, JSON.stringify({ machine, budget: BUDGET, rows }, null, 2) + '\n');

if (values.check) {
  const missed = rows.flatMap((r) => [
    ...(r.secondsPer1000 > BUDGET.secondsPer1000
      ? [`${r.pages} pages: ${r.secondsPer1000} s per 1,000 pages (budget ${BUDGET.secondsPer1000})`]
      : []),
    ...(r.target >= 10_000 && r.peakMb > BUDGET.peakMbAt10000
      ? [`${r.pages} pages: peak ${r.peakMb} MB (budget ${BUDGET.peakMbAt10000})`]
      : []),
    ...(r.filesPerSecond < BUDGET.filesPerSecond
      ? [`${r.pages} pages: validation ${r.filesPerSecond} files/s (budget ${BUDGET.filesPerSecond})`]
      : []),
    ...(r.firstSearchKb !== undefined && r.firstSearchKb > BUDGET.firstSearchKb
      ? [`${r.pages} pages: first search ${r.firstSearchKb} KB (budget ${BUDGET.firstSearchKb})`]
      : []),
  ]);
  if (missed.length > 0) {
    console.error(`\nBudgets missed:\n${missed.join('\n')}`);
    process.exit(1);
  }
}
