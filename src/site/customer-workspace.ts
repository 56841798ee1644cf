// What a customer's workspace page shows, gathered once per customer from the collections:
// its plan, its status on the day of the build, the courses and sessions that prepare for its
// next step, and its certification progress. Lookups are by id; no page scans all customers.
import { getEntry, type CollectionEntry } from 'astro:content';
import { entriesOf } from './collections.ts';
import { buildNow } from '../content/now.ts';
import { onboardingStatus, todayIn, type OnboardingStatus } from '../lib/customer-status.ts';
import type { UpcomingSession } from '../lib/sessions.ts';
import { segments } from './segments.ts';
import { upcomingSessionsOf } from './sessions.ts';

export type CustomerEntry = CollectionEntry<'customers'>;
export type PlanEntry = CollectionEntry<'plans'>;

/** How many upcoming sessions the next step lists. */
const NEXT_SESSIONS = 3;

/** Customers with a page of their own: a key of their own and a plan the site has. */
export async function customersWithWorkspace(): Promise<{ customer: CustomerEntry; plan: PlanEntry; key: string }[]> {
  // One plan object per plan, shared by all its customers' pages.
  const plans = new Map((await entriesOf('plans')).map((plan) => [plan.id, plan]));
  const found = [];
  for (const customer of await entriesOf('customers')) {
    const plan = plans.get(customer.data.plan);
    if (customer.data.key && plan) found.push({ customer, plan, key: customer.data.key });
  }
  return found;
}

export interface Workspace {
  customer: CustomerEntry;
  plan: PlanEntry;
  segmentName: string;
  status: OnboardingStatus;
  sessions: UpcomingSession[];
  /** The plan's certification program and, per level, who of this customer holds it. */
  certification?: {
    id: string;
    title: string;
    levels: { id: string; name: string; holders: { name?: string | undefined; date: string }[] }[];
  };
}

export async function workspaceOf(customer: CustomerEntry, plan: PlanEntry): Promise<Workspace> {
  const { name } = await segments();
  const status = onboardingStatus(plan.data, customer.data, todayIn(customer.data.timezone, buildNow));
  const next = status.next;
  // Courses that prepare for the next milestone: the plan's guided training for it, and its helpedBy courses.
  const prepCourses = next
    ? [
        ...new Set([
          ...plan.data.training.guided
            .filter((guided) => guided.when === `milestone:${next.id}`)
            .map((guided) => guided.course.slice('course:'.length)),
          ...plan.data.milestones
            .find((m) => m.id === next.id)!
            .helpedBy.filter((ref) => ref.startsWith('course:'))
            .map((ref) => ref.slice('course:'.length)),
        ]),
      ]
    : [];
  const sessions = (await Promise.all(prepCourses.map(upcomingSessionsOf)))
    .flat()
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, NEXT_SESSIONS);
  return {
    customer,
    plan,
    segmentName: name(customer.data.segment ?? plan.data.segment),
    status,
    sessions,
    ...(await certificationOf(customer, plan)),
  };
}

async function certificationOf(customer: CustomerEntry, plan: PlanEntry): Promise<Pick<Workspace, 'certification'>> {
  const reference = plan.data.training.certification;
  if (!reference) return {};
  const id = reference.slice('cert:'.length).split('/')[0]!;
  const program = await getEntry('certifications', id);
  if (!program) return {};
  const earned = customer.data.training.certified;
  return {
    certification: {
      id,
      title: program.data.title,
      levels: program.data.levels.map((level) => ({
        id: level.id,
        name: level.name,
        holders: earned
          .filter((entry) => entry.level === `cert:${id}/${level.id}`)
          .map((entry) => ({ name: entry.name, date: entry.date })),
      })),
    },
  };
}

/** Under MILEPOST_CUSTOMER: the key of the customer whose workspace is the home page. */
export async function homeWorkspaceKey(): Promise<string | undefined> {
  return (await customersWithWorkspace()).find(({ customer }) => customer.data.home)?.key;
}
