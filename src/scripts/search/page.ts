// The /search/ page: a query and facets kept in the URL (?q=…&type=…&segment=…&category=…),
// so a search can be shared and the back button works; facets can be browsed with no query.
import { loadEngine, rankedSearch, type SearchResponse } from './engine.ts';
import { countMessage, resultItem } from './render.ts';

const FACETS = ['type', 'segment', 'category', 'level'] as const;
const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const facetsRoot = document.querySelector<HTMLElement>('[data-search-facets]')!;
const list = document.querySelector<HTMLUListElement>('[data-search-page-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-page-status]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const panel = document.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
const activeCount = document.querySelector<HTMLElement>('[data-facets-active]')!;

// Facets sit open beside the results on wide screens and fold into one line above them on phones.
const wide = matchMedia('(min-width: 48.01rem)');
panel.open = wide.matches;
wide.addEventListener('change', () => (panel.open = wide.matches));

interface State {
  query: string;
  filters: Record<string, string[]>;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length > 0) filters[facet] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

function writeState(state: State): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value);
  const next = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.pushState(null, '', next);
}

/** Facets list every value the site has (`all`); counts are those of the current results. */
function renderFacets(all: Record<string, Record<string, number>>, response: SearchResponse, state: State): void {
  const groups = FACETS.filter((facet) => Object.keys(all[facet] ?? {}).length > 0).map((facet) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = facet.charAt(0).toUpperCase() + facet.slice(1);
    fieldset.append(legend);
    const counts = response.filters[facet] ?? {};
    for (const value of Object.keys(all[facet] ?? {}).sort()) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = state.filters[facet]?.includes(value) ?? false;
      const count = document.createElement('span');
      count.className = 'facet-count';
      count.textContent = String(counts[value] ?? 0);
      label.append(box, ` ${value} `, count);
      fieldset.append(label);
    }
    return fieldset;
  });
  facetsRoot.replaceChildren(...groups);
  facetsRoot.removeAttribute('aria-busy');
  const active = Object.values(state.filters).flat().length;
  activeCount.textContent = active > 0 ? `(${active} on)` : '';
}

let run = 0;

async function update(): Promise<void> {
  const state = readState();
  input.value = state.query;
  const ticket = ++run;
  if (state.query) status.textContent = `Searching for “${state.query}”…`;
  const pagefind = await loadEngine();
  const browsing = Object.keys(state.filters).length > 0;
  // Loading the filter index first also makes Pagefind count results per facet value.
  const all = await pagefind.filters();
  // A null query lists everything the filters match: facets can be browsed without a query.
  const response = await rankedSearch(pagefind, state.query || null, { filters: state.filters });
  if (ticket !== run) return;
  renderFacets(all, response, state);
  if (!state.query && !browsing) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type a question, or pick a filter to browse.';
    return;
  }
  let shown = 0;
  const showMore = async () => {
    const data = await Promise.all(response.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (ticket !== run) return;
    list.append(...data.map((item, index) => resultItem(item, `result-${shown + index}`, false)));
    shown += data.length;
    more.hidden = shown >= response.results.length;
  };
  list.replaceChildren();
  await showMore();
  more.onclick = () => void showMore();
  const total = response.results.length;
  status.textContent = state.query ? countMessage(total, state.query, response.corrected, response.widened) : `${total} result${total === 1 ? '' : 's'}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeState({ ...readState(), query: input.value.trim() });
  void update();
});
facetsRoot.addEventListener('change', () => {
  const filters: Record<string, string[]> = {};
  for (const box of facetsRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
  writeState({ query: readState().query, filters });
  void update();
});
window.addEventListener('popstate', () => void update());
void update();
