/**
 * The one script a page loads, whatever it enhances: src/components/Enhance.astro prints a loader that imports it
 * once the browser has painted the page the server sent, so the first paint never waits for a script or its download
 * (on a fast connection a module script would otherwise run, and restyle the page, before anything is shown). It
 * imports the enhancement of each kind of element the page has, and nothing else.
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

// The loader (PAGE_SCRIPT_LOADER in src/config.ts) imports this file after the first paint and has set
// <html data-enhancing>; it is cleared once every enhancement has loaded.
const loads = ENHANCEMENTS.filter(([selector]) => document.querySelector(selector)).map(([, load]) => load());
void Promise.allSettled(loads).then(() => delete document.documentElement.dataset.enhancing);

export {}; // a module, which the loader imports
