import * as Plot from "@observablehq/plot";
import { wrap } from "./kit/wrap.ts";
import type { ChartLanguage, ChartModule } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { word } from "./kit/word.ts";

/** One line of the chart: a figure (or a range) as one publisher gave it, in people. */
export interface FunnelItem {
  /** The stage's code, column `figure`: entries, protection or claims; worded by `stage-<code>`. */
  stage: string;
  by: string;
  /** Low and high end in people; equal for a single figure. */
  lo: number;
  hi: number;
  /** A count of claims, drawn from zero, rather than an estimate. */
  count: boolean;
  /** One-sided figures: "up to" points left, "more than" and "at least" point right, as does any share of a "more than". */
  open: "left" | "right" | null;
  /** What the publisher said, e.g. "up to 400,000" or "at least 50% of 400,000–500,000 → 200,000–250,000". */
  said: string;
  /** For a share, what the publisher said before it is applied: "at least 50% of 400,000–500,000". */
  stated?: string;
  /** The code of the stage whose unit the line is in (a share is in people, as its entries are); worded by `unit-<code>`. */
  unit: string;
  source: string;
}

const STAGE_COLOURS = ["var(--chart-seq-2)", "var(--chart-accent)", "var(--chart-seq-3)"];
/**
 * Codes of content/datasets/protection-funnel.csv. Column `figure`: the stage; a protection row is a share of the
 * entries estimated by the same source. Column `qualifier`: a range is a "from" row and a "to" row; "up-to",
 * "more-than" and "at-least" are one-sided; "about" is a single estimate; an empty qualifier is a count. Each qualifier
 * is worded by `qualifier-<code>`.
 */
const SHARE = "protection";
const OPEN: Record<string, FunnelItem["open"]> = { "up-to": "left", "more-than": "right", "at-least": "right" };

/** Number formats; `compact` shortens hundreds of thousands ("400K") for narrow charts but keeps smaller counts whole. */
function formatters({ format }: ChartLanguage, compact: boolean) {
  return {
    num: (n: number) => (compact && n >= 100_000 ? format.compact(n, 0) : format.number(n)),
    pct: (share: number) => format.percent(share),
  };
}

/** A figure with its qualifier, worded: "up to 400,000", "about 500,000"; unqualified as it is. */
const qualified = (lang: ChartLanguage, qualifier: string, value: string) =>
  qualifier ? word(lang, `qualifier-${qualifier}`, { value }) : value;

/** "400,000–500,000", "up to 400,000", "about 500,000", "14,596". */
function wording(lang: ChartLanguage, lo: number, hi: number, qualifier: string, num: (n: number) => string): string {
  if (lo !== hi) return word(lang, "range", { lo: num(lo), hi: num(hi) });
  return qualified(lang, qualifier, num(lo));
}

/**
 * Turns the rows into chart lines, in the order the stages and publishers first appear: ranges are paired, and each
 * share is applied to the estimate of entries from the same source (the dataset's rule), so the protection band is
 * computed here, never typed.
 */
export function funnelItems(rows: Row[], lang: ChartLanguage, compact = false): FunnelItem[] {
  const { num, pct } = formatters(lang, compact);
  const items: FunnelItem[] = [];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.figure}\u0000${row.estimate_by}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const entries = new Map<string, FunnelItem>(); // by source: the estimate of entries a share applies to
  for (const group of groups.values()) {
    const first = group[0]!;
    const qualifier = String(first.qualifier ?? "");
    const base = {
      stage: String(first.figure),
      by: String(first.estimate_by),
      unit: String(first.figure),
      source: first.source,
    };
    if (qualifier === "from" || qualifier === "to") {
      const from = group.find((r) => r.qualifier === "from");
      const to = group.find((r) => r.qualifier === "to");
      if (!from || !to)
        throw new Error(
          `protection-funnel: "${base.by}" gives one end of a range; expected a "from" row and a "to" row`,
        );
      const [lo, hi] = [Number(from.value), Number(to.value)];
      const item: FunnelItem = { ...base, lo, hi, count: false, open: null, said: wording(lang, lo, hi, "", num) };
      items.push(item);
      entries.set(first.source, item);
    } else if (base.stage === SHARE) {
      const of = entries.get(first.source);
      if (!of)
        throw new Error(
          `protection-funnel: the share from "${base.by}" needs an estimate of entries from the same source (${first.source}); found none`,
        );
      const share = Number(first.value);
      const [lo, hi] = [share * of.lo, share * of.hi];
      const stated = word(lang, "share", { share: qualified(lang, qualifier, pct(share)), of: of.said });
      // A share of an estimate with no ceiling ("up to half of more than 500,000") has no ceiling either: it is drawn
      // from the share of the floor, open to the right, and never as an "up to" ceiling.
      const noCeiling = of.open === "right";
      const said = noCeiling
        ? word(lang, "share-no-ceiling", { stated })
        : word(lang, "share-applied", { stated, result: wording(lang, lo, hi, "", num) });
      items.push({
        ...base,
        unit: of.unit,
        lo,
        hi,
        count: false,
        open: noCeiling ? "right" : (OPEN[qualifier] ?? null),
        said,
        stated,
      });
    } else {
      const value = Number(first.value);
      const item: FunnelItem = {
        ...base,
        lo: value,
        hi: value,
        count: qualifier === "",
        open: OPEN[qualifier] ?? null,
        said: wording(lang, value, value, qualifier, num),
      };
      items.push(item);
      if (!item.count && !entries.has(first.source)) entries.set(first.source, item);
    }
  }
  return items;
}

/**
 * Irregular entries → may need protection → asylum claims, one line per publisher's figure: ranges as bars from one end
 * to the other, single estimates as dots, counts as bars from zero, and arrows for "up to" and "more than".
 */
