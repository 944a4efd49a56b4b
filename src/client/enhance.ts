/**
 * The one script a page loads (src/components/Enhance.astro), whatever it enhances. It waits until the browser has
 * painted the page the server sent, then imports the enhancement of each kind of element the page has: the first
 * paint never waits for a script (on a fast connection a module script would otherwise run, and restyle the page,
 * before anything is shown), and every page makes one script request before its first paint, not one per component.
 *
 * `<html data-enhancing>` is set until every import has run, so a test can wait for the enhanced page.
 */
const ENHANCEMENTS: [selector: string, load: () => Promise<unknown>][] = [
  ["chart-figure", () => import("./chartFigure.ts")],
  ["share-links", () => import("./shareLinks.ts")],
  ["copy-block", () => import("./copyBlock.ts")],
  ["[data-access-date]", () => import("./accessDate.ts")],
  ["timeline-filter", () => import("./timelineFilter.ts")],
  ["site-search", () => import("./search.ts")],
];

const root = document.documentElement;
root.dataset.enhancing = "";
// requestAnimationFrame runs just before the first paint; the timeout, after it.
requestAnimationFrame(() =>
  setTimeout(() => {
    const loads = ENHANCEMENTS.filter(([selector]) => document.querySelector(selector)).map(([, load]) => load());
    void Promise.allSettled(loads).then(() => delete root.dataset.enhancing);
  }),
);
