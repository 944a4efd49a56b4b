import type { Content } from "../load/loadContent.ts";
import type { ChartText } from "../schemas/chart.ts";

/** A chart's words in the content's language (load/loadContent.ts siteContentIn gives content in each language). */
export function chartTextIn(content: Content, id: string): ChartText {
  const text = content.charts.get(id);
  if (!text) throw new Error(`content/charts/${id}.yaml: expected the words of chart "${id}", found no such file`);
  return text;
}
