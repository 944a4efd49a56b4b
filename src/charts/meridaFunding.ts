import { axisMargin } from "./kit/axisMargin.ts";
import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { parseDate } from "../schemas/parseDate.ts";
import { word } from "./kit/word.ts";
import { hitClusters, hitSize } from "./kit/hitAreas.ts";
import { approxWidth } from "./kit/approxWidth.ts";
import { wrap } from "./kit/wrap.ts";
import { scaleLinear } from "d3";

const REPORTED = "reported-total";
const PLAN = "removal-plan";
const CONNECTOR = "connector";

/** A date as the sources give it, as a UTC instant: mid-month or mid-year when the source names no day. */
export function instant(iso: string): Date {
  const date = parseDate(iso);
  if (!date) throw new Error(`merida-funding: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${iso}"`);
  const [y, m, d] = date.iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15)));
}

/**
 * A figure with the hedge its source put on it: "some $2.5 billion", "roughly $3.1 billion", "$1.12 billion". Column
 * `qualifier` holds the hedge's code (some, roughly, almost), worded by `hedge-<code>`.
 */
export function asReported(row: Row, lang: ChartLanguage): string {
  const amount = lang.format.usd(Number(row.amount_usd), "words");
  return row.qualifier ? word(lang, `hedge-${row.qualifier}`, { amount }) : amount;
}

const byDate = (a: Row, b: Row) => String(a.as_of).localeCompare(String(b.as_of));
const reportedTotals = (rows: Row[]) => rows.filter((r) => r.kind === REPORTED).sort(byDate);
const removalPlan = (rows: Row[]) => rows.find((r) => r.kind === PLAN);

/** The two consecutive reports furthest apart: the longest stretch of the dotted line, where its label has room. */
function widestGap(totals: Row[]): [Row, Row] | undefined {
  let widest: [Row, Row] | undefined;
  for (let i = 1; i < totals.length; i++) {
    const gap = instant(String(totals[i]!.as_of)).getTime() - instant(String(totals[i - 1]!.as_of)).getTime();
    if (!widest || gap > instant(String(widest[1].as_of)).getTime() - instant(String(widest[0].as_of)).getTime())
      widest = [totals[i - 1]!, totals[i]!];
  }
  return widest;
}

function legend(rows: Row[], { format }: ChartLanguage): LegendEntry[] {
  const entries: LegendEntry[] = [
    { key: REPORTED, color: "var(--chart-seq-2)", label: "reported", values: {}, shape: "dot" },
    { key: CONNECTOR, color: "currentColor", label: "connector", values: {}, shape: "dash" },
  ];
  const plan = removalPlan(rows);
  if (plan) {
    const values = {
      year: String(plan.as_of).slice(0, 4),
      date: format.date(String(plan.as_of)),
      amount: format.usd(Number(plan.amount_usd), "words"),
    };
    entries.push({ key: PLAN, color: "var(--chart-accent)", label: "plan", values, shape: "dot" });
  }
  return entries;
}

/**
 * Mérida money for Mexico as a dot per report: the running total each source gave on its date. A dotted step holds each
 * total until the next report, so nothing between reports is estimated; the 2018 removal plan is drawn on the same
 * linear scale, for scale.
 */
