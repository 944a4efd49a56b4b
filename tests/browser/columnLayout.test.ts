import { describe, expect, it } from "vitest";
import { browserSuite } from "../helpers/browserSuite.ts";

const site = browserSuite();
/** The blocks a reader scans down each page, in order; they share one left edge in a centred column. */
const BLOCKS: Record<string, string[]> = {
  "/": [
    ".site-header nav",
    "main h1",
    ".home-answer",
    ".key-facts",
    "figure.chart",
    "#chapters",
    ".chapter-cards",
    ".tl-excerpt",
    ".site-footer > p",
  ],
  "/glossary/": [".site-header nav", "main h1", ".glossary-index", "ol.glossary", ".site-footer > p"],
};

describe("the home page and the glossary in Chromium", () => {
  for (const [path, selectors] of Object.entries(BLOCKS)) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        it(`${path} at ${width} px, ${colorScheme}: every block starts on one left edge, the column is centred, nothing overflows sideways`, async () => {
          const { page } = await site.open(path, { viewport: { width, height: 900 }, colorScheme });
          const boxes = await page.evaluate(
            (all) =>
              all.map((s) => {
                const box = document.querySelector(s)!.getBoundingClientRect();
                return { s, left: Math.round(box.left), right: Math.round(box.right) };
              }),
            selectors,
          );
          const lefts = new Set(boxes.map((b) => b.left));
          expect(lefts.size, JSON.stringify(boxes)).toBe(1);
          const [left] = lefts;
          expect(left).toBeGreaterThanOrEqual(16);
          const widest = Math.max(...boxes.map((b) => b.right));
          expect(
            Math.abs(left! - (width - widest)),
            "centred: as much room on the right as on the left",
          ).toBeLessThanOrEqual(1);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ).toBe(0);
        });
      }
    }
  }

  for (const path of ["/", "/es/"]) {
    for (const width of [375, 768, 1280]) {
      it(`${path} at ${width} px: no key figure runs into its sentence or its source line`, async () => {
        const { page } = await site.open(path, { viewport: { width, height: 900 } });
        const clashes = await page.evaluate(() => {
          /** The box of what an element's text paints, overflow included (the element's own box stops at its cell). */
          const inked = (el: Element) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return range.getBoundingClientRect();
          };
          const meet = (a: DOMRect, b: DOMRect) =>
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return [...document.querySelectorAll(".key-facts li")].flatMap((li) => {
            const figure = inked(li.querySelector(".figure")!);
            return [".text", ".source"]
              .filter((s) => meet(figure, inked(li.querySelector(s)!)))
              .map((s) => `${li.id}: "${li.querySelector(".figure")!.textContent!.trim()}" runs into its ${s}`);
          });
        });
        expect(await page.locator(".key-facts li").count()).toBeGreaterThan(0);
        expect(clashes).toEqual([]);
      });
    }
  }

  it("/: the lead chart's script runs (its view buttons appear) and logs no error", async () => {
    const { page, errors } = await site.open("/", { viewport: { width: 375, height: 900 } });
    await expect.poll(() => page.locator("figure.chart .chart-controls").isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
