import type { Content } from "../load/loadContent.ts";
import { FACT_TOKEN } from "../load/factTokens.ts";
import { factOrThrow } from "./factView.ts";
import { formatValue } from "../i18n/formatValue.ts";

/** Prints `{fact-id}` tokens with the facts' values, formatted for the locale. */
export function fillFacts(text: string, content: Content, locale: string): string {
  return text.replace(FACT_TOKEN, (_, id: string) => {
    const fact = factOrThrow(content, id);
    return formatValue(fact.value, fact.format, locale);
  });
}
