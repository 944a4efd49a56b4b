import * as Plot from "@observablehq/plot";
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { wrap } from "./kit/wrap.ts";

/** Rows of content/datasets/detention-survey.csv this chart draws (column `measure`, report figures only). */
const MEASURES = {
  responses: "Survey responses",
  people: "People who responded",
  detained: "Responses from people detained by the INM",
  notTold: "Not told of their right to seek asylum",
  refoulement: "Testimonies with strong signs of refoulement",
} as const;
const REPORTED_BY = "Amnesty";

const COLOURS = { detained: "var(--chart-seq-2)", "not-told": "var(--chart-accent)", refoulement: "var(--chart-seq-3)", other: "var(--chart-neutral)" } as const;
type Key = keyof typeof COLOURS;

/** One strip of the unit chart: `of` squares, one per survey response, of which `count` are highlighted. */
export interface Strip {
  key: Exclude<Key, "other">;
  count: number;
  of: number;
  /** The share as Amnesty gave it, when it gave one. */
  share?: number;
}

/** Finds a report figure by its row name, or says which row is missing. */
function figure(rows: Row[], measure: string): number {
  const row = rows.find((r) => r.measure === measure && r.reported_by === REPORTED_BY);
  if (!row) throw new Error(`detention-survey: expected a row "${measure}" reported by ${REPORTED_BY}, found none`);
  return Number(row.value);
}

/**
 * The three strips: all responses with the detained ones highlighted; then the detained responses twice, once with
 * those not told of their right to seek asylum (a rounded share, so a fractional count) and once with the testimonies
 * showing strong signs of refoulement.
 */
export function strips(rows: Row[]): Strip[] {
  const responses = figure(rows, MEASURES.responses);
  const detained = figure(rows, MEASURES.detained);
  const notTold = figure(rows, MEASURES.notTold);
  const refoulement = figure(rows, MEASURES.refoulement);
  return [
    { key: "detained", count: detained, of: responses },
    { key: "not-told", count: notTold * detained, of: detained, share: notTold },
    { key: "refoulement", count: refoulement, of: detained, share: refoulement / detained },
  ];
}

function legend(rows: Row[]): LegendEntry[] {
  const keys: Key[] = [...strips(rows).map((s) => s.key), "other"];
  return keys.map((key) => ({ key, color: COLOURS[key], label: key, values: {}, shape: "bar" }));
}

/** A strip's label: its legend label and the count it highlights, "about" when the count comes from a rounded share. */
export function stripLabel(strip: Strip, label: string, locale: string): string {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format;
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format;
  const approximate = !Number.isInteger(strip.count);
  const share = strip.share === undefined ? "" : ` (${pct(strip.share)})`;
  return `${label}: ${approximate ? "about " : ""}${whole(strip.count)} of ${whole(strip.of)}${share}`;
}

/**
 * Amnesty's survey as a unit chart: one small square per survey response, in three strips, so a reader sees that the
 * findings are about the detained responses, not all of them and not all the people.
 */
export const detentionSurvey: ChartModule = {
  id: "detention-survey",
  views: ["all"],
  legend,
  spec(rows, { width, fontSize, locale, legend: labels }) {
    const narrow = width < 480;
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format;
    const all = strips(rows);
    const texts = all.map((s) => stripLabel(s, labels[s.key] ?? s.key, locale));
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
    const rest = (s: Strip) => `${labels.other}: ${Number.isInteger(s.count) ? "" : "about "}${whole(s.of - s.count)} of ${whole(s.of)}`;
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
        Plot.waffleX(segments, { y: "strip", x: "n", fill: (d: { key: Key }) => COLOURS[d.key], multiple: perRow, gap: narrow ? 1 : 1.5, order: null }),
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
  summary(rows, { locale }) {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format;
    const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format;
    const [detained, notTold, refoulement] = strips(rows);
    return {
      responses: whole(detained!.of),
      people: whole(figure(rows, MEASURES.people)),
      detained: whole(detained!.count),
      notToldShare: pct(notTold!.share!),
      notToldCount: whole(notTold!.count),
      refoulement: whole(refoulement!.count),
      refoulementShare: pct(refoulement!.share!),
    };
  },
};
