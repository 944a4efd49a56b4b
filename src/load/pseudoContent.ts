import type { Content } from "./loadContent.ts";

/**
 * The pseudo-language: each letter accented and the whole string bracketed, so any text a page shows untransformed
 * was written in code rather than taken from content. {placeholders} are kept as they are, so templates still fill.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."aeiouyncAEIOUYNC"].map((c, i) => [c, [..."áéíóúýñçÁÉÍÓÚÝÑÇ"][i]!]),
);

/** "Claims {n}" → "⟦Çláíms {n}⟧". */
export function pseudo(text: string): string {
  const parts = text.split(/(\{[\w-]+\})/);
  return `⟦${parts.map((part) => (/^\{[\w-]+\}$/.test(part) ? part : [...part].map((c) => ACCENTED[c] ?? c).join(""))).join("")}⟧`;
}

/** Every string of a value (object, array or string) in the pseudo-language; other values pass through. */
export function pseudoAll<T>(value: T): T {
  if (typeof value === "string") return pseudo(value) as T;
  if (Array.isArray(value)) return value.map(pseudoAll) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoAll(v)])) as T;
  return value;
}

/** The content of the pseudo-language: chart words and fact labels transformed; ids, codes and data as they are. */
export function pseudoContent(en: Content): Content {
  return {
    ...en,
    charts: new Map(
      [...en.charts].map(([id, text]) => [id, { ...pseudoAll(text), id: text.id, dataset: text.dataset }]),
    ),
    facts: new Map([...en.facts].map(([id, fact]) => [id, { ...fact, label: pseudo(fact.label) }])),
  };
}
