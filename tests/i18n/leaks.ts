import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

/** A template's literal text as a whole-string pattern: "{n} min read" matches "4 min read". */
const asPattern = (template: string) =>
  new RegExp(
    `^${template
      .trim()
      .split(/\{[\w-]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+?")}$`,
    "s",
  );

/** Patterns for English strings worth catching: at least one word of three letters, not a bare placeholder. */
export function englishPatterns(strings: string[]): { text: string; pattern: RegExp }[] {
  return [...new Set(strings)]
    .filter((text) => /[A-Za-z]{3}/.test(text.replace(/\{[\w-]+\}/g, "")))
    .map((text) => ({ text, pattern: asPattern(text) }));
}

/**
 * Visible text of a page and its texts for assistive technology (text nodes, alt, title, aria-label, placeholder),
 * except text marked as another language (a source's title, the link to the page in another language) and, unless
 * `tables` is set, data tables (their cells and headers are the datasets' own words, not UI strings or chart words).
 */
export function pageTexts(html: string, { tables = false } = {}): string[] {
  const { document } = parseHTML(html);
  for (const skipped of document.querySelectorAll(
    tables ? "script, style, template" : "script, style, template, table",
  ))
    skipped.remove();
  const own = document.documentElement.getAttribute("lang");
  for (const other of document.querySelectorAll("body [lang]"))
    if (own && other.getAttribute("lang") !== own) other.remove();
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? "");
    node.childNodes.forEach(walk);
  };
  walk(document.documentElement as unknown as Node);
  for (const el of document.querySelectorAll("[alt], [title], [aria-label], [placeholder]")) {
    for (const name of ["alt", "title", "aria-label", "placeholder"])
      if (el.hasAttribute(name)) texts.push(el.getAttribute(name)!);
  }
  return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** A chart's own words on a page: the SVG renderings, the title, subtitle and legend of every chart figure. */
export function chartTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const parts = document.querySelectorAll(
    "figure.chart svg, figure.chart .chart-title, figure.chart .chart-subtitle, figure.chart .chart-legend",
  );
  return [...parts].flatMap((part) => pageTexts(part.outerHTML));
}

type Patterns = { text: string; pattern: RegExp }[];
const untransformed = (texts: string[], patterns: Patterns) =>
  texts.filter((text) => !text.includes("⟦") && patterns.some((p) => p.pattern.test(text)));

/**
 * Each English string a page shows whole, untransformed: a UI string anywhere on the page, a chart word inside a chart.
 * (A chart word such as a country's name may also be the text of a timeline actor or a chapter's link, which are
 * content, so chart words are looked for in charts only.)
 */
export function leaks(file: string, ui: Patterns, chart: Patterns): string[] {
  const html = readFileSync(join(file), "utf8");
  return [...untransformed(pageTexts(html), ui), ...untransformed(chartTexts(html), chart)];
}
