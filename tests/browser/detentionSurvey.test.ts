import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite, chartTextSizes, focusBefore } from "../helpers/browserSuite.ts";

const CHAPTER = "/chapters/who-crosses/";
const site = browserSuite();
const figure = (page: Page) => page.locator("#detention-survey");
const tip = (page: Page) => page.locator("#detention-survey .chart-tip");
const visibleMarks = (page: Page) => page.locator("#detention-survey svg:visible [data-tip]");

describe("the detention-survey chart in a browser", () => {
  it("draws one square per response, in three strips of 500, 297 and 297", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const widths = await figure(page).evaluate((fig) => {
      const svg = [...fig.querySelectorAll("svg")].find((s) => s.getClientRects().length)!;
      const rows = new Map<number, number>();
      const left = svg.getBoundingClientRect().left;
      for (const path of svg.querySelectorAll<SVGPathElement>("path[fill^='url(']")) {
        const box = path.getBoundingClientRect(); // squares of one strip share a row on screen
        const top = Math.round(box.top);
        rows.set(top, Math.max(rows.get(top) ?? 0, box.right - left));
      }
      return [...rows.values()];
    });
    expect(widths).toHaveLength(3);
    expect(widths[1]! / widths[0]!).toBeCloseTo(297 / 500, 1);
  });

  it("tells the finding and the rest of the strip when the pointer rests on the squares", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 1280, height: 900 } });
    const second = visibleMarks(page).nth(1);
    await second.scrollIntoViewIfNeeded();
    await second.hover();
    await expect.poll(() => tip(page).textContent()).toBe("Said they were not told of their right to seek asylum: about 223 of 297 (75%)\nOther responses: about 74 of 297");
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
  });

  it("shows a tooltip on tap", async () => {
    const { page } = await site.open(CHAPTER, { hasTouch: true, isMobile: true });
    const third = visibleMarks(page).nth(2);
    await third.scrollIntoViewIfNeeded();
    await third.tap();
    await expect.poll(() => tip(page).textContent()).toMatch(/^Testimonies with strong signs of refoulement: 120 of 297 \(40%\)/);
  });

  it("is one tab stop; arrow keys go down the strips in order", async () => {
    const { page } = await site.open(CHAPTER);
    await focusBefore(page, "detention-survey");
    await page.keyboard.press("Tab");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Responses from people detained by Mexico's migration institute \(INM\): 297 of 500/);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Said they were not told/);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => tip(page).textContent()).toMatch(/^Testimonies with strong signs of refoulement/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#detention-survey svg"))).toBeNull();
  });

  it("keeps chart text at 12 CSS pixels or more on a 320 px screen", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: 320, height: 700 } });
    const sizes = await chartTextSizes(page, "#detention-survey svg");
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});

describe("the detention-survey chart with JavaScript off", () => {
  it("shows the squares, and a table that keeps the report's figures apart from the Urgent Action's wording", async () => {
    const { page } = await site.open(CHAPTER, { javaScriptEnabled: false });
    expect(await figure(page).locator("svg:visible").count()).toBe(1);
    await figure(page).locator("summary").click();
    const reportedBy = await figure(page).locator("tbody tr td:nth-child(5)").allTextContents();
    expect(reportedBy.filter((r) => r === "Urgent Action")).toHaveLength(2);
    expect(reportedBy.filter((r) => r === "Amnesty")).toHaveLength(8);
  });
});