export const meridaFunding: ChartModule = {
  id: "merida-funding",
  views: ["all"],
  legend,
  spec(rows, context) {
    const { width, fontSize, format, legend: labels } = context;
    const narrow = width < 480;
    const totals = reportedTotals(rows);
    const plan = rows.filter((r) => r.kind === PLAN);
    const x = (r: Row) => instant(String(r.as_of));
    const tip = (r: Row) =>
      `${word(context, "tip", { date: format.date(String(r.as_of)), amount: asReported(r, context) })}\n${labels[String(r.kind)] ?? ""}\n${r.reported_by ?? ""}`.trim();
    const first = totals[0];
    const last = totals.at(-1);
    const gap = widestGap(totals);
    const rowYears = rows.map((row) => x(row).getUTCFullYear());
    const [from, to] = [Math.min(...rowYears), Math.max(...rowYears)];
    const step = narrow ? 4 : 2; // a label every four years on a phone, every two on a wide screen
    const years = Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
    const r = narrow ? 4.5 : 5.5;
    // Hit areas in pixels, so dots a few months apart share one of 24 CSS px or more (the scales, as Plot will draw them).
    const max = Math.max(...rows.map((row) => Number(row.amount_usd)));
    const top = scaleLinear().domain([0, max]).nice(4).domain()[1]!;
    const margin = {
      // Fits the widest tick label in the reader's language ("$3B", "3,000 M").
      left: axisMargin(max, (v) => format.usd(v, "short"), fontSize, fontSize * 2.8, 4),
      right: fontSize,
      top: fontSize * 2,
      bottom: fontSize * 2.2,
    };
    const height = narrow ? 270 : 340;
    const [t0, t1] = [Date.UTC(from, 0, 1), Date.UTC(to, 11, 31)];
    const px = (row: Row) => margin.left + ((x(row).getTime() - t0) / (t1 - t0)) * (width - margin.left - margin.right);
    const xAt = (p: number) => new Date(t0 + ((p - margin.left) / (width - margin.left - margin.right)) * (t1 - t0));
    const py = (v: number) => height - margin.bottom - (v / top) * (height - margin.top - margin.bottom);
    const vAt = (p: number) => ((height - margin.bottom - p) / (height - margin.top - margin.bottom)) * top;
    const hit = hitSize(fontSize);
    const groups = hitClusters([...rows].sort(byDate), (row) => [px(row), py(Number(row.amount_usd))], hit);
    // The dotted line's label, below the widest stretch: centred if it fits between the stretch's dots, else starting
    // just after the first (centred, "según reportes" ran into the dot before the stretch on a phone).
    const connector = word(context, "connector");
    const connectorFits = gap ? approxWidth(connector, fontSize) <= px(gap[1]) - px(gap[0]) - 2 * r : false;
    // The plan's label ends over its dot, wrapped to the room left of it that the line leaves free: after the line's
    // first rise, which holds the first total low over the axis ("plan de 20 millones de dólares" crossed it).
    const planRoom = (p: Row) =>
      totals.length > 1 ? px(p) + fontSize * 0.6 - (px(totals[1]!) + fontSize * 0.5) : width;
    return {
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      style: { fontSize: `${fontSize}px` },
      x: {
        type: "utc",
        domain: [new Date(t0), new Date(t1)],
        ticks: years.map((y) => new Date(Date.UTC(y, 0, 1))),
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
        label: null,
      },
      y: {
        type: "linear",
        zero: true, // a linear scale from zero, so the removal plan is drawn to scale beside the Mérida totals
        domain: [0, top],
        grid: true,
        ticks: 4,
        label: word(context, narrow ? "axis-y-narrow" : "axis-y"),
        tickFormat: (v: number) => format.usd(v, "short"),
      },
      marks: [
        Plot.ruleY([0]),
        Plot.line(totals, {
          x,
          y: "amount_usd",
          curve: "step-after",
          stroke: "currentColor",
          strokeOpacity: 0.6,
          strokeWidth: 1.5,
          strokeDasharray: "1.5 4",
          strokeLinecap: "round",
        }),
        ...(gap
          ? [
              Plot.text([gap], {
                x: ([a, b]: [Row, Row]) =>
                  connectorFits ? new Date((x(a).getTime() + x(b).getTime()) / 2) : xAt(px(a) + r),
                y: ([a]: [Row, Row]) => a.amount_usd,
                text: () => connector,
                textAnchor: connectorFits ? "middle" : "start",
                dy: fontSize,
                fillOpacity: 0.8,
              }),
            ]
          : []),
        Plot.dot(totals, { x, y: "amount_usd", r, fill: "var(--chart-seq-2)" }),
        Plot.dot(plan, { x, y: "amount_usd", r, fill: "var(--chart-accent)" }),
        Plot.text(plan, {
          x,
          y: "amount_usd",
          text: (p: Row) =>
            wrap(
              word(context, "plan-label", { amount: format.usd(Number(p.amount_usd), "words") }),
              planRoom(p),
              fontSize,
            ).join("\n"),
          dy: -fontSize * 0.6,
          lineAnchor: "bottom",
          // Ending at the dot, so a long label ("plan de 20 millones de dólares") stays inside on a phone.
          textAnchor: "end",
          dx: fontSize * 0.6,
          fontWeight: 600,
        }),
        ...(last
          ? [
              Plot.text([last], {
                x,
                y: "amount_usd",
                text: (p: Row) => asReported(p, context),
                dy: -fontSize,
                textAnchor: "end",
                fontWeight: 600,
              }),
            ]
          : []),
        ...(first && !narrow
          ? [
              Plot.text([first], {
                x,
                y: "amount_usd",
                text: (p: Row) => asReported(p, context),
                dy: -fontSize,
                textAnchor: "start",
              }),
            ]
          : []),
        // Hit areas: a box of 24 CSS px or more around each dot, one for dots closer than that; they carry the tooltips.
        Plot.rect(groups, {
          x1: (g: Row[]) => xAt(Math.min(...g.map(px)) - hit / 2),
          x2: (g: Row[]) => xAt(Math.max(...g.map(px)) + hit / 2),
          y1: (g: Row[]) => vAt(Math.max(...g.map((row) => py(Number(row.amount_usd)))) + hit / 2),
          y2: (g: Row[]) => vAt(Math.min(...g.map((row) => py(Number(row.amount_usd)))) - hit / 2),
          fill: "currentColor",
          fillOpacity: 0,
          rx: 4,
          title: (g: Row[]) => g.map(tip).join("\n\n"),
        }),
      ],
    };
  },
  summary(rows, lang) {
    const { format } = lang;
    const totals = reportedTotals(rows);
    const first = totals[0]!;
    const last = totals.at(-1)!;
    const plan = removalPlan(rows);
    const atPlan = plan ? totals.filter((t) => String(t.as_of) <= String(plan.as_of)).at(-1) : undefined;
    const year = (r: Row) => String(r.as_of).slice(0, 4);
    return {
      count: String(totals.length),
      firstDate: format.date(String(first.as_of), "long"),
      firstYear: year(first),
      firstAmount: asReported(first, lang),
      lastDate: format.date(String(last.as_of), "long"),
      lastYear: year(last),
      lastAmount: asReported(last, lang),
      planAmount: plan ? format.usd(Number(plan.amount_usd), "words") : "",
      planDate: plan ? format.date(String(plan.as_of), "long") : "",
      atPlanAmount: atPlan ? asReported(atPlan, lang) : "",
      atPlanDate: atPlan ? format.date(String(atPlan.as_of), "long") : "",
      planRatio: plan && atPlan ? format.number(Number(atPlan.amount_usd) / Number(plan.amount_usd)) : "",
    };
  },
};
