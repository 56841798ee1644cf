// A customer's status on a given day, as its page and the portfolio show it.
import { describe, expect, it } from 'vitest';
import { describeDay, describeMilestone, onboardingStatus, todayIn } from '../../src/lib/customer-status.ts';

const PLAN = {
  milestones: [
    { id: 'tracking-live', name: 'Tracking live', dueDay: 7, done: ['Snippet installed', 'Five event types', 'User ids'] },
    { id: 'first-dashboard', name: 'First dashboard', dueDay: 14, done: ['Three charts', 'Shared with three people'] },
    { id: 'weekly-habit', name: 'Weekly habit', dueDay: 30, done: ['Five viewers two weeks running', 'One alert'] },
  ],
};

const status = (progress: Record<string, object>, today: string, kickoff = '2026-10-31') =>
  onboardingStatus(PLAN, { kickoff, progress }, today);

describe('todayIn', () => {
  it('gives the date on the customer’s calendar, not the build machine’s', () => {
    const now = new Date('2026-11-24T00:00:00Z');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-23');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-11-24');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-12-31T10:30:00Z'))).toBe('2027-01-01');
  });
});

describe('onboardingStatus', () => {
  it('dates milestones from the kickoff across a month end and a daylight-saving change', () => {
    // Kickoff on 31 October; clocks go back on 1 November in New York.
    const result = status({}, '2026-11-01');
    expect(result.milestones.map((m) => m.due)).toEqual(['2026-11-07', '2026-11-14', '2026-11-30']);
    expect(result.day).toBe(1);
    expect(describeDay(result)).toBe('Day 1 of 30');
  });

  it('marks reached milestones with their date and how late they were', () => {
    const result = status({ 'tracking-live': { reached: '2026-11-06' }, 'first-dashboard': { reached: '2026-11-16' } }, '2026-11-20');
    expect(result.milestones.slice(0, 2).map(describeMilestone)).toEqual(['Reached on 6 Nov 2026', 'Reached on 16 Nov 2026, 2 days late']);
    expect(result.reached).toBe(2);
    expect(result.next?.id).toBe('weekly-habit');
  });

  it('is behind when more than half the time to the next milestone has passed and less than half of it is done', () => {
    expect(status({}, '2026-10-31').status).toBe('on-track'); // kickoff day: nothing done, nothing late
    expect(status({}, '2026-11-03').status).toBe('on-track'); // day 3 of 7
    expect(status({}, '2026-11-04').status).toBe('behind'); // day 4 of 7, 0 of 3 done
    expect(status({ 'tracking-live': { checked: ['Snippet installed', 'User ids'] } }, '2026-11-05').status).toBe('on-track');
    // The window of the second milestone starts at the first one's due date (7 November).
    const second = { 'tracking-live': { reached: '2026-11-06' }, 'first-dashboard': { checked: [] } };
    expect(status(second, '2026-11-10').status).toBe('on-track');
    expect(status(second, '2026-11-11').status).toBe('behind');
  });

  it('is overdue once a due date passes without the milestone, blocked before anything else, finished when all are reached', () => {
    const overdue = status({}, '2026-11-09');
    expect(overdue.status).toBe('overdue');
    expect(describeMilestone(overdue.milestones[0]!)).toBe('Overdue by 2 days');
    expect(status({ 'first-dashboard': { status: 'blocked' } }, '2026-11-09').status).toBe('blocked');
    const all = {
      'tracking-live': { reached: '2026-11-05' },
      'first-dashboard': { reached: '2026-11-12' },
      'weekly-habit': { reached: '2026-11-28' },
    };
    expect(status(all, '2026-12-10').status).toBe('finished');
    expect(status(all, '2026-12-10').next).toBeUndefined();
  });

  it('counts days to the due date: today, tomorrow, in N days', () => {
    expect(status({}, '2026-11-07').milestones.map(describeMilestone)).toEqual(['Due today', 'Due in 7 days', 'Due in 23 days']);
    expect(describeMilestone(status({}, '2026-11-06').milestones[0]!)).toBe('Due tomorrow');
  });

  it('says when the kickoff is still ahead', () => {
    expect(describeDay(status({}, '2026-10-28'))).toBe('Kickoff in 3 days');
    expect(describeDay(status({}, '2026-12-20'))).toBe('Day 50 (the plan ends on day 30)');
  });
});
