import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { page, pages, pageScriptBytes } from "../helpers/site.ts";
import { readMdxFiles } from "../../src/load/mdxFiles.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const doc = page("/");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const home = parse(readFileSync(join(ROOT, "content/pages/home.yaml"), "utf8")) as {
  leadChart: string;
  timeline: string[];
};
const chapterFiles = readMdxFiles(join(ROOT, "content/chapters"), "content/chapters");
const headingIds = () => [...doc.querySelectorAll("h2")].map((h) => h.id);

describe("the home page", () => {
  it("opens with a question and its answer in the line after it, its figure linked to the note that sources it", () => {
    expect(text(doc.querySelector("h1"))).toMatch(/^\S.{20,}\?$/);
    const answer = doc.querySelector("h1 + .home-answer")!;
    expect(text(answer)).toMatch(/^No\b.{60,}/);
    expect(text(answer)).not.toMatch(/\{[a-z0-9-]+\}/); // every {fact-id} token was filled
    const figure = answer.querySelector("a.fact")!;
    expect(text(figure)).toMatch(/^\d[\d,]*$/);
    const [path, anchor] = figure.getAttribute("href")!.split("#");
    expect(page(path!).getElementById(anchor!), figure.getAttribute("href")!).not.toBeNull();
  });

  it("says when it was last updated: the latest chapter's date, machine-readable", () => {
    const latest = chapterFiles
      .map((f) =>
        String(
          f.frontmatter!.updated instanceof Date
            ? (f.frontmatter!.updated as Date).toISOString().slice(0, 10)
            : f.frontmatter!.updated,
        ),
      )
      .sort()
      .at(-1);
    const time = doc.querySelector(".home-updated time");
    expect(time?.getAttribute("datetime")).toBe(latest);
    expect(text(doc.querySelector(".home-updated"))).toMatch(/^Updated \w+ \d{1,2}, \d{4}$/);
  });

  it("leads with three or four key figures, each stated in a sentence, sourced, and linked to where it is explained", () => {
    const items = [...doc.querySelectorAll("#key-facts-heading ~ ul > li")];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(4);
    for (const item of items) {
      const figure = text(item.querySelector(".figure"));
      expect(figure).toMatch(/\d/);
      expect(text(item.querySelector(".text")), figure).toContain(figure); // the figure is read once, in its sentence
      expect(item.querySelector(".figure")?.getAttribute("aria-hidden")).toBe("true");
      expect(text(item.querySelector(".source")), figure).toMatch(/^Sources?: .+\. More in /);
      expect(item.querySelector(".source a")?.getAttribute("href"), figure).toMatch(
        /^\/(chapters\/[^/]+\/#fact-|facts\/)[a-z0-9-]+\/?$/,
      );
    }
  });

  it("shows one lead chart, the one content/pages/home.yaml names, with its sources, notes and data one link away", () => {
    const charts = [...doc.querySelectorAll("figure.chart")];
    expect(charts.map((c) => c.id)).toEqual([home.leadChart]);
    const chart = charts[0]!;
    expect(chart.querySelector("svg")).not.toBeNull();
    expect(chart.querySelector(".chart-foot a")?.getAttribute("href")).toBe(`/charts/${home.leadChart}/`);
    expect(text(chart.querySelector(".chart-foot a"))).toMatch(/\d+ sources/);
    expect(chart.querySelector(".chart-data, .chart-foot ul")).toBeNull(); // the page reads on past the chart
  });

  it("lists every chapter as a card, in order, with its dek, after the key figures and the chart", () => {
    const cards = [...doc.querySelectorAll(".chapter-cards > li")];
    const chapterPages = pages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
    expect(cards.length).toBe(chapterPages.length);
    const titles = cards.map((li) => text(li.querySelector("h3 a")));
    const byOrder = [...chapterFiles].sort((a, b) => Number(a.frontmatter!.order) - Number(b.frontmatter!.order));
    expect(titles).toEqual(byOrder.map((f) => f.frontmatter!.title));
    for (const li of cards) expect(text(li.querySelector(".chapter-card-dek")).length).toBeGreaterThan(20);
    expect(headingIds().indexOf("key-facts-heading")).toBeLessThan(headingIds().indexOf("chapters"));
    expect([...doc.querySelectorAll("figure.chart, #chapters")].map((el) => el.tagName)).toEqual(["FIGURE", "H2"]); // in document order
  });

  it("ends with the timeline teaser: the events home.yaml names, in its order, each linked to its place", () => {
    const links = [...doc.querySelectorAll(".tl-excerpt li a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(home.timeline.map((id) => `/timeline/#${id}`));
    expect(headingIds().indexOf("chapters")).toBeLessThan(headingIds().findIndex((id) => id.startsWith("tl-excerpt-")));
  });

  it("loads no JavaScript beyond what its chart needs", () => {
    const homeScripts = pageScriptBytes("/");
    const chartPage = pageScriptBytes(`/charts/${home.leadChart}/`);
    expect(homeScripts.files.length).toBeGreaterThan(0);
    expect(homeScripts.files.filter((file) => !chartPage.files.includes(file))).toEqual([]);
    expect(homeScripts.gzip).toBeLessThanOrEqual(12 * 1024);
  });
});
