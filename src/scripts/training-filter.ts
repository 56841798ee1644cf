// Filters the course catalog in place: the filter links keep working as plain links to the
// static filter pages, and the URL follows the filter so it can be shared and the back button works.

const nav = document.querySelector<HTMLElement>('[data-course-filters]');
const count = document.querySelector<HTMLElement>('[data-course-count]');
const cards = [...document.querySelectorAll<HTMLElement>('[data-course]')];

function apply(format: string, segment: string): void {
  let shown = 0;
  for (const card of cards) {
    const segments = (card.dataset.segments ?? '').split(' ').filter(Boolean);
    const visible = (!format || card.dataset.format === format) && (!segment || segments.length === 0 || segments.includes(segment));
    card.hidden = !visible;
    if (visible) shown++;
  }
  for (const link of nav!.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
    const active = link.dataset.filter === 'format' ? link.dataset.value === format : link.dataset.value === segment;
    if (active) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (count) count.textContent = `${shown} ${shown === 1 ? 'course' : 'courses'}`;
}

function current(kind: 'format' | 'segment'): string {
  return nav!.querySelector<HTMLAnchorElement>(`a[data-filter="${kind}"][aria-current="true"]`)?.dataset.value ?? '';
}

if (nav) {
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const format = link.dataset.filter === 'format' ? link.dataset.value ?? '' : current('format');
    const segment = link.dataset.filter === 'segment' ? link.dataset.value ?? '' : current('segment');
    apply(format, segment);
    history.pushState({ format, segment }, '', link.href);
  });
  window.addEventListener('popstate', (event) => {
    const state = (event.state ?? {}) as { format?: string; segment?: string };
    apply(state.format ?? '', state.segment ?? '');
  });
  history.replaceState({ format: current('format'), segment: current('segment') }, '');
}
