import { describe, expect, it } from "vitest";
import { brokenLinks, CHART_PAGE, page, pages, pageScriptBytes } from "../helpers/site.ts";

const CHAPTER = "/chapters/mexicos-asylum-system/";

describe("the built site", () => {
  it("has the home page and the first chapter", () => {
    expect(pages()).toEqual(expect.arrayContaining(["/", CHAPTER]));
  });

  it("resolves every internal link, asset and #anchor", () => {
    expect(brokenLinks()).toEqual([]);
  });

  it("paints a page with a lead first once its headline and the lead are parsed, not the header alone", () => {
    let withLead = 0;
    for (const path of pages()) {
      const doc = page(path);
      const expectLink = doc.querySelector('head link[rel="expect"][blocking="render"]');
      const lead = doc.querySelector(".dek");
      expect(expectLink !== null, path).toBe(lead !== null);
      if (!lead) continue;
      withLead++;
      expect(expectLink!.getAttribute("href"), path).toBe("#lead");
      expect(lead.id, path).toBe("lead");
      expect(lead.previousElementSibling?.tagName, path).toBe("H1");
    }
    expect(withLead).toBeGreaterThan(20);
  });

  it("gives every page a language, a title, one h1, a main landmark and a skip link to it", () => {
    for (const path of pages()) {
      const doc = page(path);
      expect(doc.documentElement.getAttribute("lang"), path).toBe(path.startsWith("/es/") ? "es-MX" : "en");
      expect(doc.title, path).not.toBe("");
      expect(doc.querySelectorAll("h1").length, path).toBe(1);
      expect(doc.querySelector("main#main"), path).not.toBeNull();
      expect(doc.querySelector('a.skip[href="#main"]'), path).not.toBeNull();
    }
  });

  it("loads nothing from another origin", () => {
    for (const path of pages()) {
      // Canonical and alternate (oEmbed discovery) links name absolute addresses that the browser never loads.
      const external = [
        ...page(path).querySelectorAll(
          "script[src], script[data-src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], iframe[src]",
        ),
      ]
        .map((el) => el.getAttribute("src") ?? el.getAttribute("data-src") ?? el.getAttribute("href")!)
        .filter((ref) => /^(?:[a-z]+:)?\/\//i.test(ref));
      expect(external, path).toEqual([]);
    }
  });

  it("ships no JavaScript on pages without charts, at most 12 KB gzipped on chart pages, and at most 30 KB on search pages", () => {
    for (const path of pages()) {
      const hasChart = page(path).querySelector(CHART_PAGE) !== null;
      const { gzip } = pageScriptBytes(path);
      if (/^\/(?:[a-z]{2,3}\/)?search\/$/.test(path))
        expect(gzip, path).toBeLessThanOrEqual(30 * 1024); // before a query: Pagefind loads on focus
      else if (hasChart) expect(gzip, path).toBeLessThanOrEqual(12 * 1024);
      else expect(gzip, path).toBe(0);
    }
  });
});

describe("the asylum-claims chart in its chapter", () => {
  const doc = page(CHAPTER);
  const figure = doc.querySelector("figure#asylum-claims")!;

  it("is a figure with an inline SVG for every view and width, each named and described", () => {
    const svgs = figure.querySelectorAll("svg.chart-svg"); // legend swatches are small SVGs of their own
    expect(svgs.length).toBe(4);
    for (const svg of svgs) {
      // A rendering that holds links to the timeline events it marks is a group, not an image.
      expect(svg.getAttribute("role")).toBe(svg.querySelector("a[href]") ? "group" : "img");
      expect(doc.getElementById(svg.getAttribute("aria-labelledby")!)?.textContent).toMatch(/^Asylum claims in Mexico/);
      expect(doc.getElementById(svg.getAttribute("aria-describedby")!)?.textContent).toContain("Urgent Action");
    }
  });

  it("has a caption with title and subtitle, a source line with links, and notes", () => {
    expect(figure.querySelector("figcaption .chart-title")?.textContent).toMatch(
      /rose to about \d+ times their 2013 level by 2023/,
    );
    const sources = [...figure.querySelectorAll(".chart-foot a")].map((a) => a.getAttribute("href"));
    expect(sources).toContain("https://www.amnesty.org/en/documents/amr41/8936/2018/en/");
    expect(figure.querySelector(".chart-foot")?.textContent).toContain("revised");
  });

  it("has a collapsed data table built from the same rows, with both vintages for 2016 and 2017", () => {
    const details = figure.querySelector("details.chart-data")!;
    expect(details.hasAttribute("open")).toBe(false);
    const rows = [...details.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent),
    );
    expect(rows).toContainEqual(["2017", "14,619"]);
    expect(rows).toContainEqual(["2017", "14,596"]);
    expect(rows.length).toBe(14);
  });

  it("shows the default view and hides the other until a reader switches", () => {
    const views = [...figure.querySelectorAll(".chart-view")];
    expect(views.map((v) => [v.getAttribute("data-view"), v.hasAttribute("hidden")])).toEqual([
      ["all", false],
      ["to-2018", true],
    ]);
  });
});

describe("facts in the chapter's prose", () => {
  const doc = page(CHAPTER);

  it("prints each figure from the data, linked to its note and source", () => {
    const fact = doc.querySelector('a.fact[href="#fact-claims-2017-ua"]')!;
    expect(fact.textContent).toBe("14,596");
    const note = doc.getElementById("fact-claims-2017-ua")!;
    expect(note.querySelector("a")?.getAttribute("href")).toBe(
      "https://www.amnesty.org/en/documents/amr41/8936/2018/en/",
    );
  });

  it("shows a derived figure with its formula", () => {
    expect(doc.querySelector('a.fact[href="#fact-claims-growth-2016-2017-ua"]')?.textContent).toBe("66%");
    const note = doc.getElementById("fact-claims-growth-2016-2017-ua")!;
    expect(note.textContent).toContain("(14,596 − 8,788) ÷ 8,788");
    expect(
      [...note.querySelectorAll("a")].filter((a) => !a.closest(".backref")).map((a) => a.getAttribute("href")),
    ).toEqual(["#fact-claims-2016-ua", "#fact-claims-2017-ua"]);
  });

  it("shows both the Urgent Action's and COMAR's revised figure for 2017", () => {
    const text = doc.querySelector("article")!.textContent!;
    expect(text).toContain("14,619");
    expect(text).toContain("14,596");
  });
});
