import type { Content } from "../load/loadContent.ts";
import type { Fact } from "../load/resolveFacts.ts";
import { formatValue } from "../i18n/formatValue.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";
import { formatCell } from "./tableModel.ts";
import type { Dataset, Row } from "../schemas/dataset.ts";

/** A fact as a chapter prints it: the figure, what it is, its sources, and for a derived figure its inputs. */
export interface FactView {
  id: string;
  text: string;
  /** What the figure is: "Asylum claims in Mexico, by year — Year 2017, Series urgent-action", or its formula. */
  description: string;
  sources: SourceRef[];
  note?: string;
  /** Ids of the facts a derived figure is computed from. */
  inputs?: string[];
}

/** Looks up a fact, failing the build with the known ids when the id is unknown. */
export function factOrThrow(content: Content, id: string): Fact {
  const fact = content.facts.get(id);
  if (!fact) throw new Error(`<Fact id="${id}">: expected a fact id from content/facts/*.yaml, found an unknown id`);
  return fact;
}

/** Describes a fact for its note: what the figure is in a reader's words, and for a derived figure its formula. */
export function factView(content: Content, id: string, lang: Lang): FactView {
  const t = useTranslations(lang);
  const locale = localeOf(lang);
  const fact = factOrThrow(content, id);
  const text = formatValue(fact.value, fact.format, locale);
  const sources = sourceRefs(fact.sources, content.sources, locale);
  if (fact.derived) {
    const [a, b] = fact.derived.from.map((input) => formatValue(factOrThrow(content, input).value, factOrThrow(content, input).format, locale));
    const formula = t(`formula.${fact.derived.kind}` as const, { a: a!, b: b! });
    const formulaText = t("fact.formula", { formula });
    return { id, text, sources, description: fact.label ? `${fact.label}. ${formulaText}` : formulaText, inputs: [...fact.derived.from] };
  }
  const { dataset: datasetId, column, row } = fact.cell!;
  const note = typeof row.note === "string" ? row.note : undefined;
  return { id, text, sources, description: fact.label ?? cellDescription(content.datasets.get(datasetId)!, column, row, content, locale), ...(note ? { note } : {}) };
}

/** A fact without a label, described by its dataset and the row's identifying cells (until every fact has a label). */
function cellDescription(dataset: Dataset, column: string, row: Row, content: Content, locale: string): string {
  const keys = dataset.columns.filter((c) => c.type !== "source" && !["note", "locator", column].includes(c.name) && row[c.name] !== null);
  return `${dataset.title}: ${keys.map((c) => `${c.label} ${formatCell(row[c.name], c, content.sources, locale).text}`).join(", ")}`;
}

/** The facts a page's notes list: each used fact followed by the inputs of derived ones (recursively), once each. */
export function withInputs(content: Content, ids: string[]): string[] {
  const out = new Set<string>();
  const add = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    factOrThrow(content, id).derived?.from.forEach(add);
  };
  ids.forEach(add);
  return [...out];
}
