// Where a customer stands on its plan on a given day: each milestone reached, blocked, overdue or
// due in N days, and the customer's status as a whole. The build and the browser island both
// call onboardingStatus(), so a page built on Monday says the same as the island on Thursday.
import { dueDate, parseIsoDate } from './due-dates.ts';
import { wallTimeOf } from './time-zones.ts';

export interface MilestoneForStatus {
  id: string;
  name: string;
  dueDay: number;
  done: readonly string[];
}

export interface ProgressForStatus {
  reached?: string | undefined;
  status?: 'blocked' | undefined;
  checked?: readonly string[] | undefined;
}

export type MilestoneState = 'reached' | 'blocked' | 'overdue' | 'due';
export type CustomerStatus = 'finished' | 'blocked' | 'overdue' | 'behind' | 'on-track';

export interface MilestoneStatus {
  id: string;
  name: string;
  dueDay: number;
  /** YYYY-MM-DD in the customer's calendar. */
  due: string;
  state: MilestoneState;
  /** Reached: the day it was reached. */
  reachedOn?: string;
  /** Reached: days after its due date (0 when on time). Due: days left. Overdue: days past. */
  days: number;
  /** Definition-of-done items true so far (all of them once reached). */
  checked: number;
  total: number;
}

export interface OnboardingStatus {
  today: string;
  /** Days since kickoff: day 0 is the kickoff, negative before it. */
  day: number;
  lastDay: number;
  milestones: MilestoneStatus[];
  reached: number;
  status: CustomerStatus;
  /** The earliest milestone not reached yet: the customer's next step. */
  next: MilestoneStatus | undefined;
}

export const STATUS_LABELS: Record<CustomerStatus, string> = {
  finished: 'Finished',
  blocked: 'Blocked',
  overdue: 'Overdue',
  behind: 'Behind',
  'on-track': 'On track',
};

/** Today's date where the customer is, as YYYY-MM-DD. */
export function todayIn(timezone: string, now: Date): string {
  const { year, month, day } = wallTimeOf(now, timezone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const daysBetween = (from: string, to: string) => parseIsoDate(to)! - parseIsoDate(from)!;

function milestoneStatus(
  milestone: MilestoneForStatus,
  kickoff: string,
  progress: ProgressForStatus | undefined,
  today: string,
): MilestoneStatus {
  const due = dueDate(kickoff, milestone.dueDay);
  const total = milestone.done.length;
  const base = { id: milestone.id, name: milestone.name, dueDay: milestone.dueDay, due, total };
  if (progress?.reached) {
    return {
      ...base,
      state: 'reached',
      reachedOn: progress.reached,
      days: Math.max(0, daysBetween(due, progress.reached)),
      checked: total,
    };
  }
  const checked = milestone.done.filter((item) => progress?.checked?.includes(item)).length;
  if (progress?.status === 'blocked') return { ...base, state: 'blocked', days: daysBetween(today, due), checked };
  const left = daysBetween(today, due);
  return left < 0 ? { ...base, state: 'overdue', days: -left, checked } : { ...base, state: 'due', days: left, checked };
}

/**
 * Behind: more than half the time to the next milestone has passed (counted from the previous
 * milestone's due date, or the kickoff), and less than half of its definition of done is checked.
 */
function isBehind(next: MilestoneStatus, windowStart: string, today: string): boolean {
  const window = daysBetween(windowStart, next.due);
  return next.state === 'due' && daysBetween(windowStart, today) * 2 > window && next.checked * 2 < next.total;
}

function overall(
  milestones: readonly MilestoneStatus[],
  next: MilestoneStatus | undefined,
  kickoff: string,
  today: string,
): CustomerStatus {
  if (!next) return 'finished';
  if (milestones.some((m) => m.state === 'blocked')) return 'blocked';
  if (milestones.some((m) => m.state === 'overdue')) return 'overdue';
  const previous = milestones[milestones.indexOf(next) - 1];
  return isBehind(next, previous?.due ?? kickoff, today) ? 'behind' : 'on-track';
}

export function onboardingStatus(
  plan: { milestones: readonly MilestoneForStatus[] },
  customer: { kickoff: string; progress: Readonly<Record<string, ProgressForStatus>> },
  today: string,
): OnboardingStatus {
  const milestones = plan.milestones.map((milestone) =>
    milestoneStatus(milestone, customer.kickoff, customer.progress[milestone.id], today),
  );
  const next = milestones.find((m) => m.state !== 'reached');
  return {
    today,
    day: daysBetween(customer.kickoff, today),
    lastDay: plan.milestones.at(-1)?.dueDay ?? 0,
    milestones,
    reached: milestones.filter((m) => m.state === 'reached').length,
    status: overall(milestones, next, customer.kickoff, today),
    next,
  };
}

// Spelt out rather than left to Intl: ICU versions differ ("Sep" or "Sept"), and the build and
// the browser must write the same words.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov 2026" for a YYYY-MM-DD date, without any time-zone shift. */
export function formatShortDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match && parseIsoDate(iso) !== undefined ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What a milestone's status says, e.g. "Due in 4 days", "Overdue by 2 days", "Reached on 3 Nov 2026". */
export function describeMilestone(milestone: MilestoneStatus): string {
  switch (milestone.state) {
    case 'reached':
      return `Reached on ${formatShortDate(milestone.reachedOn!)}${milestone.days > 0 ? `, ${plural(milestone.days, 'day')} late` : ''}`;
    case 'blocked':
      return 'Blocked';
    case 'overdue':
      return `Overdue by ${plural(milestone.days, 'day')}`;
    case 'due':
      return milestone.days === 0 ? 'Due today' : milestone.days === 1 ? 'Due tomorrow' : `Due in ${milestone.days} days`;
  }
}

/** "Day 12 of 60", "Kickoff in 3 days", "Day 75 (plan ended on day 60)". */
export function describeDay(status: Pick<OnboardingStatus, 'day' | 'lastDay'>): string {
  if (status.day < 0) return status.day === -1 ? 'Kickoff tomorrow' : `Kickoff in ${-status.day} days`;
  if (status.day === 0) return 'Kickoff today';
  return status.day <= status.lastDay
    ? `Day ${status.day} of ${status.lastDay}`
    : `Day ${status.day} (the plan ends on day ${status.lastDay})`;
}
