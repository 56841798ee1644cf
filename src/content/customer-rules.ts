// Rules for customers/<id>.yaml that need other files: the plan exists and is published, the
// progress names the plan's milestones and done items, dates are neither before the kickoff nor
// in the future, and every customer has a key of its own. Shape rules live in schemas/customer.ts.
import { newCustomerKey } from '../lib/customer-key.ts';
import { todayIn } from '../lib/customer-status.ts';
import { isTimeZone } from '../lib/time-zones.ts';
import type { Customer } from '../schemas/customer.ts';
import type { ContentIndex, Entry } from './content-index.ts';
import { fileId } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedFile } from './parse-file.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

type At = (path: PathSegment[], target?: 'key' | 'value') => Pick<Diagnostic, 'file' | 'line' | 'column'>;

export function checkCustomers(content: ContentIndex, parsed: readonly ParsedFile[], now: Date): Diagnostic[] {
  const sources = new Map<string, YamlSource | undefined>(
    parsed.filter((item) => item.file.kind === 'customer').map((item) => [item.file.path, item.source]),
  );
  // Plans that exist but failed validation: their own errors say what is wrong.
  const planFiles = new Set(parsed.filter((item) => item.file.kind === 'plan').map((item) => fileId(item.file.path)));
  const diagnostics: Diagnostic[] = [];
  for (const customer of content.customers) {
    const source = sources.get(customer.file);
    const at: At = (path, target) => ({ file: customer.file, ...(source?.positionOf(path, target) ?? { line: 1, column: 1 }) });
    diagnostics.push(
      ...checkPlanAndProgress(customer, content, planFiles, at),
      ...checkDates(customer, now, at),
      ...checkKeyOwnership(customer, at),
    );
  }
  diagnostics.push(...checkSharedKeys(content.customers, sources));
  return diagnostics;
}

