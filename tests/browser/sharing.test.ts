import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite.ts";
import { page as builtPage, pages } from "../helpers/site.ts";

const site = browserSuite();
const all = pages();
const ofType = (pattern: RegExp) => all.filter((path) => pattern.test(path));
const canonical = (path: string) => builtPage(path).querySelector('link[rel="canonical"]')!.getAttribute("href")!;

/** The page's own address, as a reader can select and copy it with no script: a read-only field holding it. */
const linkField = (page: Page) => page.getByRole("textbox", { name: /^Link to this page/ });

describe("every shareable page offers its own link, copyable with JavaScript off", () => {
  const types = {
    chapter: ofType(/^\/chapters\/[^/]+\/$/),
    chart: ofType(/^\/charts\/[^/]+\/$/),
    "key fact": ofType(/^\/facts\/[^/]+\/$/),
    event: ofType(/^\/timeline\/[^/]+\/$/),
  };
  for (const [type, paths] of Object.entries(types)) {
    it(`each ${type} page (${paths.length}) holds its canonical address in a read-only field, labelled, that a reader can select`, async () => {
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const field = builtPage(path).querySelector(".share-url input")!;
        expect(field?.getAttribute("value"), path).toBe(canonical(path));
        expect(field.hasAttribute("readonly"), path).toBe(true);
      }
      const { page } = await site.visit(paths[0]!, { javaScriptEnabled: false }); // and one is seen, named by its label
      expect(await linkField(page).inputValue()).toBe(canonical(paths[0]!));
      expect(await linkField(page).isVisible()).toBe(true);
    });
  }

  it("each glossary term links to its own address, in text a reader can select", () => {
    const doc = builtPage("/glossary/");
    const terms = [...doc.querySelectorAll("[id].term-entry")];
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const address = `${canonical("/glossary/")}#${term.id}`;
      const shown = [...term.querySelectorAll("a, input, code")].some(
        (el) => (el.getAttribute("href") ?? el.getAttribute("value") ?? el.textContent) === address,
      );
      expect(shown, term.id).toBe(true);
    }
  });

  it("adds a working copy button where the page already loads a script (a chart), and none where it does not", async () => {
    const withChart = await site.open("/chapters/mexicos-asylum-system/", {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await withChart.page.locator("share-links").getByRole("button", { name: "Copy link" }).click();
    expect(await withChart.page.evaluate(() => navigator.clipboard.readText())).toBe(
      canonical("/chapters/mexicos-asylum-system/"),
    );
    const withoutChart = types.chapter.find((path) => !builtPage(path).querySelector("script"))!;
    const { page, requests } = await site.open(withoutChart);
    expect(
      requests.filter((url) => url.endsWith(".js")),
      withoutChart,
    ).toEqual([]);
    expect(await page.locator("share-links").getByRole("button").count()).toBe(0);
    expect(await linkField(page).inputValue()).toBe(canonical(withoutChart));
  });
});

describe("the timeline's events, each with its own page", () => {
  const timeline = builtPage("/timeline/");
  const events = [...timeline.querySelectorAll(".tl-event")];

  it("links every event to its page, which exists and names the same event", () => {
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const link = event.querySelector("a.tl-permalink")!.getAttribute("href")!;
      expect(link, event.id).toBe(`/timeline/${event.id}/`);
      expect(all, event.id).toContain(link);
      expect(builtPage(link).querySelector("h1")?.textContent, event.id).toBe(event.querySelector("h3")?.textContent);
    }
  });

  it("gives each copy button the address of the event's page, the one that unfurls with the event's card", () => {
    for (const event of events)
      expect(event.querySelector("button.tl-copy")?.getAttribute("data-url"), event.id).toBe(
        canonical(`/timeline/${event.id}/`),
      );
  });
});

describe("the timeline's filters and the address bar", () => {
  it("keep the #event in the URL when a filter changes and when the filters are reset", async () => {
    const { page } = await site.open("/timeline/#mpp-announced", { viewport: { width: 1280, height: 900 } });
    await page.getByRole("checkbox", { name: "Funding" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("category").length).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe("#mpp-announced");
    await page.getByRole("button", { name: "Show all events" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    expect(new URL(page.url()).hash).toBe("#mpp-announced");
  });

  it("keep the #event when a filtered link reveals it", async () => {
    const { page } = await site.open("/timeline/?category=mexico#mpp-announced");
    expect(await page.locator("#mpp-announced").isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).hash).toBe("#mpp-announced");
  });

  for (const path of [
    "/timeline/#%",
    "/timeline/#%E0%A4%A",
    "/timeline/?category=nonsense",
    "/timeline/?category=",
    "/timeline/?period=1066&category=%",
  ]) {
    it(`${path}: throws nothing and shows every event`, async () => {
      const { page, errors } = await site.open(path);
      expect(errors).toEqual([]);
      expect(await page.locator(".tl-event:visible").count()).toBe(await page.locator(".tl-event").count());
      expect(await page.locator("form.tl-filters").isVisible()).toBe(true); // the script ran
    });
  }
});
