import type { Content } from "./loadContent.ts";
import type { Fact } from "./resolveFacts.ts";
import { formatValue } from "./formatValue.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { t } from "./i18n.ts";

/** A fact as a chapter prints it: the figure, its note entry, and its sources. */
export interface FactView {
  id: string;
  text: string;
  /** What the figure is: the dataset title and row, or the formula for a derived figure. */
  description: string;
  sources: SourceRef[];
  note?: string;
}

/** Looks up a fact, failing the build with the known ids when the id is unknown. */
export function factOrThrow(content: Content, id: string): Fact {
  const fact = content.facts.get(id);
  if (!fact) throw new Error(`<Fact id="${id}">: expected a fact id from content/facts/*.yaml, found an unknown id`);
  return fact;
}

/** Describes a fact for its note: "Asylum claims in Mexico, by year: year 2017, series urgent-action", or its formula. */
export function factView(content: Content, id: string, locale: string): FactView {
  const fact = factOrThrow(content, id);
  const text = formatValue(fact.value, fact.format, locale);
  const sources = sourceRefs(fact.sources, content.sources, locale);
  if (fact.derived) {
    const [a, b] = fact.derived.from.map((input) => factView(content, input, locale));
    const formula = t(`formula.${fact.derived.kind}` as const, { a: a!.text, b: b!.text });
    return { id, text, sources, description: `${t("fact.formula", { formula })} ${t("fact.derivedFrom", { inputs: `${a!.description}; ${b!.description}` })}` };
  }
  const { dataset: datasetId, column, row } = fact.cell!;
  const dataset = content.datasets.get(datasetId)!;
  const keys = dataset.columns.filter((c) => c.type !== "source" && !["note", "locator", column].includes(c.name) && row[c.name] !== null);
  const where = keys.map((c) => `${c.label.toLowerCase()} ${row[c.name]}`).join(", ");
  const note = typeof row.note === "string" ? row.note : undefined;
  return { id, text, sources, description: `${dataset.title}: ${where}`, ...(note ? { note } : {}) };
}
