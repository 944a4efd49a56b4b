// STYLE.md rule 2: a chart module never writes a word of its own; every word comes from content/charts/<id>.yaml
// `words` (or `legend`), so a translation is a content file. This test reads every string a module under src/charts
// could draw (string literals and the fixed text of template literals) and fails on any that looks like words for a
// reader. Codes (kebab-case keys, ISO codes), CSS and Plot option values pass; build errors (new Error(…)) are for
// developers and may speak English.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const CHARTS = new URL("../../src/charts", import.meta.url).pathname;

/** Whole strings that are technical names, not words: GeoJSON and TopoJSON types. */
const ALLOWED = new Set([
  "Feature",
  "FeatureCollection",
  "GeometryCollection",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "Topology",
]);

/** Why a piece of fixed text reads as words for a reader, or undefined when it is a code, CSS or a Plot option. */
export function wordsIn(text: string, inTemplate: boolean): string | undefined {
  if (/[$€£]/.test(text)) return "a currency symbol (dollars are named by format.usd)";
  if (ALLOWED.has(text) || !/[A-Za-z]/.test(text)) return undefined;
  if (/[A-Za-z]\s+[A-Za-z]|[A-Za-z]{2,}\s|\s[A-Za-z]{2,}/.test(text)) return "words separated by spaces";
  if (/\b[A-Z][a-z]+/.test(text)) return "a capitalised word";
  if (/[A-Za-z]\/[A-Za-z]/.test(text)) return "an abbreviation with a slash";
  // In a template, fixed text next to a value is a code prefix ("country-"), a CSS unit or variable, or the time of an
  // ISO date ("T00:00:00Z"); anything else is words ("FY").
  if (inTemplate && !/^(?:[a-z0-9]+(?:-[a-z0-9]*)*|-|px|em|var\(--[a-z0-9-]*|\)|T[\d:.]+Z)$/.test(text))
    return "fixed text around a value";
  return undefined;
}

/** Every string a module's code holds outside imports, types and build errors, with its line and why it reads as words. */
export function englishIn(source: string, file = "module.ts"): { line: number; text: string; why: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string; why: string }[] = [];
  const check = (node: ts.Node, text: string, inTemplate: boolean) => {
    const why = wordsIn(text, inTemplate);
    if (why) found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text, why });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$/.test(node.expression.text)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text, false);
    else if (ts.isTemplateExpression(node)) {
      check(node, node.head.text, true);
      for (const span of node.templateSpans) check(span, span.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Lines where a module's code builds an Intl formatter of its own (comments aside). */
export function intlIn(source: string): number[] {
  const sf = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Intl")
      lines.push(sf.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

const modules = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modules(path) : name.endsWith(".ts") ? [path] : [];
  });

describe("englishIn(source)", () => {
  it("finds an axis label, a tooltip's words around its values, an abbreviation and a country name", () => {
    const source = [
      'const y = { label: "Claims" };',
      "const tip = (r) => `${r.year}: ${r.value} claims`;",
      "const fy = (y) => `FY${y}`;",
      'const missing = "n/a";',
      'const domain = ["Mexico", "United States"];',
      "const tick = (v) => `$${compact(v)}`;",
    ].join("\n");
    expect(englishIn(source).map((f) => [f.line, f.text])).toEqual([
      [1, "Claims"],
      [2, " claims"],
      [3, "FY"],
      [4, "n/a"],
      [5, "Mexico"],
      [5, "United States"],
      [6, "$"],
    ]);
  });

  it("lets codes, word keys, CSS, Plot options, imports, types and build errors through", () => {
    const source = [
      'import * as Plot from "@observablehq/plot";',
      'type Anchor = "start" | "middle" | "end";',
      "const key = `comar-${vintage}`, word = `country-${code}`, css = `${fontSize}px`, fill = `var(--chart-seq-${i + 1})`;",
      'const mark = { fill: "var(--chart-accent)", curve: "step-after", stroke: "currentColor", textAnchor: "start", code: "MEX", type: "Feature" };',
      'if (!row) throw new Error(`detention-survey: expected a row "${code}", found none`);',
    ].join("\n");
    expect(englishIn(source)).toEqual([]);
  });
});

describe("chart modules (src/charts/**)", () => {
  it("format numbers, money, dates and lists with the chart's language (lang.format), never an Intl formatter of their own", () => {
    expect(
      intlIn("// Intl.NumberFormat is memoised in i18n/format.ts\nconst f = new Intl.NumberFormat(locale).format;"),
    ).toEqual([2]);
    const own = modules(CHARTS).flatMap((path) =>
      intlIn(readFileSync(path, "utf8")).map((line) => `src/charts/${relative(CHARTS, path)}:${line}`),
    );
    expect(own).toEqual([]);
  });

  it("write no words of their own: every label, tooltip, unit and place name comes from content/charts/<id>.yaml", () => {
    const found = modules(CHARTS).flatMap((path) =>
      englishIn(readFileSync(path, "utf8"), path).map(
        (f) => `src/charts/${relative(CHARTS, path)}:${f.line}: "${f.text}" (${f.why})`,
      ),
    );
    expect(found).toEqual([]);
  });
});
