import type { ChartModel, ChartView } from "./chartModel.ts";
import { svgSize } from "../render/svgCompose.ts";
import { approxWidth } from "../charts/kit/approxWidth.ts";
import { BREAKS } from "../charts/kit/wrapText.ts";
import { useTranslations } from "../i18n/translations.ts";
import { RENDERINGS, WIDE_FROM, type Lang } from "../config.ts";

/** main's padding around the embedded chart, 0.75rem each side, in px. */
const FRAME_PADDING = 24;

/** The tallest frame WordPress allows (its host script clamps heights to 200–1000 px): the compact embed stays under it. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** "full": /embed/<id>/, every source and event listed. "compact": /embed/<id>/compact/, kept under WordPress's cap. */
export type EmbedLayout = "full" | "compact";

/** The words the embed page prints around the chart, as it prints them: its source line and its credit line. */
export interface EmbedText {
  source: string;
  credit: string;
}

/** The widest the compact embed draws each rendering, in CSS px (its SVGs' max-width). */
export interface ChartCaps {
  narrow: number;
  wide: number;
}

/** The narrowest each rendering may be drawn and keep its text at 12 CSS px or more (RENDERINGS in src/config.ts). */
const LEGIBLE = Object.fromEntries(RENDERINGS.map((r) => [r.name, Math.ceil((r.width * 12) / r.fontSize)])) as Record<
  keyof ChartCaps,
  number
>;

const aspectsOf = new WeakMap<ChartView, ChartCaps>();
/** A view's height ÷ width in each rendering (read from its SVGs once: the estimates ask for every frame width). */
function aspects(view: ChartView): ChartCaps {
  let found = aspectsOf.get(view);
  if (found) return found;
  const of = (name: keyof ChartCaps) => {
    const size = svgSize((view.svgs.find((s) => s.name === name) ?? view.svgs[0]!).svg);
    return size.height / size.width;
  };
  aspectsOf.set(view, (found = { narrow: of("narrow"), wide: of("wide") }));
  return found;
}

const wordsOf = new Map<string, string[]>();
/** A text's words (split where the browser may break a line), split once however many frame widths wrap it. */
function words(text: string): string[] {
  let found = wordsOf.get(text);
  if (!found) wordsOf.set(text, (found = text.split(BREAKS).filter(Boolean)));
  return found;
}

/** Which rendering a frame `frameWidth` px wide shows (chart.css's container query on the figure). */
const renderingAt = (frameWidth: number): keyof ChartCaps =>
  frameWidth - FRAME_PADDING < WIDE_FROM ? "narrow" : "wide";

/** An embed page's estimated parts in one frame width, before the safety margin: what every view shares, and per view what is not its chart. */
interface Parts {
  /** Padding, title, subtitle, view buttons, source line and credit. */
  shared: number;
  /** Per view: its legend and its list of events. */
  around: number[];
}

/** parts, estimated once per chart model, text, layout and frame width. */
function parts(model: ChartModel, frameWidth: number, text: EmbedText, lang: Lang, layout: EmbedLayout): Parts {
  const byKey = perText(partsOf, model, text);
  const key = `${layout} ${lang} ${frameWidth}`;
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = measureParts(model, frameWidth, text, lang, layout)));
  return found;
}

/**
 * Per chart model and text object, the parts of each layout and frame width already estimated (the compact caps and
 * the fallback ask for the same widths about a thousand times). Keyed by the objects, not by their words: a key
 * spelling out the source line cost more than the estimate it saved (site/embedModel.ts keeps one text per chart).
 */
const partsOf = new WeakMap<ChartModel, WeakMap<EmbedText, Map<string, Parts>>>();

/** The map kept in `store` for this model and text, made on first use. */
function perText<V>(
  store: WeakMap<ChartModel, WeakMap<EmbedText, Map<string, V>>>,
  model: ChartModel,
  text: EmbedText,
) {
  let byText = store.get(model);
  if (!byText) store.set(model, (byText = new WeakMap()));
  let found = byText.get(text);
  if (!found) byText.set(text, (found = new Map()));
  return found;
}

