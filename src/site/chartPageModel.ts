import type { ChapterMeta } from "../schemas/chapter.ts";
import type { ChartModel } from "./chartModel.ts";
import { siteContentIn } from "../load/loadContent.ts";
import { chaptersUsing, lastUpdated, type ChapterRef } from "./chaptersUsing.ts";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";
import type { EmbedFallback } from "./embedSize.ts";
import { chartEmbedSizes } from "./embedModel.ts";
import { embedSnippet, hostScriptSnippet, imageSnippet } from "./embedSnippet.ts";
import { apaCitation, bibtexCitation, type Run } from "./citation.ts";
import { chartCitable, datasetCitable, type Citable } from "./citable.ts";
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
  embed: {
    url: string;
    snippet: string;
    hostScript: string;
    fallback: EmbedFallback;
    /** The compact embed (under WordPress's 1,000 px cap): its address and snippet. */
    compact: { url: string; snippet: string };
    /** The chart as a linked picture, for hosts without frames. */
    image: string;
    /** The height to give a fixed frame in a column of each width (Google Sites, Notion). */
    fixed: { width: number; height: number }[];
  };
  downloads: { csv: string; json: string; readme: string; svg: string; png: string; pngWidth: number };
  dataset: { id: string; title: string; licence: string };
  cite: {
    apa: Run[];
    bibtex: string;
    credit: string;
    /** The chart and its dataset as citable items: version, citation files (CSL-JSON, RIS), Highwire tags. */
    chart: Citable;
    dataset: Citable;
  };
}

/** Builds the chart page's model. `chapters` is the chapters collection; `imageSize` the chart picture's size in CSS px. */
export function chartPageModel(
  model: ChartModel,
  chapters: { data: ChapterMeta; body?: string | undefined }[],
  lang: Lang,
  imageSize: { width: number; height: number },
): ChartPageModel {
  const t = useTranslations(lang);
  const content = siteContentIn(lang);
  const datasetId = content.charts.get(model.id)!.dataset;
  const dataset = content.datasets.get(datasetId)!;
  const using = chaptersUsing(chapters, "Chart", model.id);
  const updated = lastUpdated(using, chapters);
  const url = absoluteUrl(paths.chart(model.id, lang));
  const embedUrl = absoluteUrl(paths.embed(model.id, lang));
  const compactUrl = absoluteUrl(paths.embedCompact(model.id, lang));
  const sizes = chartEmbedSizes(model, lang);
  const frameTitle = t("embed.frameTitle", { title: model.title });
  const placeholder = t("charts.accessDate");
  const siteName = t("site.title");
  const credit = publishers(model.sources, localeOf(lang));
  const citable = chartCitable(model.id, lang, chapters);
  const version = citable.version;
  const citation = {
    siteName,
    title: model.title,
    kind: t("card.chart"),
    date: version.date,
    url,
    accessed: placeholder,
    retrieved: t("cite.retrieved"),
    version: t("cite.version", { version: version.id }),
  };
  return {
    url,
    chapters: using,
    updated,
    embed: {
      url: embedUrl,
      snippet: embedSnippet(embedUrl, frameTitle, sizes.full),
      hostScript: hostScriptSnippet(absoluteUrl(paths.embedScript())),
      fallback: sizes.full,
      compact: { url: compactUrl, snippet: embedSnippet(compactUrl, frameTitle, sizes.compact) },
      image: imageSnippet(url, absoluteUrl(paths.chartImage(model.id, "png", lang)), model.alt, imageSize),
      fixed: sizes.fixed,
    },
    downloads: {
      csv: paths.dataFile(datasetId, "csv", lang),
      json: paths.dataFile(datasetId, "json", lang),
      readme: paths.dataFile(datasetId, "txt", lang),
      svg: paths.chartImage(model.id, "svg", lang),
      png: paths.chartImage(model.id, "png", lang),
      pngWidth: CHART_PNG_WIDTH,
    },
    dataset: { id: datasetId, title: dataset.title, licence: dataset.licence },
    cite: {
      apa: apaCitation(citation),
      bibtex: bibtexCitation(`safe-third-country-${model.id}-${version.date.slice(0, 4)}`, {
        ...citation,
        accessedIso: "YYYY-MM-DD",
        accessedNote: t("cite.accessed"),
        versionId: version.id,
        note: `${t("card.chart")}. ${citation.version}. ${t("charts.dataBy", { publishers: credit })} ${t("reuse.licence")}.`,
      }),
      credit,
      chart: citable,
      dataset: datasetCitable(datasetId, lang, chapters),
    },
  };
}
