import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/mexicos-asylum-system/";
const site = browserSuite();
const tip = (page: Page) => page.locator("#asylum-claims .chart-tip");
/** The marks of the SVG a reader sees now (one view, one width). */
const visibleMarks = (page: Page) => page.locator("#asylum-claims .chart-view:not([hidden]) svg:visible [data-tip]");

describe("the asylum-claims chart in a browser", () => {
  it("shows a tooltip when the pointer rests on a bar, and hides it when the pointer leaves", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const bar = visibleMarks(page).filter({ hasText: "" }).nth(4); // bars come first, in year order
    await bar.scrollIntoViewIfNeeded();
    await bar.hover();
    await expect.poll(() => tip(page).textContent()).toContain("2017: 14,619 claims");
    await expect.poll(() => tip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    const bar = visibleMarks(page).nth(5);
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    await expect.poll(() => tip(page).textContent()).toContain("2018:");
  });

  it("is one tab stop; arrow keys move between marks in year order, Home and End jump, Escape closes", async () => {
    const { page } = await site.open(CHAPTER);
    await page.locator("#asylum-claims .chart-controls button").last().focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toMatch(/^2013: 1,296 claims/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^2013: 1,296 claims, COMAR/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => tip(page).textContent()).toMatch(/^2014:/);
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(/^2024:/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab"); // leaves the chart: one tab stop, not one per bar
    expect(await page.evaluate(() => document.activeElement?.closest("svg"))).toBeNull();
  });

  it("reaches the Urgent Action markers by keyboard next to COMAR's bars for the same year", async () => {
    const { page } = await site.open(CHAPTER);
    await page.locator("#asylum-claims .chart-controls button").last().focus();
    await page.keyboard.press("Tab");
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push((await tip(page).textContent())!.split("\n")[1]!);
      await page.keyboard.press("ArrowRight");
    }
    expect(seen.filter((s) => s.startsWith("Amnesty Urgent Action")).length).toBe(1);
  });

  it("switches between all years and 2013–2018 with buttons that say which is pressed", async () => {
    const { page } = await site.open(CHAPTER);
    const early = page.getByRole("button", { name: "2013–2018" });
    await early.click();
    expect(await early.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('#asylum-claims .chart-view[data-view="to-2018"]').isVisible()).toBe(true);
    expect(await page.locator('#asylum-claims .chart-view[data-view="all"]').isVisible()).toBe(false);
    expect(await visibleMarks(page).count()).toBe(10); // six bars, two Urgent Action markers and two 2018 policy events
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const sizes = await chartTextSizes(page, "figure.chart svg");
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});

describe("with JavaScript off", () => {
  it("shows the chart, its caption and a table a reader can open", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await page.locator("#asylum-claims svg:visible").count()).toBe(1);
    expect(await page.locator("#asylum-claims figcaption").isVisible()).toBe(true);
    expect(await page.locator("#asylum-claims .chart-controls").isVisible()).toBe(false); // nothing that cannot work
    await page.locator("#asylum-claims summary").click();
    expect(await page.locator("#asylum-claims table").isVisible()).toBe(true);
    expect(await page.locator("#asylum-claims tbody tr").count()).toBe(14);
  });
});
