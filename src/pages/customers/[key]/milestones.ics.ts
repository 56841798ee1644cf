// A customer's milestone due dates as an iCalendar file, one all-day event each, at its
// workspace's unlisted address.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dueDate } from '../../../lib/due-dates.ts';
import { calendar, milestoneEvents } from '../../../lib/ical.ts';
import { routes } from '../../../lib/routes.ts';
import { customersWithWorkspace, type CustomerEntry, type PlanEntry } from '../../../site/customer-workspace.ts';

export const getStaticPaths = (async () => {
  return (await customersWithWorkspace()).map(({ customer, plan, key }) => ({ params: { key }, props: { customer, plan, key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { customer, plan, key } = props as { customer: CustomerEntry; plan: PlanEntry; key: string };
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const pageUrl = new URL(base + routes.customer(key), site ?? 'https://milepost.invalid').href;
  // UIDs name the customer, so a CSM who imports several customers' calendars gets every event.
  const events = milestoneEvents(
    { id: `customer-${customer.id}`, title: plan.data.title, milestones: plan.data.milestones },
    customer.data.kickoff,
    { pageUrl },
  );
  const ics = calendar({
    name: `${customer.data.name}: ${plan.data.title}`,
    events,
    stamp: new Date(`${dueDate(customer.data.kickoff, 0)}T00:00:00Z`),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
