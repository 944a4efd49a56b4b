import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../load/projectRoot.ts";
import { SITE_STYLESHEET } from "../config.ts";

/** The site's colours as CSS custom properties ("--fg" → "#1d1c1a"), for the light and the dark theme. */
export interface Palette {
  light: Record<string, string>;
  dark: Record<string, string>;
}

const declarations = (block: string) =>
  Object.fromEntries(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );

/**
 * Reads the custom properties of a stylesheet's plain `:root { … }` blocks: those at the top level make the light
 * theme, those inside `@media (prefers-color-scheme: dark)` or `@media screen and (prefers-color-scheme: dark)` (the
 * site's: paper always gets the light theme) the dark theme (over the light one). Other at-rules (print, say) are
 * skipped. The stylesheet stays the one place colours are written; build-time images read them here.
 */
export function palette(css: string): Palette {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    const body = text.slice(open + 1, close);
    if (/^@media\s*(?:screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/.test(selector)) {
      for (const [, block] of body.matchAll(/(?:^|[};])\s*:root\s*\{([^}]*)\}/g))
        Object.assign(dark, declarations(block!));
    } else if (selector === ":root") Object.assign(light, declarations(body));
    i = close + 1;
  }
  return { light, dark: { ...light, ...dark } };
}

/** The index of the brace that closes the one at `open`. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  return text.length;
}

let cached: Palette | undefined;
/** The palette of src/styles/global.css, read once per build. */
export function sitePalette(): Palette {
  return (cached ??= palette(readFileSync(join(projectRoot(), SITE_STYLESHEET), "utf8")));
}

/**
 * Replaces `var(--name)` (following variables that point at other variables) and `currentColor` with a theme's values,
 * for renderers that do not read CSS, such as the PNG rasteriser and a downloaded SVG opened on its own.
 * An unknown property fails with its name: a chart coloured by a property the stylesheet lacks would render black.
 */
export function resolveCustomProperties(svg: string, theme: Record<string, string>, where = "SVG"): string {
  const lookup = (name: string, fallback: string | undefined, depth = 0): string => {
    const value = theme[name] ?? fallback?.trim();
    if (value === undefined)
      throw new Error(`${where}: uses var(${name}), expected it in src/styles/global.css, found none`);
    if (depth > 8) throw new Error(`${where}: var(${name}) refers to itself`);
    return value.replace(VAR, (_, inner: string, innerFallback?: string) => lookup(inner, innerFallback, depth + 1));
  };
  const fg = lookup("--fg", undefined);
  return svg.replace(VAR, (_, name: string, fallback?: string) => lookup(name, fallback)).replace(/currentColor/g, fg);
}
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/**
 * CSS that pins a theme when the page asks for one (`<html data-theme="light|dark">`, set by ?theme= on embeds),
 * whatever the reader's system setting; without the attribute the stylesheet's own media query decides.
 */
export function themeOverrides({ light, dark }: Palette): string {
  const block = (name: string, vars: Record<string, string>) =>
    `:root[data-theme="${name}"]{color-scheme:${name};${Object.entries(vars)
      .map(([k, v]) => `${k}:${v}`)
      .join(";")}}`;
  return block("light", light) + block("dark", dark);
}
