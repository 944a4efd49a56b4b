import type { Content } from "../load/loadContent.ts";
import type { ChartText } from "../schemas/chart.ts";
import type { Lang } from "../config.ts";
import { pseudoAll } from "./pseudo.ts";

const pseudoTexts = new Map<string, ChartText>();

/**
 * A chart's words in a language: content/charts/<id>.yaml for English; the pseudo-language derives its words from
 * the English ones. Ids and the dataset are codes and stay as they are.
 */
export function chartTextIn(content: Content, id: string, lang: Lang): ChartText {
  const text = content.charts.get(id);
  if (!text) throw new Error(`content/charts/${id}.yaml: expected the words of chart "${id}", found no such file`);
  if (lang === "en") return text;
  let derived = pseudoTexts.get(id);
  if (!derived) pseudoTexts.set(id, (derived = { ...pseudoAll(text), id: text.id, dataset: text.dataset }));
  return derived;
}
