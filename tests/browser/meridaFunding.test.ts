import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/paying-for-enforcement/";
const site = browserSuite();
const tip = (page: Page) => page.locator("#merida-funding .chart-tip");
/** The marks of the SVG a reader sees now (the narrow or the wide rendering), in the order the SVG holds them. */
const visibleMarks = (page: Page) => page.locator("#merida-funding .chart-view:not([hidden]) svg:visible [data-tip]");
/** The last figure in the prose before the chart: Tab from here lands in the chart. */
const beforeChart = (page: Page) => page.locator('a.fact[href="#fact-merida-total-2011-12"]');

describe("the merida-funding chart in a browser", () => {
  it("shows a dot's figure, date and source when the pointer rests on it, and hides it when the pointer leaves", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const dot = visibleMarks(page).nth(4); // reported totals come first, in date order
    await dot.scrollIntoViewIfNeeded();
    await dot.hover();
    await expect.poll(() => tip(page).textContent()).toBe("May 7, 2015: some $2.5 billion\nTotal for Mexico since 2008, as reported on that date\nCRS report R41349");
    await expect.poll(() => tip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    const dot = visibleMarks(page).nth(10); // the last of the eleven reported totals; the plan's dot follows them
    await dot.scrollIntoViewIfNeeded();
    await dot.tap();
    await expect.poll(() => tip(page).textContent()).toMatch(/^Apr 7, 2022: \$3\.5 billion\n/);
  });

  it("is one tab stop; arrow keys walk the reports in date order and reach the removal plan between 2017 and 2019", async () => {
    const { page } = await site.open(CHAPTER);
    await beforeChart(page).focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Jul 7, 2008: \$400 million\n/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Jul 7, 2008: \$400 million, Total for Mexico .*, CRS report RS22837$/);
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      seen.push((await tip(page).textContent())!.split(":")[0]!);
      await page.keyboard.press("ArrowRight");
    }
    expect(seen).toEqual(["Jul 7, 2008", "Jun 25, 2009", "Aug 16, 2010", "Dec 2, 2011", "May 7, 2015", "Jun 29, 2017", "Sep 12, 2018"]);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Sep 12, 2018: \$20 million\nPlan to pay for removals from Mexico/);
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Apr 7, 2022: \$3\.5 billion\n/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab"); // leaves the chart: one tab stop, not one per dot
    expect(await page.evaluate(() => document.activeElement?.closest("svg"))).toBeNull();
  });

  it("labels the removal plan and the 'as reported' connector on the chart itself", async () => {
    const { page } = await site.open(CHAPTER);
    const texts = await page.locator("#merida-funding svg:visible text").allTextContents();
    expect(texts).toContain("$20 million plan");
    expect(texts).toContain("as reported");
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const sizes = await chartTextSizes(page, "figure.chart svg");
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});

describe("with JavaScript off", () => {
  it("shows the chart, its caption and a table with every report and a link to its source", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await page.locator("#merida-funding svg:visible").count()).toBe(1);
    expect(await page.locator("#merida-funding figcaption").textContent()).toContain("as reported");
    await page.locator("#merida-funding summary").click();
    const rows = page.locator("#merida-funding tbody tr");
    expect(await rows.count()).toBe(12); // eleven reported totals and the removal plan
    for (let i = 0; i < 12; i++) expect(await rows.nth(i).locator("a[href^='http']").count()).toBe(1);
    expect(await page.locator("#merida-funding tbody").textContent()).toContain("roughly");
  });
});
