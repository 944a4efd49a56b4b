import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYaml } from "../load/readYaml.ts";
import { ContentError } from "../load/contentError.ts";
import { keyFactSchema } from "../schemas/keyFact.ts";
import type { Content } from "../load/loadContent.ts";
import { formatValue } from "../i18n/formatValue.ts";
import { factView } from "./factView.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { tableModel } from "./tableModel.ts";
import { fill, localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";
import { paths } from "../i18n/paths.ts";
import { chaptersUsing } from "./chaptersUsing.ts";
import type { ChapterMeta } from "../schemas/chapter.ts";
import { projectRoot } from "../load/projectRoot.ts";
import { translatedList } from "../load/loadTranslation.ts";
import { keyFactTranslation } from "../schemas/translation.ts";
import { isTranslated } from "../config.ts";

/** A key fact ready to print: the figure, the claim with every figure filled in, what the figure is, and its sources. */
export interface KeyFact {
  id: string;
  /** Shown on the home page too. */
  home: boolean;
  value: string;
  claim: string;
  /** What the figure is, or its formula. */
  description: string;
  /** For a figure read from a dataset: the dataset's title and the row's labelled cells, as a reader checks them. */
  row?: { dataset: string; cells: { label: string; value: string }[] };
  note?: string;
  sources: SourceRef[];
  /** Datasets the figure is read or computed from. */
  datasets: string[];
}

/** The datasets a fact is read from, following derived facts to their inputs. */
function datasetsOf(content: Content, id: string): string[] {
  const fact = content.facts.get(id)!;
  if (fact.cell) return [fact.cell.dataset];
  return [...new Set(fact.derived!.from.flatMap((input) => datasetsOf(content, input)))];
}

/** The labelled cells of the row a fact is read from (not its source, locator or note, shown elsewhere). */
function rowOf(content: Content, id: string, locale: string): Pick<KeyFact, "row"> {
  const cell = content.facts.get(id)!.cell;
  if (!cell) return {};
  const dataset = content.datasets.get(cell.dataset)!;
  const table = tableModel({ ...dataset, rows: [cell.row] }, content.sources, locale);
  const cells = dataset.columns
    .filter((column) => column.table)
    .map((column, i) => ({ column, label: column.label, value: table.rows[0]![i]!.text }))
    .filter(
      ({ column, value }) => value !== "" && column.type !== "source" && !["locator", "note"].includes(column.name),
    )
    .map(({ label, value }) => ({ label, value }));
  return { row: { dataset: dataset.title, cells } };
}

/**
 * Reads content/key-facts.yaml (a missing file is no key facts) and checks that every fact and every {token} in a
 * claim names a known fact. Errors give the file, the line and what was expected.
 */
export function loadKeyFacts(file: string, label: string, content: Content, lang: Lang): KeyFact[] {
  const locale = localeOf(lang);
  if (!existsSync(file)) return [];
  const read = readYaml(file, label, z.array(keyFactSchema));
  const { lineOf } = read;
  let data = read.data;
  if (isTranslated(lang)) {
    // The claims in another language from key-facts.<lang>.yaml beside the English file, same facts in the same order.
    const claims = translatedList(
      file.replace(/\.yaml$/, `.${lang}.yaml`),
      label.replace(/\.yaml$/, `.${lang}.yaml`),
      keyFactTranslation,
      "fact",
      data.map((entry) => entry.fact),
    );
    data = data.map((entry) => ({ ...entry, claim: claims.get(entry.fact)!.claim }));
  }
  const seen = new Set<string>();
  return data.map((entry, i) => {
    const fail = (field: string, problem: string) =>
      new ContentError(label, lineOf([i, field]), `key fact "${entry.fact}": field "${field}": ${problem}`);
    if (!content.facts.has(entry.fact))
      throw fail("fact", `expected a fact id from content/facts/*.yaml, found unknown "${entry.fact}"`);
    if (seen.has(entry.fact)) throw fail("fact", `expected each fact once, found "${entry.fact}" again`);
    seen.add(entry.fact);
    const printed = (id: string) => {
      const fact = content.facts.get(id);
      if (!fact) throw fail("claim", `expected {value} or a fact id in braces, found unknown {${id}}`);
      return formatValue(fact.value, fact.format, locale);
    };
    const tokens = [...entry.claim.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!);
    const values = Object.fromEntries(tokens.map((token) => [token, printed(token === "value" ? entry.fact : token)]));
    const view = factView(content, entry.fact, lang);
    const inputs = tokens.filter((token) => token !== "value");
    const sources = sourceRefs(
      [...new Set([entry.fact, ...inputs].flatMap((id) => content.facts.get(id)!.sources))],
      content.sources,
      locale,
    );
    return {
      id: entry.fact,
      home: entry.home,
      value: view.text,
      claim: fill(entry.claim.trim(), values),
      description: view.description,
      ...(view.note ? { note: view.note } : {}),
      ...rowOf(content, entry.fact, locale),
      sources,
      datasets: [...new Set([entry.fact, ...inputs].flatMap((id) => datasetsOf(content, id)))],
    };
  });
}

const read = new WeakMap<Content, Map<string, KeyFact[]>>();
/** loadKeyFacts once per content, file and language: the home page, the fact pages and their cards share one reading. */
function keyFactsOnce(file: string, label: string, content: Content, lang: Lang): KeyFact[] {
  let byFile = read.get(content);
  if (!byFile) read.set(content, (byFile = new Map()));
  const key = `${lang}\n${file}`;
  let facts = byFile.get(key);
  if (!facts) byFile.set(key, (facts = loadKeyFacts(file, label, content, lang)));
  return facts;
}

/** The site's key facts in a language, from content/key-facts.yaml, read once per build and language. */
export const siteKeyFacts = (content: Content, lang: Lang): KeyFact[] =>
  keyFactsOnce(join(projectRoot(), "content/key-facts.yaml"), "content/key-facts.yaml", content, lang);

/** A key fact as the home page prints it: the figure, the claim, who published it, and where to read more. */
export interface KeyFactView {
  id: string;
  value: string;
  text: string;
  /** Its sources, each publisher once (the first of its sources), with the repost mark where the link is not theirs. */
  publishers: SourceRef[];
  /** Site path of the fact's note in the first chapter that quotes it, else of its own page. */
  note: string;
  chapterTitle: string;
}

/**
 * The key facts marked `home` in `file` (content/key-facts.yaml), as the home page prints them. `chapters` is the
 * chapters collection, to link each figure to its note in the chapter that quotes it.
 */
export function keyFacts(
  file: string,
  label: string,
  content: Content,
  chapters: { slug: string; title: string; body: string }[],
  lang: Lang,
): KeyFactView[] {
  const t = useTranslations(lang);
  const asEntries = chapters.map((c, i) => ({
    data: { slug: c.slug, title: c.title, order: i + 1, updated: "" } as ChapterMeta,
    body: c.body,
  }));
  return keyFactsOnce(file, label, content, lang)
    .filter((fact) => fact.home)
    .map((fact) => {
      const chapter = chaptersUsing(asEntries, "Fact", fact.id)[0];
      return {
        id: fact.id,
        value: fact.value,
        text: fact.claim,
        publishers: fact.sources.filter((s, i, all) => all.findIndex((o) => o.publisher === s.publisher) === i),
        note: chapter ? `${paths.chapter(chapter.slug, lang)}#fact-${fact.id}` : paths.fact(fact.id, lang),
        chapterTitle: chapter ? chapter.title : t("facts.title"),
      };
    });
}
