import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, browserSuite } from "../helpers/browserSuite.ts";

const TIMELINE = "/timeline/";
const site = browserSuite();
const status = (page: Page) => page.locator("timeline-filter .tl-count");
const visible = (page: Page) => page.locator(".tl-event:visible");
const total = (page: Page) => page.locator(".tl-event").count();

describe("filtering the timeline", () => {
  it("by mouse: unticking a category hides its events at once, announces the count and records the view in the URL", async () => {
    const { page } = await site.open(TIMELINE, { viewport: { width: 1280, height: 900 } });
    const all = await total(page);
    expect(await status(page).getAttribute("role")).toBe("status");
    await page.getByRole("checkbox", { name: "Mexico" }).click();
    const shown = await visible(page).count();
    expect(shown).toBeLessThan(all);
    expect(await page.locator('.tl-event[data-category="mexico"]:visible').count()).toBe(0);
    expect(await status(page).textContent()).toBe(`Showing ${shown} of ${all} events.`);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll("category")).not.toContain("mexico");
    expect(params.getAll("category").length).toBeGreaterThan(0);
    expect(await page.locator('.tl-overview a[data-category="mexico"].is-dimmed').count()).toBeGreaterThan(0);
  });

  it("by keyboard: Space toggles a category and arrow keys pick a period, focus staying on the control", async () => {
    const { page } = await site.open(TIMELINE);
    await page.getByRole("checkbox", { name: "US executive" }).focus();
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("us-executive");
    expect(await page.locator('.tl-event[data-category="us-executive"]:visible').count()).toBe(0);
    await page.getByRole("combobox", { name: "Period" }).focus();
    await page.keyboard.press("ArrowDown"); // the first period, 2007–2017
    await expect.poll(() => new URL(page.url()).searchParams.get("period")).toBe("2007-2017");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    const years = await visible(page).evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.year)));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => y <= 2017)).toBe(true);
    expect(await page.locator("section.tl-year:visible h2").allTextContents()).not.toContain("2018"); // empty years hide
  });

  it("opens a shared, filtered view from its URL, and 'Show all events' clears it", async () => {
    const { page } = await site.open(`${TIMELINE}?category=bilateral&period=2019`);
    const shown = await visible(page).evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        year: (el as HTMLElement).dataset.year,
        category: (el as HTMLElement).dataset.category,
      })),
    );
    expect(shown.map((e) => e.id)).toContain("joint-declaration");
    expect(shown.every((e) => e.year === "2019" && e.category === "bilateral")).toBe(true);
    const ids = shown.map((e) => e.id);
    expect(await status(page).textContent()).toBe(`Showing ${ids.length} of ${await total(page)} events.`);
    expect(await page.getByRole("checkbox", { name: "Mexico" }).isChecked()).toBe(false);
    await page.getByRole("button", { name: "Show all events" }).click();
    await expect.poll(() => visible(page).count()).toBe(await total(page));
    expect(await status(page).textContent()).toMatch(/^Showing all \d+ events\.$/);
    expect(new URL(page.url()).search).toBe("");
  });

  it("works the same on the Spanish page, in Spanish: a shared filtered view, its count, and its 'show all' button clearing it", async () => {
    const es = JSON.parse(readFileSync(new URL("../../content/ui/es.json", import.meta.url), "utf8")) as Record<
      string,
      string
    >;
    const { page, errors } = await site.open(`/es${TIMELINE}?category=bilateral&period=2019`);
    const shown = await visible(page).evaluateAll((els) =>
      els.map((el) => ({ year: (el as HTMLElement).dataset.year, category: (el as HTMLElement).dataset.category })),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.year === "2019" && e.category === "bilateral")).toBe(true);
    const all = await total(page);
    expect(await status(page).textContent()).toBe(
      es["timeline.count"]!.replace("{shown}", String(shown.length)).replace("{total}", String(all)),
    );
    await page.getByRole("button", { name: es["timeline.showAll"]! }).click();
    await expect.poll(() => visible(page).count()).toBe(all);
    expect(errors).toEqual([]);
  });

  it("says so when nothing matches", async () => {
    const { page } = await site.open(`${TIMELINE}?category=funding&period=2019`);
    expect(await visible(page).count()).toBe(0);
    expect(await status(page).textContent()).toMatch(/^No events match/);
  });

  it("has no axe violations with a filter applied, at 375 and 1280 px", async () => {
    for (const width of [375, 1280]) {
      const { page } = await site.open(`${TIMELINE}?period=2018`, { viewport: { width, height: 900 } });
      expect(await axeViolations(page), `${width} px`).toEqual([]);
    }
  });
});