function checkPlanAndProgress(customer: Entry<Customer>, content: ContentIndex, planFiles: ReadonlySet<string>, at: At): Diagnostic[] {
  const { data } = customer;
  const plan = content.plans.find((entry) => entry.id === data.plan);
  if (!plan) {
    if (planFiles.has(data.plan)) return [];
    const suggestion = closest(
      data.plan,
      content.plans.map((entry) => entry.id),
    );
    return [
      {
        ...at(['plan']),
        severity: 'error',
        rule: 'dangling-reference',
        message: `There is no plan "${data.plan}" in plans/`,
        hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Plans: ${content.plans.map((entry) => entry.id).join(', ')}.`,
      },
    ];
  }
  if (plan.draft) {
    return [
      {
        ...at(['plan']),
        severity: 'error',
        rule: 'reference-to-draft',
        message: `The plan "${data.plan}" is a draft, so this customer's page would follow a plan customers cannot see`,
        hint: 'Finish the plan (add step-03-success-milestones to its stepsCompleted) or put the customer on a published plan.',
      },
    ];
  }
  const found: Diagnostic[] = [];
  const milestones = new Map(plan.data.milestones.map((milestone) => [milestone.id, milestone]));
  for (const [id, progress] of Object.entries(data.progress)) {
    const milestone = milestones.get(id);
    if (!milestone) {
      const suggestion = closest(id, [...milestones.keys()]);
      found.push({
        ...at(['progress', id], 'key'),
        severity: 'error',
        rule: 'dangling-reference',
        message: `The plan "${plan.id}" has no milestone "${id}"`,
        hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Its milestones: ${[...milestones.keys()].join(', ')}.`,
      });
      continue;
    }
    progress.checked.forEach((item, index) => {
      if (milestone.done.includes(item)) return;
      const suggestion = closest(item, milestone.done);
      found.push({
        ...at(['progress', id, 'checked', index]),
        severity: 'error',
        rule: 'dangling-reference',
        message: `"${item}" is not in the definition of done of "${milestone.name}"`,
        hint: suggestion
          ? `Did you mean "${suggestion}"? Write the item exactly as the plan does.`
          : `Write one of: ${milestone.done.map((d) => `"${d}"`).join('; ')}.`,
      });
    });
  }
  return found;
}

/** Dates of things that happened: never in the future (as the customer's calendar has it), and progress never before the kickoff. */
function checkDates(customer: Entry<Customer>, now: Date, at: At): Diagnostic[] {
  const { data } = customer;
  const today = todayIn(isTimeZone(data.timezone) ? data.timezone : 'UTC', now);
  const found: Diagnostic[] = [];
  const check = (date: string | undefined, path: PathSegment[], what: string, { notBeforeKickoff }: { notBeforeKickoff: boolean }) => {
    if (!date) return;
    if (date > today) {
      found.push({
        ...at(path),
        severity: 'error',
        rule: 'date-in-future',
        message: `${what} ${date}, which is after today (${today} in ${data.timezone})`,
        hint: 'Record progress once it has happened; check the year and the month.',
      });
    } else if (notBeforeKickoff && date < data.kickoff) {
      found.push({
        ...at(path),
        severity: 'error',
        rule: 'date-before-kickoff',
        message: `${what} ${date}, before the kickoff on ${data.kickoff}`,
        hint: 'Check the date, or the kickoff date.',
      });
    }
  };
  for (const [id, progress] of Object.entries(data.progress))
    check(progress.reached, ['progress', id, 'reached'], `"${id}" is recorded as reached on`, { notBeforeKickoff: true });
  data.training.attended.forEach((session, index) =>
    check(session.date, ['training', 'attended', index, 'date'], 'The session is dated', { notBeforeKickoff: false }),
  );
  data.training.certified.forEach((level, index) =>
    check(level.date, ['training', 'certified', index, 'date'], 'The certification is dated', { notBeforeKickoff: false }),
  );
  check(data.internal?.health?.asOf, ['internal', 'health', 'asOf'], 'The health score is dated', { notBeforeKickoff: false });
  return found;
}

function checkKeyOwnership(customer: Entry<Customer>, at: At): Diagnostic[] {
  const key = customer.data.key;
  if (key === undefined) {
    return [
      {
        ...at([]),
        severity: 'warning',
        rule: 'customer-key-missing',
        message: 'This customer has no key, so it gets no page of its own',
        hint: `Add a line \`key: ${newCustomerKey()}\` (a fresh random key) to publish its page at /customers/<key>/.`,
      },
    ];
  }
  if (key.toLowerCase().includes(customer.id) || key.toLowerCase().includes(customer.data.name.toLowerCase().replace(/[^a-z0-9]+/g, ''))) {
    return [
      {
        ...at(['key']),
        severity: 'error',
        rule: 'customer-key-weak',
        message: 'The key contains the customer’s name, which makes its page easier to find',
        hint: `Use a random key instead, e.g. \`key: ${newCustomerKey()}\`.`,
      },
    ];
  }
  return [];
}

/** A key in two files would show each customer the other's page: neither gets one. */
function checkSharedKeys(customers: readonly Entry<Customer>[], sources: ReadonlyMap<string, YamlSource | undefined>): Diagnostic[] {
  const byKey = new Map<string, Entry<Customer>[]>();
  for (const customer of customers)
    if (customer.data.key) byKey.set(customer.data.key, [...(byKey.get(customer.data.key) ?? []), customer]);
  return [...byKey.values()]
    .filter((sharing) => sharing.length > 1)
    .flatMap((sharing) =>
      sharing.map((customer) => ({
        file: customer.file,
        ...(sources.get(customer.file)?.positionOf(['key']) ?? { line: 1, column: 1 }),
        severity: 'warning' as const,
        rule: 'customer-key-shared',
        message: `${sharing
          .filter((other) => other !== customer)
          .map((other) => other.file)
          .join(', ')} has the same key, so neither customer gets a page until each has its own`,
        hint: `Give this customer a fresh key, e.g. \`key: ${newCustomerKey()}\` (its old link stops working).`,
      })),
    );
}

/** Keys used by more than one customer: their pages are not built (checkSharedKeys warns). */
export function sharedKeys(customers: readonly Entry<Customer>[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { data } of customers) {
    if (!data.key) continue;
    if (seen.has(data.key)) shared.add(data.key);
    seen.add(data.key);
  }
  return shared;
}
