// The team's portfolio of customers: one row per customer with its plan, day, milestones reached,
// status, next due date and, with a health snapshot, its band and the plan's response protocol.
// Rows feed the HTML table and its CSV alike, so the two always say the same.
import { bandFor } from './health-score.ts';
import { onboardingStatus, STATUS_LABELS, todayIn, type CustomerStatus } from './customer-status.ts';

export interface PlanForPortfolio {
  title: string;
  segment: string;
  milestones: readonly { id: string; name: string; dueDay: number; done: readonly string[] }[];
  health: { bands: readonly { id: string; label: string; floor: number }[] };
  internal?: { responseProtocols: readonly { band: string; action: string; within: string }[] } | undefined;
}

export interface CustomerForPortfolio {
  name: string;
  kickoff: string;
  timezone: string;
  segment?: string | undefined;
  csm: { name: string };
  progress: Readonly<
    Record<string, { reached?: string | undefined; status?: 'blocked' | undefined; checked?: readonly string[] | undefined }>
  >;
  internal?: { health?: { score: number; asOf: string } | undefined } | undefined;
}

export interface HealthBand {
  id: string;
  label: string;
  protocol?: { action: string; within: string };
}

/** The plan's band for a score, with the plan's response protocol for it when the plan has one. */
export function healthBandOf(score: number, plan: Pick<PlanForPortfolio, 'health' | 'internal'>): HealthBand {
  const band = bandFor(score, plan.health.bands);
  const protocol = plan.internal?.responseProtocols.find((p) => p.band === band.id);
  return { id: band.id, label: band.label, ...(protocol ? { protocol: { action: protocol.action, within: protocol.within } } : {}) };
}

export interface PortfolioRow {
  id: string;
  name: string;
  planId: string;
  planTitle: string;
  segment: string;
  csm: string;
  kickoff: string;
  day: number;
  reached: number;
  total: number;
  status: CustomerStatus;
  statusLabel: string;
  nextMilestone?: string;
  nextDue?: string;
  health?: { score: number; asOf: string; band: HealthBand };
}

/** Most urgent first: how the status column sorts. */
export const STATUS_URGENCY: Record<CustomerStatus, number> = { blocked: 0, overdue: 1, behind: 2, 'on-track': 3, finished: 4 };

export function portfolioRow(
  id: string,
  customer: CustomerForPortfolio,
  planId: string,
  plan: PlanForPortfolio,
  now: Date,
  segmentName: (id: string) => string = (segment) => segment,
): PortfolioRow {
  const status = onboardingStatus(plan, customer, todayIn(customer.timezone, now));
  const health = customer.internal?.health;
  return {
    id,
    name: customer.name,
    planId,
    planTitle: plan.title,
    segment: segmentName(customer.segment ?? plan.segment),
    csm: customer.csm.name,
    kickoff: customer.kickoff,
    day: status.day,
    reached: status.reached,
    total: status.milestones.length,
    status: status.status,
    statusLabel: STATUS_LABELS[status.status],
    ...(status.next ? { nextMilestone: status.next.name, nextDue: status.next.due } : {}),
    ...(health ? { health: { ...health, band: healthBandOf(health.score, plan) } } : {}),
  };
}

/** The portfolio's order before anyone sorts it: most urgent first, then by next due date and name. */
export function byUrgency(a: PortfolioRow, b: PortfolioRow): number {
  return (
    STATUS_URGENCY[a.status] - STATUS_URGENCY[b.status] ||
    (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') ||
    a.name.localeCompare(b.name)
  );
}