describe("deep links", () => {
  const inView = (page: Page, id: string) =>
    page.evaluate((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    }, id);

  it("/timeline/#id scrolls to the event, highlights it and puts focus on it", async () => {
    const { page } = await site.open(`${TIMELINE}#mpp-announced`);
    expect(await inView(page, "mpp-announced")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mpp-announced");
    const [target, other] = await page.evaluate(() =>
      [document.getElementById("mpp-announced")!, document.getElementById("joint-declaration")!].map(
        (el) => getComputedStyle(el).backgroundColor,
      ),
    );
    expect(target).not.toBe(other);
  });

  it("shows every event again when the linked one is filtered out", async () => {
    const { page } = await site.open(`${TIMELINE}?category=mexico#mpp-announced`);
    expect(await page.locator("#mpp-announced").isVisible()).toBe(true);
    expect(await inView(page, "mpp-announced")).toBe(true);
    expect(await visible(page).count()).toBe(await total(page));
  });

  it("a dot in the overview strip takes the reader to its event", async () => {
    const { page } = await site.open(TIMELINE, { viewport: { width: 1280, height: 900 } });
    await page.locator('.tl-strip-wide a[href="#joint-declaration"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#joint-declaration");
    await expect.poll(() => inView(page, "joint-declaration")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("joint-declaration");
  });

  it("'Copy link' copies the address of the event's own page and says so", async () => {
    const { page } = await site.open(TIMELINE, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.getByRole("button", { name: "Copy link “DHS announces Remain in Mexico”" }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/\/timeline\/mpp-announced\/$/);
    expect(await page.locator(".tl-copy-status").textContent()).toBe("Link copied to the clipboard.");
  });
});

describe("with JavaScript off", () => {
  it("lists every event with its links, and shows no controls that cannot work", async () => {
    const { page } = await site.open(`${TIMELINE}?category=mexico`, { javaScriptEnabled: false });
    expect(await visible(page).count()).toBe(await total(page));
    expect(await page.locator("form.tl-filters").isVisible()).toBe(false);
    expect(await page.locator("button.tl-copy:visible").count()).toBe(0);
    expect(await page.locator(".tl-permalink:visible").count()).toBe(await total(page));
    expect(await page.locator(".tl-strip-narrow svg a").count()).toBe(await total(page));
  });

  it("still lands on a deep-linked event and highlights it", async () => {
    const { page } = await site.open(`${TIMELINE}#title-42-begins`, { javaScriptEnabled: false });
    const top = await page.evaluate(() => document.getElementById("title-42-begins")!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById("title-42-begins")!).outlineStyle)).toBe(
      "solid",
    );
  });
});

describe("the asylum-claims chart's timeline markers", () => {
  it("are links reached with the chart's arrow keys, named by their tooltip, that open the event", async () => {
    const { page } = await site.open("/chapters/mexicos-asylum-system/", { viewport: { width: 1280, height: 900 } });
    await page.locator("#asylum-claims .chart-controls button").last().focus();
    await page.keyboard.press("Tab");
    let name = "";
    for (let i = 0; i < 12 && !name.startsWith("1."); i++) {
      await page.keyboard.press("ArrowRight");
      name = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "";
    }
    expect(name).toMatch(/^1\. Aug 28, 2018: Amnesty issues an Urgent Action/);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe("a");
    expect(await page.locator("#asylum-claims .chart-tip").textContent()).toContain("Open it on the timeline");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => new URL(page.url()).pathname + new URL(page.url()).hash)
      .toBe("/timeline/#urgent-action-150-18");
  });
});
