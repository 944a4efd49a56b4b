import { chartModules } from "../charts/index.ts";
import { chartModel, type ChartModel } from "./chartModel.ts";
import { siteContent } from "../load/loadContent.ts";
import { localeOf, t } from "../i18n/translations.ts";
import { absoluteUrl, displayUrl } from "../i18n/absoluteUrl.ts";
import { sitePalette } from "../render/palette.ts";
import { measureText, rasterise } from "../render/rasterise.ts";
import { chartImageSvg, CHART_IMAGE_WIDTH } from "../render/chartImageSvg.ts";
import { chartCardSvg, CARD } from "../render/shareCardSvg.ts";
import { sourcesLine } from "./sourceLine.ts";

/** The PNG of a chart is drawn at twice the SVG's size: 1360 px wide, sharp on a slide or a printed page. */
export const CHART_PNG_WIDTH = CHART_IMAGE_WIDTH * 2;

const models = new Map<string, ChartModel>();
/** A chart's view model, computed once per build however many files and pages need it. */
export function chartModelFor(id: string): ChartModel {
  let model = models.get(id);
  if (!model) {
    const module = chartModules.get(id);
    if (!module) throw new Error(`chart "${id}": expected one of ${[...chartModules.keys()].join(", ")}, found an unknown id`);
    models.set(id, (model = chartModel(module, siteContent(), localeOf())));
  }
  return model;
}

/** Every chart id, for getStaticPaths. */
export const chartIds = () => [...chartModules.keys()];

const svgs = new Map<string, string>();
/** `/charts/<id>.svg`: the chart as a self-contained file, coloured for a white page. */
export function chartDownloadSvg(id: string): string {
  let svg = svgs.get(id);
  if (!svg) {
    const model = chartModelFor(id);
    const text = { siteName: t("site.title"), pageUrl: absoluteUrl(`/charts/${id}/`), licence: t("reuse.licence"), sources: sourcesLine(model.sources, localeOf(), true) };
    svgs.set(id, (svg = chartImageSvg(model, text, sitePalette().light, measureText)));
  }
  return svg;
}

/** `/charts/<id>.png`: the same picture, rasterised. */
export const chartDownloadPng = (id: string) => rasterise(chartDownloadSvg(id), CHART_PNG_WIDTH);

/** `/og/charts/<id>.png`: the chart page's share card, with the chart itself. */
export function chartCardPng(id: string): Buffer {
  const model = chartModelFor(id);
  const sources = sourcesLine(model.sources, localeOf(), false);
  const frame = { siteName: t("site.title"), kicker: t("card.chart"), address: displayUrl(absoluteUrl(`/charts/${id}/`)) };
  return rasterise(chartCardSvg(model, sources, frame, sitePalette().light, measureText), CARD.width);
}
