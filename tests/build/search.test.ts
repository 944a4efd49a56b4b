import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, page, pages } from "../helpers/site.ts";

/** Every built page with its language prefix ("" for the default language, "es/" …) and its <html lang>. */
const built = pages()
  .filter((p) => p.endsWith("/"))
  .map((path) => ({
    path,
    prefix: /^\/([a-z]{2,3})\//.exec(path)?.[1] ?? "",
    lang: page(path).documentElement.getAttribute("lang")!,
  }));
const prefixes = [...new Set(built.map((p) => p.prefix))];
const under = (prefix: string, section: string) =>
  built
    .filter((p) => p.prefix === prefix && new RegExp(`^/${prefix ? `${prefix}/` : ""}${section}/[^/]+/$`).test(p.path))
    .map((p) => p.path);
const linksIn = (doc: Document, heading: string) =>
  [...doc.querySelectorAll(`#search-index-${heading} ~ ul a`)].map((a) => a.getAttribute("href")!);

describe("search", () => {
  for (const prefix of prefixes) {
    const searchPath = `/${prefix ? `${prefix}/` : ""}search/`;
    it(`${searchPath} lists, without JavaScript, every chapter, chart, key figure, timeline event and glossary term of its language`, () => {
      const doc = page(searchPath);
      expect(linksIn(doc, "chapter").sort()).toEqual(under(prefix, "chapters").sort());
      expect(linksIn(doc, "chart").sort()).toEqual(under(prefix, "charts").sort());
      expect(linksIn(doc, "fact").sort()).toEqual(under(prefix, "facts").sort());
      expect(linksIn(doc, "event").sort()).toEqual(under(prefix, "timeline").sort());
      const terms = [...page(`/${prefix ? `${prefix}/` : ""}glossary/`).querySelectorAll("li.term-entry")].map(
        (li) => `/${prefix ? `${prefix}/` : ""}glossary/#${li.id}`,
      );
      expect(linksIn(doc, "term").sort()).toEqual(terms.sort());
      expect(terms.length).toBeGreaterThan(0);
    });
  }

  it("indexes the main content of chapters, charts, key figures and events, filed by kind, and no embed, index page or 404", () => {
    const kinds: Record<string, string> = {
      chapters: "type:chapter",
      charts: "type:chart",
      facts: "type:fact",
      timeline: "type:event",
    };
    for (const { path, prefix } of built) {
      const doc = page(path);
      const bodies = [...doc.querySelectorAll("[data-pagefind-body]")];
      const section = path.split("/").filter(Boolean)[prefix ? 1 : 0] ?? "";
      const isItem = (section in kinds && under(prefix, section).includes(path)) || section === "about";
      expect(bodies.length, path).toBe(isItem ? 1 : 0);
      if (section in kinds && isItem)
        expect(bodies[0]!.getAttribute("data-pagefind-filter"), path).toBe(kinds[section]);
      if (isItem) expect(bodies[0]!.closest("nav, header.site-header, footer"), path).toBeNull(); // main content only
    }
    expect(page("/404.html").querySelector("[data-pagefind-body]")).toBeNull();
  });

  it("writes one index per language, holding every marked page and every entry of the marked lists (sources, corrections, terms)", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const expected = new Map<string, number>();
    for (const { path, lang } of built) {
      const doc = page(path);
      const count = doc.querySelectorAll("[data-pagefind-body]").length > 0 ? 1 : 0;
      const records = doc.querySelectorAll("[data-search-records] > li[id]").length;
      if (count + records > 0)
        expected.set(lang.toLowerCase(), (expected.get(lang.toLowerCase()) ?? 0) + count + records);
    }
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])),
    ).toEqual(Object.fromEntries(expected));
    for (const lang of Object.keys(entry.languages))
      expect(
        existsSync(join(DIST, "pagefind", `wasm.${lang.split("-")[0]}.pagefind`)) ||
          existsSync(join(DIST, "pagefind", "wasm.unknown.pagefind")),
        lang,
      ).toBe(true);
  });

  it("puts a plain search form in every page's header, to the search page of the page's language, with a labelled box named q", () => {
    for (const { path, prefix } of built) {
      const doc = page(path);
      if (path.includes("/embed/") || !doc.querySelector(".site-header")) continue;
      const form = doc.querySelector(".site-header form[role=search]");
      if (path === `/${prefix ? `${prefix}/` : ""}search/`) {
        expect(form, path).toBeNull(); // its own form is the page's
        continue;
      }
      expect(form?.getAttribute("action"), path).toBe(`/${prefix ? `${prefix}/` : ""}search/`);
      expect(form?.getAttribute("method"), path).toBe("get");
      const input = form!.querySelector("input[name=q]")!;
      expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent?.trim(), path).not.toBe("");
    }
  });
});
