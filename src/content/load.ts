// Validated, edition-filtered content for the site. The Astro integration validates once per
// build and leaves the result here; the collection loaders read it, so nothing is parsed twice.
// The validator itself is not imported: the pages load this module through Vite, which would
// transform and bundle the whole validator with them.
import type { ContentIndex } from './content-index.ts';
import { forEdition } from './edition.ts';
import { resolveEdition, resolveRoot } from './settings.ts';
import { forSingleCustomer, resolveSingleCustomer } from './single-customer.ts';
import type { ValidationResult } from './validate.ts';

// Shared through globalThis: the integration and the collection loaders load this module through
// Node, the pages through the bundle Vite builds, in the same process.
const CACHE = Symbol.for('milepost.validation');
const LENIENT = Symbol.for('milepost.lenient');
type Cache = { [CACHE]?: ValidationResult; [LENIENT]?: boolean };

/**
 * `lenient` is for the dev server: files with errors are left out and the overlay shows the
 * errors, instead of the whole site failing while an editor is mid-edit.
 */
export function rememberValidation(result: ValidationResult, lenient = false): void {
  (globalThis as Cache)[CACHE] = result;
  (globalThis as Cache)[LENIENT] = lenient;
}

export function forgetValidation(): void {
  delete (globalThis as Cache)[CACHE];
}

export function currentValidation(root = resolveRoot()): ValidationResult {
  const cached = (globalThis as Cache)[CACHE];
  if (cached && cached.root === root) return cached;
  throw new Error(`The content at ${root} was not validated: build with the Milepost integration (astro.config.mjs), which validates before Astro loads content.`);
}

/** `make`, called once per validation: once per build (the dev server validates again on each edit). */
export function oncePerValidation<T>(make: () => T): () => T {
  const made = new WeakMap<ValidationResult, T>();
  return () => {
    const validation = currentValidation();
    if (!made.has(validation)) made.set(validation, make());
    return made.get(validation)!;
  };
}

/** The content a build of this edition (and of MILEPOST_CUSTOMER's customer alone) may show. Throws if validation failed. */
export function loadContent(root = resolveRoot(), edition = resolveEdition(), singleCustomer = resolveSingleCustomer()): ContentIndex {
  const result = currentValidation(root);
  if (result.errors > 0 && !(globalThis as Cache)[LENIENT]) {
    throw new Error(`Milepost content has ${result.errors} error(s); run \`npm run validate\` to see them`);
  }
  const content = forEdition(result.content, edition);
  return singleCustomer ? forSingleCustomer(content, singleCustomer) : content;
}
