import type { ChartLanguage } from "../../src/charts/kit/chartModule.ts";
import { chartFormat } from "../../src/charts/kit/format.ts";
import { siteContent } from "../../src/load/loadContent.ts";

/** The language a chart module is given on the site: en-US formatters and the chart's words (by default from content/charts/<chart>.yaml). */
export function chartLanguage(chart: string, words: Record<string, string> = siteContent().charts.get(chart)?.words ?? {}, locale = "en-US"): ChartLanguage {
  return { chart, locale, words, format: chartFormat(locale) };
}
