import { axisMargin } from "./kit/axisMargin.ts";
import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { ChartEvent, ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";
import { wrap } from "./kit/wrap.ts";
import { approxWidth } from "./kit/approxWidth.ts";
import { hitRuns, hitSize } from "./kit/hitAreas.ts";

/** Codes of column `series`: COMAR's own count (the bars) and the Urgent Action's figures (the dots beside them). */
const COMAR = "comar";
const UA = "urgent-action";
const LAST_EARLY_YEAR = 2018;
/** Half a bar's width, in years: the rest of each year is the gap where an Urgent Action dot sits beside its bar. */
const HALF = { narrow: 0.32, wide: 0.34 };
const BAR = "var(--chart-seq-2)";
const UA_FILL = "var(--chart-accent)";

const byYear = (a: Row, b: Row) => Number(a.year) - Number(b.year);
const inView = (view: string) => (row: Row) => view !== "to-2018" || Number(row.year) <= LAST_EARLY_YEAR;
const series = (rows: Row[], code: string) => rows.filter((r) => r.series === code).sort(byYear);
const yearsOf = (rows: Row[], view: string) =>
  [...new Set(rows.filter(inView(view)).map((r) => Number(r.year)))].sort((a, b) => a - b);

/**
 * One colour, one meaning: COMAR's count is one blue whenever it was published (the date is in the tooltip and the
 * table, so a later publication never reads as a bigger number); the Urgent Action's figures are dots with an outline.
 */
function legend(rows: Row[], { format }: ChartLanguage, view: string): LegendEntry[] {
  const shown = rows.filter(inView(view));
  const ua = series(shown, UA)[0];
  return [
    ...(series(shown, COMAR).length
      ? [{ key: COMAR, color: BAR, label: COMAR, values: {}, shape: "bar" as const }]
      : []),
    ...(ua
      ? [
          {
            key: UA,
            color: UA_FILL,
            label: UA,
            values: { date: format.date(String(ua.vintage)) },
            shape: "ring" as const,
          },
        ]
      : []),
  ];
}

/** The events a view can tie to a year it draws. */
const eventsIn = (rows: Row[], view: string, events: ChartEvent[]) =>
  events.filter((e) => yearsOf(rows, view).includes(e.year));

/**
 * COMAR asylum claims per year as bars of one colour; the Urgent Action's lower figures for two years as outlined dots
 * beside (never on) their bars, named by a label with leaders; the policy events as numbered markers above the plot,
 * each on a thin leader down to its year's bar. Each year's tooltip, on a full-height column (pairs of years where a
 * year is narrower than a finger), gives COMAR's figure and when it was published, the Urgent Action's, and the events.
 */
export const asylumClaims: ChartModule = {
  id: "asylum-claims",
  views: ["all", "to-2018"],
  legend,
  eventsIn,
  spec(rows, context) {
    const { view, width, fontSize, format, events = [] } = context;
    const narrow = width < 480;
    const years = yearsOf(rows, view);
    const [first, last] = [years[0]!, years.at(-1)!];
    const bars = series(rows.filter(inView(view)), COMAR);
    const uas = series(rows.filter(inView(view)), UA);
    const shown = eventsIn(rows, view, events);
    const comarOf = (year: number) => bars.find((r) => Number(r.year) === year);

    // Pixel layout first, so labels, leaders and hit areas can be placed before Plot draws.
    const radius = Math.round(fontSize * 0.65);
    const hit = hitSize(fontSize);
    const levels = new Map<number, number>(); // events per year so far: each stacks above the one before
    const placed = shown.map((e) => {
      const level = levels.get(e.year) ?? 0;
      levels.set(e.year, level + 1);
      return { ...e, level };
    });
    const eventRows = Math.max(0, ...levels.values());
    const levelStep = narrow ? radius * 2 + 3 : Math.max(radius * 2 + 3, hit); // a link needs a whole hit area each on a wide screen
    const margin = {
      left: axisMargin(
        Math.max(...rows.filter(inView(view)).map((r) => Number(r.claims))),
        (v) => format.compact(v),
        fontSize,
        fontSize * 3.2,
      ),
      right: fontSize * 0.6,
      top: fontSize * 1.6 + eventRows * levelStep,
      bottom: fontSize * 1.8,
    };
    const height = (narrow ? 280 : 360) + eventRows * levelStep;
    const step = (width - margin.left - margin.right) / years.length;
    const half = narrow ? HALF.narrow : HALF.wide;
    const px = (year: number) => margin.left + (year - first + 0.5) * step;
    const top = scaleLinear()
      .domain([0, Math.max(...rows.filter(inView(view)).map((r) => Number(r.claims)))])
      .nice()
      .domain()[1]!;
    const py = (v: number) => height - margin.bottom - (v / top) * (height - margin.top - margin.bottom);
    const vAt = (y: number) => ((height - margin.bottom - y) / (height - margin.top - margin.bottom)) * top;
    const gap = step * (0.5 - half); // from a bar's edge to the middle between two bars
    const dotR = Math.max(2.5, Math.min(narrow ? 3.5 : 5, gap - 1.5));
    const dotX = (year: number) => year + half + (dotR + 1.5) / step; // just right of its bar, in years

    // The Urgent Action's label: above its dots and the bars under it, right-aligned on the last dot, leaders down to each.
    const lastDot = uas.length ? px(dotX(Number(uas.at(-1)!.year))) + dotR : 0;
    const uaText = uas.length
      ? wrap(
          word(context, "ua-label", { year: String(uas[0]!.vintage).slice(0, 4) }),
          Math.max(lastDot - margin.left, fontSize * 7),
          fontSize,
        )
      : [];
    const uaWidth = Math.max(0, ...uaText.map((l) => approxWidth(l, fontSize)));
    const uaRight = Math.max(lastDot, uaWidth + 2); // inside the frame
    const uaLeft = uaRight - uaWidth;
    const under = rows
      .filter(inView(view))
      .filter((r) => px(Number(r.year)) + step * half >= uaLeft && px(Number(r.year)) - step * half <= uaRight);
    const uaBottom = py(Math.max(0, ...under.map((r) => Number(r.claims)))) - fontSize * 1.5; // room for a visible leader
    const uaTop = uaBottom - uaText.length * fontSize * 1.15;

    const tip = (run: number[]) =>
      run
        .flatMap((year) => {
          const comar = comarOf(year);
          const ua = uas.find((r) => Number(r.year) === year);
          return [
            ...(comar
              ? [
                  word(context, "tip", { year: String(year), claims: format.number(Number(comar.claims)) }),
                  word(context, "tip-comar", { date: format.date(String(comar.vintage)) }),
                ]
              : []),
            ...(ua
              ? [
                  word(context, "tip-ua", {
                    date: format.date(String(ua.vintage)),
                    claims: format.number(Number(ua.claims)),
                  }),
                ]
              : []),
            ...placed
              .filter((e) => e.year === year)
              .map((e) => word(context, "tip-event", { n: String(e.n), label: e.label })),
          ];
        })
        .join("\n");
    const runs = hitRuns(years, step, hit);
    const yearLabels = narrow && years.length > 8 ? years.filter((y) => y % 2 === 0) : years;
    const markerY = (level: number) => margin.top - fontSize * 0.3 - radius - level * levelStep; // in pixels from the top

    return {
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      style: { fontSize: `${fontSize}px` },
      x: { type: "linear", domain: [first - 0.5, last + 0.5], axis: null },
      y: {
        type: "linear",
        domain: [0, top],
        grid: true,
        label: word(context, "axis-y"),
        tickFormat: (v: number) => format.compact(v),
      },
      marks: [
        // Leaders from each year's event markers down to its bar, under everything else.
        Plot.link([...levels.keys()], {
          x1: (y: number) => y,
          x2: (y: number) => y,
          y1: (y: number) => Number(comarOf(y)?.claims ?? 0),
          y2: () => vAt(markerY(0) + radius),
          stroke: "currentColor",
          strokeOpacity: 0.55,
          strokeWidth: 1,
        }),
        Plot.rectY(bars, {
          x1: (r: Row) => Number(r.year) - half,
          x2: (r: Row) => Number(r.year) + half,
          y: "claims",
          fill: BAR,
        }),
        Plot.ruleY([0]),
        // The Urgent Action's figures: outlined dots beside their bars, leaders up to one label.
        ...(uas.length
          ? [
              Plot.link(uas, {
                x1: (r: Row) => dotX(Number(r.year)),
                x2: (r: Row) => dotX(Number(r.year)),
                y1: (r: Row) => Number(r.claims),
                y2: vAt(uaBottom + fontSize * 0.25),
                stroke: "currentColor",
                strokeOpacity: 0.55,
              }),
              Plot.dot(uas, {
                x: (r: Row) => dotX(Number(r.year)),
                y: "claims",
                r: dotR,
                fill: UA_FILL,
                stroke: "currentColor",
                strokeWidth: narrow ? 1 : 1.25,
              }),
              Plot.text([uaText.join("\n")], {
                x: first - 0.5,
                y: vAt(uaTop),
                dx: uaRight - margin.left,
                text: (t: string) => t,
                textAnchor: "end",
                lineAnchor: "top",
                lineHeight: 1.15,
                fill: "currentColor",
                stroke: "var(--bg)",
                strokeWidth: 3,
                paintOrder: "stroke",
              }),
            ]
          : []),
        // Years under the axis.
        Plot.text(yearLabels, {
          x: (y: number) => y,
          y: 0,
          dy: fontSize * 0.45,
          text: (y: number) => String(y),
          lineAnchor: "top",
          fill: "currentColor",
        }),
        // A full-height column per year (or per run of years where one is too narrow to tap) carries the tooltip. Drawn
        // before the event links (they never overlap), so the chart's one tab stop is its first year, not an event.
        Plot.rectY(runs, {
          x1: (run: number[]) => run[0]! - 0.5,
          x2: (run: number[]) => run.at(-1)! + 0.5,
          y1: 0,
          y2: top,
          fill: "currentColor",
          fillOpacity: 0,
          title: tip,
        }),
        // Numbered event markers in rows above the plot; on a wide screen each is a link with a hit area of its own.
        Plot.dot(placed, {
          x: "year",
          y: (e: { level: number }) => vAt(markerY(e.level)),
          r: radius,
          fill: "currentColor",
          stroke: "none",
        }),
        Plot.text(placed, {
          x: "year",
          y: (e: { level: number }) => vAt(markerY(e.level)),
          text: (e: ChartEvent) => String(e.n),
          lineAnchor: "middle",
          fill: "var(--bg)",
          fontWeight: "bold",
          pointerEvents: "none",
        }),
        ...(narrow
          ? []
          : [
              // target _top: from an embedded chart, the timeline opens in the reader's window, not inside the frame
              Plot.dot(placed, {
                x: "year",
                y: (e: { level: number }) => vAt(markerY(e.level)),
                r: hit / 2,
                fill: "transparent",
                stroke: "none",
                href: "href",
                target: "_top",
                title: "tip",
              }),
            ]),
      ],
    };
  },
  summary(rows, { format }) {
    const count = (r: Row) => format.number(Number(r.claims));
    const comar = series(rows, COMAR);
    const ua = series(rows, UA);
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
