import { describe, expect, it } from "vitest";
import { headerRules, headersFile, type BuiltEntry } from "../../src/integrations/headerRules.ts";
import { CSP, CSP_HEADER } from "../../src/config.ts";
import { headersFor, parseHeaders } from "../helpers/staticServer.mjs";

// A build with a Spanish edition: the root's entries, and the same pages again under /es/.
const pages: BuiltEntry[] = [
  { name: "index.html", dir: false },
  { name: "chapters", dir: true },
  { name: "charts", dir: true },
  { name: "data", dir: true },
  { name: "embed", dir: true },
  { name: "oembed", dir: true },
  { name: "search", dir: true },
];
const tree: Record<string, BuiltEntry[]> = {
  "": [
    ...pages,
    { name: "_astro", dir: true },
    { name: "js", dir: true },
    { name: "pagefind", dir: true },
    { name: "embed.js", dir: false },
    { name: "es", dir: true },
    { name: "404.html", dir: false },
  ],
  es: pages,
};
const list = (folder: string) => tree[folder] ?? [];

/** The headers a host reading the generated file sends for a path. */
const served = (base: string, path: string) =>
  headersFor(parseHeaders(headersFile(headerRules(list, base, new Set(["es"])))), path);

describe("headerRules (the _headers file)", () => {
  it("lets anyone frame the embeds and load embed.js: their CSP is the meta policy, with no frame-ancestors, in every language", () => {
    for (const path of ["/embed/asylum-claims/", "/es/embed/asylum-claims/", "/embed.js"]) {
      expect(served("/", path)["content-security-policy"], path).toBe(CSP);
      expect(served("/", path)["x-frame-options"], path).toBeUndefined();
    }
  });

  it("frame-protects every other page, the home pages and search's own files included", () => {
    for (const path of [
      "/",
      "/index.html",
      "/chapters/the-deal/",
      "/es/",
      "/es/charts/asylum-claims/",
      "/search/",
      "/pagefind/pagefind-worker.js",
    ]) {
      expect(served("/", path)["content-security-policy"], path).toBe(CSP_HEADER);
    }
    expect(CSP_HEADER).toBe(`${CSP}; frame-ancestors 'self'`);
  });

  it("sends the common security headers with every file, and with addresses the build does not have", () => {
    for (const path of ["/", "/embed/x/", "/data/x.csv", "/no-such-page/"]) {
      const headers = served("/", path);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{7,}/);
      expect(headers["permissions-policy"], path).toMatch(/camera=\(\)/);
    }
  });

  it("opens data, oEmbed and embed.js to other sites' scripts, and only those", () => {
    for (const path of [
      "/data/asylum-claims.csv",
      "/es/data/asylum-claims.json",
      "/oembed/asylum-claims.json",
      "/embed.js",
    ]) {
      expect(served("/", path)["access-control-allow-origin"], path).toBe("*");
    }
    expect(served("/", "/chapters/the-deal/")["access-control-allow-origin"]).toBeUndefined();
  });

  it("caches hashed assets (Astro's, and the pages' script) for a year, and nothing else", () => {
    expect(served("/", "/_astro/search.Ab12Cd.js")["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(served("/", "/js/enhance.AB12CD34.js")["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(served("/", "/chapters/the-deal/")["cache-control"]).toBeUndefined();
    expect(served("/", "/pagefind/pagefind.js")["cache-control"]).toBeUndefined();
  });

  it("puts every path under the base the site is built for", () => {
    const rules = headerRules(list, "/some/path/", new Set(["es"]));
    expect(rules.every((r) => r.path.startsWith("/some/path/"))).toBe(true);
    expect(served("/some/path/", "/some/path/embed/x/")["content-security-policy"]).toBe(CSP);
    expect(served("/some/path/", "/some/path/charts/x/")["content-security-policy"]).toBe(CSP_HEADER);
  });

  it("stays within Cloudflare Pages' limits: 100 rules, 2,000 characters a line", () => {
    const text = headersFile(headerRules(list, "/", new Set(["es"])));
    expect(parseHeaders(text).length).toBeLessThanOrEqual(100);
    expect(Math.max(...text.split("\n").map((line) => line.length))).toBeLessThanOrEqual(2000);
  });
});
