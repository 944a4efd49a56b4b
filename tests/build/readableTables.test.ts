import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { page, pages } from "../helpers/site.ts";
import { loadContent } from "../../src/load/loadContent.ts";

// Data tables and figure notes read as a reader's words: a cell, a header or a note never shows an internal code
// (a row code like "urgent-action", an ISO code like "HND", a dataset id, a CSV column name). Codes stay in the CSV
// downloads; `values` in a dataset's meta gives each code its label.
const content = loadContent(join(new URL("../../", import.meta.url).pathname, "content"));
const datasets = [...content.datasets.values()];

/** Three-letter capitals a reader meets as names of bodies or currencies, not as codes. */
const ALLOWED_CAPS = new Set([
  "USD",
  "INM",
  "UPM",
  "IOM",
  "CBP",
  "DHS",
  "CRS",
  "ACA",
  "MPP",
  "DIF",
  "MSF",
  "IDC",
  "MPI",
  "SRE",
  "NYT",
  "EFE",
  "CNN",
  "VOA",
  "RPP",
  "HRW",
]);
/** A cell that is nothing but a code: kebab-case with at least one hyphen, no spaces and a letter; or three capitals. */
const looksLikeCode = (text: string) =>
  (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(text) && /[A-Za-z]/.test(text) && !/^\d{4}-\d{4}$/.test(text)) ||
  (/^[A-Z]{3}$/.test(text) && !ALLOWED_CAPS.has(text));

/**
 * Words that only the data files use: dataset ids, column names that are not English words (with _ or a digit), and
 * labelled codes that cannot be words (with - or _); and ISO codes (three capitals) standing alone, not in brackets
 * after the name they stand for ("Honduras (HND)", under the header "Country code", reads; "HND" alone does not).
 */
const unique = (words: string[]) => words.filter((w, i, all) => all.indexOf(w) === i && !ALLOWED_CAPS.has(w));
const valueCodes = datasets.flatMap((d) => d.columns.flatMap((c) => Object.keys(c.values ?? {})));
const codeWords = unique([
  ...datasets.map((d) => d.id),
  ...datasets.flatMap((d) => d.columns.map((c) => c.name)).filter((name) => /[_\d]/.test(name)),
  ...valueCodes.filter((code) => /[-_]/.test(code)),
]);
const capsCodes = unique(valueCodes.filter((code) => /^[A-Z]{3}$/.test(code)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Case-sensitive, whole word: a hyphen or a word character on either side makes it part of a longer word. */
const wordsPattern = (words: string[]) =>
  new RegExp(
    `(?<![\\w-])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|")})(?![\\w-])`,
    "g",
  );
const codeWordPattern = wordsPattern(codeWords);
const capsPattern = new RegExp(`(?<!\\()\\b(?:${capsCodes.join("|")})\\b(?!\\))`, "g");
const codesIn = (text: string) =>
  [...text.matchAll(codeWordPattern), ...text.matchAll(capsPattern)].map(([word]) => word);

const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
/** The visible text of a note, without the links to its sources (a source's title or address may hold anything). */
const noteText = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll("a[href^='http'], .repost, .backref").forEach((a) => a.remove());
  return text(copy);
};

/** Every built page, parsed once. */
const built = new Map(pages().map((path) => [path, page(path)]));
/** Table headers and cells, and the row of a key fact's page (a table in a list). */
const CELLS = "table caption, table th, table td, dl.fact-row dt, dl.fact-row dd";
/** Notes under a figure (a chart's notes, a chapter's "Where the figures come from") and each dataset's description on the data page. */
const NOTES = ".chart-notes li, .fact-notes li, section.dataset > h2 + p";

describe("readable data tables and notes", () => {
  it("exist in the build, so the checks below check something", () => {
    const count = (selector: string) =>
      [...built.values()].reduce((n, doc) => n + doc.querySelectorAll(selector).length, 0);
    expect(count(CELLS)).toBeGreaterThan(500);
    expect(count(NOTES)).toBeGreaterThan(50);
    expect(codeWords).toContain("urgent-action");
    expect(capsCodes).toContain("HND");
  });

  it("show no internal code as a table cell or header on any page", () => {
    const codes: string[] = [];
    for (const [path, doc] of built) {
      for (const el of doc.querySelectorAll(CELLS)) {
        const tag = el.tagName.toLowerCase();
        const link = el.querySelector("a");
        const cell = text(el);
        if (looksLikeCode(cell) || (link && looksLikeCode(text(link)))) codes.push(`${path}: <${tag}> "${cell}"`);
        for (const word of codesIn(noteText(el))) codes.push(`${path}: <${tag}> "${cell.slice(0, 60)}" has "${word}"`);
      }
    }
    expect([...new Set(codes)]).toEqual([]);
  });

  it("name no dataset id, column name or row code in any figure note or dataset description on any page", () => {
    const found: string[] = [];
    for (const [path, doc] of built) {
      for (const el of doc.querySelectorAll(NOTES)) {
        for (const word of codesIn(noteText(el))) found.push(`${path}: "${word}" in "${noteText(el).slice(0, 80)}…"`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
