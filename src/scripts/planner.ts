// The kickoff planner: turns each milestone's "day N" into a date from the kickoff the reader
// picks, and builds an .ics file of them in the browser. Without JavaScript the page shows "day N".
import { dueDate, formatLongDate, localToday, parseIsoDate } from '../lib/due-dates.ts';
import { calendar, milestoneEvents, type PlanForCalendar } from '../lib/ical.ts';

const planner = document.querySelector<HTMLElement>('[data-planner]');
const data = document.querySelector<HTMLScriptElement>('#plan-calendar-data');

if (planner && data) {
  const plan = JSON.parse(data.textContent ?? '{}') as PlanForCalendar & { pageUrl: string };
  const input = planner.querySelector<HTMLInputElement>('input[type="date"]')!;
  const download = planner.querySelector<HTMLButtonElement>('[data-planner-download]')!;
  const status = planner.querySelector<HTMLElement>('[data-planner-status]')!;
  const milestones = [...document.querySelectorAll<HTMLElement>('[data-due-day]')];
  planner.hidden = false;
  if (!input.value) input.value = localToday();

  const update = () => {
    const kickoff = input.value;
    const valid = parseIsoDate(kickoff) !== undefined;
    download.disabled = !valid;
    for (const milestone of milestones) {
      const target = milestone.querySelector<HTMLElement>('[data-due-date]');
      if (!target) continue;
      target.hidden = !valid;
      target.textContent = valid ? `Due ${formatLongDate(dueDate(kickoff, Number(milestone.dataset.dueDay)))}` : '';
    }
    const last = plan.milestones.at(-1);
    status.textContent = valid && last ? `Last milestone due ${formatLongDate(dueDate(kickoff, last.dueDay))}.` : 'Pick a kickoff date.';
  };

  input.addEventListener('input', update);
  download.addEventListener('click', () => {
    const ics = calendar({ name: plan.title, events: milestoneEvents(plan, input.value, { pageUrl: plan.pageUrl }) });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    link.download = `${plan.id}-milestones.ics`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  update();
}
