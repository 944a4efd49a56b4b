import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { page, pages } from "../helpers/site.ts";
import { loadContent } from "../../src/load/loadContent.ts";
import { translateContent } from "../../src/load/loadTranslation.ts";
import { findBareFigures } from "../../src/load/findBareFigures.ts";
import { formatValue } from "../../src/i18n/formatValue.ts";

// A figure's note says what the figure is in a reader's words (its fact's label: "Asylum claims lodged in Mexico in
// 2017, as Amnesty's Urgent Action of August 2018 reported them"), never the database-like line it replaced ("Asylum
// claims in Mexico, by year: Year 2017, Figure from Amnesty's Urgent Action, Published Aug 28, 2018").
const content = loadContent(join(new URL("../../", import.meta.url).pathname, "content"));
/** The content a page was built from, in its language, and how that language names a formula. */
const spanish = translateContent(join(new URL("../../", import.meta.url).pathname, "content"), "es", content);
const inLanguage = (path: string) =>
  path.startsWith("/es/") ? { content: spanish, formula: " Fórmula:" } : { content, formula: " Formula:" };
const facts = [...content.facts.values()];
const datasets = [...content.datasets.values()];

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** Words only the data files use: dataset ids and column names (the CSV's headers). */
const codeWords = [
  ...new Set([
    ...datasets.map((d) => d.id),
    ...datasets.flatMap((d) => d.columns.map((c) => c.name)).filter((name) => /[_\d-]/.test(name)),
  ]),
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const codePattern = new RegExp(
  `(?<![\\w-])(?:${codeWords
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\w-])`,
);
/** "Dataset title: Column label value, Column label value": a dataset's title opening a list of its columns. */
const columnListPattern = (title: string, labels: string[]) =>
  new RegExp(`${escape(title)}:\\s*(?:${labels.map(escape).join("|")})\\b`);

/** Chapter pages, each with its notes ("Where the figures come from"), one per figure the chapter quotes. */
const chapterPages = pages().filter((path) => /^\/(?:[a-z]{2,3}\/)?chapters\/[^/]+\/$/.test(path));
const notes = chapterPages.flatMap((path) =>
  [...page(path).querySelectorAll(".fact-notes li[id^='fact-']")].map((li) => ({
    path,
    li,
    id: li.id.slice("fact-".length),
  })),
);

describe("every fact has a label", () => {
  it("has facts to check", () => {
    expect(facts.length).toBeGreaterThan(100);
  });

  it("says what the figure is in one line of words, without a trailing full stop (the note adds it)", () => {
    const bad = facts.filter(
      (f) => typeof f.label !== "string" || f.label.trim().length < 10 || /\n/.test(f.label) || /[.\s]$/.test(f.label),
    );
    expect(bad.map((f) => `${f.id}: ${JSON.stringify(f.label)}`)).toEqual([]);
  });

  it("types no figure into the label: years and dates only, never the value or another number", () => {
    const bare = facts.flatMap((f) => [
      ...findBareFigures(f.label).map((b) => `${f.id}: "${b.text}" in "${f.label}"`),
      ...(f.label.includes(formatValue(f.value, f.format, "en-US")) && !/^(19|20)\d{2}$/.test(String(f.value))
        ? [`${f.id}: its own value in "${f.label}"`]
        : []),
    ]);
    expect(bare).toEqual([]);
  });

  it("names no dataset id or column name", () => {
    expect(facts.filter((f) => codePattern.test(f.label)).map((f) => `${f.id}: "${f.label}"`)).toEqual([]);
  });

  it("is shared only by facts that read the same figure (two ids for one cell may share a label; two figures may not)", () => {
    const byLabel = new Map<string, typeof facts>();
    for (const f of facts) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
    const clashes = [...byLabel].filter(
      ([, same]) => new Set(same.map((f) => `${f.value}|${f.format}|${f.sources.join(",")}`)).size > 1,
    );
    expect(clashes.map(([label, same]) => `${same.map((f) => f.id).join(", ")}: "${label}"`)).toEqual([]);
  });
});

describe("every figure note on every chapter page prints its fact's label", () => {
  it("has chapter pages with notes to check", () => {
    expect(chapterPages.length).toBeGreaterThanOrEqual(7);
    expect(notes.length).toBeGreaterThan(50);
  });

  it("opens with the figure, then the label; a derived figure's label is followed by its formula", () => {
    const wrong = notes.flatMap(({ path, li, id }) => {
      const { content, formula } = inLanguage(path);
      const fact = content.facts.get(id);
      if (!fact) return [`${path}: a note for unknown fact "${id}"`];
      const value = text(li.querySelector("strong"));
      const expected = `${value}: ${fact.label}.${fact.derived ? formula : ""}`;
      return text(li).startsWith(expected)
        ? []
        : [`${path}#${li.id}: expected "${expected}…", found "${text(li).slice(0, 120)}…"`];
    });
    expect(wrong).toEqual([]);
  });

  it("never lists a dataset's columns ('Dataset: Column value, Column value') nor names a dataset id or column name", () => {
    const found = notes.flatMap(({ path, li }) => {
      const copy = li.cloneNode(true) as Element;
      copy.querySelectorAll("a[href^='http'], .repost, .backref").forEach((a) => a.remove()); // a source's title may hold anything
      const note = text(copy);
      const lists = datasets
        .filter((d) =>
          columnListPattern(
            d.title,
            d.columns.map((c) => c.label),
          ).test(note),
        )
        .map((d) => `${path}#${li.id}: lists the columns of "${d.title}"`);
      const code = note.match(codePattern);
      return [...lists, ...(code ? [`${path}#${li.id}: "${code[0]}" in "${note.slice(0, 100)}…"`] : [])];
    });
    expect(found).toEqual([]);
  });
});
