import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { page, pages } from "../helpers/site.ts";
import { loadContent } from "../../src/load/loadContent.ts";

// A source whose link is a copy on another site or an aggregator's page is marked so wherever the site cites it.
const content = loadContent(join(new URL("../../", import.meta.url).pathname, "content"));
const sources = [...content.sources.values()];
/** Links that only reposts use (a URL that some source gives as the publisher's own page is not checked). */
const repostUrls = new Map(
  sources
    .filter((s) => s.url && s.repost && sources.every((o) => o.url !== s.url || o.repost === s.repost))
    .map((s) => [s.url!, { kind: s.repost!, host: new URL(s.url!).hostname.replace(/^www\./, "") }]),
);
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The mark right after a link, with nothing but spaces between. */
const markAfter = (a: Element) => {
  const next = a.nextElementSibling;
  let between = "";
  for (let node = a.nextSibling; node && node !== next; node = node.nextSibling) between += node.textContent ?? "";
  return next?.classList.contains("repost") && between.trim() === "" ? next : undefined;
};
const ui = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../content/ui/${lang}.json`, import.meta.url), "utf8")) as Record<string, string>;
/** The mark in the page's language: "(copy on host)", "(copia en host)". */
const marks = Object.fromEntries(
  ["en", "es"].map((lang) => {
    const words = ui(lang);
    return [
      lang,
      {
        copy: (host: string) => words["source.repost.copy"]!.replace("{host}", host),
        aggregator: (host: string) => words["source.repost.aggregator"]!.replace("{host}", host),
      },
    ];
  }),
) as Record<string, Record<"copy" | "aggregator", (host: string) => string>>;
const expected = marks.en!;

describe("reposts and aggregators", () => {
  it("exist in the content, so the checks below check something", () => {
    expect(repostUrls.size).toBeGreaterThan(10);
    expect(new Set([...repostUrls.values()].map((r) => r.kind))).toEqual(new Set(["copy", "aggregator"]));
  });

  it("are marked, with the site they are on, after every link that cites them on every page (inline prose links carry it in their title)", () => {
    const unmarked: string[] = [];
    let marked = 0;
    for (const path of pages()) {
      const expected = marks[path.startsWith("/es/") ? "es" : "en"]!;
      for (const a of page(path).querySelectorAll("a[href^='http']")) {
        const repost = repostUrls.get(a.getAttribute("href")!);
        if (!repost) continue;
        if (a.classList.contains("cite")) {
          if (!a.getAttribute("title")?.endsWith(expected[repost.kind](repost.host)))
            unmarked.push(`${path}: <Cite> ${a.getAttribute("href")}`);
          continue;
        }
        const mark = markAfter(a);
        if (text(mark) === expected[repost.kind](repost.host)) marked++;
        else unmarked.push(`${path}: ${text(a).slice(0, 40)} → ${a.getAttribute("href")}`);
      }
    }
    expect(unmarked).toEqual([]);
    expect(marked).toBeGreaterThan(50);
  });

  it("are marked in each place a source is cited: /sources/, chapter source lists and figure notes, chart source lines, data tables and the timeline", () => {
    const marks = (path: string, selector: string) => page(path).querySelectorAll(`${selector} .repost`).length;
    expect(marks("/sources/", ".sources")).toBe(sources.filter((s) => repostUrls.has(s.url ?? "")).length);
    expect(marks("/chapters/who-crosses/", ".source-list")).toBeGreaterThan(0);
    expect(marks("/chapters/who-crosses/", ".fact-notes")).toBeGreaterThan(0);
    expect(marks("/chapters/paying-for-enforcement/", ".chart-foot")).toBeGreaterThan(0);
    expect(marks("/charts/merida-funding/", "table")).toBeGreaterThan(0);
    expect(marks("/timeline/", ".tl-sources")).toBeGreaterThan(0);
  });
});
