import * as Plot from "@observablehq/plot";
import type { ChartContext, ChartLanguage, ChartModule } from "./kit/chartModule.ts";
import { word } from "./kit/word.ts";
import { brokenAxis, eras, instant, type BrokenAxis } from "./kit/brokenTimeAxis.ts";
import { customSymbols, type CustomSymbol } from "./kit/symbols.ts";
import { hitGroups, hitSize } from "./kit/hitAreas.ts";
import { chartKey, type KeyItem } from "./kit/chartKey.ts";
import type { Row } from "../schemas/dataset.ts";

/** The kind of agreement each view draws (column `kind` of content/datasets/safe-third-agreements.csv). */
const KIND: Record<string, string> = { asylum: "asylum-agreement", removal: "removal-deal" };
/** Eras further apart than this are drawn side by side with a break, so twenty quiet years take no room. */
const GAP_YEARS = 3;
/** How far past the last step the axis runs: lines reaching it are agreements with no end found. */
const TAIL_MONTHS = 6;

/** How a status is drawn: its shape, its colours, and its size relative to a plain dot. */
type Look = { symbol: Plot.SymbolType | CustomSymbol; fill: string; stroke: string; size: number };
const US = "var(--chart-seq-2)";
const NO = "var(--chart-accent)";
const INK = "currentColor";
const HOLLOW = "var(--bg)";
const { bar, doubleBar, circledCross, check } = customSymbols();

/**
 * How each status (column `status`) is drawn, in the key's order. Shapes differ for every status, so the key reads
 * without colour; colour only groups them: the agreement's steps in blue, the partner saying no in the accent.
 */
const LOOKS: Record<string, Look> = {
  announced: { symbol: "circle", fill: HOLLOW, stroke: US, size: 1 },
  signed: { symbol: "circle", fill: US, stroke: US, size: 1 },
  published: { symbol: "square", fill: US, stroke: US, size: 1 },
  ratified: { symbol: "diamond", fill: US, stroke: US, size: 1.1 },
  "in-force": { symbol: "triangle", fill: US, stroke: US, size: 1.1 },
  used: { symbol: "star", fill: US, stroke: US, size: 1.35 },
  "confirmed-by-partner": { symbol: check, fill: "none", stroke: US, size: 1.1 },
  suspended: { symbol: bar, fill: "none", stroke: INK, size: 1.2 },
  terminated: { symbol: doubleBar, fill: "none", stroke: INK, size: 1.2 },
  "denied-by-partner": { symbol: circledCross, fill: HOLLOW, stroke: NO, size: 1.1 },
  refused: { symbol: "times", fill: "none", stroke: NO, size: 1.2 },
};
const ORDER = Object.keys(LOOKS);
/** A status's look; a status the chart has no shape for fails the build, naming it, rather than borrowing another's. */
function look(status: string): Look {
  const found = LOOKS[status];
  if (!found)
    throw new Error(
      `content/datasets/safe-third-agreements.csv: column "status": expected one of ${ORDER.join(", ")}, found "${status}"`,
    );
  return found;
}
/** Statuses from which the agreement is applied (people sent, or in force at the border): its line turns thick. */
const IN_USE = new Set(["in-force", "used"]);
/** Statuses after which the line stops. */
const ENDS = new Set(["suspended", "terminated"]);

const byDate = (a: Row, b: Row) => instant(String(a.date)).getTime() - instant(String(b.date)).getTime();
const partnerName = (lang: ChartLanguage, code: string) => word(lang, `partner-${code}`);
const statusName = (lang: ChartLanguage, status: string) => word(lang, `status-${status}`);
const year = (row: Row) => String(row.date).slice(0, 4);

/** Rows of one kind, grouped by agreement in date order. */
function agreements(rows: Row[], kind: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows.filter((r) => r.kind === kind).sort(byDate))
    out.set(String(row.agreement), [...(out.get(String(row.agreement)) ?? []), row]);
  return out;
}

/** Partners in the order of their first step. */
function partners(rows: Row[]): string[] {
  return [...new Set([...rows].sort(byDate).map((r) => String(r.partner)))];
}

/** A partner that only ever refused (Mexico): no agreement, only refusals. */
const onlyRefused = (rows: Row[], partner: string) =>
  rows.filter((r) => r.partner === partner).every((r) => r.status === "refused");

/** One mark on a track: a status at a date, or several of the same status too close to draw apart. */
interface Placed {
  partner: string;
  status: string;
  rows: Row[];
  /** Where it is drawn, in pixels (after nudging right of its neighbour), and how wide it is with its count. */
  px: number;
  width: number;
}

