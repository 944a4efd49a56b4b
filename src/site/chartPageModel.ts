import type { ChapterMeta } from "../schemas/chapter.ts";
import type { ChartModel } from "./chartModel.ts";
import { siteContentIn } from "../load/loadContent.ts";
import { chaptersUsing, lastUpdated, type ChapterRef } from "./chaptersUsing.ts";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";
import { embedFallbackOnce, embedHeight, type EmbedFallback } from "./embedSize.ts";
import { embedSnippet, hostScriptSnippet } from "./embedSnippet.ts";
import { apaCitation, bibtexCitation, type Run } from "./citation.ts";
import { publishers } from "./sourceLine.ts";
import { CHART_PNG_WIDTH } from "../render/chartImageSvg.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";
import { paths } from "../i18n/paths.ts";

/** Everything the chart page prints around the chart: where it is used, how to embed, download and cite it. */
export interface ChartPageModel {
  url: string;
  chapters: ChapterRef[];
  updated: string;
  embed: { url: string; snippet: string; hostScript: string; fallback: EmbedFallback };
  downloads: { csv: string; json: string; readme: string; svg: string; png: string; pngWidth: number };
  dataset: { id: string; title: string; licence: string };
  cite: { apa: Run[]; bibtex: string; credit: string };
}

/** The source line as the embed page prints it, for the embed height estimate. */
const sourceText = (model: ChartModel, lang: Lang) => `${useTranslations(lang)("chart.source")} ${model.sources.map((s) => `${s.publisher} (${s.date})`).join("; ")}.`;

/** The estimated height of a chart's embed page in a frame `width` px wide. */
export const chartEmbedHeight = (model: ChartModel, width: number, lang: Lang) => embedHeight(model, width, sourceText(model, lang), lang);

/** The snippet's fallback size for a chart, from its embed page's estimated height at every width; once per chart and language. */
export const chartEmbedFallback = (model: ChartModel, lang: Lang) => embedFallbackOnce(model, (width) => chartEmbedHeight(model, width, lang));

/** Builds the chart page's model. `chapters` is the chapters collection. */
export function chartPageModel(model: ChartModel, chapters: { data: ChapterMeta; body?: string | undefined }[], lang: Lang): ChartPageModel {
  const t = useTranslations(lang);
  const content = siteContentIn(lang);
  const datasetId = content.charts.get(model.id)!.dataset;
  const dataset = content.datasets.get(datasetId)!;
  const using = chaptersUsing(chapters, "Chart", model.id);
  const updated = lastUpdated(using, chapters);
  const url = absoluteUrl(paths.chart(model.id, lang));
  const embedUrl = absoluteUrl(paths.embed(model.id, lang));
  const fallback = chartEmbedFallback(model, lang);
  const placeholder = t("charts.accessDate");
  const siteName = t("site.title");
  const credit = publishers(model.sources, localeOf(lang));
  const citation = { siteName, title: model.title, kind: t("card.chart"), date: updated, url, accessed: placeholder };
  return {
    url,
    chapters: using,
    updated,
    embed: { url: embedUrl, snippet: embedSnippet(embedUrl, t("embed.frameTitle", { title: model.title }), fallback), hostScript: hostScriptSnippet(absoluteUrl(paths.embedScript())), fallback },
    downloads: { csv: paths.dataFile(datasetId, "csv", lang), json: paths.dataFile(datasetId, "json", lang), readme: paths.dataFile(datasetId, "txt", lang), svg: paths.chartImage(model.id, "svg", lang), png: paths.chartImage(model.id, "png", lang), pngWidth: CHART_PNG_WIDTH },
    dataset: { id: datasetId, title: dataset.title, licence: dataset.licence },
    cite: {
      apa: apaCitation(citation),
      bibtex: bibtexCitation(`safe-third-country-${model.id}-${updated.slice(0, 4)}`, { ...citation, accessedIso: "YYYY-MM-DD", note: `${t("card.chart")}. ${t("charts.dataBy", { publishers: credit })} ${t("reuse.licence")}.` }),
      credit,
    },
  };
}
