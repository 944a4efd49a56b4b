import { chartModules } from "../charts/index.ts";
import { chartHeadline, chartModel, type ChartModel } from "./chartModel.ts";
import type { Content } from "../load/loadContent.ts";
import { chartTextIn } from "../i18n/chartText.ts";
import { siteContentIn } from "../load/loadContent.ts";
import type { Lang } from "../config.ts";

const models = new Map<string, ChartModel>();
/** A chart's view model, computed once per build however many files and pages need it. */
export function chartModelFor(id: string, lang: Lang): ChartModel {
  const key = `${lang}:${id}`;
  let model = models.get(key);
  if (!model) {
    const module = chartModules.get(id);
    if (!module)
      throw new Error(`chart "${id}": expected one of ${[...chartModules.keys()].join(", ")}, found an unknown id`);
    models.set(key, (model = chartModel(module, siteContentIn(lang), lang)));
  }
  return model;
}

/** Every chart id, for getStaticPaths. */
export const chartIds = () => [...chartModules.keys()];

/** A chart's headline with its {tokens} filled, as the figure prints it; a chart with no module yet keeps its template. */
export function chartTitle(content: Content, id: string, lang: Lang): string {
  const module = chartModules.get(id);
  return module ? chartHeadline(module, content, lang) : chartTextIn(content, id).title;
}
