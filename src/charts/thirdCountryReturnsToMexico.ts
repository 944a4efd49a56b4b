import * as Plot from "@observablehq/plot";
import { ticks } from "d3";
import type { ChartModule } from "./kit/chartModule.ts";
import { word } from "./kit/word.ts";
import { approxWidth } from "./kit/approxWidth.ts";
import { instant } from "./kit/brokenTimeAxis.ts";
import { hitGroups, hitSize } from "./kit/hitAreas.ts";
import { alongLine, labelOffset, placeLabels, SIDES } from "./kit/placeLabels.ts";
import type { Row } from "../schemas/dataset.ts";

/** Codes of column `measure` in content/datasets/third-country-returns-to-mexico.csv. */
const NON_MEXICANS = "non-mexicans";
const MEXICANS = "mexicans";
const TOTAL = "total";
const byDate = (a: Row, b: Row) => String(a.date).localeCompare(String(b.date));
const figures = (rows: Row[]) => rows.filter((r) => r.measure === NON_MEXICANS).sort(byDate);
const other = (rows: Row[], row: Row, measure: string) =>
  rows.find((r) => r.date === row.date && r.measure === measure);

/**
 * Non-Mexicans received by Mexico from the United States as a running total: a dot on each date the Mexican government
 * gave a figure, labelled with the figure and the date, joined by a dotted line from zero on the first day counted (how
 * the total grew in between is not known). The span the last figure covers is drawn and labelled under the axis.
 */