/**
 * Places a partner's steps on its track: a run of steps of one status, each closer than a hit area to the one before,
 * becomes one mark with a count, drawn at the first; a mark that would overlap the one before moves right just enough.
 * Dates stay exact in the tooltip and the table.
 */
export function placeSteps(steps: Row[], axis: BrokenAxis, mark: number, countWidth: number, hit: number): Placed[] {
  const placed: Placed[] = [];
  for (const row of [...steps].sort(byDate)) {
    const px = axis.toPx(instant(String(row.date)));
    const last = placed.at(-1);
    if (last && last.status === row.status && px - axis.toPx(instant(String(last.rows.at(-1)!.date))) < hit) {
      last.rows.push(row);
      last.width = mark + countWidth;
      continue;
    }
    placed.push({ partner: String(row.partner), status: String(row.status), rows: [row], px, width: mark });
  }
  for (let i = 1; i < placed.length; i++) {
    const [before, now] = [placed[i - 1]!, placed[i]!];
    now.px = Math.max(now.px, before.px + before.width);
  }
  return placed;
}

/** Line segments of one agreement between its steps, each styled by where the agreement stood: on paper, in use, suspended. */
function segments(steps: Row[], end: Date) {
  const out: { from: Date; to: Date; style: "paper" | "use" | "suspended"; last: boolean }[] = [];
  let inUse = false;
  steps.forEach((row, i) => {
    const status = String(row.status);
    if (status === "refused") return;
    inUse = (inUse || IN_USE.has(status)) && !ENDS.has(status);
    const next = steps[i + 1];
    if (!next && ENDS.has(status)) return;
    const style = ENDS.has(status) ? "suspended" : inUse ? "use" : "paper";
    out.push({ from: instant(String(row.date)), to: next ? instant(String(next.date)) : end, style, last: !next });
  });
  return out;
}

/**
 * Every US safe third country or asylum cooperative agreement as a row per partner: a line from its first step (thin
 * on paper, thick once people were sent or it came into force, stopping where it was suspended) and a mark per step.
 * Time runs left to right on a broken scale: eras years apart sit side by side, each as wide as its events need.
 * The second view draws deals to take deportees the same way.
 */
