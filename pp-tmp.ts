import { readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './tests/e2e/serve.ts';
import { pageProblems, reportPolicyViolations } from './tests/e2e/page-checks.ts';
const dist = process.argv[2]!;
const pages = readdirSync(dist, { recursive: true }).map(String).filter((p) => p.endsWith('index.html') && !p.startsWith('_astro') && !p.startsWith('pagefind')).map((p) => p.replace(/index\.html$/, ''));
const site = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await reportPolicyViolations(context);
  const page = await context.newPage();
  const queue = [...pages];
  const problems = await pageProblems(page, site.url, () => queue.shift());
  console.log(width, JSON.stringify(problems, null, 1).slice(0, 3000));
  await context.close();
}
console.log('checked', pages.length);
await browser.close(); await site.close();
