import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, page, pages } from "../helpers/site.ts";
import { pngSize } from "../helpers/png.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { chartModules } from "../../src/charts/index.ts";
import { loadKeyFacts } from "../../src/site/keyFacts.ts";

const content = siteContent();
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? "";
const isEmbed = (path: string) => /^(\/es)?\/embed\//.test(path);
/** The language prefix of a path ("" or "/es"): cards live under /og/ and /es/og/. */
const prefixOf = (path: string) => (path.startsWith("/es/") ? "/es" : "");
/** The build's origin, from the home page's canonical link (SITE_URL). */
const origin = new URL(page("/").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
const fileOf = (url: string) => join(DIST, decodeURIComponent(new URL(url).pathname));

describe("every page's link preview", () => {
  for (const path of pages()) {
    it(`${path} has its own title, description, 1200 × 630 card with alt text, large-image Twitter card and canonical URL`, () => {
      const doc = page(path);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
      expect(canonical).toMatch(new RegExp(`^${origin}/`));
      expect(meta(doc, "og:url")).toBe(canonical);
      expect(meta(doc, "og:title").length).toBeGreaterThan(2);
      expect(meta(doc, "og:description").length).toBeGreaterThan(20);
      expect(meta(doc, "og:image:alt").length).toBeGreaterThan(10);
      expect(meta(doc, "twitter:card")).toBe("summary_large_image");
      const image = meta(doc, "og:image");
      expect(image).toMatch(new RegExp(`^${origin}${prefixOf(path)}/og/.+\\.png$`));
      expect(existsSync(fileOf(image)), image).toBe(true);
      expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });
    });
  }

  it("is a different card on every page (an embed shares its chart page's card)", () => {
    const owners = new Map<string, string>();
    for (const path of pages().filter((p) => !isEmbed(p))) {
      const image = meta(page(path), "og:image");
      expect(owners.get(image), `${path} and ${owners.get(image)}`).toBeUndefined();
      owners.set(image, path);
    }
    for (const prefix of ["", "/es"])
      for (const id of chartModules.keys())
        expect(meta(page(`${prefix}/embed/${id}/`), "og:image")).toBe(
          meta(page(`${prefix}/charts/${id}/`), "og:image"),
        );
  });

  it("shows the chart itself on a chart page's card, and the figure on a key fact's", () => {
    for (const prefix of ["", "/es"])
      for (const id of chartModules.keys())
        expect(meta(page(`${prefix}/charts/${id}/`), "og:image")).toBe(`${origin}${prefix}/og/charts/${id}.png`);
    for (const path of pages().filter((p) => /^(\/es)?\/facts\/.+\//.test(p)))
      expect(meta(page(path), "og:image")).toBe(
        `${origin}${prefixOf(path)}/og${path.slice(prefixOf(path).length, -1)}.png`,
      );
  });

  it("draws distinct pictures: no two cards are the same file", () => {
    const seen = new Map<string, string>();
    for (const path of pages().filter((p) => !isEmbed(p))) {
      const bytes = readFileSync(fileOf(meta(page(path), "og:image"))).toString("base64");
      expect(seen.get(bytes), path).toBeUndefined();
      seen.set(bytes, path);
    }
  });
});

describe("pages to share", () => {
  it("exist for every chapter, chart, timeline event and key fact, and for the home page, timeline and galleries", () => {
    const all = new Set(pages());
    for (const path of ["/", "/timeline/", "/charts/", "/facts/", "/data/"]) expect(all, path).toContain(path);
    for (const id of chartModules.keys()) expect(all).toContain(`/charts/${id}/`);
    for (const event of content.timeline) expect(all).toContain(`/timeline/${event.id}/`);
    for (const fact of loadKeyFacts(
      join(process.cwd(), "content/key-facts.yaml"),
      "content/key-facts.yaml",
      content,
      "en",
    ))
      expect(all).toContain(`/facts/${fact.id}/`);
  });

  it("give each timeline event a page that links to it on the timeline", () => {
    for (const event of content.timeline) {
      const links = [...page(`/timeline/${event.id}/`).querySelectorAll("main a")].map((a) => a.getAttribute("href"));
      expect(links, event.id).toContain(`/timeline/#${event.id}`);
    }
  });

  it("carry plain share links on chapters, charts, key facts and events: no script on pages without a chart", () => {
    const shared = pages().filter((p) => /^\/(chapters|charts|facts|timeline)\/.+\//.test(p));
    expect(shared.length).toBeGreaterThan(10);
    for (const path of shared) {
      const doc = page(path);
      const links = [...doc.querySelectorAll("share-links a[href]")].map((a) => a.getAttribute("href")!);
      expect(
        links.filter(
          (href) =>
            /^https:\/\/(x\.com|bsky\.app|s2f\.kytta\.dev|www\.facebook\.com|wa\.me)\//.test(href) ||
            href.startsWith("mailto:"),
        ).length,
        path,
      ).toBe(6);
      // The page's own address, in a field a reader can select and copy without a script.
      const fields = [...doc.querySelectorAll("share-links input[readonly]")].map((i) => i.getAttribute("value"));
      expect(fields, path).toContain(doc.querySelector('link[rel="canonical"]')!.getAttribute("href"));
      if (!doc.querySelector("figure.chart")) expect(doc.querySelectorAll("script").length, path).toBe(0);
    }
  });
});

describe("sitemap.xml and robots.txt", () => {
  const sitemap = readFileSync(join(DIST, "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it("list every page at its canonical address, except embeds, which ask not to be indexed, and the not-found page", () => {
    for (const path of pages()) {
      const doc = page(path);
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute("href")!;
      if (path.endsWith("404.html"))
        expect(locs).not.toContain(canonical); // served for unknown addresses, no address of its own
      else if (isEmbed(path)) {
        expect(meta(doc, "robots")).toBe("noindex");
        expect(locs).not.toContain(`${origin}${path}`);
      } else expect(locs, path).toContain(canonical);
    }
  });

  it("give every listed page its counterpart in each language, as its hreflang links do", () => {
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)];
    expect(entries.length).toBe(locs.length);
    for (const [, loc, links] of entries) {
      const alternates = [...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      const path = new URL(loc!).pathname;
      const expected = [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`,
      );
      expect(alternates, loc).toEqual(expected);
      if (expected.length)
        expect(
          alternates.some((a) => a.endsWith(` ${loc}`)),
          loc,
        ).toBe(true);
    }
  });

  it("point crawlers at the sitemap", () => {
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});
