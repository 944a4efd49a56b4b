import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";

/** The years the switch offers, oldest first; 2017 (the Urgent Action's year) is the default view. */
const YEARS = ["2017", "2018", "2022", "2024"];
/**
 * Rows are told apart by column `iso3`, the nationality's ISO 3166-1 alpha-3 code, named by the words `country-<code>`.
 * A row without one groups every nationality the source did not name: it is drawn last whatever its size.
 */
const OTHER = "other";
/** The Urgent Action's date: its rows are the only ones from that source. */
const UA_SOURCE = "amnesty-ua-150-18";
const UA_DATE = "2018-08-28";

/** A row's nationality code, or OTHER. */
const codeOf = (row: Row) => (row.iso3 === null ? OTHER : String(row.iso3));
/** A nationality code in the chart's language. */
const nameOf = (lang: ChartLanguage, code: string) => word(lang, code === OTHER ? "other" : `country-${code}`);
const claims = (row: Row) => Number(row.claims);
const legendKey = (row: Row) => (row.source === UA_SOURCE ? "urgent-action" : "comar");

/** One year's rows, largest first, with the other nationalities at the bottom. */
function yearRows(rows: Row[], year: string): Row[] {
  return rows
    .filter((r) => String(r.year) === year)
    .sort((a, b) => Number(codeOf(a) === OTHER) - Number(codeOf(b) === OTHER) || claims(b) - claims(a));
}

/** COMAR's figures in the chart's blue; the Urgent Action's in the accent, as in the asylum-claims chart; each view keys only the year it draws. */
function legend(all: Row[], { format }: ChartLanguage, view: string): LegendEntry[] {
  const rows = all.filter((r) => String(r.year) === view);
  const comarYears = [...new Set(rows.filter((r) => legendKey(r) === "comar").map((r) => String(r.year)))].sort();
  const entries: LegendEntry[] = comarYears.length
    ? [
        {
          key: "comar",
          color: "var(--chart-seq-2)",
          label: "comar",
          values: { years: format.list(comarYears) },
          shape: "bar",
        },
      ]
    : [];
  if (rows.some((r) => legendKey(r) === "urgent-action")) {
    entries.push({
      key: "urgent-action",
      color: "var(--chart-accent)",
      label: "urgent-action",
      values: { date: format.date(UA_DATE) },
      shape: "bar",
    });
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
  spec(rows, context) {
    const { view, width, fontSize, format, legend: labels } = context;
    const shown = yearRows(rows, view);
    const max = Math.max(...rows.map(claims));
    const narrow = width < 480;
    const colors = new Map(legend(rows, context, view).map((e) => [e.key, e.color]));
    const step = fontSize * (narrow ? 2.3 : 2.4);
    const marginTop = fontSize * 0.5;
    const marginBottom = fontSize * 3;
    const bandGap = ((shown.length * step) / (shown.length + 0.2)) * 0.2; // the y scale's padding between two bands, in pixels
    const tip = (r: Row) =>
      `${word(context, "tip", { country: nameOf(context, codeOf(r)), year: String(r.year), claims: format.number(claims(r)) })}\n${labels[legendKey(r)]}`;
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
        label: word(context, "axis-x"),
        labelAnchor: "right",
        ticks: narrow ? 3 : 6,
        tickFormat: (v: number) => format.compact(v),
      },
      y: {
        domain: shown.map(codeOf),
        label: null,
        padding: 0.2,
        tickSize: 0,
        tickFormat: (code: string) => nameOf(context, code),
      },
      color: { type: "identity" },
      marks: [
        Plot.barX(shown, { x: "claims", y: codeOf, fill: (r: Row) => colors.get(legendKey(r)) }),
        Plot.text(shown, {
          x: "claims",
          y: codeOf,
          text: (r: Row) => format.number(claims(r)),
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
        }),
        Plot.ruleX([0]),
        // The band reaches over the padding to its neighbours', so each is a whole row tall: 24 CSS px or more at 320 px.
        Plot.barX(shown, {
          x1: 0,
          x2: max,
          y: codeOf,
          fill: "transparent",
          title: tip,
          insetTop: -bandGap / 2,
          insetBottom: -bandGap / 2,
        }),
      ],
    };
  },
  summary(rows, lang) {
    const { format } = lang;
    const name = (r: Row) => nameOf(lang, codeOf(r));
    const years = YEARS.filter((y) => rows.some((r) => String(r.year) === y));
    const byYear = new Map(years.map((y) => [y, yearRows(rows, y).filter((r) => codeOf(r) !== OTHER)]));
    const first = years[0]!;
    const last = years.at(-1)!;
    const leader = byYear.get(last)![0]!;
    const leaderYears = years.filter((y) => codeOf(byYear.get(y)![0]!) === codeOf(leader));
    const withClaims = (r: Row) => word(lang, "with-claims", { country: name(r), claims: format.number(claims(r)) });
    const runnersUp = (year: string) => format.list(byYear.get(year)!.slice(1, 3).map(withClaims));
    const inYear = (r: Row) => word(lang, "claims-in-year", { claims: format.number(claims(r)), year: String(r.year) });
    const leaderValues = years.flatMap((y) =>
      byYear
        .get(y)!
        .filter((r) => codeOf(r) === codeOf(leader))
        .map(inYear),
    );
    return {
      years: format.list(years),
      first,
      last,
      firstLeader: name(byYear.get(first)![0]!),
      firstRunnersUp: runnersUp(first),
      lastRunnersUp: runnersUp(last),
      leader: name(leader),
      leaderYears: format.list(leaderYears),
      leaderValues: format.list(leaderValues),
    };
  },
};
