import { axisMargin } from "./kit/axisMargin.ts";
import * as Plot from "@observablehq/plot";
import type { ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";

/**
 * Codes of column `figure` in content/datasets/removals-and-detentions.csv for the rows drawn: removals by Mexico and by
 * the US. Mexico's detentions in the same dataset are drawn by the mexico-detentions chart, from its own fuller dataset.
 */
const REMOVALS_MEXICO = "removals-MEX";
const REMOVALS_US = "removals-USA";

const COLOURS = { mexico: "var(--chart-accent)", us: "var(--chart-seq-2)" } as const;
type Key = keyof typeof COLOURS;

const byYear = (a: Row, b: Row) => Number(a.year) - Number(b.year);
const removals = (rows: Row[]) =>
  rows.filter((r) => r.figure === REMOVALS_MEXICO || r.figure === REMOVALS_US).sort(byYear);
const keyOf = (row: Row): Key => (row.figure === REMOVALS_US ? "us" : "mexico");

function legend(rows: Row[]): LegendEntry[] {
  const used = new Set(removals(rows).map(keyOf));
  return (Object.keys(COLOURS) as Key[])
    .filter((k) => used.has(k))
    .map((key) => ({ key, color: COLOURS[key], label: key, values: {}, shape: "bar" }));
}

/**
 * Northern Triangle nationals removed by Mexico and by the US, side by side for each fiscal year. Each bar is named
 * under it as well as coloured, so the two countries are told apart without colour.
 */
export const removalsMexicoVsUs: ChartModule = {
  id: "removals-mexico-vs-us",
  views: ["removals"],
  legend,
  spec(rows, context) {
    const { width, fontSize, format, legend: labels } = context;
    const narrow = width < 480;
    const whole = (n: number) => format.number(n);
    const compact = (n: number) => format.compact(n, 0);
    const shown = removals(rows);
    const tip = (r: Row) =>
      `${word(context, "tip-removals", { by: labels[keyOf(r)] ?? "", year: String(r.year) })}\n${word(context, "removed", { count: whole(Number(r.count)) })}`;
    return {
      width,
      height: narrow ? 300 : 360,
      marginLeft: axisMargin(Math.max(...shown.map((r) => Number(r.count))), compact, fontSize, fontSize * 3.2),
      marginRight: fontSize * 0.5, // every pixel across goes to the bars, so the names under them keep apart
      marginTop: fontSize * 1.8,
      marginBottom: fontSize * 3.2,
      style: { fontSize: `${fontSize}px` },
      color: { type: "identity" as const },
      // The fiscal year under the bars' names.
      fx: {
        label: null,
        tickFormat: (y: number) => word(context, "fiscal-year", { year: String(y) }),
        padding: 0.08,
        tickSize: 0,
        tickPadding: fontSize * 1.6,
      },
      x: { axis: null, domain: [REMOVALS_MEXICO, REMOVALS_US], padding: 0.08 },
      // Headroom over the tallest bar, so its value stays clear of the axis label above the plot.
      y: {
        grid: true,
        label: word(context, "axis-y-removals"),
        tickFormat: compact,
        domain: [0, Math.max(...shown.map((r) => Number(r.count))) * 1.12],
        nice: true,
        ticks: narrow ? 4 : 8,
      },
      marks: [
        Plot.barY(shown, { fx: "year", x: "figure", y: "count", fill: (r: Row) => COLOURS[keyOf(r)], title: tip }),
        Plot.text(shown, {
          fx: "year",
          x: "figure",
          y: "count",
          text: (r: Row) => (narrow ? compact(Number(r.count)) : whole(Number(r.count))),
          dy: -fontSize * 0.7,
          fill: "currentColor",
        }),
        Plot.text(shown, {
          fx: "year",
          x: "figure",
          y: 0,
          text: (r: Row) => word(context, `bar-${keyOf(r)}${narrow ? "-narrow" : ""}`), // a bar's width on a phone
          dy: fontSize * 0.4,
          lineAnchor: "top",
          fill: "currentColor",
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  summary(rows, lang) {
    const { format } = lang;
    const whole = (n: number) => format.number(n);
    const ratio = (n: number) => format.number(n, 1);
    const rem = removals(rows);
    const years = [...new Set(rem.map((r) => Number(r.year)))];
    const pair = (year: number) =>
      [REMOVALS_MEXICO, REMOVALS_US].map((code) =>
        Number(rem.find((r) => r.year === year && r.figure === code)?.count),
      );
    const [mxFirst, usFirst] = pair(years[0]!);
    const [mxLast, usLast] = pair(years.at(-1)!);
    return {
      first: String(years[0]),
      last: String(years.at(-1)),
      mexicoFirst: whole(mxFirst!),
      usFirst: whole(usFirst!),
      ratioFirst: ratio(mxFirst! / usFirst!),
      mexicoLast: whole(mxLast!),
      usLast: whole(usLast!),
    };
  },
};
