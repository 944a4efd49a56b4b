import type { Content } from "./loadContent.ts";
import { factOrThrow } from "./factView.ts";
import { formatValue } from "./formatValue.ts";

/** `{fact-id}` tokens: how data-file prose (corrections, timeline events) quotes a figure without typing it. */
export const FACT_TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The fact ids a text quotes, in order. */
export const factTokensIn = (text: string | undefined): string[] => [...(text ?? "").matchAll(FACT_TOKEN)].map((m) => m[1]!);

/** Prints `{fact-id}` tokens with the facts' values, formatted for the locale. */
export function fillFacts(text: string, content: Content, locale: string): string {
  return text.replace(FACT_TOKEN, (_, id: string) => {
    const fact = factOrThrow(content, id);
    return formatValue(fact.value, fact.format, locale);
  });
}
