import type { Content } from "../load/loadContent.ts";
import type { Fact } from "../load/resolveFacts.ts";
import { formatValue } from "../i18n/formatValue.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";

/** A fact as a chapter prints it: the figure, what it is, its sources, and for a derived figure its inputs. */
export interface FactView {
  id: string;
  text: string;
  /** What the figure is, in a reader's words (the fact's label); for a derived figure followed by its formula. */
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
    const [a, b] = fact.derived.from.map((input) =>
      formatValue(factOrThrow(content, input).value, factOrThrow(content, input).format, locale),
    );
    const formula = t(`formula.${fact.derived.kind}` as const, { a: a!, b: b! });
    const formulaText = t("fact.formula", { formula });
    return { id, text, sources, description: `${fact.label}. ${formulaText}`, inputs: [...fact.derived.from] };
  }
  const { row } = fact.cell!;
  const note = typeof row.note === "string" ? row.note : undefined;
  return { id, text, sources, description: fact.label, ...(note ? { note } : {}) };
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
