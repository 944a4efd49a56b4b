import type { PlotOptions } from "@observablehq/plot";
import type { Row } from "../../schemas/dataset.ts";
import type { ChartFormat } from "./format.ts";

export type { ChartFormat } from "./format.ts";

/** What a chart is told about the language it speaks. */
export interface ChartLanguage {
  /** Chart id, so that a missing word names its file: content/charts/<chart>.yaml. */
  chart: string;
  /** BCP 47 locale for Intl, e.g. "en-US", "es-MX". */
  locale: string;
  /**
   * The chart's words from content/charts/<id>.yaml `words`, by key; templates use {name} placeholders. Read them with
   * kit/word.ts. Keys are kebab-case and say where the words go: `axis-x`/`axis-y`, `tip` and `tip-…` for tooltips,
   * `<prefix>-<code>` for the words of a data code (`country-HND` by ISO 3166-1 alpha-3, `hedge-some`, `stage-entries`).
   */
  words: Record<string, string>;
  /** Formatters bound to the locale (numbers, compact numbers, USD money, dates, lists). */
  format: ChartFormat;
  /** A source's name (its publisher) by source id, for tooltips that say where a figure was read; absent in tests that do not need it. */
  source?(id: string): string | undefined;
}

/** What a chart module is told when asked for one rendering: its language, and the view and size to draw. */
export interface ChartContext extends ChartLanguage {
  /** View id, one of the module's views. */
  view: string;
  /** Width in SVG pixels; the figure picks a rendering by its own width. */
  width: number;
  /** Font size in SVG pixels for this width, so text stays ≥ 12 CSS px where the rendering is shown. */
  fontSize: number;
  /** Legend labels by key, already filled. */
  legend: Record<string, string>;
  /** Timeline events that name this chart in `annotate`, numbered in date order; a chart draws those it can place. */
  events?: ChartEvent[];
}

/** A policy event a chart marks, linking to it on the timeline (content/timeline/*.yaml). */
export interface ChartEvent {
  id: string;
  /** Number shown on the mark and in the figure's list of events, from 1 in date order. */
  n: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  year: number;
  /** The event's short label. */
  label: string;
  /** Tooltip and accessible name: number, date, title and where the link goes. */
  tip: string;
  /** The event on the timeline page, base path included. */
  href: string;
}

/** One legend entry: the key the marks use and the CSS custom property that colours it. */
export interface LegendEntry {
  key: string;
  color: string;
  /** Values that fill the label template's {tokens}. */
  values: Record<string, string>;
  /** Label template key in content/charts/<id>.yaml `legend`. */
  label: string;
  /**
   * How the swatch is drawn (render/swatch.ts), as the chart draws the mark: a square, a square outlined as a map's
   * land is, a short thick line, a dot, a dot with an outline, a hollow square, or a dotted line.
   */
  shape: "bar" | "area" | "marker" | "dot" | "ring" | "outline" | "dash";
}

/**
 * A chart: pure functions from rows and words to Plot options and to the words around it. Never touches the DOM and
 * never writes a word of its own: every label, tooltip and unit comes from `lang.words`, every number, amount, date and
 * list goes through `lang.format`, and data are matched by their codes, never by display strings.
 */
export interface ChartModule {
  id: string;
  /** View ids, default first. */
  views: string[];
  /** The legend of one view: only what that view draws, so a view never lists a series it leaves out. */
  legend(rows: Row[], lang: ChartLanguage, view: string): LegendEntry[];
  /** The timeline events one view draws, for the list under it; without it, every event the chart is given. */
  eventsIn?(rows: Row[], view: string, events: ChartEvent[]): ChartEvent[];
  spec(rows: Row[], context: ChartContext): PlotOptions;
  /** Values for the title's and alt text's {tokens}. */
  summary(rows: Row[], lang: ChartLanguage): Record<string, string>;
}
