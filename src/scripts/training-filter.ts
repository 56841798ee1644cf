// Filters the course catalog in place: the filter links keep working as plain links to the
// static filter pages, and the URL follows the filter so it can be shared and the back button
// works. One filter has a static page of its own (/training/format/webinar/); both together
// live in the query string of the catalog (/training/?format=webinar&segment=smb).

type Filters = { format: string; segment: string };

const nav = document.querySelector<HTMLElement>('[data-course-filters]');
const count = document.querySelector<HTMLElement>('[data-course-count]');
const cards = [...document.querySelectorAll<HTMLElement>('[data-course]')];

function link(kind: keyof Filters, value: string): HTMLAnchorElement | null {
  return nav!.querySelector<HTMLAnchorElement>(`a[data-filter="${kind}"][data-value="${CSS.escape(value)}"]`);
}

function apply({ format, segment }: Filters): void {
  let shown = 0;
  for (const card of cards) {
    const segments = (card.dataset.segments ?? '').split(' ').filter(Boolean);
    const visible = (!format || card.dataset.format === format) && (!segment || segments.length === 0 || segments.includes(segment));
    card.hidden = !visible;
    if (visible) shown++;
  }
  for (const item of nav!.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
    const active = item.dataset.value === (item.dataset.filter === 'format' ? format : segment);
    if (active) item.setAttribute('aria-current', 'true');
    else item.removeAttribute('aria-current');
  }
  if (count) count.textContent = `${shown} ${shown === 1 ? 'course' : 'courses'}`;
}

function current(kind: keyof Filters): string {
  return nav!.querySelector<HTMLAnchorElement>(`a[data-filter="${kind}"][aria-current="true"]`)?.dataset.value ?? '';
}

/** The address of a filter state: a static filter page for one filter, the query string for two. */
function urlFor({ format, segment }: Filters): string {
  if (format && segment) {
    const url = new URL(link('format', '')!.href);
    url.search = new URLSearchParams({ format, segment }).toString();
    return url.href;
  }
  return (format ? link('format', format) : link('segment', segment))!.href;
}

/** Filters named in the query string, when they are filters this catalog has. */
function fromQuery(): Filters | undefined {
  const params = new URLSearchParams(location.search);
  const format = params.get('format') ?? '';
  const segment = params.get('segment') ?? '';
  if (!format && !segment) return undefined;
  return { format: link('format', format) ? format : '', segment: link('segment', segment) ? segment : '' };
}

if (nav) {
  nav.addEventListener('click', (event) => {
    const clicked = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!clicked || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const kind = clicked.dataset.filter as keyof Filters;
    const next = { format: current('format'), segment: current('segment'), [kind]: clicked.dataset.value ?? '' };
    apply(next);
    history.pushState(next, '', urlFor(next));
  });
  window.addEventListener('popstate', (event) => apply((event.state as Filters | null) ?? { format: '', segment: '' }));
  const initial = fromQuery() ?? { format: current('format'), segment: current('segment') };
  apply(initial);
  history.replaceState(initial, '');
}
