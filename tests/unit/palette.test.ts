import { describe, expect, it } from "vitest";
import { palette, resolveCustomProperties, sitePalette, themeOverrides } from "../../src/render/palette.ts";

const CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #111; --chart-a: #00f; --chart-b: var(--chart-a); }
@media (prefers-color-scheme: dark) {
  :root { --bg: #000; --fg: #eee; }
}
/* :root { --commented: out; } */
.other { --not-a-theme: red; }
@media print { :root { --bg: #fff; --fg: #000; } }
`;

describe("palette(css)", () => {
  it("reads the light theme from :root and lays the dark media query's values over it, skipping print and comments", () => {
    const { light, dark } = palette(CSS);
    expect(light).toEqual({ "--bg": "#fff", "--fg": "#111", "--chart-a": "#00f", "--chart-b": "var(--chart-a)" });
    expect(dark).toMatchObject({ "--bg": "#000", "--fg": "#eee", "--chart-a": "#00f" });
    expect(light["--not-a-theme"]).toBeUndefined();
  });
  it("reads a dark theme kept to screens (@media screen and (prefers-color-scheme: dark)) as the dark theme", () => {
    expect(
      palette(CSS.replace("@media (prefers-color-scheme: dark)", "@media screen and (prefers-color-scheme: dark)"))
        .dark,
    ).toMatchObject({ "--bg": "#000", "--fg": "#eee" });
  });
  it("finds every chart colour the site's stylesheet defines, in both themes", () => {
    const { light, dark } = sitePalette();
    for (const name of ["--bg", "--fg", "--muted", "--chart-seq-1", "--chart-accent"]) {
      expect(light[name], name).toMatch(/^#/);
      expect(dark[name], name).toMatch(/^#/);
      expect(dark[name], name).not.toBe(light[name]);
    }
  });
});

describe("resolveCustomProperties(svg, theme)", () => {
  const { light } = palette(CSS);
  it("replaces var(--x), variables pointing at variables, and currentColor", () => {
    expect(resolveCustomProperties('<rect fill="var(--chart-b)" stroke="currentColor"/>', light)).toBe(
      '<rect fill="#00f" stroke="#111"/>',
    );
  });
  it("uses a var()'s fallback when the property is not defined", () => {
    expect(resolveCustomProperties('<rect fill="var(--nope, #abc)"/>', light)).toBe('<rect fill="#abc"/>');
  });
  it("fails with the property's name rather than draw it black", () => {
    expect(() => resolveCustomProperties('<rect fill="var(--chart-missing)"/>', light, 'chart "x"')).toThrow(
      'chart "x": uses var(--chart-missing), expected it in src/styles/global.css, found none',
    );
  });
});

describe("themeOverrides(palette)", () => {
  it("pins each theme under html[data-theme], whatever the system setting", () => {
    const css = themeOverrides(palette(CSS));
    expect(css).toContain(':root[data-theme="light"]{color-scheme:light;--bg:#fff;');
    expect(css).toContain(':root[data-theme="dark"]{color-scheme:dark;--bg:#000;--fg:#eee;');
  });
});
