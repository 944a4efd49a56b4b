// The chart colours of src/styles/global.css, in both themes, as a reader's eye needs them: every data colour stands 3:1
// or more against the page (WCAG 1.4.11, non-text contrast), and the ring around the active mark (chart.css .chart-ring:
// a halo of --bg inside an outline of --fg) shows against every one of them.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { sitePalette } from "../../src/render/palette.ts";
import { contrast } from "../helpers/colour.ts";

const themes = sitePalette();
/** --chart-map-0 is the land under the map's data, outlined rather than read as a category. */
const NOT_DATA = new Set(["--chart-map-0"]);
const dataColours = (theme: Record<string, string>) =>
  Object.entries(theme).filter(([name]) => name.startsWith("--chart-") && !NOT_DATA.has(name));
const chartCss = readFileSync(new URL("../../src/styles/chart.css", import.meta.url), "utf8");

describe("chart colours (src/styles/global.css)", () => {
  for (const [name, theme] of Object.entries(themes)) {
    it(`${name}: every chart data colour is 3:1 or more against the page`, () => {
      const colours = dataColours(theme);
      expect(colours.length).toBeGreaterThanOrEqual(9);
      for (const [property, value] of colours)
        expect(contrast(value, theme["--bg"]!), `${property} ${value}`).toBeGreaterThanOrEqual(3);
    });

    it(`${name}: the active mark's ring shows on every data colour (its halo 3:1 or more against each) and on the page`, () => {
      for (const [property, value] of dataColours(theme))
        expect(contrast(theme["--bg"]!, value), property).toBeGreaterThanOrEqual(3);
      expect(contrast(theme["--fg"]!, theme["--bg"]!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("draws the ring in the page's two colours, not in --focus, which is the accent's orange", () => {
    const ring = /\.chart-ring\s*\{([^}]*)\}/.exec(chartCss)?.[1] ?? "";
    expect(ring).toMatch(/border:[^;]*var\(--bg\)/);
    expect(ring).toMatch(/outline:[^;]*var\(--fg\)/);
    expect(ring).not.toMatch(/--focus|--chart-/);
  });
});