/**
 * How tall the parts of the embed page other than the chart are in a frame `frameWidth` px wide. Sizes mirror
 * src/styles/global.css, chart.css and the embed page's own styles (1 rem = 16 px, body line height 1.6). Text is
 * measured as if set in a wide font (DejaVu Sans, about 0.55 em a character, bold 0.6), so lines wrap early and the
 * estimate errs on the tall side.
 */
function measureParts(model: ChartModel, frameWidth: number, text: EmbedText, lang: Lang, layout: EmbedLayout): Parts {
  const t = useTranslations(lang);
  const inner = frameWidth - FRAME_PADDING;
  const width = approxWidth;
  // Greedy word wrap, as the browser sets the text: a line breaks before a word that does not fit, so long words
  // (Spanish runs to them: "centroamericanos", "everycrsreport.com") waste the end of a line, which a total width
  // divided by the room would miss. A word wider than the room takes lines of its own.
  const space = (size: number, bold: boolean) => width(" ", size, bold);
  const lines = (phrase: string, size: number, room = inner, bold = false) => {
    let count = 1;
    let x = 0;
    for (const word of words(phrase)) {
      const w = width(word, size, bold);
      if (x > 0 && x + space(size, bold) + w > room) {
        count++;
        x = 0;
      }
      if (w > room) {
        count += Math.ceil(w / room) - 1;
        x = w % room;
      } else x += (x > 0 ? space(size, bold) : 0) + w;
    }
    return count;
  };
  /** Height of items laid out in a wrapping row (flex-wrap), each `gap` apart; an item wider than the row wraps its text. */
  const flow = (items: { text: string; extra: number }[], size: number, lineHeight: number, gap: number) => {
    let x = 0;
    let rows = 0;
    let rowLines = 1;
    let total = 0;
    for (const item of items) {
      const w = item.extra + width(item.text, size);
      if (x > 0 && x + w > inner) ((total += rowLines * lineHeight + gap), (x = 0), (rowLines = 1), rows++);
      if (x === 0 && rows === 0 && total === 0) rows = 1;
      const itemLines = w > inner ? lines(item.text, size, inner - item.extra) : 1;
      rowLines = Math.max(rowLines, itemLines);
      x = itemLines > 1 ? inner : x + w + gap;
    }
    return items.length ? total + rowLines * lineHeight : 0;
  };
  const compact = layout === "compact";
  const [titleSize, subtitleSize, subtitleLine] = compact ? [16, 12.8, 1.4] : [18.4, 15.2, 1.6];
  const title = lines(model.title, titleSize, inner, true) * titleSize * 1.3;
  const subtitle = lines(model.subtitle, subtitleSize) * subtitleSize * subtitleLine + 12;
  // The compact layout drops the "View:" label (the group is named for screen readers) and shares one row among the
  // buttons, whose labels wrap inside them: the row is as tall as the button with the most lines.
  const n = model.views.length;
  const buttonLines = Math.max(...model.views.map((v) => lines(v.label, 12.8, (inner - 8 * (n - 1)) / n - 22)));
  const controls =
    n < 2
      ? 0
      : compact
        ? Math.max(44, buttonLines * 12.8 * 1.3 + 21) + 16
        : flow(
            [{ text: `${t("chart.views")}:`, extra: 0 }, ...model.views.map((v) => ({ text: v.label, extra: 30 }))],
            14.4,
            44,
            8,
          ) + 16;
  const legend = (view: ChartView) =>
    view.legend.length
      ? flow(
          view.legend.map((e) => ({ text: e.label, extra: 21 })),
          14,
          22.4,
          3.2,
        ) + 12
      : 0;
  const events = (view: ChartView) =>
    view.events.length === 0
      ? 0
      : compact
        ? 34 + 13 // the summary line, the list closed
        : lines(t("timeline.chartEvents"), 13.6) * 21.8 +
          13 +
          view.events.reduce((sum, e) => sum + lines(`${e.n}. ${e.text}`, 13.6, inner - 40) * 21.8, 0) +
          13;
  const foot = lines(text.source, 13.6) * 21.8 + 13;
  const credit = lines(text.credit, 13.6) * 21.8 + 8;
  return {
    shared: 24 + title + subtitle + controls + foot + credit,
    around: model.views.map((v) => legend(v) + events(v)),
  };
}

