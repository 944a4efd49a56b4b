import type { ChartModel } from "./chartModel.ts";
import { svgSize } from "../render/svgCompose.ts";
import { approxWidth } from "../charts/kit/approxWidth.ts";
import { useTranslations } from "../i18n/translations.ts";
import { WIDE_FROM, type Lang } from "../config.ts";

/** main's padding around the embedded chart, 0.75rem each side, in px. */
const FRAME_PADDING = 24;

/**
 * How tall /embed/<id>/ is in a frame `frameWidth` px wide, estimated from its words and SVGs so that the snippet's
 * fallback size (for hosts that run no script) never cuts the chart off. Sizes mirror src/styles/global.css and
 * chart.css (1 rem = 16 px, body line height 1.6). Text is measured as if set in a wide font (DejaVu Sans, about
 * 0.55 em a character, bold 0.6), so lines wrap early and the estimate errs on the tall side; tests/browser/embed.test.ts checks
 * it against the real page for every chart.
 */
export function embedHeight(model: ChartModel, frameWidth: number, sourceText: string, lang: Lang): number {
  const t = useTranslations(lang);
  const inner = frameWidth - FRAME_PADDING;
  const width = approxWidth;
  const lines = (text: string, size: number, room = inner, bold = false) => Math.max(1, Math.ceil(width(text, size, bold) / room));
  /** Height of items laid out in a wrapping row (flex-wrap), each `gap` apart; an item wider than the row wraps its text. */
  const flow = (items: { text: string; extra: number }[], size: number, lineHeight: number, gap: number) => {
    let x = 0;
    let rows = 0;
    let rowLines = 1;
    let total = 0;
    for (const item of items) {
      const w = item.extra + width(item.text, size);
      if (x > 0 && x + w > inner) (total += rowLines * lineHeight + gap), (x = 0), (rowLines = 1), rows++;
      if (x === 0 && rows === 0 && total === 0) rows = 1;
      const itemLines = w > inner ? lines(item.text, size, inner - item.extra) : 1;
      rowLines = Math.max(rowLines, itemLines);
      x = itemLines > 1 ? inner : x + w + gap;
    }
    return items.length ? total + rowLines * lineHeight : 0;
  };
  const title = lines(model.title, 18.4, inner, true) * 18.4 * 1.3;
  const subtitle = lines(model.subtitle, 15.2) * 15.2 * 1.6 + 12;
  const controls = model.views.length > 1
    ? flow([{ text: `${t("chart.views")}:`, extra: 0 }, ...model.views.map((v) => ({ text: v.label, extra: 30 }))], 14.4, 44, 8) + 16
    : 0;
  const legend = model.legend.length ? flow(model.legend.map((e) => ({ text: e.label, extra: 21 })), 14, 22.4, 3.2) + 12 : 0;
  const rendering = inner < WIDE_FROM ? "narrow" : "wide";
  const chart = Math.max(...model.views.map((v) => {
    const size = svgSize((v.svgs.find((s) => s.name === rendering) ?? v.svgs[0]!).svg);
    return (inner * size.height) / size.width;
  }));
  const events = (model.events ?? []).length
    ? lines(t("timeline.chartEvents"), 13.6) * 21.8 + 13 +
      model.events.reduce((sum, e) => sum + lines(`${e.n}. ${e.text}`, 13.6, inner - 40) * 21.8, 0) + 13
    : 0;
  const foot = lines(sourceText, 13.6) * 21.8 + 13 + events;
  const credit = lines(`${t("embed.backLink", { site: t("site.title") })} · ${t("reuse.licence")}`, 13.6) * 21.8 + 8;
  return Math.ceil((24 + title + subtitle + controls + legend + chart + foot + credit) * 1.04 + 12);
}

/** The snippet's fallback: an aspect ratio for wide frames, a minimum height for narrow ones, and a fixed height for hosts that strip styles. */
export interface EmbedFallback {
  /** width ÷ height. */
  aspectRatio: number;
  minHeight: number;
  /** For hosts that drop the style attribute: tall enough for any width from 320 to 1280 px. */
  height: number;
}

/** The smallest fallback that shows the whole chart at every frame width from `min` to `max` px. */
export function embedFallback(heightAt: (width: number) => number, min = 300, max = 1280): EmbedFallback {
  const widths: number[] = [];
  for (let w = min; w <= max; w++) widths.push(w); // every pixel: a line that wraps one pixel earlier is a taller page
  const heights = widths.map(heightAt);
  // Narrow frames show the chart's narrow rendering, tall for its width: a minimum height covers them…
  const minHeight = Math.max(...heights.filter((_, i) => widths[i]! - FRAME_PADDING < WIDE_FROM));
  // …and an aspect ratio covers every wider frame the minimum height does not.
  const ratios = widths.map((w, i) => (heights[i]! > minHeight ? w / heights[i]! : Infinity));
  const aspectRatio = Math.floor(Math.min(...ratios, max / minHeight) * 100) / 100;
  return { aspectRatio, minHeight, height: Math.max(...heights) };
}

const fallbacks = new WeakMap<object, EmbedFallback>();
/**
 * embedFallback for one chart model, computed once however many pages and files print it (the chart page's snippet,
 * the oEmbed file). Models are cached per chart and language, so this is once per chart and language.
 */
export function embedFallbackOnce(model: object, heightAt: (width: number) => number): EmbedFallback {
  let fallback = fallbacks.get(model);
  if (!fallback) fallbacks.set(model, (fallback = embedFallback(heightAt)));
  return fallback;
}
