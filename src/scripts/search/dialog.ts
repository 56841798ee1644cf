// The search dialog's behaviour, loaded the first time a reader opens search: type to search,
// arrow keys to move through results, Enter to open one, a type filter, a live result count.
import { loadEngine, rankedSearch } from './engine.ts';
import { countMessage, resultItem } from './render.ts';

const SHOWN = 8;
let attached = false;

export function attach(dialog: HTMLDialogElement): void {
  if (attached) return;
  attached = true;
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const typeButtons = [...dialog.querySelectorAll<HTMLButtonElement>('[data-search-type]')];
  let active = -1;
  let type = '';
  let run = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setActive = (index: number) => {
    const items = options();
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    active = index;
    const current = items[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++run;
    const allUrl = new URL(all.href, location.href);
    allUrl.search = '';
    if (query) allUrl.searchParams.set('q', query);
    if (type) allUrl.searchParams.set('type', type);
    all.href = allUrl.pathname + allUrl.search;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    // Wait for a pause in typing before searching.
    await new Promise((resolve) => setTimeout(resolve, 120));
    if (ticket !== run) return;
    const pagefind = await loadEngine();
    const response = await rankedSearch(pagefind, query, type ? { filters: { type: [type] } } : {});
    if (ticket !== run) return;
    const data = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== run) return;
    list.replaceChildren(...data.map((item, index) => resultItem(item, `search-option-${index}`)));
    input.setAttribute('aria-expanded', String(data.length > 0));
    status.textContent = countMessage(response.results.length, query, response.corrected, response.widened);
    setActive(data.length > 0 ? 0 : -1);
  };

  input.addEventListener('input', () => void search());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Escape') {
      // A search field clears itself on the first Esc; here Esc closes the dialog at once.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      const link = options()[active]?.querySelector('a');
      if (link) {
        event.preventDefault();
        link.click();
      }
    }
  });
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) setActive(options().indexOf(option as HTMLLIElement));
  });
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  for (const button of typeButtons) {
    button.addEventListener('click', () => {
      type = button.dataset.searchType ?? '';
      for (const other of typeButtons) other.setAttribute('aria-pressed', String(other === button));
      void search();
      input.focus();
    });
  }
  void loadEngine();
  if (input.value) void search();
}
