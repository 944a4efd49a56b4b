import * as Plot from "@observablehq/plot";
import { ticks } from "d3";
import type { ChartModule } from "./kit/chartModule.ts";
import { word } from "./kit/word.ts";
import { wrap } from "./kit/wrap.ts";
import type { Row } from "../schemas/dataset.ts";

/** Codes of column `figure` in content/datasets/mexico-detentions.csv: the year's bar, and another body's count of it. */
const YEAR_TOTAL = "year-total";
const OTHER_COUNT = "other-count";
/** Half the width of a bar, in years: bars fill most of their year, and the change of counting falls between two. */
const HALF = 0.38;

const byYear = (a: Row, b: Row) => Number(a.year) - Number(b.year);
/** The government's full-year totals, one per year: the bars. Part-year figures stay in the table. */
const totals = (rows: Row[]) => rows.filter((r) => r.figure === YEAR_TOTAL).sort(byYear);

/** The first year counted on a different basis from the year before (column `counted_as`), if any. */
export function breakYear(rows: Row[]): number | undefined {
  const bars = totals(rows);
  const changed = bars.find((row, i) => i > 0 && row.counted_as !== bars[i - 1]!.counted_as);
  return changed ? Number(changed.year) : undefined;
}

/** Years whose value is written on the bar: all of them when wide; on a phone the first, the peak, the last and the last before the break. */
function labelled(bars: Row[], narrow: boolean, changeYear: number | undefined): Row[] {
  if (!narrow) return bars;
  const peak = bars.reduce((a, b) => (Number(b.events) > Number(a.events) ? b : a));
  const keep = new Set([
    bars[0],
    peak,
    bars.at(-1),
    bars.findLast((r) => changeYear !== undefined && Number(r.year) < changeYear),
  ]);
  return bars.filter((r) => keep.has(r));
}

/**
 * Mexico's detention events as a bar per calendar year, the government's own full-year totals only. A rule marks the
 * year the way of counting changed, with its words beside it; another body's count of a year is in that year's tooltip.
 * Every year's tooltip sits on a full-height column, so even the shortest bar is easy to hit.
 */
export const mexicoDetentions: ChartModule = {
  id: "mexico-detentions",
  views: ["all"],
  legend: () => [],
  spec(rows, context) {
    const { width, fontSize, format } = context;
    const narrow = width < 480;
    const bars = totals(rows);
    const years = bars.map((r) => Number(r.year));
    const [first, last] = [years[0]!, years.at(-1)!];
    const change = breakYear(rows);
    const top = Math.max(...bars.map((r) => Number(r.events)));
    const others = rows.filter((r) => r.figure === OTHER_COUNT);
    const tip = (r: Row) =>
      [
        word(context, "tip", { year: String(r.year), events: format.number(Number(r.events)) }),
        word(context, "tip-counted", { what: String(r.counted_as) }),
        ...(context.source?.(r.source) ? [word(context, "tip-source", { source: context.source(r.source)! })] : []),
        ...others
          .filter((o) => o.year === r.year)
          .map((o) =>
            word(context, "tip-other", { events: format.number(Number(o.events)), by: String(o.compiled_by) }),
          ),
      ].join("\n");
    const margin = fontSize * 0.5;
    const gridLines = ticks(0, top, 3).filter((v) => v > 0); // the baseline needs no label
    const step = (width - 2 * margin) / (last - first + 1);
    // The note on the change of counting sits in the empty top left, right-aligned against its rule.
    const note =
      change === undefined
        ? []
        : wrap(
            word(context, "break", { year: String(change) }),
            Math.max(step * (change - first) - fontSize, fontSize * 8),
            fontSize,
          );
    return {
      width,
      height: narrow ? 300 : 360,
      marginLeft: margin,
      marginRight: margin,
      marginTop: fontSize * 1.5,
      marginBottom: fontSize * 2,
      style: { fontSize: `${fontSize}px` },
      x: { type: "linear", domain: [first - 0.5, last + 0.5], axis: null },
      y: { type: "linear", domain: [0, top * 1.08], nice: true, axis: null },
      marks: [
        Plot.ruleY(gridLines, { strokeOpacity: 0.15 }),
        // Axis labels above their grid lines, inside the frame: the bars get the whole width.
        Plot.text(gridLines, {
          x: first - 0.5,
          y: (v: number) => v,
          text: (v: number) => format.compact(v),
          textAnchor: "start",
          lineAnchor: "bottom",
          dy: -3,
          fill: "currentColor",
        }),
        Plot.text([word(context, "axis-y")], {
          text: (line: string) => line,
          frameAnchor: "top-left",
          dy: -fontSize * 1.2,
          lineAnchor: "top",
          textAnchor: "start",
          fill: "currentColor",
          fontWeight: 600,
        }),
        Plot.rectY(bars, {
          x1: (r: Row) => Number(r.year) - HALF,
          x2: (r: Row) => Number(r.year) + HALF,
          y: "events",
          fill: "var(--chart-seq-2)",
        }),
        Plot.text(labelled(bars, narrow, change), {
          x: "year",
          y: "events",
          text: (r: Row) => format.compact(Number(r.events)),
          dy: -fontSize * 0.7,
          fill: "currentColor",
        }),
        ...(change === undefined
          ? []
          : [
              Plot.ruleX([change - 0.5], { stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "4 3" }),
              Plot.text([note.join("\n")], {
                text: (line: string) => line,
                x: change - 0.5,
                frameAnchor: "top",
                dx: -fontSize * 0.4,
                dy: fontSize * 0.2,
                lineAnchor: "top",
                textAnchor: "end",
                fill: "currentColor",
                lineHeight: 1.2,
              }),
            ]),
        Plot.ruleY([0]),
        // Every year when wide; every other year on a phone, where four digits fill a bar's width.
        Plot.text(narrow ? years.filter((y) => (y - first) % 2 === 0) : years, {
          x: (y: number) => y,
          frameAnchor: "bottom",
          dy: fontSize * 0.4,
          text: (y: number) => String(y),
          lineAnchor: "top",
          fill: "currentColor",
        }),
        // A full-height column per year carries the tooltip: a hit area as wide as the year, however short its bar.
        Plot.rectY(bars, {
          x1: (r: Row) => Number(r.year) - 0.5,
          x2: (r: Row) => Number(r.year) + 0.5,
          y1: 0,
          y2: top * 1.08,
          fill: "currentColor",
          fillOpacity: 0,
          title: tip,
        }),
      ],
    };
  },
  summary(rows, { format }) {
    const bars = totals(rows);
    const peak = bars.reduce((a, b) => (Number(b.events) > Number(a.events) ? b : a));
    const low = bars.reduce((a, b) => (Number(b.events) < Number(a.events) ? b : a));
    const last = bars.at(-1)!;
    const others = rows.filter((r) => r.figure === OTHER_COUNT).sort(byYear);
    const change = breakYear(rows);
    return {
      firstYear: String(bars[0]!.year),
      lastYear: String(last.year),
      lastValue: format.number(Number(last.events)),
      peakYear: String(peak.year),
      peakValue: format.number(Number(peak.events)),
      lowYear: String(low.year),
      lowValue: format.number(Number(low.events)),
      breakYear: change === undefined ? "" : String(change),
      otherYears: format.list(others.map((r) => String(r.year))),
      otherBy: format.list([...new Set(others.map((r) => String(r.compiled_by)))]),
      otherValues: format.list(others.map((r) => format.number(Number(r.events)))),
    };
  },
};