export const safeThirdAgreements: ChartModule = {
  id: "safe-third-agreements",
  views: ["asylum", "removal"],
  legend: () => [], // the key is drawn inside the SVG, with the marks' own shapes
  spec(rows, context: ChartContext) {
    const { view, width, fontSize, format } = context;
    const narrow = width < 480;
    const shown = rows.filter((r) => r.kind === KIND[view]);
    const byAgreement = agreements(rows, KIND[view]!);
    const order = partners(shown);
    const r = Math.round(fontSize * (narrow ? 0.4 : 0.45));
    const mark = r * 2 + 3;
    const hit = hitSize(fontSize);
    const [left, right] = [fontSize * 0.6, width - fontSize * 0.6];
    const list = eras(
      shown.map((row) => instant(String(row.date))),
      GAP_YEARS,
      TAIL_MONTHS,
    );
    const axis = brokenAxis(list, left, right, fontSize, 3, fontSize * 3.2);
    const end = list.at(-1)!.to;
    const at = (px: number) => axis.fromPx(px);

    // Key at the top, then a row per partner: its name, then its track; the axis at the foot.
    const columns = narrow ? 2 : 3;
    const entries = [
      ...ORDER.filter((s) => shown.some((row) => row.status === s)).map((key) => ({
        kind: "symbol" as const,
        key,
        text: statusName(context, key),
      })),
      ...(["paper", "use"] as const).map((key) => ({ kind: "line" as const, key, text: word(context, `line-${key}`) })),
    ];
    const key = chartKey(entries, columns, (right - left) / columns, fontSize);
    // A row: space, the name, the track just under it; the name sits nearer its own track than the one above. Hit
    // areas reach up behind the name, which is not interactive.
    const [above, labelHeight, below] = [fontSize * 0.6, fontSize * 1.25, r * 1.4 + 3];
    const rowHeight = above + labelHeight + below + hit / 2;
    const keyTop = fontSize * 0.3; // room for the first line's ascenders inside the frame
    const rowsTop = keyTop + key.height;
    const rowTop = (partner: string) => rowsTop + order.indexOf(partner) * rowHeight;
    const track = (partner: string) => rowTop(partner) + above + labelHeight + below;
    const axisY = rowsTop + order.length * rowHeight + 2;

    const placed = order.flatMap((p) =>
      placeSteps(
        shown.filter((row) => row.partner === p),
        axis,
        mark,
        fontSize * 2,
        hit,
      ),
    );
    const groups = order.flatMap((p) =>
      hitGroups(
        placed.filter((m) => m.partner === p),
        (m) => m.px,
        hit,
      ),
    );
    const lines = [...byAgreement.values()].flatMap((steps) =>
      segments(steps, end).map((s) => ({ ...s, partner: String(steps[0]!.partner) })),
    );
    const tip = (group: Placed[]) =>
      [
        partnerName(context, group[0]!.partner),
        ...group.flatMap((m) =>
          m.rows.map((row) =>
            word(context, "tip-line", { date: format.date(String(row.date)), status: statusName(context, m.status) }),
          ),
        ),
      ].join("\n");
    const label = (p: string) =>
      onlyRefused(shown, p)
        ? word(context, "partner-never", { partner: partnerName(context, p) })
        : partnerName(context, p);
    const keyX = (column: number) => left + column * ((right - left) / columns);
    const lineStyle = {
      paper: { strokeWidth: 1.5 },
      use: { strokeWidth: r * 0.9 },
      suspended: { strokeWidth: 1.5, strokeDasharray: "2 3" },
    };

    return {
      width,
      height: axisY + fontSize * 2,
      margin: 0,
      style: { fontSize: `${fontSize}px` },
      x: { type: "utc", domain: axis.domain, range: axis.range, axis: null },
      y: { type: "identity", axis: null },
      color: { type: "identity" },
      marks: [
        // Breaks in the time scale: a pale band through every row, and a gap in the axis line.
        Plot.rect(axis.spans.slice(1), {
          x1: ([a]: [number, number]) => at(a - fontSize),
          x2: ([a]: [number, number]) => at(a),
          y1: rowsTop,
          y2: axisY,
          fill: "var(--panel)",
        }),
        Plot.link(axis.spans, {
          x1: ([a]: [number, number]) => at(a),
          x2: ([, b]: [number, number]) => at(b),
          y1: axisY,
          y2: axisY,
          stroke: INK,
          strokeOpacity: 0.6,
        }),
        Plot.link(axis.ticks, {
          x1: (d: Date) => d,
          x2: (d: Date) => d,
          y1: axisY,
          y2: axisY + 4,
          stroke: INK,
          strokeOpacity: 0.6,
        }),
        // A year label at the very left edge starts there rather than being cut in half.
        ...(["start", "middle"] as const).map((anchor) =>
          Plot.text(
            axis.ticks.filter((d) => axis.toPx(d) - left < fontSize * 1.5 === (anchor === "start")),
            {
              x: (d: Date) => d,
              y: axisY + 6,
              text: (d: Date) => format.date(String(d.getUTCFullYear())),
              lineAnchor: "top",
              textAnchor: anchor,
              fill: INK,
            },
          ),
        ),
        // Rows: the partner's name above its track.
        Plot.text(order, {
          x: at(left),
          y: (p: string) => rowTop(p) + above,
          text: label,
          textAnchor: "start",
          lineAnchor: "top",
          fontWeight: 700,
          fill: INK,
        }),
        ...(["paper", "use", "suspended"] as const).map((style) =>
          Plot.link(
            lines.filter((l) => l.style === style),
            {
              x1: "from",
              x2: "to",
              y1: (l: { partner: string }) => track(l.partner),
              y2: (l: { partner: string }) => track(l.partner),
              stroke: INK,
              strokeOpacity: style === "use" ? 0.85 : 0.6,
              ...lineStyle[style],
            },
          ),
        ),
        // Steps: a mark each, a count beside merged ones.
        Plot.dot(placed, {
          x: (m: Placed) => at(m.px),
          y: (m: Placed) => track(m.partner),
          symbol: (m: Placed) => look(m.status).symbol,
          r: (m: Placed) => r * look(m.status).size,
          fill: (m: Placed) => look(m.status).fill,
          stroke: (m: Placed) => look(m.status).stroke,
          strokeWidth: 1.8,
        }),
        Plot.text(
          placed.filter((m) => m.rows.length > 1),
          {
            x: (m: Placed) => at(m.px + r + 2),
            y: (m: Placed) => track(m.partner),
            text: (m: Placed) => word(context, "times", { count: format.number(m.rows.length) }),
            textAnchor: "start",
            fill: INK,
            fontWeight: 700,
          },
        ),
        // Hit areas: at least 24 CSS px square, one per group of neighbouring marks, carrying the tooltip.
        Plot.rect(groups, {
          x1: (g: Placed[]) => at(g[0]!.px - hit / 2),
          x2: (g: Placed[]) => at(Math.max(g.at(-1)!.px + g.at(-1)!.width - mark, g[0]!.px) + hit / 2),
          y1: (g: Placed[]) => track(g[0]!.partner) - hit / 2,
          y2: (g: Placed[]) => track(g[0]!.partner) + hit / 2,
          fill: INK,
          fillOpacity: 0,
          rx: 4,
          title: tip,
        }),
        // Key.
        Plot.dot(
          key.items.filter((i) => i.kind === "symbol"),
          {
            x: (i: KeyItem) => at(keyX(i.column) + r + 1),
            y: (i: KeyItem) => keyTop + i.top + key.lineHeight / 2,
            symbol: (i: KeyItem) => look(i.key).symbol,
            r: (i: KeyItem) => r * look(i.key).size,
            fill: (i: KeyItem) => look(i.key).fill,
            stroke: (i: KeyItem) => look(i.key).stroke,
            strokeWidth: 1.8,
          },
        ),
        ...(["paper", "use"] as const).map((style) =>
          Plot.link(
            key.items.filter((i) => i.kind === "line" && i.key === style),
            {
              x1: (i: KeyItem) => at(keyX(i.column)),
              x2: (i: KeyItem) => at(keyX(i.column) + 2 * r + 2),
              y1: (i: KeyItem) => keyTop + i.top + key.lineHeight / 2,
              y2: (i: KeyItem) => keyTop + i.top + key.lineHeight / 2,
              stroke: INK,
              strokeOpacity: style === "use" ? 0.85 : 0.6,
              ...lineStyle[style],
            },
          ),
        ),
        Plot.text(key.items, {
          x: (i: KeyItem) => at(keyX(i.column) + 2 * r + 7),
          y: (i: KeyItem) => keyTop + i.top,
          text: (i: KeyItem) => i.lines.join("\n"),
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: 1.25,
          fill: INK,
        }),
      ],
    };
  },
  summary(rows, lang) {
    const { format } = lang;
    const asylum = agreements(rows, KIND.asylum!);
    const made = [...asylum.values()].filter((steps) => steps.some((s) => s.status !== "refused"));
    const refusals = rows.filter((r) => r.status === "refused").sort(byDate);
    const start = (steps: Row[]) => year(steps[0]!);
    const startYears = made.map(start);
    const latestYear = startYears.sort().at(-1)!;
    const named = (steps: Row[][]) =>
      format.list(
        steps.map((s) =>
          word(lang, "partner-years", { partner: partnerName(lang, String(s[0]!.partner)), years: start(s) }),
        ),
      );
    const byPartner = new Map<string, string[]>();
    for (const steps of made)
      byPartner.set(String(steps[0]!.partner), [...(byPartner.get(String(steps[0]!.partner)) ?? []), start(steps)]);
    const order = partners(made.flat());
    const used = made.filter((s) => s.some((r) => IN_USE.has(String(r.status))));
    const suspended = made.filter((s) => s.some((r) => ENDS.has(String(r.status))));
    const denied = [
      ...new Set(
        rows
          .filter((r) => r.kind === KIND.asylum && r.status === "denied-by-partner")
          .sort(byDate)
          .map((r) => String(r.partner)),
      ),
    ];
    const removals = [...agreements(rows, KIND.removal!).values()];
    const all = [...rows].sort(byDate);
    return {
      agreementCount: format.number(made.length),
      partnerCount: format.number(byPartner.size),
      firstYear: year(all[0]!),
      lastYear: year(all.at(-1)!),
      latestYear,
      latestCount: format.number(made.filter((s) => start(s) === latestYear).length),
      partners: format.list(
        order.map((p) =>
          word(lang, "partner-years", { partner: partnerName(lang, p), years: format.list(byPartner.get(p)!) }),
        ),
      ),
      usedCount: format.number(used.length),
      usedPartners: named(used),
      suspendedCount: format.number(suspended.length),
      suspendedPartners: named(suspended),
      deniedPartners: format.list(denied.map((p) => partnerName(lang, p))),
      refusalCount: format.number(refusals.length),
      refusalFirst: refusals.length ? format.date(String(refusals[0]!.date), "long") : "",
      refusalLast: refusals.length ? format.date(String(refusals.at(-1)!.date), "long") : "",
      removalCount: format.number(removals.length),
      removalYears: format.list([...new Set(removals.map(start))]),
      removalPartners: format.list(partners(removals.flat()).map((p) => partnerName(lang, p))),
    };
  },
};
