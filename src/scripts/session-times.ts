// Session times in the reader's own time zone, written as the session's own time is (the page
// shows the session's zone without JavaScript), and sessions that have ended since the build hidden.

import { formatSessionTime, timeParts } from '../lib/time-format.ts';

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const item of document.querySelectorAll<HTMLElement>('[data-session]')) {
  const end = Date.parse(item.dataset.end ?? '');
  if (end < Date.now()) {
    item.hidden = true;
    continue;
  }
  const time = item.querySelector<HTMLTimeElement>('time[datetime]');
  const local = item.querySelector<HTMLElement>('[data-local-time]');
  if (!time || !local || item.dataset.timezone === readerZone) continue;
  const start = new Date(time.dateTime);
  const yours = timeParts(start, readerZone);
  // The day is only repeated when it is not the day the session's own time gives.
  const sameDay = yours.date === timeParts(start, item.dataset.timezone ?? 'UTC').date;
  local.textContent = `Your time: ${sameDay ? `${yours.time} ${yours.zone}` : formatSessionTime(start, readerZone)}`;
  local.hidden = false;
}
const shown = (root: Element) => [...root.querySelectorAll<HTMLElement>('[data-session]')].some((item) => !item.hidden);
for (const group of document.querySelectorAll<HTMLElement>('[data-session-group]')) group.hidden = !shown(group);
for (const list of document.querySelectorAll<HTMLElement>('[data-session-list]')) {
  const empty = list.querySelector<HTMLElement>('[data-no-sessions]');
  if (empty) empty.hidden = [...list.querySelectorAll('[data-session]')].some((item) => !(item as HTMLElement).hidden);
}
