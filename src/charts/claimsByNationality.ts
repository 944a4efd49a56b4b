import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { formatDate } from "../i18n/formatDate.ts";

/** The years the switch offers, oldest first; 2017 (the Urgent Action's year) is the default view. */
const YEARS = ["2017", "2018", "2022", "2024"];
/** The row that groups every nationality a source did not name; it is drawn last whatever its size. */
const OTHER = "Other";
/** The Urgent Action's date: its rows are the only ones from that source. */
const UA_SOURCE = "amnesty-ua-150-18";
const UA_DATE = "2018-08-28";

const num = (locale: string) => new Intl.NumberFormat(locale).format;
const and = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
const claims = (row: Row) => Number(row.claims);
const legendKey = (row: Row) => (row.source === UA_SOURCE ? "urgent-action" : "comar");

/** One year's rows, largest first, with "Other" at the bottom. */
function yearRows(rows: Row[], year: string): Row[] {
  return rows
    .filter((r) => String(r.year) === year)
    .sort((a, b) => Number(a.nationality === OTHER) - Number(b.nationality === OTHER) || claims(b) - claims(a));
}

/** COMAR's figures in the chart's blue; the Urgent Action's in the accent, as in the asylum-claims chart. */
function legend(rows: Row[], { locale }: ChartLanguage): LegendEntry[] {
  const comarYears = [...new Set(rows.filter((r) => legendKey(r) === "comar").map((r) => String(r.year)))].sort();
  const entries: LegendEntry[] = [{ key: "comar", color: "var(--chart-seq-2)", label: "comar", values: { years: and(locale, comarYears) }, shape: "bar" }];
  if (rows.some((r) => legendKey(r) === "urgent-action")) {
    entries.push({ key: "urgent-action", color: "var(--chart-accent)", label: "urgent-action", values: { date: formatDate(UA_DATE, locale) }, shape: "bar" });
  }
  return entries;
}

/**
 * Claims by nationality for one year as horizontal bars, on one scale shared by every year so that switching years
 * shows growth. Each row also gets a transparent band across the whole plot that carries the tooltip: the same box for
 * every row (keyboard order runs top to bottom) and a tap target even where a bar is a few pixels long.
 */
export const claimsByNationality: ChartModule = {
  id: "claims-by-nationality",
  views: YEARS,
  legend,
  spec(rows, { view, width, fontSize, locale, legend: labels }) {
    const shown = yearRows(rows, view);
    const max = Math.max(...rows.map(claims));
    const narrow = width < 480;
    const format = num(locale);
    const colors = new Map(legend(rows, { locale } as ChartLanguage).map((e) => [e.key, e.color]));
    const step = fontSize * (narrow ? 2.3 : 2.4);
    const marginTop = fontSize * 0.5;
    const marginBottom = fontSize * 3;
    const tip = (r: Row) => `${r.nationality}, ${r.year}: ${format(claims(r))} claims\n${labels[legendKey(r)]}`;
    return {
      width,
      height: Math.round(marginTop + marginBottom + shown.length * step),
      marginTop,
      marginBottom,
      marginLeft: fontSize * 6.4, // room for "El Salvador"
      marginRight: fontSize * 3.6, // room for the value beside the longest bar
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, max],
        nice: true,
        grid: true,
        label: "Claims",
        labelAnchor: "right",
        ticks: narrow ? 3 : 6,
        tickFormat: new Intl.NumberFormat(locale, { notation: "compact" }).format,
      },
      y: { domain: shown.map((r) => String(r.nationality)), label: null, padding: 0.2, tickSize: 0 },
      color: { type: "identity" },
      marks: [
        Plot.barX(shown, { x: "claims", y: "nationality", fill: (r: Row) => colors.get(legendKey(r)) }),
        Plot.text(shown, { x: "claims", y: "nationality", text: (r: Row) => format(claims(r)), textAnchor: "start", dx: 4, fill: "currentColor" }),
        Plot.ruleX([0]),
        Plot.barX(shown, { x1: 0, x2: max, y: "nationality", fill: "transparent", title: tip }),
      ],
    };
  },
  summary(rows, { locale }) {
    const format = num(locale);
    const years = YEARS.filter((y) => rows.some((r) => String(r.year) === y));
    const byYear = new Map(years.map((y) => [y, yearRows(rows, y).filter((r) => r.nationality !== OTHER)]));
    const first = years[0]!;
    const last = years.at(-1)!;
    const leader = String(byYear.get(last)![0]!.nationality);
    const leaderYears = years.filter((y) => byYear.get(y)![0]!.nationality === leader);
    const runnersUp = (year: string) => and(locale, byYear.get(year)!.slice(1, 3).map((r) => `${r.nationality} (${format(claims(r))})`));
    const leaderValues = years.flatMap((y) => byYear.get(y)!.filter((r) => r.nationality === leader).map((r) => `${format(claims(r))} (${y})`));
    return {
      years: and(locale, years),
      first,
      last,
      firstLeader: String(byYear.get(first)![0]!.nationality),
      firstRunnersUp: runnersUp(first),
      lastRunnersUp: runnersUp(last),
      leader,
      leaderYears: and(locale, leaderYears),
      leaderValues: and(locale, leaderValues),
    };
  },
};
