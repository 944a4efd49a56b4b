import type { ChartModel } from "./chartModel.ts";
import {
  compactCaps,
  embedFallbackOnce,
  embedHeight,
  type ChartCaps,
  type EmbedFallback,
  type EmbedLayout,
  type EmbedText,
} from "./embedSize.ts";
import { sourcesLine } from "./sourceLine.ts";
import type { SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import { listFormat } from "../i18n/format.ts";
import { absoluteUrl, displayUrl } from "../i18n/absoluteUrl.ts";
import { paths } from "../i18n/paths.ts";
import type { Lang } from "../config.ts";

/** The column widths, in px, whose fixed frame heights a chart page gives (Google Sites, Notion: frames the author sizes by hand). */
export const FIXED_COLUMNS = [600, 800, 1000] as const;

/** The credit line under an embedded chart, split around the chart page's address (a link, or text where links cannot open). */
export interface EmbedCredit {
  before: string;
  /** The chart page's address as a reader would type it. */
  address: string;
  after: string;
  /** The chart page's full URL. */
  url: string;
}

/** The credit line of a chart's embed in `lang`; the compact embed's is shorter. */
export function embedCredit(id: string, lang: Lang, compact = false): EmbedCredit {
  const t = useTranslations(lang);
  const url = absoluteUrl(paths.chart(id, lang));
  const address = displayUrl(url);
  const marker = "\u0000";
  const [before = "", after = ""] = t(compact ? "embed.compactCredit" : "embed.credit", {
    site: t("site.title"),
    address: marker,
    licence: t("reuse.licence"),
  }).split(marker);
  return { before, address, after, url };
}

/**
 * The compact embed's source line: every publisher if the line stays within `room` characters, else as many as fit
 * and how many more (each is listed, dated and linked, on the chart's page that the credit line gives).
 */
export function compactSourcesLine(sources: SourceRef[], lang: Lang, room = 100): string {
  const all = sourcesLine(sources, lang, false);
  if (all.length <= room) return all;
  const t = useTranslations(lang);
  const names = [...new Set(sources.map((s) => s.publisher))];
  const line = (n: number) =>
    t("embed.someSources", {
      list: listFormat(localeOf(lang), { type: "conjunction" }).format([
        ...names.slice(0, n),
        t("embed.morePublishers", { count: names.length - n }),
      ]),
    });
  let n = 1;
  while (n + 1 < names.length && line(n + 1).length <= room) n++;
  return line(n);
}

const texts = new WeakMap<ChartModel, Map<string, EmbedText>>();
/**
 * The embed page's words as it prints them, for the height estimate: the full layout lists each dated source, the
 * compact one the publishers. One object per chart model, layout and language: site/embedSize.ts keeps its estimates
 * by that object.
 */
function embedText(model: ChartModel, lang: Lang, layout: EmbedLayout): EmbedText {
  let byLayout = texts.get(model);
  if (!byLayout) texts.set(model, (byLayout = new Map()));
  let found = byLayout.get(`${layout} ${lang}`);
  if (!found) byLayout.set(`${layout} ${lang}`, (found = writeEmbedText(model, lang, layout)));
  return found;
}

function writeEmbedText(model: ChartModel, lang: Lang, layout: EmbedLayout): EmbedText {
  const t = useTranslations(lang);
  const credit = embedCredit(model.id, lang, layout === "compact");
  const source =
    layout === "compact"
      ? compactSourcesLine(model.sources, lang)
      : `${t("chart.source")} ${model.sources.map((s) => `${s.publisher} (${s.date})`).join("; ")}.`;
  return { source, credit: `${credit.before}${credit.address}${credit.after}` };
}

/** Every size a chart's embeds need, in one language. */
export interface EmbedSizes {
  /** The full embed's snippet fallback. */
  full: EmbedFallback;
  /** The compact embed's snippet fallback. */
  compact: EmbedFallback;
  /** The compact embed's widest drawing of each rendering, in CSS px. */
  caps: ChartCaps;
  /** The full embed's height in a frame of each of FIXED_COLUMNS. */
  fixed: { width: number; height: number }[];
}

/** The estimated height of a chart's embed page (`layout`) in a frame `width` px wide. */
export function chartEmbedHeight(model: ChartModel, width: number, lang: Lang, layout: EmbedLayout = "full"): number {
  const text = embedText(model, lang, layout);
  return layout === "compact"
    ? embedHeight(model, width, text, lang, "compact", compactCaps(model, text, lang))
    : embedHeight(model, width, text, lang);
}

const sizes = new WeakMap<ChartModel, EmbedSizes>();
/** A chart's embed sizes, estimated once per chart and language (chart models are cached per chart and language). */
export function chartEmbedSizes(model: ChartModel, lang: Lang): EmbedSizes {
  let found = sizes.get(model);
  if (found) return found;
  const compactText = embedText(model, lang, "compact");
  const caps = compactCaps(model, compactText, lang);
  found = {
    full: embedFallbackOnce(model, (width) => chartEmbedHeight(model, width, lang)),
    compact: embedFallbackOnce(
      model,
      (width) => embedHeight(model, width, compactText, lang, "compact", caps),
      "compact",
    ),
    caps,
    fixed: FIXED_COLUMNS.map((width) => ({ width, height: chartEmbedHeight(model, width, lang) })),
  };
  sizes.set(model, found);
  return found;
}