export const protectionFunnel: ChartModule = {
  id: "protection-funnel",
  views: ["all"],
  legend: () => [],
  spec(rows, context) {
    const { width, fontSize, format } = context;
    const narrow = width < 480;
    const items = funnelItems(rows, context, narrow);
    const full = funnelItems(rows, context);
    const stages = [...new Set(items.map((i) => i.stage))];
    const colour = (stage: string) => STAGE_COLOURS[stages.indexOf(stage) % STAGE_COLOURS.length]!;
    const xMax = Math.max(...items.map((i) => i.hi)) * 1.12;
    const [marginLeft, marginRight] = [fontSize * 0.4, fontSize * 1.8];
    const lineHeight = fontSize * 1.2;
    const markHeight = Math.round(fontSize * 0.9);

    // Lay the lines out top to bottom in pixels: a heading per stage, then each figure's label over its mark.
    let y = fontSize * 0.4;
    const headings: { text: string; y: number }[] = [];
    const placed = items.map((item, i) => {
      if (i === 0 || items[i - 1]!.stage !== item.stage) {
        if (i > 0) y += fontSize * 0.6;
        headings.push({ text: word(context, `stage-${item.stage}`), y });
        y += lineHeight * 1.15;
      }
      const label = wrap(
        word(context, "line", { by: item.by, said: item.said }),
        width - marginLeft - marginRight,
        fontSize,
      );
      const top = y;
      y += label.length * lineHeight + fontSize * 0.2;
      const mid = y + markHeight / 2;
      y += markHeight + fontSize * 0.55;
      return {
        ...item,
        label: label.join("\n"),
        top,
        mid,
        bottom: mid + markHeight / 2,
        colour: colour(item.stage),
        tip: tipOf(context, full[i]!),
      };
    });
    const height = Math.ceil(y + fontSize * 2.4);
    const arrowLength = xMax * 0.07;
    const bars = placed.filter((p) => p.count || p.lo < p.hi);
    const dots = placed.filter((p) => !p.count && p.lo === p.hi);
    const arrows = placed.filter((p) => p.open !== null);

    return {
      width,
      height,
      marginTop: 0,
      marginLeft,
      marginRight,
      marginBottom: fontSize * 2.2,
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, xMax],
        label: null,
        grid: true,
        ticks: narrow ? 3 : 6,
        tickFormat: (v: number) => format.compact(v),
      },
      y: { type: "identity", axis: null },
      marks: [
        Plot.ruleX([0]),
        Plot.text(headings, {
          x: 0,
          y: "y",
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          fontWeight: "bold",
          fill: "currentColor",
        }),
        Plot.text(placed, {
          x: 0,
          y: "top",
          text: "label",
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: 1.2,
          fill: "currentColor",
        }),
        Plot.rect(bars, {
          x1: (p) => (p.count ? 0 : p.lo),
          x2: "hi",
          y1: (p) => p.mid - markHeight / 2,
          y2: (p) => p.mid + markHeight / 2,
          fill: "colour",
        }),
        Plot.arrow(arrows, {
          x1: (p) => (p.open === "left" ? p.lo : p.hi),
          x2: (p) => (p.open === "left" ? p.lo - arrowLength : p.hi + arrowLength),
          y1: "mid",
          y2: "mid",
          stroke: "colour",
          strokeWidth: 2.5,
          headLength: fontSize * 0.7,
        }),
        Plot.dot(dots, {
          x: "lo",
          y: "mid",
          r: markHeight / 2 + 1,
          fill: "colour",
          stroke: "var(--bg)",
          strokeWidth: 1,
        }),
        // One transparent band per line carries its tooltip: a wide target for pointer, touch and keyboard alike.
        Plot.rect(placed, {
          x1: 0,
          x2: xMax,
          y1: "top",
          y2: "bottom",
          fill: "currentColor",
          fillOpacity: 0,
          title: "tip",
        }),
      ],
    };
  },
  summary(rows, lang) {
    const items = funnelItems(rows, lang);
    const { num, pct } = formatters(lang, false);
    const and = (list: string[]) => lang.format.list(list);
    const saidBy = (said: string, by: string) => word(lang, "said-by", { said, by });
    const [entriesStage, protectionStage, claimsStage] = [...new Set(items.map((i) => i.stage))];
    const entries = items.filter((i) => i.stage === entriesStage);
    const range = entries.find((i) => i.lo < i.hi) ?? entries[0]!;
    const protection = items.filter((i) => i.stage === protectionStage);
    const protectionRange = protection.find((i) => i.lo !== i.hi) ?? protection[0]!;
    const claims = items.filter((i) => i.stage === claimsStage);
    return {
      entriesBy: range.by,
      entriesRange: range.said,
      otherEntries: and(entries.filter((i) => i !== range).map((i) => saidBy(i.said, i.by))),
      protection: and(protection.map((i) => saidBy(i.stated ?? i.said, i.by))),
      protectionRange: word(lang, "range", { lo: num(protectionRange.lo), hi: num(protectionRange.hi) }),
      claims: and(claims.map((i) => saidBy(i.said, i.by))),
      claimsShare: pct(claims[0]!.hi / range.lo),
    };
  },
};

/** The tooltip and accessible name of a line: stage, publisher and figure in full, and the unit. */
function tipOf(lang: ChartLanguage, item: FunnelItem): string {
  const line = word(lang, "line", { by: item.by, said: item.said });
  return `${word(lang, `stage-${item.stage}`)}\n${line}\n${word(lang, "tip-unit", { unit: word(lang, `unit-${item.unit}`) })}`;
}
