import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { palette, sitePalette } from "../../src/render/palette.ts";
import { timelineCategories } from "../../src/schemas/timelineEvent.ts";

const css = readFileSync(new URL("../../src/styles/timeline.css", import.meta.url), "utf8");
const themes = { light: palette(css).light, dark: palette(css).dark };
const site = sitePalette();

const linear = (hex: string) =>
  [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
/** CIELAB of a linear-RGB colour (D65). */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [x, y, z] = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map(f) as [number, number, number];
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** How a deuteranope sees a linear-RGB colour (Viénot, Brettel & Mollon 1999). */
const deutan = ([r, g, b]: [number, number, number]): [number, number, number] => [
  0.29275 * r + 0.70725 * g,
  0.29275 * r + 0.70725 * g,
  -0.02234 * r + 0.02234 * g + b,
];
/** …and a protanope. */
const protan = ([r, g, b]: [number, number, number]): [number, number, number] => [
  0.11238 * r + 0.88762 * g,
  0.11238 * r + 0.88762 * g,
  0.00401 * r - 0.00401 * g + b,
];
const deltaE = (a: [number, number, number], b: [number, number, number]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe("timeline category colours (src/styles/timeline.css)", () => {
  for (const [name, theme] of Object.entries(themes)) {
    const colour = (category: string) => theme[`--tl-${category}`]!;
    it(`${name}: every category has its own colour, at least 3:1 against the page`, () => {
      for (const category of timelineCategories) {
        expect(colour(category), category).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrast(colour(category), site[name as "light" | "dark"]["--bg"]!), category).toBeGreaterThanOrEqual(3);
      }
    });
    it(`${name}: third-country removals stand apart from every other category, with typical and with red-green colour vision`, () => {
      const removals = linear(colour("third-country-removals"));
      for (const other of timelineCategories.filter((c) => c !== "third-country-removals")) {
        expect(deltaE(lab(removals), lab(linear(colour(other)))), other).toBeGreaterThan(20);
        for (const see of [deutan, protan])
          expect(deltaE(lab(see(removals)), lab(see(linear(colour(other))))), `${other} (${see.name})`).toBeGreaterThan(
            15,
          );
      }
    });
  }
});
