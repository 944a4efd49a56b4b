import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import {
  CSP,
  DEFAULT_LANG,
  PAGE_SCRIPT_LOADER,
  PAGE_SCRIPT_LOADER_SHA256,
  LANGUAGES,
  LOCALES,
  RENDERINGS,
  WIDE_FROM,
} from "../src/config.ts";

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

  it("the CSP allows no foreign script, no inline script but the one loader (by its hash), and no plugin", () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*'unsafe-/); // no 'unsafe-inline', no 'unsafe-eval'
    // WebAssembly for search, not JavaScript eval; the one hash is the loader's
    expect(CSP).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval';/);
    expect(CSP).toContain("object-src 'none'");
  });

  it("the CSP's script hash is the loader's own, so browsers run it (and only it)", () => {
    const hash = createHash("sha256").update(PAGE_SCRIPT_LOADER).digest("base64");
    expect(PAGE_SCRIPT_LOADER_SHA256).toBe(hash);
    expect(CSP).toContain(`'sha256-${hash}'`);
  });
});
