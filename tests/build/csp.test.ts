import { describe, expect, it } from "vitest";
import { pages, page } from "../helpers/site.ts";
import { CSP, PAGE_SCRIPT_LOADER } from "../../src/config.ts";

describe("the Content-Security-Policy", () => {
  it("is the one policy of src/config.ts, sent once by every page, embeds included", () => {
    const paths = pages();
    expect(paths.some((p) => p.startsWith("/embed/"))).toBe(true);
    for (const path of paths) {
      const policies = [...page(path).querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) =>
        m.getAttribute("content"),
      );
      expect(policies, path).toEqual([CSP]);
    }
  });

  it("allows no inline script but the loader (naming the page script under /js/), printed once on each page that enhances", () => {
    const withScript: string[] = [];
    for (const path of pages()) {
      const inline = [...page(path).querySelectorAll("script:not([src])")].filter(
        (s) => s.getAttribute("type") !== "application/ld+json",
      );
      expect(inline.length, path).toBeLessThanOrEqual(1);
      if (!inline[0]) continue;
      withScript.push(path);
      expect(inline[0].textContent, path).toBe(PAGE_SCRIPT_LOADER);
      expect(inline[0].getAttribute("data-src"), path).toMatch(/^\/js\/enhance\.[A-Z0-9]+\.js$/);
    }
    for (const path of ["/", "/es/", "/chapters/the-deal/", "/timeline/", "/search/", "/charts/asylum-claims/"])
      expect(withScript, path).toContain(path);
    expect(withScript).toContain("/embed/asylum-claims/");
  });
});
