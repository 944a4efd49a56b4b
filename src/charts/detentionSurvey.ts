import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { wrap } from "./kit/wrap.ts";
import { word } from "./kit/word.ts";

/** Rows of content/datasets/detention-survey.csv this chart draws, by their code in column `figure` (the report's figures only). */
const FIGURES = {
  responses: "responses",
  people: "people",
  detained: "detained",
  notTold: "not-told",
  refoulement: "refoulement",
} as const;

const COLOURS = {
  detained: "var(--chart-seq-2)",
  "not-told": "var(--chart-accent)",
  refoulement: "var(--chart-seq-3)",
  other: "var(--chart-neutral)",
} as const;
type Key = keyof typeof COLOURS;

/** One strip of the unit chart: `of` squares, one per survey response, of which `count` are highlighted. */
export interface Strip {
  key: Exclude<Key, "other">;
  count: number;
  of: number;
  /** The share as Amnesty gave it, when it gave one. */
  share?: number;
}

/** Finds a report figure by its code, or says which row is missing. */
function figure(rows: Row[], code: string): number {
  const row = rows.find((r) => r.figure === code);
  if (!row) throw new Error(`detention-survey: expected a row with figure "${code}", found none`);
  return Number(row.value);
}

/**
 * The three strips: all responses with the detained ones highlighted; then the detained responses twice, once with
 * those not told of their right to seek asylum (a rounded share, so a fractional count) and once with the testimonies
 * showing strong signs of refoulement.
 */
export function strips(rows: Row[]): Strip[] {
  const responses = figure(rows, FIGURES.responses);
  const detained = figure(rows, FIGURES.detained);
  const notTold = figure(rows, FIGURES.notTold);
  const refoulement = figure(rows, FIGURES.refoulement);
  return [
    { key: "detained", count: detained, of: responses },
    { key: "not-told", count: notTold * detained, of: detained, share: notTold },
    { key: "refoulement", count: refoulement, of: detained, share: refoulement / detained },
  ];
}

/** The highlighted responses as filled squares, the rest hollow: told apart by shape as well as colour. */
function legend(rows: Row[]): LegendEntry[] {
  const keys: Key[] = [...strips(rows).map((s) => s.key), "other"];
  return keys.map((key) => ({
    key,
    color: COLOURS[key],
    label: key,
    values: {},
    shape: key === "other" ? "outline" : "bar",
  }));
}

/** "{label}: {count} of {of}", or its "about" form when the count comes from a rounded share (not a whole number). */
function countOf(lang: ChartLanguage, label: string, count: number, of: number, exact: boolean): string {
  return word(lang, exact ? "count" : "count-about", {
    label,
    count: lang.format.number(count),
    of: lang.format.number(of),
  });
}

/** A strip's label: its legend label and the count it highlights, "about" when the count comes from a rounded share, and the share. */
export function stripLabel(strip: Strip, label: string, lang: ChartLanguage): string {
  const text = countOf(lang, label, strip.count, strip.of, Number.isInteger(strip.count));
  return strip.share === undefined ? text : word(lang, "with-share", { text, share: lang.format.percent(strip.share) });
}

/**
 * Amnesty's survey as a unit chart: one small square per survey response, in three strips, so a reader sees that the
 * findings are about the detained responses, not all of them and not all the people.
 */
export const detentionSurvey: ChartModule = {
  id: "detention-survey",
  views: ["all"],
  legend,
  spec(rows, context) {
    const { width, fontSize, legend: labels } = context;
    const narrow = width < 480;
    const all = strips(rows);
    const texts = all.map((s) => stripLabel(s, labels[s.key] ?? s.key, context));
    const perRow = narrow ? 10 : 8; // squares across a strip; each square is one response
    const most = Math.ceil(Math.max(...all.map((s) => s.of)) / perRow) * perRow; // whole columns, so the last one fits
    const [marginLeft, marginRight] = [2, 2];
    const unitPx = (width - marginLeft - marginRight) / most;
    const band = unitPx * perRow * perRow; // square cells: band height = cell × squares across
    const lineHeight = fontSize * 1.2;
    const labelLines = texts.map((text) => wrap(text, width - marginLeft - marginRight, fontSize));
    const labelSpace = Math.max(...labelLines.map((l) => l.length)) * lineHeight + fontSize * 0.6;
    const step = band + labelSpace;
    const segments = all.flatMap((s) => [
      { strip: s.key, key: s.key as Key, n: s.count },
      { strip: s.key, key: "other" as Key, n: s.of - s.count },
    ]);
    const rest = (s: Strip) => countOf(context, labels.other ?? "", s.of - s.count, s.of, Number.isInteger(s.count));
    // One tooltip per strip, on a transparent band over its squares: strips are read top to bottom, by pointer or keyboard.
    const bands = all.map((s, i) => ({ key: s.key, tip: `${texts[i]}\n${rest(s)}` }));
    return {
      width,
      height: Math.ceil(labelSpace + step * all.length - labelSpace + fontSize * 0.5),
      marginTop: labelSpace,
      marginBottom: fontSize * 0.5,
      marginLeft,
      marginRight,
      style: { fontSize: `${fontSize}px` },
      x: { axis: null, domain: [0, most] },
      y: { axis: null, domain: all.map((s) => s.key), paddingInner: labelSpace / step, paddingOuter: 0, align: 0 },
      color: { type: "identity" },
      marks: [
        Plot.waffleX(
          segments.filter((d) => d.key !== "other"),
          {
            y: "strip",
            x: "n",
            fill: (d: { key: Key }) => COLOURS[d.key],
            multiple: perRow,
            gap: narrow ? 1 : 1.5,
            order: null,
          },
        ),
        // The rest of each strip as hollow squares, after the highlighted ones (x1 is where they end).
        Plot.waffleX(
          segments.filter((d) => d.key === "other"),
          {
            y: "strip",
            x1: (d: { strip: string }) => all.find((s) => s.key === d.strip)!.count,
            x2: (d: { strip: string }) => all.find((s) => s.key === d.strip)!.of,
            fill: "none",
            stroke: COLOURS.other,
            strokeWidth: 1,
            multiple: perRow,
            gap: narrow ? 1.5 : 2,
            order: null,
          },
        ),
        Plot.text(all, {
          x: 0,
          y: "key",
          text: (s: Strip, i: number) => labelLines[i]!.join("\n"),
          dy: -band / 2 - fontSize * 0.35,
          textAnchor: "start",
          lineAnchor: "bottom",
          lineHeight: 1.2,
          fill: "currentColor",
        }),
        Plot.rect(bands, { x1: 0, x2: most, y: "key", fill: "currentColor", fillOpacity: 0, title: "tip" }),
      ],
    };
  },
  summary(rows, { format }) {
    const whole = (n: number) => format.number(n);
    const pct = (share: number) => format.percent(share);
    const [detained, notTold, refoulement] = strips(rows);
    return {
      responses: whole(detained!.of),
      people: whole(figure(rows, FIGURES.people)),
      detained: whole(detained!.count),
      notToldShare: pct(notTold!.share!),
      notToldCount: whole(notTold!.count),
      refoulement: whole(refoulement!.count),
      refoulementShare: pct(refoulement!.share!),
    };
  },
};
