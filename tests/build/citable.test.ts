import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DIST, page, pages } from "../helpers/site.ts";
import { parseRis } from "../helpers/ris.ts";
import { chartModules } from "../../src/charts/index.ts";

const charts = [...chartModules.keys()];
const chapters = pages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
const datasets = readdirSync(join(DIST, "data"))
  .filter((f) => f.endsWith(".csv"))
  .map((f) => f.slice(0, -4));
const meta = (doc: Document, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? "";

describe("Highwire citation tags (what Zotero and Google Scholar read)", () => {
  it("the build has chapters, charts and datasets to check", () => {
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(datasets.length).toBeGreaterThan(0);
  });
  for (const path of [...chapters, ...charts.map((id) => `/charts/${id}/`)]) {
    it(`${path}: title, the site as author, publication and online dates, public URL and language`, () => {
      const doc = page(path);
      expect(meta(doc, "citation_title")).toBe(doc.querySelector("h1")!.textContent!.trim());
      expect(meta(doc, "citation_author")).toBe("Safe Third Country?");
      expect(meta(doc, "citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta(doc, "citation_online_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta(doc, "citation_public_url")).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute("href"));
      expect(meta(doc, "citation_language")).toBe(doc.documentElement.getAttribute("lang"));
      for (const type of ["application/vnd.citationstyles.csl+json", "application/x-research-info-systems"]) {
        const href = doc.querySelector(`link[rel="alternate"][type="${type}"]`)?.getAttribute("href");
        expect(href && existsSync(join(DIST, href)), `${type}: ${href}`).toBe(true);
      }
    });
  }
});

describe("citation files beside every chart, dataset and chapter", () => {
  const files = [
    ...charts.map((id) => `charts/${id}`),
    ...datasets.map((id) => `data/${id}`),
    ...chapters.map((p) => p.slice(1, -1)),
  ];
  for (const file of files) {
    it(`${file}: CSL-JSON with type, title, issued, URL and version, and one RIS record that says the same`, () => {
      const [csl] = JSON.parse(readFileSync(join(DIST, `${file}.csl.json`), "utf8")) as Record<string, any>[];
      expect(csl).toMatchObject({
        type: expect.stringMatching(/^(figure|dataset|webpage)$/),
        title: expect.any(String),
        URL: expect.stringMatching(/^https?:\/\//),
        version: expect.stringMatching(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/),
      });
      expect(csl!.issued["date-parts"][0]).toHaveLength(3);
      const records = parseRis(readFileSync(join(DIST, `${file}.ris`), "utf8"));
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ TI: [csl!.title], UR: [csl!.URL], ET: [csl!.version] });
    });
  }
  it("a chart's page shows the version its files carry, and links both files", () => {
    for (const id of charts) {
      const doc = page(`/charts/${id}/`);
      const { version } = JSON.parse(readFileSync(join(DIST, `charts/${id}.csl.json`), "utf8"))[0];
      expect(doc.querySelector("#cite-version")!.textContent).toContain(version);
      expect(doc.querySelector("#cite-apa")!.textContent).toContain(`Version ${version}`);
      expect(doc.querySelector(`#cite-files a[href="/charts/${id}.csl.json"]`), id).not.toBeNull();
      expect(doc.querySelector(`#cite-files a[href="/charts/${id}.ris"]`), id).not.toBeNull();
    }
  });
});

describe("/updates/ and its feed", () => {
  const updates = parse(readFileSync(new URL("../../content/updates.yaml", import.meta.url), "utf8")) as {
    id: string;
    title: string;
    links: unknown[];
  }[];
  it("lists every entry of content/updates.yaml, dated, with a link for each thing it names", () => {
    const doc = page("/updates/");
    for (const update of updates) {
      const item = doc.getElementById(update.id);
      expect(item, update.id).not.toBeNull();
      expect(item!.querySelector("h2")!.textContent).toBe(update.title);
      expect(item!.querySelector("time")!.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item!.querySelectorAll(".update-links a").length).toBe(update.links.length);
    }
  });
  it("is announced in the head of every page, the bare embeds included, in the page's language, and the feed is there", () => {
    const feedOf = (p: string) => (p.startsWith("/es/") ? "/es/updates.xml" : "/updates.xml");
    const missing = pages().filter(
      (p) =>
        page(p).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href") !== feedOf(p),
    );
    expect(missing).toEqual([]);
    expect(existsSync(join(DIST, "updates.xml"))).toBe(true);
    expect(existsSync(join(DIST, "es/updates.xml"))).toBe(true);
  });
});