/** The safety margin over the estimate: 4 % and 12 px. */
const withMargin = (height: number) => Math.ceil(height * 1.04 + 12);

/**
 * How tall /embed/<id>/ (or its compact layout, drawn no wider than `caps`) is in a frame `frameWidth` px wide, in its
 * tallest view, estimated from its words and SVGs so that a fallback size (for hosts that run no script) never cuts
 * the chart off; tests/browser/embed.test.ts checks it against the real page for every chart.
 */
export function embedHeight(
  model: ChartModel,
  frameWidth: number,
  text: EmbedText,
  lang: Lang,
  layout: EmbedLayout = "full",
  caps?: ChartCaps,
): number {
  const rendering = renderingAt(frameWidth);
  const drawn = Math.min(frameWidth - FRAME_PADDING, caps?.[rendering] ?? Infinity);
  const { shared, around } = parts(model, frameWidth, text, lang, layout);
  return withMargin(shared + Math.max(...model.views.map((v, i) => around[i]! + drawn * aspects(v)[rendering])));
}

/**
 * The compact embed's widest drawing of each rendering: as wide as fits the whole page, in every view, under `max` px
 * in every frame from 300 to 1280 px wide, but never so narrow that chart text drops under 12 px (a chart that cannot
 * fit then overflows the cap rather than turn unreadable).
 */
export function compactCaps(model: ChartModel, text: EmbedText, lang: Lang, max = WORDPRESS_MAX_HEIGHT): ChartCaps {
  const byKey = perText(capsOf, model, text);
  const key = `${lang} ${max}`;
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = findCaps(model, text, lang, max)));
  return found;
}

/** compactCaps already found, per chart model, text, language and height cap (the oEmbed file asks again). */
const capsOf = new WeakMap<ChartModel, WeakMap<EmbedText, Map<string, ChartCaps>>>();

function findCaps(model: ChartModel, text: EmbedText, lang: Lang, max: number): ChartCaps {
  const caps: ChartCaps = { narrow: Infinity, wide: Infinity };
  for (let w = 300; w <= 1280; w++) {
    const rendering = renderingAt(w);
    const { shared, around } = parts(model, w, text, lang, "compact");
    model.views.forEach((view, i) => {
      const room = (max - 12) / 1.04 - shared - around[i]! - 1; // withMargin, inverted
      caps[rendering] = Math.min(caps[rendering], room / aspects(view)[rendering]);
    });
  }
  return {
    narrow: Math.max(LEGIBLE.narrow, Math.floor(caps.narrow)),
    wide: Math.max(LEGIBLE.wide, Math.floor(caps.wide)),
  };
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

const fallbacks = new WeakMap<object, Map<string, EmbedFallback>>();
/**
 * embedFallback for one chart model (and `layout`), computed once however many pages and files print it (the chart
 * page's snippets, the oEmbed file). Models are cached per chart and language, so this is once per chart and language.
 */
export function embedFallbackOnce(
  model: object,
  heightAt: (width: number) => number,
  layout: EmbedLayout = "full",
): EmbedFallback {
  let byLayout = fallbacks.get(model);
  if (!byLayout) fallbacks.set(model, (byLayout = new Map()));
  let fallback = byLayout.get(layout);
  if (!fallback) byLayout.set(layout, (fallback = embedFallback(heightAt)));
  return fallback;
}
