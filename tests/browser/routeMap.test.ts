import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/mexicos-asylum-system/";
const site = browserSuite();
const tip = (page: Page) => page.locator("#route-map .chart-tip");
/** The tooltip targets of the SVG a reader sees now (one width). */
const visibleMarks = (page: Page) => page.locator("#route-map svg:visible [data-tip]");
const country = (page: Page, name: string) => visibleMarks(page).and(page.locator(`[aria-label^="${name}:"]`));
/** Puts keyboard focus in the map, as Shift+Tab from the first link after it does. */
async function tabIntoMap(page: Page) {
  await page.locator("#route-map .chart-foot a").first().focus();
  await page.keyboard.press("Shift+Tab");
}

describe("the route-map chart in a browser", () => {
  it("shows a country's name, 2018 claims and source when the pointer rests on it, and hides it when the pointer leaves", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const honduras = country(page, "Honduras");
    await honduras.scrollIntoViewIfNeeded();
    await honduras.hover();
    await expect.poll(() => tip(page).textContent()).toBe("Honduras: 13,669 claims in 2018\nCOMAR's 2018 figures by nationality, published by the CNDH");
    await expect.poll(() => tip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap on a phone", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    const honduras = country(page, "Honduras");
    await honduras.scrollIntoViewIfNeeded();
    await honduras.tap();
    await expect.poll(() => tip(page).textContent()).toMatch(/^Honduras: 13,669 claims in 2018/);
  });

  it("is one tab stop that enters at the westernmost origin country; arrow keys reach every country, border and the route west to east", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    await tabIntoMap(page);
    await expect.poll(() => tip(page).textContent()).toMatch(/^Guatemala: 1,348 claims in 2018/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Guatemala: 1,348 claims in 2018, COMAR's/);
    await page.keyboard.press("Home");
    await expect.poll(() => tip(page).textContent()).toBe("Northern border: Mexico with United States of America");
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      seen.push((await tip(page).textContent())!.split(":")[0]!);
      await page.keyboard.press("ArrowRight");
    }
    expect(seen[9]).toBe(seen[8]); // the last stop stays put
    expect(new Set(seen)).toEqual(new Set(["Northern border", "Route north (schematic)", "Southern border", "Guatemala", "El Salvador", "Honduras", "Nicaragua", "Cuba", "Venezuela"]));
    expect(seen.indexOf("Guatemala")).toBeLessThan(seen.indexOf("Honduras"));
    expect(seen.indexOf("Honduras")).toBeLessThan(seen.indexOf("Nicaragua"));
    await page.keyboard.press("Home");
    await page.keyboard.press("End");
    await expect.poll(() => tip(page).textContent()).toMatch(new RegExp(`^${seen[8]}:`));
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab"); // leaves the map: one tab stop, not one per country
    expect(await page.evaluate(() => document.activeElement?.closest("#route-map svg"))).toBeNull();
  });

  it("keeps map text at 12 CSS pixels or more on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const sizes = await chartTextSizes(page, "#route-map svg");
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it("keeps every map label inside the map on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const outside = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>("#route-map svg")].find((s) => s.getClientRects().length > 0)!;
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .filter((t) => {
          const box = t.getBoundingClientRect();
          return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
        })
        .map((t) => t.textContent);
    });
    expect(outside).toEqual([]);
  });
});

describe("the route map with JavaScript off", () => {
  it("shows the map, a key that gives every country's claims, and a table a reader can open", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await page.locator("#route-map svg:visible").count()).toBe(1);
    await expect.poll(() => page.locator("#route-map .chart-legend").textContent()).toContain("Honduras (13,669)");
    await page.locator("#route-map summary").click();
    expect(await page.locator("#route-map table").isVisible()).toBe(true);
    expect(await page.locator("#route-map tbody tr").count()).toBe(7);
  });
});
