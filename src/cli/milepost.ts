// The `milepost` command line: build the portal, validate content, write editor schemas.
// Runs on the Node.js 24 the project pins (`npm run build`, `npm run validate`, `npm run schema`).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { resolveRoot } from '../content/settings.ts';
import type { ReportFormat } from '../content/report.ts';
import { wantsTraces } from './build-output.ts';
// Each command loads what it needs when it runs: `build` starts Astro before the validator,
// the schemas and Pagefind are loaded (they took 0.7 s on the 2-core machine).

const USAGE = `Usage:
  milepost build [astro build options]
  milepost dev [astro dev options]
  milepost validate [--format text|json|github] [--strict] [--root <folder>]
  milepost schema [--out <folder>]
  milepost new customer <id> [--plan <id>] [--name <name>] [--kickoff YYYY-MM-DD] [--timezone <zone>] [--csm "Name <e-mail>"]
  milepost new key
  milepost import zendesk|intercom|helpscout|freshdesk <file.json>… [--into <folder>] [--force] [--download-images]

dev       starts Astro's dev server with live validation; stops with the command that started it.
build     validates, builds the portal with Astro, checks every internal link, indexes it for
          search, and only then replaces dist/ (a failed build leaves dist/ as it was).
validate  checks every plan and content file and prints every problem as file:line:col.
          --strict also lists articles nothing links to and fails on warnings.
          Exit code 0 when clean, 1 when there are errors (or warnings with --strict), 2 on a usage error.
schema    writes a JSON Schema per file kind into schemas/ for editor completion.
new       writes customers/<id>.yaml with a fresh random key (never overwriting a file), or
          prints a fresh key.
import    writes a Zendesk, Intercom, Help Scout or Freshdesk help center, as its API gives it
          (Zendesk's articles.json, sections.json, categories.json; Intercom's articles and
          collections; Help Scout's collections, categories and articles; Freshdesk's
          categories, folders and articles), into content/kb
          (or its folder --into) as Markdown articles in a folder per category, section or
          collection; never overwrites a file without --force. --download-images saves the
          images articles show from the help center beside them.`;

function usageError(message: string): never {
  process.stderr.write(`milepost: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function newCommand(root: string, [what, id]: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  if (what === 'key') {
    const { newCustomerKey } = await import('../lib/customer-key.ts');
    process.stdout.write(`${newCustomerKey()}\n`);
    return 0;
  }
  if (what !== 'customer' || !id) usageError('write `milepost new customer <id>` or `milepost new key`');
  const [{ validateRoot }, { writeNewCustomer }] = await Promise.all([import('../content/validate.ts'), import('./new-customer.ts')]);
  const plans = validateRoot(root).content.plans.filter((plan) => !plan.draft);
  const plan = (values.plan as string | undefined) ?? plans[0]?.id;
  if (!plan) usageError('there is no published plan in plans/ to put the customer on; pass --plan <id>');
  try {
    const path = writeNewCustomer({
      root,
      id,
      plan,
      name: values.name as string | undefined,
      kickoff: values.kickoff as string | undefined,
      timezone: values.timezone as string | undefined,
      csm: values.csm as string | undefined,
    });
    process.stdout.write(
      `wrote ${path} with a fresh key, on the plan "${plan}"${values.csm ? '' : '; fill in its csm'}, then run \`npm run validate\`\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`milepost: ${(error as Error).message}\n`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'build') {
    // Node's compile cache first: the build's modules, its worker's and Astro's load from it.
    const { buildCacheRoot, useCompileCache } = await import('./compile-cache.ts');
    useCompileCache(buildCacheRoot());
    return (await import('./build.ts')).build(rest);
  }
  if (command === 'dev') return (await import('./dev.ts')).dev(rest);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        format: { type: 'string' },
        strict: { type: 'boolean', default: false },
        root: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        name: { type: 'string' },
        kickoff: { type: 'string' },
        timezone: { type: 'string' },
        csm: { type: 'string' },
        into: { type: 'string' },
        force: { type: 'boolean', default: false },
        'download-images': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: command === 'new' || command === 'import',
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolveRoot(values.root);
  switch (command) {
    case 'validate': {
      const [{ FORMATS, formatReport }, { validateRoot }] = await Promise.all([import('../content/report.ts'), import('../content/validate.ts')]);
      const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
      if (!FORMATS.includes(format)) usageError(`unknown format "${values.format}"; use text, json or github`);
      const result = validateRoot(root, { strict: values.strict });
      process.stdout.write(formatReport(result, format, format === 'text' && process.stdout.isTTY === true));
      return result.errors > 0 || (values.strict && result.warnings > 0) ? 1 : 0;
    }
    case 'schema': {
      const { writeJsonSchemas } = await import('./json-schemas.ts');
      const written = writeJsonSchemas(resolve(values.out ?? 'schemas'));
      process.stdout.write(written.map((file) => `wrote ${file}`).join('\n') + '\n');
      return 0;
    }
    case 'new':
      return newCommand(root, positionals, values);
    case 'import': {
      const [source = '', ...files] = positionals;
      const { argumentPath, importHelpCenter, SOURCES } = await import('./import.ts');
      if (!(source in SOURCES) || files.length === 0)
        usageError(
          'write `milepost import zendesk <file.json>…` (Zendesk’s Help Center API: articles.json, sections.json, categories.json), `milepost import intercom <file.json>…` (Intercom’s GET /articles and GET /help_center/collections), `milepost import helpscout <file.json>…` (Help Scout’s GET /v1/collections, categories and each article) or `milepost import freshdesk <file.json>…` (Freshdesk’s solutions: categories, folders, articles)',
        );
      return importHelpCenter(source, files.map(argumentPath), {
        root,
        into: values.into,
        force: values.force,
        downloadImages: values['download-images'],
      });
    }
    case undefined:
      usageError('missing command');
    default:
      usageError(`unknown command "${command}"`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // An unexpected failure still ends with a sentence, not a stack trace (DEBUG=milepost shows it).
  if (wantsTraces(process.argv)) throw error;
  process.stderr.write(`milepost: ${(error as Error).message}\n  hint: Run with DEBUG=milepost to see where in the code it failed.\n`);
  process.exitCode = 1;
}
