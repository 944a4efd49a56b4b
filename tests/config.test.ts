import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { CSP, DEFAULT_LANG, LANGUAGES, LOCALES, RENDERINGS, WIDE_FROM } from "../src/config.ts";

const STYLES = new URL("../src/styles/", import.meta.url);
/** The px widths of a stylesheet's container queries: `(min-width: 540px)`, `(width < 540px)`, `(width >= 540px)`. */
const containerBreakpoints = (text: string) =>
  [...text.matchAll(/@container[^{]*?\((?:\s*min-width:|\s*width\s*[<>]=?)\s*(\d+(?:\.\d+)?)px\s*\)/g)].map((m) =>
    Number(m[1]),
  );

describe("src/config.ts", () => {
  it("every stylesheet's container query switches at WIDE_FROM, the width charts, the timeline and the embed estimate use", () => {
    const files = readdirSync(STYLES).filter((name) => name.endsWith(".css"));
    const found = files.flatMap((file) =>
      containerBreakpoints(readFileSync(new URL(file, STYLES), "utf8")).map((px) => `${file}: ${px}`),
    );
    for (const file of ["chart.css", "timeline.css"])
      expect(
        found.some((f) => f.startsWith(file)),
        file,
      ).toBe(true);
    expect(found).toEqual(found.map((f) => `${f.split(":")[0]}: ${WIDE_FROM}`));
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
