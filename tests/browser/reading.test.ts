import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite.ts";
import { page as builtPage, pages } from "../helpers/site.ts";

const site = browserSuite();
const PHONE = { width: 375, height: 667 };
const noScript = { viewport: PHONE, javaScriptEnabled: false };
const chapters = pages().filter((path) => /^(\/es)?\/chapters\/[^/]+\/$/.test(path));
const openAll = (page: Page) =>
  page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));

describe("a chapter's story on a phone (375 × 667, JavaScript off)", () => {
  for (const path of chapters) {
    it(`${path}: the story, from the top of the page to the end of its last section, fits in 12 screens`, async () => {
      const { page } = await site.visit(path, noScript);
      const end = await page.evaluate(() => {
        const story = document.querySelector(".chapter-story")!;
        return story.getBoundingClientRect().bottom + scrollY;
      });
      const screens = end / PHONE.height;
      console.log(`story height ${path}: ${screens.toFixed(2)} screens (${Math.round(end)} px)`);
      expect(screens, `${path} is ${screens.toFixed(2)} screens`).toBeLessThanOrEqual(12);
    });
  }
});

describe("figures and their notes, like footnotes", () => {
  it("a figure takes the reader to its note and the note's back-link returns to that very use, with JavaScript off", async () => {
    const path = "/chapters/mexicos-asylum-system/";
    const { page } = await site.open(path, noScript);
    const fact = page.locator("a.fact").nth(3); // not the first use: the way back must find this one
    const id = (await fact.getAttribute("id"))!;
    const note = (await fact.getAttribute("href"))!;
    await fact.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(note);
    const back = page.locator(`${note} a[href="#${id}"]`);
    expect(await back.isVisible(), `${note} links back to #${id}`).toBe(true);
    await back.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
    const box = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().toJSON(), id);
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThan(PHONE.height); // back on screen, where the reader left
  });

  for (const path of chapters) {
    it(`${path}: every use of a figure has its own anchor, and its note links back to each use`, () => {
      const doc = builtPage(path);
      const uses = [...doc.querySelectorAll(".chapter-story a.fact")];
      const ids = uses.map((a) => a.id);
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      for (const use of uses) {
        const note = doc.getElementById(use.getAttribute("href")!.slice(1));
        expect(note?.querySelector(`a[href="#${use.id}"]`), `${use.id}: a way back from its note`).not.toBeNull();
      }
    });
  }

  it("'In this chapter' lists the chapter's sections, each link landing on its heading", () => {
    for (const path of chapters) {
      const doc = builtPage(path);
      const links = [...doc.querySelectorAll(".chapter-sections a")];
      const headings = [...doc.querySelectorAll(".chapter-story > h2")]; // the Markdown sections, not headings inside asides
      expect(
        links.map((a) => a.getAttribute("href")),
        path,
      ).toEqual(headings.map((h) => `#${h.id}`));
      expect(
        links.map((a) => a.textContent),
        path,
      ).toEqual(headings.map((h) => h.textContent));
    }
  });
});

describe("every kind of page on a 320 px screen, in both languages", () => {
  // One page of each kind (the first of each section) and every key fact (their labels and figures differ most in
  // length): a Spanish fact's "Dólares estadounidenses" pushed its values 50 px off the screen.
  const kindOf = (path: string) =>
    /\/facts\/[^/]+\/$/.test(path)
      ? path
      : path
          .split("/")
          .slice(0, path.startsWith("/es/") ? 3 : 2)
          .join("/");
  const sample = [...new Map(pages().map((path) => [kindOf(path), path])).values()];
  it(`no page scrolls sideways (${sample.length} pages)`, async () => {
    const wide: string[] = [];
    for (const path of sample) {
      const { page } = await site.visit(path, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});

describe("tables on a 320 px screen", () => {
  const paths = [
    ...chapters.filter((path) => builtPage(path).querySelector("table")),
    "/charts/asylum-claims/",
    "/charts/safe-third-agreements/",
  ];
  for (const path of paths) {
    it(`${path}: no table text is cut and the page does not scroll sideways`, async () => {
      const { page } = await site.visit(path, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      await openAll(page);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll("table caption, table th, table td")]
          .filter((cell) => cell.getClientRects().length > 0 && !cell.closest("thead"))
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.getBoundingClientRect().right > innerWidth)
          .map((cell) => `${cell.tagName}: ${cell.textContent!.slice(0, 40)}`),
      );
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  it("a table of three or more columns shows one block per row, each value beside its column's name", async () => {
    const { page } = await site.visit("/charts/asylum-claims/", {
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const cell = page.locator("table.stack tbody td:not(.empty)").first();
    const label = await cell.evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toBe(`"${await cell.getAttribute("data-label")}"`);
    expect(
      await page.locator("table.stack thead").evaluate((el) => el.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(1);
  });
});
