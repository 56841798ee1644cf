// In `npm run dev`: re-validate when a plan or content file changes, print the problems in the
// terminal and show them in the browser's error overlay; refresh the collections when clean.
import type { AstroIntegrationLogger } from 'astro';
import { relative, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { rememberValidation } from '../content/load.ts';
import { formatText, summary } from '../content/report.ts';
import { validateRoot } from '../content/validate.ts';

interface Options {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  refreshContent: ((options: { loaders?: string[] }) => Promise<void>) | undefined;
  root: string;
}

/** Content files, and the files of content/kb that order and title it (navigation-files.ts, kb-categories.ts). */
const CONTENT_FILE = /^(plans|content|customers)\/.*\.(ya?ml|mdx?|markdown|html?)$|^content\/kb\/(?:.*\/)?(?:_meta\.(?:json|[jt]sx?)|\.pages|mint\.json|docs\.json|_category_\.json)$/;

/** Whether a change to the file at `path` (from the content root) calls for validating again. */
export const isContentFile = (path: string): boolean => CONTENT_FILE.test(path);

export function watchContent({ server, logger, refreshContent, root }: Options): void {
  server.watcher.add([`${root}/plans`, `${root}/content`, `${root}/customers`]);
  let timer: NodeJS.Timeout | undefined;
  const revalidate = () => {
    const result = validateRoot(root);
    rememberValidation(result, true);
    if (result.errors > 0) {
      logger.error(`\n${formatText(result, true)}`);
      const first = result.diagnostics.find((d) => d.severity === 'error')!;
      server.environments.client.hot.send({
        type: 'error',
        err: {
          message: `${summary(result)}\n\n${formatText(result)}`,
          stack: '',
          id: `${root}/${first.file}`,
          loc: { file: `${root}/${first.file}`, line: first.line, column: first.column },
          plugin: 'milepost',
        },
      });
      return;
    }
    logger.info(summary(result));
    void refreshContent?.({
      loaders: ['milepost-plans', 'milepost-faqs', 'milepost-videos', 'milepost-courses', 'milepost-certifications', 'milepost-customers', 'milepost-site', 'milepost-articles', 'milepost-kb-folders'],
    });
  };
  const onChange = (file: string) => {
    const path = relative(root, file).split(sep).join('/');
    if (!isContentFile(path)) return;
    clearTimeout(timer);
    timer = setTimeout(revalidate, 100);
  };
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);
}
