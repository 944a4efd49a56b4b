import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/mexicos-asylum-system/";
const site = browserSuite();
const figure = (page: Page) => page.locator("#claims-by-nationality");
const tip = (page: Page) => page.locator("#claims-by-nationality .chart-tip");
/** The tooltip targets of the SVG a reader sees now (one view, one width). */
const visibleMarks = (page: Page) => page.locator("#claims-by-nationality .chart-view:not([hidden]) svg:visible [data-tip]");
const year = (page: Page, label: string) => figure(page).getByRole("button", { name: label, exact: true });

describe("the claims-by-nationality chart in a browser", () => {
  it("opens on 2017 with the Urgent Action's three groups, and the 2018 button shows COMAR's seven rows", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    expect(await year(page, "2017").getAttribute("aria-pressed")).toBe("true");
    expect(await visibleMarks(page).count()).toBe(3);
    await year(page, "2018").click();
    expect(await year(page, "2018").getAttribute("aria-pressed")).toBe("true");
    expect(await year(page, "2017").getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator('#claims-by-nationality .chart-view[data-view="2017"]').isVisible()).toBe(false);
    expect(await visibleMarks(page).count()).toBe(7);
  });

  it("shows a tooltip with nationality, year, claims and publisher when the pointer rests on a row", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    await year(page, "2024").click();
    const cuba = visibleMarks(page).nth(1);
    await cuba.hover();
    await expect.poll(() => tip(page).textContent()).toBe("Cuba, 2024: 17,884 claims\nCOMAR's figures (2018, 2022, and 2024)");
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap, even for a group whose bar is only a few pixels long", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    await year(page, "2024").tap();
    const nicaragua = visibleMarks(page).last();
    expect((await nicaragua.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await nicaragua.tap();
    await expect.poll(() => tip(page).textContent()).toMatch(/^Nicaragua, 2024: 940 claims/);
  });

  it("is one tab stop after the year buttons; arrow keys go down the shown year's rows from the largest group", async () => {
    const { page } = await site.open(CHAPTER);
    await year(page, "2018").click();
    await page.keyboard.press("Tab"); // from the focused 2018 button, past 2022 and 2024, into the chart
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Honduras, 2018: 13,669 claims/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Honduras, 2018: 13,669 claims, COMAR's figures (2018, 2022, and 2024)");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Venezuela, 2018:/);
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Other, 2018: 601 claims/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#claims-by-nationality svg"))).toBeNull();
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen, in every year", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    for (const label of ["2017", "2018", "2022", "2024"]) {
      await year(page, label).click();
      const sizes = await chartTextSizes(page, "#claims-by-nationality svg");
      expect(sizes.length, label).toBeGreaterThan(6);
      expect(Math.min(...sizes), label).toBeGreaterThanOrEqual(12);
    }
  });

  it("fits a 320 px screen without horizontal scrolling", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    await year(page, "2022").click();
    const box = (await figure(page).locator(".chart-view:not([hidden]) svg:visible").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});

describe("the claims-by-nationality chart with JavaScript off", () => {
  it("shows the 2017 view, no switch that cannot work, and a table with every year", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await figure(page).locator("svg:visible").count()).toBe(1);
    expect(await figure(page).locator(".chart-controls").isVisible()).toBe(false);
    await figure(page).locator("summary").click();
    const years = await figure(page).locator("tbody tr td:first-child").allTextContents();
    expect([...new Set(years)]).toEqual(["2017", "2018", "2022", "2024"]);
  });
});
