// What a reader would notice on a page, measured in the browser: content wider than the window,
// text too small to read, images that did not load, in-page links that lead nowhere, empty boxes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export interface PageProblems {
  overflow: string[];
  tinyText: string[];
  brokenImages: string[];
  missingAnchors: string[];
  /** An id two elements have: a link to it, or to the second, leads to the first ("#main" to the page's main, not the "main" heading). */
  duplicateIds: string[];
  /** "2 courses" above a list that shows six: a count the page states against what is visible. */
  wrongCounts: string[];
  /** A sentence broken across two paragraphs ("Open a" / "private window…"). */
  brokenSentences: string[];
  /** A box a reader sees (its rule, its space) with nothing in it: "More in this section" without a link. */
  emptyBoxes: string[];
  /** Text drawn as a link (its colour, its underline) that leads nowhere: an anchor without an address. */
  fakeLinks: string[];
}

/** Smallest text a reader can read, in CSS pixels (SVG text is measured as drawn, after scaling). */
export const MIN_TEXT_PX = 11;

export async function inspectPage(page: Page): Promise<PageProblems> {
  // Lazy images load once they come near the viewport: bring each into view, then wait.
  await page.evaluate(async () => {
    for (const image of document.images) if (!image.complete) image.loading = 'eager';
    const settled = (image: HTMLImageElement) =>
      new Promise<void>((done) => {
        image.addEventListener('load', () => done(), { once: true });
        image.addEventListener('error', () => done(), { once: true });
        setTimeout(done, 3000);
      });
    await Promise.all([...document.images].filter((image) => !image.complete).map(settled));
  });
  return page.evaluate((minText) => {
    const viewport = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : [];
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
    };
    const rendered = (element: Element) => {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    // An element may be wider than the window only inside a box of its own that scrolls or clips.
    const insideOwnBox = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };

    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > viewport + 1) overflow.push(`page is ${document.documentElement.scrollWidth}px wide in a ${viewport}px window`);
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('dialog:not([open]), details:not([open]) > :not(summary), [hidden], .visually-hidden, .skip-link')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= viewport + 1 && box.left >= -1)) continue;
      if (!rendered(element) || insideOwnBox(element)) continue;
      overflow.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      if (overflow.length > 5) break;
    }

    const tinyText: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      // [data-pictorial]: words drawn as part of a picture (a certification badge), also written beside it.
      if (element.closest('dialog:not([open]), details:not([open]) > :not(summary), [hidden], .visually-hidden, [aria-hidden="true"], [data-pictorial]')) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!ownText || !rendered(element)) continue;
      const size = element instanceof SVGTextContentElement ? element.getBoundingClientRect().height / 1.25 : parseFloat(getComputedStyle(element).fontSize);
      if (size < minText) tinyText.push(`${describe(element)} “${element.textContent!.trim().slice(0, 30)}” is ${size.toFixed(1)}px`);
      if (tinyText.length > 5) break;
    }

    const brokenImages = [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc || image.src);

    const missingAnchors: string[] = [];
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) {
      const url = new URL(link.href);
      if (url.origin + url.pathname !== location.origin + location.pathname || url.hash === '' || url.hash === '#') continue;
      const id = decodeURIComponent(url.hash.slice(1));
      if (id !== 'top' && !document.getElementById(id) && document.getElementsByName(id).length === 0) missingAnchors.push(`${link.textContent!.trim().slice(0, 30)} → #${id}`);
    }
    const ids = new Set<string>();
    const duplicateIds = new Set<string>();
    for (const element of document.querySelectorAll('[id]')) {
      if (ids.has(element.id)) duplicateIds.add(`#${element.id}`);
      ids.add(element.id);
    }
    // Pages mark a stated count with data-counts="<selector of the items it counts>".
    const visible = (element: Element) => (element as HTMLElement).checkVisibility?.() ?? rendered(element);
    const wrongCounts: string[] = [];
    for (const counter of document.querySelectorAll<HTMLElement>('[data-counts]')) {
      const stated = Number(/\d+/.exec(counter.textContent ?? '')?.[0]);
      const shown = [...document.querySelectorAll(counter.dataset.counts!)].filter(visible).length;
      if (stated !== shown) wrongCounts.push(`“${counter.textContent!.trim()}” but ${shown} shown`);
    }

    const brokenSentences: string[] = [];
    // A callout's title is a heading: the text under it may start with a command's name ("cron recognizes…").
    // A table's cell holds paragraphs of its own: a function's signature, then what it does (PostgreSQL's docs).
    for (const paragraph of document.querySelectorAll('main p:not(.callout-title)')) {
      if (paragraph.closest('td, th')) continue;
      const next = paragraph.nextElementSibling;
      if (next?.tagName !== 'P' || !visible(paragraph) || !visible(next)) continue;
      const end = paragraph.textContent!.trim();
      const start = next.textContent!.trim();
      // A paragraph that starts with code starts with a command's name, lower case as written ("reindexdb [option…]").
      const code = next.querySelector('code');
      if (code && start.startsWith(code.textContent!.trim())) continue;
      // A lower-case word and a space: "private window…", not an e-mail address or a code name.
      if (/[\p{L},]$/u.test(end) && /^\p{Ll}+[\s,]/u.test(start)) brokenSentences.push(`“…${end.slice(-25)}” / “${start.slice(0, 25)}…”`);
    }
    const emptyBoxes: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('main nav, main aside, main section')) {
      if (box.closest('details:not([open]) > :not(summary), [hidden]') || !rendered(box) || box.innerText.trim() !== '') continue;
      // Pictures and form fields say something; a region still loading (aria-busy) is not empty yet.
      if (box.querySelector('img, svg, video, iframe, canvas, input, [aria-busy="true"]')) continue;
      emptyBoxes.push(describe(box));
    }
    const fakeLinks: string[] = [];
    for (const anchor of document.querySelectorAll<HTMLElement>('main a:not([href])')) {
      if (!visible(anchor) || anchor.innerText.trim() === '' || !anchor.parentElement) continue;
      const style = getComputedStyle(anchor);
      if (style.color !== getComputedStyle(anchor.parentElement).color || style.textDecorationLine.includes('underline'))
        fakeLinks.push(`“${anchor.innerText.trim().slice(0, 30)}”`);
    }
    return { overflow, tinyText, brokenImages, missingAnchors, duplicateIds: [...duplicateIds], wrongCounts, brokenSentences, emptyBoxes, fakeLinks };
  }, MIN_TEXT_PX);
}

/** Content Security Policy violations of every page of `context`, written to its console as errors. */
export async function reportPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  });
}

/**
 * Opens the pages `next` gives (paths from `base`) one after the other in `page`, and returns
 * what a reader would notice on each that has a problem: inspectPage's findings and the page's
 * errors (uncaught exceptions, console errors, failed requests).
 */
export async function pageProblems(page: Page, base: string, next: () => string | undefined): Promise<Record<string, Record<string, string[]>>> {
  const problems: Record<string, Record<string, string[]>> = {};
  let errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 160));
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  for (let path = next(); path !== undefined; path = next()) {
    errors = [];
    await page.goto(base + path, { waitUntil: 'load' });
    const found: Record<string, string[]> = { ...(await inspectPage(page)), errors };
    const kept = Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
    if (Object.keys(kept).length > 0) problems[path] = kept;
  }
  return problems;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's WCAG 2.2 A and AA violations on the page open in `page`, the first three elements of
 * each. The page's context must bypass its Content Security Policy, which forbids injecting axe.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
}
