import { parseDate } from "../../schemas/parseDate.ts";

/** A date as the sources give it, as a UTC instant: mid-month or mid-year when the source names no day. */
export function instant(iso: string): Date {
  const date = parseDate(iso);
  if (!date) throw new Error(`expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${iso}"`);
  const [y, m, d] = date.iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15)));
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const utc = (y: number, m = 0) => new Date(Date.UTC(y, m, 1));

/** A stretch of time drawn at its own scale, and how many dated things fall in it. */
export interface Era {
  from: Date;
  to: Date;
  count: number;
}

/**
 * Splits dates into eras wherever two consecutive dates are more than `gapYears` apart. Earlier eras span whole calendar
 * years; the last (the one still running) starts a month before its first date and runs `tailMonths` past its last, so
 * a quiet start of its first year takes no room.
 */
export function eras(dates: Date[], gapYears: number, tailMonths: number): Era[] {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const groups: Date[][] = [];
  for (const date of sorted) {
    const group = groups.at(-1);
    if (group && date.getTime() - group.at(-1)!.getTime() <= gapYears * YEAR_MS) group.push(date);
    else groups.push([date]);
  }
  return groups.map((group, i) => {
    const [first, last] = [group[0]!, group.at(-1)!];
    const running = i === groups.length - 1;
    const from = running ? utc(first.getUTCFullYear(), first.getUTCMonth() - 1) : utc(first.getUTCFullYear());
    const to = running ? utc(last.getUTCFullYear(), last.getUTCMonth() + tailMonths) : utc(last.getUTCFullYear() + 1);
    return { from, to, count: group.length };
  });
}

/** A time axis in pieces: each era gets width by how much happens in it, with a gap between eras. */
export interface BrokenAxis {
  /** Piecewise domain and range for a Plot `utc` scale: two stops per era. */
  domain: Date[];
  range: number[];
  /** Where a date is drawn, in SVG pixels, and the date drawn at a pixel (the same piecewise mapping as Plot's). */
  toPx(date: Date): number;
  fromPx(px: number): Date;
  /** Pixel ranges of the eras, for the axis line and the break marks between them. */
  spans: [number, number][];
  /** 1 January of every year inside an era (its end excluded: it sits on the break), thinned so labels `minGap` pixels apart never collide. */
  ticks: Date[];
}

/** Lays eras out from `left` to `right` pixels, `gap` pixels apart; an era's width grows with its count plus `base`. */
export function brokenAxis(
  list: Era[],
  left: number,
  right: number,
  gap: number,
  base: number,
  minGap: number,
): BrokenAxis {
  const weights = list.map((era) => era.count + base);
  const total = weights.reduce((a, b) => a + b, 0);
  const free = right - left - gap * (list.length - 1);
  const spans: [number, number][] = [];
  let at = left;
  for (const w of weights) {
    spans.push([at, at + (free * w) / total]);
    at += (free * w) / total + gap;
  }
  const domain = list.flatMap((era) => [era.from, era.to]);
  const range = spans.flat();
  const toPx = (date: Date) => piecewise(domain.map(Number), range, date.getTime());
  const fromPx = (px: number) => new Date(piecewise(range, domain.map(Number), px));
  const ticks: Date[] = [];
  for (const era of list) {
    for (let y = era.from.getUTCFullYear(); y <= era.to.getUTCFullYear(); y++) {
      const tick = utc(y);
      if (tick < era.from || tick >= era.to) continue;
      const last = ticks.at(-1);
      if (!last || toPx(tick) - toPx(last) >= minGap) ticks.push(tick);
    }
  }
  return { domain, range, toPx, fromPx, spans, ticks };
}

/** Linear interpolation through (xs[i], ys[i]), extended past both ends; xs ascending. */
function piecewise(xs: number[], ys: number[], x: number): number {
  let i = 1;
  while (i < xs.length - 1 && x > xs[i]!) i++;
  const [x0, x1, y0, y1] = [xs[i - 1]!, xs[i]!, ys[i - 1]!, ys[i]!];
  return x1 === x0 ? y0 : y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
}
