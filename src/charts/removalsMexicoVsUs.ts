import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";

/** Row kinds in content/datasets/removals-and-detentions.csv (column `measure`); parts of a year's total are not drawn. */
const REMOVALS = "removals";
const DETENTIONS = "detentions";
/** The definition Mexico used before 2021; later years count people sent to shelters too and get their own colour. */
const OLD_DEFINITION = "presented to the INM";

const COLOURS = { mexico: "var(--chart-accent)", us: "var(--chart-seq-2)", "new-definition": "var(--chart-seq-3)" } as const;
type Key = keyof typeof COLOURS;

const byYear = (a: Row, b: Row) => Number(a.year) - Number(b.year);
const removals = (rows: Row[]) => rows.filter((r) => r.measure === REMOVALS).sort(byYear);
const detentions = (rows: Row[]) => rows.filter((r) => r.measure === DETENTIONS).sort(byYear);
const keyOf = (row: Row): Key => (row.measure === DETENTIONS && row.definition !== OLD_DEFINITION ? "new-definition" : row.by === "Mexico" ? "mexico" : "us");

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
  spec(rows, { view, width, fontSize, locale, legend: labels }) {
    const narrow = width < 480;
    const whole = new Intl.NumberFormat(locale).format;
    const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 0 }).format;
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
      const tip = (r: Row) => `${r.year}: ${whole(Number(r.count))} detention events\nCounted as ${r.definition}`;
      return {
        ...base,
        x: { type: "band", domain: years, label: null, padding: 0.2, ticks: narrow ? years.filter((y) => y % 2 === 1) : years, tickFormat: String },
        y: { grid: true, label: "Detention events", tickFormat: compact, nice: true, ticks: narrow ? 4 : 8 },
        marks: [
          Plot.barY(shown, { x: "year", y: "count", fill: (r: Row) => COLOURS[keyOf(r)], title: tip }),
          narrow ? null : Plot.text(shown, { x: "year", y: "count", text: (r: Row) => compact(Number(r.count)), dy: -fontSize * 0.7, fill: "currentColor" }),
          Plot.text(missing, { x: (y: number) => y, y: 0, text: () => "n/a", dy: -fontSize * 0.8, fill: "currentColor" }),
          // A transparent column over an empty year carries its tooltip (a bar, so it sorts by position like the others).
          Plot.barY(missing, { x: (y: number) => y, y1: 0, y2: Math.max(...shown.map((r) => Number(r.count))), fill: "currentColor", fillOpacity: 0, title: (y: number) => `${y}: no full-year figure found` }),
          Plot.ruleY([0]),
        ],
      };
    }
    const shown = removals(rows);
    const tip = (r: Row) => `${labels[keyOf(r)] ?? r.by}, FY${r.year}\n${whole(Number(r.count))} ${r.definition}`;
    return {
      ...base,
      fx: { label: null, tickFormat: (y: number) => `FY${y}`, padding: 0.15 },
      x: { axis: null, domain: ["Mexico", "United States"], padding: 0.08 },
      y: { grid: true, label: "Removals", tickFormat: compact, nice: true, ticks: narrow ? 4 : 8 },
      marks: [
        Plot.barY(shown, { fx: "year", x: "by", y: "count", fill: (r: Row) => COLOURS[keyOf(r)], title: tip }),
        Plot.text(shown, { fx: "year", x: "by", y: "count", text: (r: Row) => (narrow ? compact(Number(r.count)) : whole(Number(r.count))), dy: -fontSize * 0.7, fill: "currentColor" }),
        Plot.ruleY([0]),
      ],
    };
  },
  summary(rows, { locale }) {
    const whole = new Intl.NumberFormat(locale).format;
    const ratio = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format;
    const and = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
    const rem = removals(rows);
    const years = [...new Set(rem.map((r) => Number(r.year)))];
    const pair = (year: number) => ["Mexico", "United States"].map((by) => Number(rem.find((r) => r.year === year && r.by === by)?.count));
    const [mxFirst, usFirst] = pair(years[0]!);
    const [mxLast, usLast] = pair(years.at(-1)!);
    const det = detentions(rows);
    const low = det.reduce((a, b) => (Number(b.count) < Number(a.count) ? b : a));
    const high = det.reduce((a, b) => (Number(b.count) > Number(a.count) ? b : a));
    const missing = detentionYears(rows).filter((y) => !det.some((r) => r.year === y));
    const changed = det.find((r) => r.definition !== OLD_DEFINITION);
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
      missing: missing.length ? and(missing.map(String)) : "none",
    };
  },
};
