// Turns Pagefind results into DOM: type badge, title, highlighted excerpt, breadcrumb and
// sub-results. Excerpts are rebuilt as text nodes and <mark> elements, never parsed as HTML.
import type { ResultData } from './engine.ts';

const entities = document.createElement('textarea');

function decode(text: string): string {
  entities.innerHTML = text.replace(/</g, '&lt;');
  return entities.value;
}

/** An excerpt with its matches highlighted, built without innerHTML. */
export function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    if (part.startsWith('<mark>')) {
      const mark = document.createElement('mark');
      mark.textContent = decode(part.slice(6, -7));
      fragment.append(mark);
    } else if (part) fragment.append(decode(part));
  });
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result. In the dialog it is an option of a listbox (focus stays in the input and arrow
 * keys move the active option); on the search page it is a plain list item with ordinary links.
 */
export function resultItem(data: ResultData, id: string, asOption = true): HTMLLIElement {
  const item = element('li', 'search-result');
  item.id = id;
  if (asOption) item.setAttribute('role', 'option');
  const link = element('a', 'search-result-link');
  link.href = data.url;
  if (asOption) link.tabIndex = -1;
  const head = element('span', 'search-result-head');
  head.append(
    element('span', 'search-result-type', data.meta.type ?? 'Page'),
    element('span', 'search-result-title', data.meta.title ?? data.url),
  );
  const excerpt = element('span', 'search-result-excerpt');
  excerpt.append(excerptNode(data.excerpt));
  link.append(head, excerpt);
  if (data.meta.crumbs) link.append(element('span', 'search-result-crumbs', data.meta.crumbs));
  item.append(link);
  const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    const list = element('ul', 'search-subresults');
    for (const sub of subs) {
      const subLink = element('a', 'search-subresult', sub.title);
      subLink.href = sub.url;
      if (asOption) subLink.tabIndex = -1;
      const li = element('li', '');
      li.append(subLink);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

const resultCount = (count: number) => `${count} result${count === 1 ? '' : 's'}`;

/**
 * "3 results for “sso”", "2 results for “sso” (you typed “ssso”)", and, when few pages had every
 * word and more are listed after them, "1 result for “bluetooth headphones”, 4 more for “bluetooth”".
 */
export function countMessage(count: number, query: string, corrected?: string, widened?: { query: string; exact: number }): string {
  if (!query) return '';
  if (count === 0) return `No results for “${query}”`;
  const searched = corrected ? `“${corrected}” (you typed “${query}”)` : `“${query}”`;
  if (widened) return `${resultCount(widened.exact)} for ${searched}, ${count - widened.exact} more for “${widened.query}”`;
  return `${resultCount(count)} for ${searched}`;
}
