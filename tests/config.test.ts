import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CSP, DEFAULT_LANG, LANGUAGES, LOCALES, RENDERINGS, WIDE_FROM } from "../src/config.ts";

const css = (name: string) => readFileSync(new URL(`../src/styles/${name}`, import.meta.url), "utf8");
/** The min-widths of a stylesheet's container queries, in px. */
const containerBreakpoints = (text: string) => [...text.matchAll(/@container\s*\(\s*min-width:\s*(\d+)px\s*\)/g)].map((m) => Number(m[1]));

describe("src/config.ts", () => {
  it("the stylesheets switch chart and timeline renderings at WIDE_FROM, the width the embed estimate uses", () => {
    for (const file of ["chart.css", "timeline.css"]) {
      const found = containerBreakpoints(css(file));
      expect(found.length, file).toBeGreaterThan(0);
      expect(found, file).toEqual(found.map(() => WIDE_FROM));
    }
  });

  it("each rendering keeps chart text at 12 CSS px or more at the narrowest width it is shown", () => {
    const [narrow, wide] = RENDERINGS;
    expect((narrow.fontSize * 288) / narrow.width).toBeGreaterThanOrEqual(12); // a 320 px viewport leaves 288 px
    expect((wide.fontSize * WIDE_FROM) / wide.width).toBeGreaterThanOrEqual(12);
  });

  it("has a locale for every language, the default first", () => {
    expect(LANGUAGES[0]).toBe(DEFAULT_LANG);
    for (const lang of LANGUAGES) expect(LOCALES[lang]).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it("the CSP allows no inline or foreign script and no plugin", () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*'unsafe-/); // no 'unsafe-inline', no 'unsafe-eval'
    expect(CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval';/); // WebAssembly for search, not JavaScript eval
    expect(CSP).toContain("object-src 'none'");
  });
});
