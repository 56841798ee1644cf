// Session times in the reader's own time zone (the page shows the session's zone without
// JavaScript), and sessions that have ended since the build hidden.

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

for (const item of document.querySelectorAll<HTMLElement>('[data-session]')) {
  const end = Date.parse(item.dataset.end ?? '');
  if (end < Date.now()) {
    item.hidden = true;
    continue;
  }
  const time = item.querySelector<HTMLTimeElement>('time[datetime]');
  const local = item.querySelector<HTMLElement>('[data-local-time]');
  if (!time || !local || item.dataset.timezone === readerZone) continue;
  local.textContent = `Your time: ${format.format(new Date(time.dateTime))}`;
  local.hidden = false;
}
for (const list of document.querySelectorAll<HTMLElement>('[data-session-list]')) {
  const empty = list.querySelector<HTMLElement>('[data-no-sessions]');
  if (empty) empty.hidden = [...list.querySelectorAll('[data-session]')].some((item) => !(item as HTMLElement).hidden);
}
