import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { DIST, page, pageScriptBytes } from "../helpers/site.ts";
import { chartModules } from "../../src/charts/index.ts";

const ids = [...chartModules.keys()];
const origin = new URL(page("/").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

describe("the chart gallery, /charts/", () => {
  const doc = page("/charts/");
  it("lists every chart with a picture, its title linking to its page, a line on what it shows, and its chapter", () => {
    const items = [...doc.querySelectorAll(".chart-gallery > li")];
    expect(items.length).toBe(ids.length);
    for (const id of ids) {
      const item = items.find((li) => li.querySelector(`h2 a[href="/charts/${id}/"]`));
      expect(item, id).toBeDefined();
      expect(item!.querySelector(".thumb[inert] svg"), id).not.toBeNull();
      expect(text(item!.querySelector("h2 + p")).length, id).toBeGreaterThan(10);
    }
    expect(doc.querySelectorAll('.chart-gallery a[href^="/chapters/"]').length).toBeGreaterThan(0);
  });
});

describe("each chart page, /charts/<id>/", () => {
  for (const id of ids) {
    const doc = page(`/charts/${id}/`);
    it(`${id}: the chart with its takeaway, open data table, notes and sources, and the chapter it belongs to`, () => {
      expect(doc.querySelector(`figure#${id}.chart`)).not.toBeNull();
      expect(text(doc.querySelector("h1")).length).toBeGreaterThan(10);
      expect(text(doc.querySelector(".chart-takeaway")).length).toBeGreaterThan(40);
      expect(doc.querySelector("details.chart-data")?.hasAttribute("open")).toBe(true);
      expect(doc.querySelectorAll(".chart-foot a").length).toBeGreaterThan(0);
      const usedIn = [...doc.querySelectorAll('main a[href^="/chapters/"]')].map((a) => a.getAttribute("href")!);
      for (const href of usedIn) {
        const chapter = page(href).querySelector(`figure#${id}`);
        expect(chapter, href).not.toBeNull();
        expect(
          chapter!.querySelector(`.chart-foot a[href="/charts/${id}/"]`),
          `${href} links its figure to the chart page`,
        ).not.toBeNull();
      }
    });

    it(`${id}: an Embed panel with the snippet (absolute, titled, lazy, full width, fallback size) and the host script`, () => {
      const snippet = text(doc.querySelector("#embed-code"));
      const frame = parseHTML(`<body>${snippet}</body>`).document.querySelector("iframe")!;
      expect(frame.getAttribute("src")).toBe(`${origin}/embed/${id}/`);
      expect(frame.getAttribute("title")).toMatch(/^Chart: /);
      expect(frame.getAttribute("loading")).toBe("lazy");
      expect(frame.getAttribute("style")).toMatch(
        /^width:100%;height:auto;aspect-ratio:[\d.]+;min-height:max\(\d+px\);border:0$/,
      );
      expect(text(doc.querySelector("#embed-script"))).toBe(`<script async src="${origin}/embed.js"></script>`);
      expect(doc.querySelector(`.embed-preview iframe[src="/embed/${id}/"]`)).not.toBeNull();
    });

    it(`${id}: an oEmbed file of type rich, found from the page, whose code is the compact embed (oEmbed consumers such as WordPress cap frame heights)`, () => {
      const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
      expect(link.getAttribute("href")).toBe(`${origin}/oembed/${id}.json`);
      const oembed = JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8"));
      expect(oembed).toMatchObject({
        version: "1.0",
        type: "rich",
        provider_name: "Safe Third Country?",
        width: 640,
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
      expect(oembed.html).toBe(text(doc.querySelector("#embed-compact")));
      expect(oembed.html).toContain(`src="${origin}/embed/${id}/compact/"`);
      expect(oembed.height).toBeGreaterThan(300);
    });

    it(`${id}: a Cite panel with APA and BibTeX at the stable address, an access date to fill, the licence and the data's providers`, () => {
      const apa = text(doc.querySelector("#cite-apa"));
      expect(apa).toMatch(
        new RegExp(
          `^Safe Third Country\\? \\(\\d{4}\\)\\. .+ \\(Version \\d{4}-\\d{2}-\\d{2}-[0-9a-f]{7}\\) \\[Chart\\]\\. Retrieved \\[date you accessed it\\], from ${origin}/charts/${id}/$`,
        ),
      );
      expect(doc.querySelector("#cite-apa i")).not.toBeNull();
      expect(doc.querySelector("#cite-apa [data-access-date]")).not.toBeNull(); // a span until the browser fills in today
      const bibtex = text(doc.querySelector("#cite-bibtex"));
      expect(bibtex).toMatch(
        new RegExp(
          `^@misc\\{safe-third-country-${id}-\\d{4}, author = \\{\\{Safe Third Country\\?\\}\\}, .* url = \\{${origin}/charts/${id}/\\}, urldate = \\{YYYY-MM-DD\\}`,
        ),
      );
      const panel = text(doc.querySelector("#cite-heading")!.parentElement);
      expect(panel).toContain("CC BY 4.0");
      for (const a of doc.querySelectorAll(".chart-foot > p a")) expect(panel).toContain(a.textContent!);
    });
  }
});

describe("each embed page, /embed/<id>/", () => {
  for (const id of ids) {
    const doc = page(`/embed/${id}/`);
    it(`${id}: the chart, its title, source line and a link back to its page, and nothing else`, () => {
      expect(doc.querySelectorAll("figure.chart").length).toBe(1);
      expect(text(doc.querySelector("figure .chart-title")).length).toBeGreaterThan(10);
      expect(doc.querySelectorAll(".chart-foot > p a").length).toBeGreaterThan(0);
      expect(doc.querySelector(`.embed-credit a[href="${origin}/charts/${id}/"]`)).not.toBeNull();
      for (const gone of ["header", "footer", "nav", "details", ".chart-foot ul", ".share"])
        expect(doc.querySelector(gone), gone).toBeNull();
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${origin}/charts/${id}/`);
      expect(doc.querySelector("base")?.getAttribute("target")).toBe("_blank"); // links leave the frame
    });

    it(`${id}: reads with JavaScript off (every view drawn in the HTML) and ships at most 12 KB of JavaScript, one classic script first`, () => {
      expect(doc.querySelectorAll("figure.chart svg").length).toBeGreaterThan(1);
      const scripts = [...doc.querySelectorAll("script[src]")];
      expect(scripts[0]!.getAttribute("type")).toBeNull();
      expect(scripts[0]!.getAttribute("src")).toBe("/embed/frame.js");
      expect(pageScriptBytes(`/embed/${id}/`).gzip).toBeLessThanOrEqual(12 * 1024);
    });
  }
});
