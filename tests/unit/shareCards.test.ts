import { describe, expect, it, onTestFinished, vi } from "vitest";
import { shareCardPath, withoutBase } from "../../src/site/shareCardPath.ts";
import { factCardSvg, textCardSvg, CARD } from "../../src/render/shareCardSvg.ts";
import { measureText } from "../../src/render/rasterise.ts";
import { sitePalette } from "../../src/render/palette.ts";
import { factCard, keyFacts } from "../../src/files/factFiles.ts";
import { LANGUAGES } from "../../src/config.ts";

describe("shareCardPath(pagePath)", () => {
  it("puts every page's card at /og/<page path>.png", () => {
    expect(shareCardPath("/")).toBe("/og/index.png");
    expect(shareCardPath("/chapters/the-deal/")).toBe("/og/chapters/the-deal.png");
    expect(shareCardPath("/timeline/")).toBe("/og/timeline.png");
    expect(shareCardPath("/timeline/mpp-announced/")).toBe("/og/timeline/mpp-announced.png");
  });
  it("takes paths without the base: withoutBase strips it", () => {
    expect(withoutBase("/some/path/charts/x/", "/some/path/")).toBe("/charts/x/");
    expect(withoutBase("/some/path/", "/some/path/")).toBe("/");
    expect(withoutBase("/charts/", "/")).toBe("/charts/");
  });
});

/** The x, font size and text of every <text> in an SVG, with the text's measured right edge. */
function texts(svg: string) {
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g),
  ].map(([, x, size, bold, text]) => ({
    text: text!,
    right:
      Number(x) +
      measureText(text!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'), Number(size), bold ? "bold" : "regular"),
  }));
}

describe("share cards", () => {
  const theme = sitePalette().light;
  const frame = {
    siteName: "Safe Third Country?",
    kicker: "Chapter",
    address: "safe-third-country.example/chapters/a-rather-long-chapter-slug-for-testing/",
  };
  const long =
    "A very long chapter title that goes on and on about the safe third country talks of 2018 and what came of them afterwards";

  it("are 1200 × 630 and keep every line of text inside the card, however long the title and description", () => {
    for (const svg of [
      textCardSvg({ title: long, description: long.repeat(3) }, frame, theme, measureText),
      factCardSvg({ value: "$20M", claim: long, source: "Source: The New York Times." }, frame, theme, measureText),
    ]) {
      expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${CARD.width}" height="${CARD.height}"`));
      const lines = texts(svg);
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(CARD.width - 60);
      expect(svg).not.toContain("var(");
    }
  });
  it("print a key fact's claim whole, in smaller type if it must, with its source line above the address", () => {
    const claim =
      "3.5 mil millones de dólares: lo que el Congreso de Estados Unidos había asignado a México con la Iniciativa Mérida hasta abril de 2022, según el Servicio de Investigación del Congreso";
    const svg = factCardSvg(
      { value: "3.5 mil millones de dólares", claim, source: "Fuente: Congressional Research Service." },
      frame,
      theme,
      measureText,
    );
    const lines = texts(svg);
    expect(lines.some((l) => l.text.endsWith("…"))).toBe(false);
    expect(lines.map((l) => l.text).join(" ")).toContain(claim);
    const y = (text: string) => Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${text}`).exec(svg)![1]);
    expect(y("Fuente")).toBeLessThan(y(frame.address));
  });
  it("print every key fact of the site whole, in every language", () => {
    vi.stubEnv("SITE", "https://safe-third-country.example"); // the card's address; a build takes it from astro.config.mjs
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    for (const lang of LANGUAGES)
      for (const fact of keyFacts(lang))
        expect(
          texts(factCard(fact.id, lang)).filter((l) => l.text.endsWith("…")),
          `${lang} ${fact.id}`,
        ).toEqual([]);
  });
  it("cut a title too long for three lines with an ellipsis", () => {
    const svg = textCardSvg({ title: long.repeat(2), description: "" }, frame, theme, measureText);
    expect(texts(svg).some((l) => l.text.endsWith("…"))).toBe(true);
  });
});
