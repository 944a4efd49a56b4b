import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";

/**
 * Codes of column `figure` in content/datasets/removals-and-detentions.csv for the rows drawn: removals by Mexico and by
 * the US; Mexico's detentions counted the old way (people presented to the INM) and, from 2021, the new way (people
 * sent to shelters too), which gets its own colour. Parts of a year's total and other counts are not drawn.
 */
const REMOVALS_MEXICO = "removals-MEX";
const REMOVALS_US = "removals-USA";
const OLD_DEFINITION = "detentions-presented";
const NEW_DEFINITION = "detentions-presented-or-channelled";

const COLOURS = { mexico: "var(--chart-accent)", us: "var(--chart-seq-2)", "new-definition": "var(--chart-seq-3)" } as const;
type Key = keyof typeof COLOURS;

const byYear = (a: Row, b: Row) => Number(a.year) - Number(b.year);
const removals = (rows: Row[]) => rows.filter((r) => r.figure === REMOVALS_MEXICO || r.figure === REMOVALS_US).sort(byYear);
const detentions = (rows: Row[]) => rows.filter((r) => r.figure === OLD_DEFINITION || r.figure === NEW_DEFINITION).sort(byYear);
const keyOf = (row: Row): Key => (row.figure === NEW_DEFINITION ? "new-definition" : row.figure === REMOVALS_US ? "us" : "mexico");

/** Every calendar year from the first detention figure to the last, so a year without a figure shows as a gap. */
function detentionYears(rows: Row[]): number[] {
  const years = detentions(rows).map((r) => Number(r.year));
  if (!years.length) return [];
  return Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i);
}

function legend(rows: Row[]): LegendEntry[] {
  const used = new Set([...removals(rows), ...detentions(rows)].map(keyOf));
  return (Object.keys(COLOURS) as Key[]).filter((k) => used.has(k)).map((key) => ({ key, color: COLOURS[key], label: key, values: {}, shape: "bar" }));
}

/**
 * Two views of enforcement. "removals": Northern Triangle nationals removed by Mexico and by the US, side by side for
 * each fiscal year. "detentions": Mexico's detention events by calendar year, coloured by the definition in force, with
 * an empty, labelled slot for a year that has no figure.
 */
export const removalsMexicoVsUs: ChartModule = {
  id: "removals-mexico-vs-us",
  views: ["removals", "detentions"],
  legend,
  spec(rows, context) {
    const { view, width, fontSize, format, legend: labels } = context;
    const narrow = width < 480;
    const whole = (n: number) => format.number(n);
    const compact = (n: number) => format.compact(n, 0);
    const base = {
      width,
      height: narrow ? 300 : 360,
      marginLeft: fontSize * 3.2,
      marginTop: fontSize * 1.8,
      style: { fontSize: `${fontSize}px` },
      color: { type: "identity" as const },
    };
    if (view === "detentions") {
      const shown = detentions(rows);
      const years = detentionYears(rows);
      const missing = years.filter((y) => !shown.some((r) => r.year === y));
      const tip = (r: Row) => `${word(context, "tip-detentions", { year: String(r.year), count: whole(Number(r.count)) })}\n${word(context, `counted-${r.figure}`)}`;
      return {
        ...base,
        x: { type: "band", domain: years, label: null, padding: 0.2, ticks: narrow ? years.filter((y) => y % 2 === 1) : years, tickFormat: String },
        y: { grid: true, label: word(context, "axis-y-detentions"), tickFormat: compact, nice: true, ticks: narrow ? 4 : 8 },
        marks: [
          Plot.barY(shown, { x: "year", y: "count", fill: (r: Row) => COLOURS[keyOf(r)], title: tip }),
          narrow ? null : Plot.text(shown, { x: "year", y: "count", text: (r: Row) => compact(Number(r.count)), dy: -fontSize * 0.7, fill: "currentColor" }),
          Plot.text(missing, { x: (y: number) => y, y: 0, text: () => word(context, "missing"), dy: -fontSize * 0.8, fill: "currentColor" }),
          // A transparent column over an empty year carries its tooltip (a bar, so it sorts by position like the others).
          Plot.barY(missing, { x: (y: number) => y, y1: 0, y2: Math.max(...shown.map((r) => Number(r.count))), fill: "currentColor", fillOpacity: 0, title: (y: number) => word(context, "tip-missing", { year: String(y) }) }),
          Plot.ruleY([0]),
        ],
      };
    }
    const shown = removals(rows);
    const tip = (r: Row) => `${word(context, "tip-removals", { by: labels[keyOf(r)] ?? "", year: String(r.year) })}\n${word(context, "removed", { count: whole(Number(r.count)) })}`;
    return {
      ...base,
      fx: { label: null, tickFormat: (y: number) => word(context, "fiscal-year", { year: String(y) }), padding: 0.15 },
      x: { axis: null, domain: [REMOVALS_MEXICO, REMOVALS_US], padding: 0.08 },
      y: { grid: true, label: word(context, "axis-y-removals"), tickFormat: compact, nice: true, ticks: narrow ? 4 : 8 },
      marks: [
        Plot.barY(shown, { fx: "year", x: "figure", y: "count", fill: (r: Row) => COLOURS[keyOf(r)], title: tip }),
        Plot.text(shown, { fx: "year", x: "figure", y: "count", text: (r: Row) => (narrow ? compact(Number(r.count)) : whole(Number(r.count))), dy: -fontSize * 0.7, fill: "currentColor" }),
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
    const pair = (year: number) => [REMOVALS_MEXICO, REMOVALS_US].map((code) => Number(rem.find((r) => r.year === year && r.figure === code)?.count));
    const [mxFirst, usFirst] = pair(years[0]!);
    const [mxLast, usLast] = pair(years.at(-1)!);
    const det = detentions(rows);
    const low = det.reduce((a, b) => (Number(b.count) < Number(a.count) ? b : a));
    const high = det.reduce((a, b) => (Number(b.count) > Number(a.count) ? b : a));
    const missing = detentionYears(rows).filter((y) => !det.some((r) => r.year === y));
    const changed = det.find((r) => r.figure !== OLD_DEFINITION);
    return {
      first: String(years[0]),
      last: String(years.at(-1)),
      mexicoFirst: whole(mxFirst!),
      usFirst: whole(usFirst!),
      ratioFirst: ratio(mxFirst! / usFirst!),
      mexicoLast: whole(mxLast!),
      usLast: whole(usLast!),
      detentionFirst: String(det[0]?.year),
      detentionLast: String(det.at(-1)?.year),
      lowYear: String(low.year),
      lowValue: whole(Number(low.count)),
      highYear: String(high.year),
      highValue: whole(Number(high.count)),
      changedFrom: String(changed?.year ?? ""),
      missing: missing.length ? format.list(missing.map(String)) : word(lang, "none"),
    };
  },
};
