import * as Plot from "@observablehq/plot";
import type { ChartEvent, ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";

const LAST_EARLY_YEAR = 2018;
const legendKey = (row: Row) => `${row.series}-${row.vintage}`;
const inView = (view: string) => (row: Row) => view !== "to-2018" || Number(row.year) <= LAST_EARLY_YEAR;

/** COMAR vintages get shades of one hue, oldest lightest; the Urgent Action gets the accent. */
function legend(rows: Row[], { format }: ChartLanguage): LegendEntry[] {
  const vintages = [...new Set(rows.filter((r) => r.series === "comar").map((r) => String(r.vintage)))].sort();
  const comar = vintages.map((vintage, i): LegendEntry => ({
    key: `comar-${vintage}`,
    color: `var(--chart-seq-${i + 1})`,
    label: "comar",
    values: { date: format.date(vintage) },
    shape: "bar",
  }));
  const ua = rows.find((r) => r.series === "urgent-action");
  const marker: LegendEntry[] = ua
    ? [{ key: legendKey(ua), color: "var(--chart-accent)", label: "urgent-action", values: { date: format.date(String(ua.vintage)) }, shape: "marker" }]
    : [];
  return [...comar, ...marker];
}

/** Events in the years shown, each with its level in its year's stack (0 nearest the plot). */
const placeEvents = (events: ChartEvent[], years: number[]) => {
  const seen = new Map<number, number>();
  return events.filter((e) => years.includes(e.year)).map((e) => {
    const level = seen.get(e.year) ?? 0;
    seen.set(e.year, level + 1);
    return { ...e, level };
  });
};

/** Numbered policy-event markers above the bars, one row per stack level; each marker links to its timeline event. */
function eventMarks(events: ReturnType<typeof placeEvents>, radius: number): Plot.Markish[] {
  const levels = [...new Set(events.map((e) => e.level))];
  return levels.flatMap((level) => {
    const row = events.filter((e) => e.level === level);
    const dy = -(radius + 4) - level * (radius * 2 + 3);
    return [
      // target _top: from an embedded chart, the timeline opens in the reader's window, not inside the frame
      Plot.dot(row, { x: "year", frameAnchor: "top", dy, r: radius, fill: "currentColor", stroke: "none", href: "href", target: "_top", title: "tip" }),
      Plot.text(row, { x: "year", frameAnchor: "top", dy, text: (e: ChartEvent) => String(e.n), lineAnchor: "middle", fill: "var(--bg)", fontWeight: "bold", pointerEvents: "none" }),
    ];
  });
}

/** COMAR asylum claims per year as bars, shaded by publication date; the Urgent Action's figures as markers. */
export const asylumClaims: ChartModule = {
  id: "asylum-claims",
  views: ["all", "to-2018"],
  legend,
  spec(rows, context) {
    const { view, width, fontSize, format, legend: labels, events = [] } = context;
    const shown = rows.filter(inView(view));
    const colors = new Map(legend(rows, context).map((e) => [e.key, e.color]));
    const years = [...new Set(shown.map((r) => Number(r.year)))].sort((a, b) => a - b);
    const narrow = width < 480;
    const tip = (r: Row) => `${word(context, "tip", { year: String(r.year), claims: format.number(Number(r.claims)) })}\n${labels[legendKey(r)]}`;
    const placed = placeEvents(events, years);
    const radius = Math.round(fontSize * 0.65);
    const eventRows = placed.length ? Math.max(...placed.map((e) => e.level)) + 1 : 0;
    return {
      width,
      height: narrow ? 280 : 360,
      marginLeft: fontSize * 3.2,
      marginTop: fontSize * 1.6 + eventRows * (radius * 2 + 3),
      style: { fontSize: `${fontSize}px` },
      x: {
        type: "band",
        domain: years,
        label: null,
        padding: 0.2,
        ticks: narrow && years.length > 8 ? years.filter((y) => y % 2 === 0) : years,
        tickFormat: (y: number) => String(y),
      },
      y: { grid: true, label: word(context, "axis-y"), tickFormat: (v: number) => format.compact(v), nice: true },
      color: { type: "identity" },
      marks: [
        Plot.barY(shown.filter((r) => r.series === "comar"), { x: "year", y: "claims", fill: (r: Row) => colors.get(legendKey(r)), title: tip }),
        Plot.tickY(shown.filter((r) => r.series === "urgent-action"), { x: "year", y: "claims", stroke: (r: Row) => colors.get(legendKey(r)), strokeWidth: 4, title: tip }),
        Plot.ruleY([0]),
        ...eventMarks(placed, radius),
      ],
    };
  },
  summary(rows, { format }) {
    const count = (r: Row) => format.number(Number(r.claims));
    const comar = rows.filter((r) => r.series === "comar").sort((a, b) => Number(a.year) - Number(b.year));
    const ua = rows.filter((r) => r.series === "urgent-action").sort((a, b) => Number(a.year) - Number(b.year));
    const first = comar[0]!;
    const last = comar.at(-1)!;
    const peak = comar.reduce((a, b) => (Number(b.claims) > Number(a.claims) ? b : a));
    const revised = ua.map((u) => comar.find((c) => c.year === u.year)).filter((r): r is Row => r !== undefined);
    return {
      first: String(first.year),
      firstValue: count(first),
      last: String(last.year),
      lastValue: count(last),
      peak: String(peak.year),
      peakValue: count(peak),
      ratio: format.number(Number(peak.claims) / Number(first.claims)),
      uaYears: format.list(ua.map((r) => String(r.year))),
      uaValues: format.list(ua.map(count)),
      revisedValues: format.list(revised.map(count)),
    };
  },
};