export const thirdCountryReturnsToMexico: ChartModule = {
  id: "third-country-returns-to-mexico",
  views: ["non-mexicans"],
  legend: () => [],
  spec(rows, context) {
    const { width, fontSize, format } = context;
    const narrow = width < 480;
    const points = figures(rows);
    const start = String(points[0]!.period_start);
    const last = points.at(-1)!;
    const year = instant(start).getUTCFullYear();
    const [t0, t1] = [Date.UTC(year, 0, 1), Date.UTC(instant(String(last.date)).getUTCFullYear() + 1, 0, 1)];
    const top = Number(last.value) * 1.3; // room above the last dot for its label
    const margin = { left: fontSize * 0.6, right: fontSize * 0.6, top: fontSize * 2, bottom: fontSize * 4.6 };
    const height = narrow ? 340 : 360;
    // The scales, in pixels, so labels and hit areas can be laid out before Plot draws.
    const px = (iso: string) =>
      margin.left + ((instant(iso).getTime() - t0) / (t1 - t0)) * (width - margin.left - margin.right);
    const py = (v: number) => height - margin.bottom - (v / top) * (height - margin.top - margin.bottom);
    const xAt = (x: number) => new Date(t0 + ((x - margin.left) / (width - margin.left - margin.right)) * (t1 - t0));
    const vAt = (y: number) => ((height - margin.bottom - y) / (height - margin.top - margin.bottom)) * top;

    const label = (r: Row) =>
      word(context, "point", { value: format.number(Number(r.value)), date: format.dayMonth(String(r.date)) });
    const boxes = points.map((r) => {
      const lines = label(r).split("\n");
      return {
        x: px(String(r.date)),
        y: py(Number(r.value)),
        w: Math.max(...lines.map((l) => approxWidth(l, fontSize))),
        h: lines.length * fontSize * 1.2,
      };
    });
    // Obstacles: the grid's labels, and the dotted line sampled every few pixels.
    const grid = ticks(0, top, 3).filter((v) => v > 0);
    const gridLabels = grid.map((v) => ({
      x0: margin.left,
      x1: margin.left + approxWidth(format.number(v), fontSize),
      y0: py(v) - fontSize * 1.3,
      y1: py(v),
    }));
    const sides = placeLabels(
      boxes,
      { x0: 2, y0: margin.top, x1: width - 2, y1: height - margin.bottom - 2 },
      fontSize * 0.55,
      alongLine([{ x: px(start), y: py(0) }, ...boxes]),
      gridLabels,
    );
    const tipOf = (r: Row) => {
      const total = other(rows, r, TOTAL);
      const mexicans = other(rows, r, MEXICANS);
      const source = context.source?.(r.source);
      return [
        word(context, "tip", {
          date: format.date(String(r.date)),
          value: format.number(Number(r.value)),
          from: format.date(String(r.period_start)),
        }),
        ...(total && mexicans
          ? [
              word(context, "tip-all", {
                total: format.number(Number(total.value)),
                mexicans: format.number(Number(mexicans.value)),
              }),
            ]
          : []),
        ...(source ? [word(context, "tip-source", { source })] : []),
      ].join("\n");
    };
    const hit = hitSize(fontSize);
    const groups = hitGroups(points, (r) => px(String(r.date)), hit);
    const monthStep = narrow ? 3 : 2;
    const months = Array.from(
      { length: 12 / monthStep },
      (_, i) => `${year}-${String(1 + i * monthStep).padStart(2, "0")}`,
    );
    const line = [{ date: start, value: 0 }, ...points.map((r) => ({ date: String(r.date), value: Number(r.value) }))];
    const periodY = height - margin.bottom + fontSize * 2.4;
    return {
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      style: { fontSize: `${fontSize}px` },
      x: { type: "utc", domain: [new Date(t0), new Date(t1)], axis: null },
      y: { type: "linear", domain: [0, top], axis: null },
      marks: [
        Plot.ruleY(grid, { strokeOpacity: 0.15 }),
        Plot.text(grid, {
          x: new Date(t0),
          y: (v: number) => v,
          text: (v: number) => format.number(v),
          textAnchor: "start",
          lineAnchor: "bottom",
          dy: -3,
          fill: "currentColor",
        }),
        Plot.text([word(context, "axis-y", { from: format.date(start) })], {
          text: (line: string) => line,
          frameAnchor: "top-left",
          dy: -fontSize * 1.6,
          lineAnchor: "top",
          textAnchor: "start",
          fill: "currentColor",
          fontWeight: 600,
        }),
        Plot.ruleY([0]),
        // Months along the foot.
        Plot.link(months, {
          x1: (m: string) => instant(`${m}-01`),
          x2: (m: string) => instant(`${m}-01`),
          y1: 0,
          y2: vAt(py(0) + 4),
          stroke: "currentColor",
        }),
        Plot.text(months, {
          x: (m: string) => instant(`${m}-01`),
          y: 0,
          dy: fontSize * 0.5,
          text: (m: string) => format.date(m),
          lineAnchor: "top",
          textAnchor: "start",
          fill: "currentColor",
        }),
        // The span counted: a bracket from the first day to the last figure, labelled.
        Plot.link([0], {
          x1: instant(start),
          x2: instant(String(last.date)),
          y1: vAt(periodY),
          y2: vAt(periodY),
          stroke: "currentColor",
          strokeWidth: 1.5,
        }),
        Plot.link([start, String(last.date)], {
          x1: (d: string) => instant(d),
          x2: (d: string) => instant(d),
          y1: vAt(periodY - 4),
          y2: vAt(periodY + 4),
          stroke: "currentColor",
          strokeWidth: 1.5,
        }),
        Plot.text([word(context, "period", { from: format.date(start), to: format.date(String(last.date)) })], {
          text: (line: string) => line,
          x: xAt((px(start) + px(String(last.date))) / 2),
          y: vAt(periodY),
          dy: fontSize * 0.3,
          lineAnchor: "top",
          fill: "currentColor",
        }),
        // The running total: a dotted line from zero on the first day counted, a dot per figure, each labelled.
        Plot.line(line, {
          x: (d: { date: string }) => instant(d.date),
          y: "value",
          stroke: "currentColor",
          strokeOpacity: 0.6,
          strokeWidth: 1.5,
          strokeDasharray: "1.5 4",
          strokeLinecap: "round",
        }),
        Plot.dot(points, {
          x: (r: Row) => instant(String(r.date)),
          y: "value",
          r: narrow ? 5 : 6,
          fill: "var(--chart-seq-2)",
          stroke: "var(--bg)",
          strokeWidth: 1,
        }),
        ...SIDES.filter((side) => sides.includes(side)).map((side) =>
          Plot.text(
            points.filter((_, i) => sides[i] === side),
            {
              x: (r: Row) => instant(String(r.date)),
              y: "value",
              text: label,
              ...labelOffset(side, fontSize * 0.55),
              lineHeight: 1.2,
              fill: "currentColor",
            },
          ),
        ),
        // Hit areas: at least 24 CSS px square around each dot, one for dots closer than that; they carry the tooltips.
        Plot.rect(groups, {
          x1: (g: Row[]) => xAt(px(String(g[0]!.date)) - hit / 2),
          x2: (g: Row[]) => xAt(px(String(g.at(-1)!.date)) + hit / 2),
          y1: (g: Row[]) => vAt(Math.max(...g.map((r) => py(Number(r.value)))) + hit / 2),
          y2: (g: Row[]) => vAt(Math.min(...g.map((r) => py(Number(r.value)))) - hit / 2),
          fill: "currentColor",
          fillOpacity: 0,
          rx: 4,
          title: (g: Row[]) => g.map(tipOf).join("\n\n"),
        }),
      ],
    };
  },
  summary(rows, { format }) {
    const points = figures(rows);
    const [first, last] = [points[0]!, points.at(-1)!];
    const total = other(rows, last, TOTAL);
    return {
      count: format.number(points.length),
      fromDate: format.date(String(first.period_start), "long"),
      toDate: format.date(String(last.date), "long"),
      firstDate: format.date(String(first.date), "long"),
      firstValue: format.number(Number(first.value)),
      lastDate: format.date(String(last.date), "long"),
      lastValue: format.number(Number(last.value)),
      lastTotal: total ? format.number(Number(total.value)) : "",
      lastShare: total ? format.percent(Number(last.value) / Number(total.value)) : "",
    };
  },
};
