import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes, focusBefore } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/who-crosses/";
const site = browserSuite();
const figure = (page: Page) => page.locator("#protection-funnel");
const tip = (page: Page) => page.locator("#protection-funnel .chart-tip");
/** The tooltip targets of the SVG a reader sees now (the narrow or the wide rendering). */
const visibleMarks = (page: Page) => page.locator("#protection-funnel svg:visible [data-tip]");

describe("the protection-funnel chart in a browser", () => {
  it("shows the Urgent Action's range, attributed, when the pointer rests on its line, and hides it when the pointer leaves", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const first = visibleMarks(page).first();
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await expect.poll(() => tip(page).textContent()).toBe("Irregular entries\nUrgent Action, attributed to UNHCR: 400,000–500,000\n(people a year)");
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap for the asylum claims, though their bars are only a few pixels long", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    const claims = visibleMarks(page).last();
    await claims.scrollIntoViewIfNeeded();
    expect((await claims.boundingBox())!.width).toBeGreaterThan(250);
    await claims.tap();
    await expect.poll(() => tip(page).textContent()).toBe("Asylum claims\nCOMAR, revised: 14,619\n(claims lodged in 2017)");
  });

  it("is one tab stop; arrow keys go down the lines from entries to claims, Home and End jump, Escape closes", async () => {
    const { page } = await site.open(CHAPTER);
    await focusBefore(page, "protection-funnel");
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Irregular entries\nUrgent Action, attributed to UNHCR/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Irregular entries, Urgent Action, attributed to UNHCR: 400,000–500,000, (people a year)");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Irregular entries\nUNHCR: about 500,000/);
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Asylum claims\nCOMAR, revised/);
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Asylum claims\nUrgent Action: 14,596/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#protection-funnel svg"))).toBeNull();
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const sizes = await chartTextSizes(page, "#protection-funnel svg");
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it("fits a 320 px screen without horizontal scrolling, labels included", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const right = await figure(page).evaluate((fig) => Math.max(...[...fig.querySelectorAll("svg:not([hidden]) text")].filter((t) => t.getClientRects().length).map((t) => t.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(320);
  });
});

describe("the protection-funnel chart with JavaScript off", () => {
  it("shows the chart and caption, and a table with every figure and its wording", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await figure(page).locator("svg:visible").count()).toBe(1);
    expect(await figure(page).locator("figcaption").isVisible()).toBe(true);
    await figure(page).locator("summary").click();
    expect(await figure(page).locator("tbody tr").count()).toBe(9);
    expect(await figure(page).locator("tbody").textContent()).toContain("more than");
  });
});
