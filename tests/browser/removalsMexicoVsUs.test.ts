import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/who-crosses/";
const site = browserSuite();
const figure = (page: Page) => page.locator("#removals-mexico-vs-us");
const tip = (page: Page) => page.locator("#removals-mexico-vs-us .chart-tip");
/** The tooltip targets of the SVG a reader sees now (one view, one width). */
const visibleMarks = (page: Page) => page.locator("#removals-mexico-vs-us .chart-view:not([hidden]) svg:visible [data-tip]");
const viewButton = (page: Page, name: string) => figure(page).getByRole("button", { name, exact: true });

describe("the removals-mexico-vs-us chart in a browser", () => {
  it("opens on removals and switches to detentions with buttons that say which is pressed", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    expect(await viewButton(page, "Removals, Mexico and US").getAttribute("aria-pressed")).toBe("true");
    expect(await visibleMarks(page).count()).toBe(6); // three fiscal years, two countries
    await viewButton(page, "Detentions in Mexico").click();
    expect(await viewButton(page, "Detentions in Mexico").getAttribute("aria-pressed")).toBe("true");
    expect(await viewButton(page, "Removals, Mexico and US").getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator('#removals-mexico-vs-us .chart-view[data-view="removals"]').isVisible()).toBe(false);
    expect(await visibleMarks(page).count()).toBe(9); // eight years with a figure and the empty 2022
  });

  it("shows who removed how many when the pointer rests on a bar", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const bar = visibleMarks(page).first();
    await bar.scrollIntoViewIfNeeded();
    await bar.hover();
    await expect.poll(() => tip(page).textContent()).toBe("Mexico, FY2015\n165,524 Northern Triangle nationals removed");
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("says on tap that no full-year figure was found for 2022", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    await viewButton(page, "Detentions in Mexico").tap();
    const gap = visibleMarks(page).last(); // the transparent column over the empty 2022
    await gap.scrollIntoViewIfNeeded();
    await gap.tap();
    await expect.poll(() => tip(page).textContent()).toBe("2022: no full-year figure found");
  });

  it("is one tab stop after the buttons; arrow keys go through the years left to right, the gap included", async () => {
    const { page } = await site.open(CHAPTER);
    await viewButton(page, "Detentions in Mexico").click();
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toBe("2015: 198,141 detention events\nCounted as presented to the INM");
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(/^2023: 782,176 detention events\nCounted as presented or channelled/);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => tip(page).textContent()).toBe("2022: no full-year figure found");
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#removals-mexico-vs-us svg"))).toBeNull();
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen, in both views", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    for (const name of ["Removals, Mexico and US", "Detentions in Mexico"]) {
      await viewButton(page, name).click();
      const sizes = await chartTextSizes(page, "#removals-mexico-vs-us svg");
      expect(sizes.length, name).toBeGreaterThan(6);
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(12);
    }
  });
});

describe("the removals-mexico-vs-us chart with JavaScript off", () => {
  it("shows the removals view, no switch that cannot work, and a table with both measures", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await figure(page).locator("svg:visible").count()).toBe(1);
    expect(await figure(page).locator('.chart-view[data-view="removals"]').isVisible()).toBe(true);
    expect(await figure(page).locator(".chart-controls").isVisible()).toBe(false);
    await figure(page).locator("summary").click();
    const measures = await figure(page).locator("tbody tr td:first-child").allTextContents();
    expect([...new Set(measures)]).toEqual(["removals", "detentions", "detentions part"]);
  });
});
