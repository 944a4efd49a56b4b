import type { Lang } from "../config.ts";
import { chartModelFor } from "../site/chartModels.ts";
import { sourcesLine } from "../site/sourceLine.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import { absoluteUrl, displayUrl } from "../i18n/absoluteUrl.ts";
import { paths } from "../i18n/paths.ts";
import { sitePalette } from "../render/palette.ts";
import { measureText } from "../render/rasterise.ts";
import { sitePng } from "../render/pngCache.ts";
import { chartImageSvg, CHART_PNG_WIDTH } from "../render/chartImageSvg.ts";
import { chartCardSvg, CARD } from "../render/shareCardSvg.ts";

const svgs = new Map<string, string>();
/** `/charts/<id>.svg`: the chart as a self-contained file, coloured for a white page. */
export function chartDownloadSvg(id: string, lang: Lang): string {
  const key = `${lang}:${id}`;
  let svg = svgs.get(key);
  if (!svg) {
    const t = useTranslations(lang);
    const model = chartModelFor(id, lang);
    const text = {
      siteName: t("site.title"),
      pageUrl: absoluteUrl(paths.chart(id, lang)),
      licence: t("reuse.licence"),
      sources: sourcesLine(model.sources, lang, true),
    };
    svgs.set(key, (svg = chartImageSvg(model, text, sitePalette().light, measureText)));
  }
  return svg;
}

/** `/charts/<id>.png`: the same picture, rasterised. */
export const chartDownloadPng = (id: string, lang: Lang): Promise<Buffer> =>
  sitePng(chartDownloadSvg(id, lang), CHART_PNG_WIDTH);

/** `/og/charts/<id>.png`: the chart page's share card, with the chart itself. */
export function chartCardPng(id: string, lang: Lang): Promise<Buffer> {
  const t = useTranslations(lang);
  const model = chartModelFor(id, lang);
  const sources = sourcesLine(model.sources, lang, false);
  const frame = {
    siteName: t("site.title"),
    kicker: t("card.chart"),
    address: displayUrl(absoluteUrl(paths.chart(id, lang))),
  };
  return sitePng(chartCardSvg(model, sources, frame, sitePalette().light, measureText), CARD.width);
}
