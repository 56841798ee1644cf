// The workspace's status island: the page was built on one day and is read on another, so each
// milestone's status, the overall status, the day of the plan and the "today" line of the
// timeline are computed again from today's date in the customer's time zone.
import {
  describeDay,
  describeMilestone,
  onboardingStatus,
  STATUS_LABELS,
  todayIn,
  type MilestoneForStatus,
  type ProgressForStatus,
} from '../lib/customer-status.ts';
import { formatLongDate, parseIsoDate } from '../lib/due-dates.ts';

interface IslandData {
  kickoff: string;
  timezone: string;
  milestones: MilestoneForStatus[];
  progress: Record<string, ProgressForStatus>;
}

const source = document.querySelector<HTMLScriptElement>('#customer-status-data');

if (source) {
  const data = JSON.parse(source.textContent ?? '{}') as IslandData;
  const today = todayIn(data.timezone, new Date());
  const status = onboardingStatus(data, data, today);
  const built = document.querySelector<HTMLElement>('[data-built-on]');
  if (built && built.dataset.builtOn !== today) {
    const badge = document.querySelector<HTMLElement>('[data-customer-status]');
    if (badge) {
      badge.dataset.customerStatus = status.status;
      badge.textContent = STATUS_LABELS[status.status];
    }
    const day = document.querySelector('[data-day]');
    if (day) day.textContent = describeDay(status);
    for (const milestone of status.milestones) {
      const item = document.querySelector<HTMLElement>(`[data-milestone="${milestone.id}"]`);
      if (item) {
        item.dataset.state = milestone.state;
        const text = item.querySelector('[data-milestone-status]');
        if (text) text.textContent = describeMilestone(milestone);
      }
      const marker = document.querySelector<SVGElement>(`[data-timeline-milestone="${milestone.id}"]`);
      if (marker) marker.dataset.state = milestone.state;
    }
    const next = document.querySelector<HTMLElement>('[data-next-status]');
    if (next && status.next) {
      next.textContent = describeMilestone(status.next);
      next.closest<HTMLElement>('[data-state]')!.dataset.state = status.next.state;
    }
    moveTodayLine(data.kickoff, today);
    const note = document.querySelector('[data-status-today]');
    if (note) note.textContent = `Statuses are as of today, ${formatLongDate(today)}.`;
  }
}

function moveTodayLine(kickoff: string, today: string) {
  const svg = document.querySelector<SVGSVGElement>('[data-timeline]');
  const marker = svg?.querySelector('[data-today-marker]');
  if (!svg || !marker) return;
  const span = Number(svg.dataset.span);
  const day = Math.min(Math.max(parseIsoDate(today)! - parseIsoDate(kickoff)!, 0), span);
  const x = String(Number(svg.dataset.left) + (day / span) * Number(svg.dataset.width));
  for (const element of marker.querySelectorAll('line, text')) {
    if (element.tagName === 'line') (element.setAttribute('x1', x), element.setAttribute('x2', x));
    else element.setAttribute('x', x);
  }
}
