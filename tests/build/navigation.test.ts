import { describe, expect, it } from "vitest";
import { page, pages } from "../helpers/site.ts";

const chapterPaths = pages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** Chapter paths in reading order, as the home page lists them. */
const readingOrder = [...page("/").querySelectorAll(".chapter-card h3 a")].map((a) => a.getAttribute("href")!);

describe("chapter navigation", () => {
  it("lists every chapter on the home page", () => {
    expect(chapterPaths.length).toBeGreaterThan(1);
    expect([...readingOrder].sort()).toEqual([...chapterPaths].sort());
  });

  for (const path of chapterPaths) {
    it(`${path} has a contents list of all chapters in reading order, marking this one as the current page`, () => {
      const doc = page(path);
      const links = [...doc.querySelectorAll(".chapter-contents a")];
      expect(links.map((a) => a.getAttribute("href"))).toEqual(readingOrder);
      const current = links.filter((a) => a.getAttribute("aria-current") === "page");
      expect(current.map((a) => a.getAttribute("href"))).toEqual([path]);
      expect(text(current[0])).toBe(text(doc.querySelector("h1")));
    });

    it(`${path} links to the previous and next chapters, shows when it was updated and how long it takes to read`, () => {
      const doc = page(path);
      const at = readingOrder.indexOf(path);
      expect(doc.querySelector('.chapter-nav a[rel="prev"]')?.getAttribute("href")).toBe(readingOrder[at - 1]);
      expect(doc.querySelector('.chapter-nav a[rel="next"]')?.getAttribute("href")).toBe(readingOrder[at + 1]);
      expect(doc.querySelector("article header time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(text(doc.querySelector("article header"))).toMatch(/Updated .+ · \d+ min read/);
    });
  }

  it("gives every page but the bare chart embeds a header that links to Sources and About, in its language", () => {
    const words = { "": ["Sources", "About"], "/es": ["Fuentes", "Acerca de"] };
    for (const path of pages().filter((p) => !/^(\/es)?\/embed\//.test(p))) {
      const prefix = path.startsWith("/es/") ? "/es" : "";
      const nav = page(path).querySelector(".site-header nav")!;
      expect(nav, path).not.toBeNull();
      expect(nav.querySelector(`a[href="${prefix}/sources/"]`)?.textContent, path).toBe(words[prefix][0]);
      expect(nav.querySelector(`a[href="${prefix}/about/"]`)?.textContent, path).toBe(words[prefix][1]);
    }
  });
});
