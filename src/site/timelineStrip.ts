import type { TimelineCategory } from "../schemas/timelineEvent.ts";
import { escapeXml } from "../render/escapeXml.ts";
import { RENDERINGS } from "../config.ts";

/** One mark of the overview strip: where it links and what a reader hears and sees on hover. */
export interface StripEvent {
  id: string;
  year: number;
  date: string;
  category: TimelineCategory;
  /** Accessible name and tooltip: date, title and category. */
  label: string;
  href: string;
}

/** A strip rendering: wide is a row of year columns with dots stacked upward; narrow turns it so years run down the side. */
export interface StripLayout {
  name: "narrow" | "wide";
  width: number;
  /** Font size in SVG pixels, chosen so axis labels stay ≥ 12 CSS px where the rendering is shown. */
  fontSize: number;
}

/** The strip is drawn at the charts' two renderings, and switches with them at the same breakpoint. */
export const STRIP_LAYOUTS: readonly StripLayout[] = RENDERINGS;

const R = 7; // dot radius
const STEP = 16; // distance between stacked dots
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Draws every event on one time axis, one dot per event stacked by year in date order and coloured by category from
 * CSS custom properties (--tl-<category>), each dot a link to the event. Pure: returns an SVG string.
 */
export function timelineStrip(
  events: StripEvent[],
  layout: StripLayout,
  years: { from: number; to: number },
  name: string,
): string {
  const span = years.to - years.from + 1;
  const stacks = new Map<number, StripEvent[]>();
  for (const e of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)))
    stacks.set(e.year, [...(stacks.get(e.year) ?? []), e]);
  const deepest = Math.max(1, ...[...stacks.values()].map((s) => s.length));
  const { width, fontSize } = layout;
  let height: number;
  let place: (yearIndex: number, n: number) => [number, number];
  const labels: string[] = [];
  if (layout.name === "wide") {
    const axis = fontSize * 2;
    const col = (width - 16) / span;
    height = 8 + deepest * STEP + axis;
    const base = height - axis;
    place = (y, n) => [8 + col * (y + 0.5), base - R - 2 - n * STEP];
    for (let i = 0; i < span; i++) {
      const x = round(8 + col * (i + 0.5));
      labels.push(`<line x1="${x}" x2="${x}" y1="${base}" y2="${base + 5}" stroke="currentColor"/>`);
      if ((years.from + i) % 2 === 0)
        labels.push(`<text x="${x}" y="${round(base + 6 + fontSize)}" text-anchor="middle">${years.from + i}</text>`);
    }
    labels.push(`<line x1="8" x2="${width - 8}" y1="${base}" y2="${base}" stroke="currentColor"/>`);
  } else {
    const row = STEP + 1;
    const left = fontSize * 3.4;
    const first = left + R + 4;
    // A year with more events than fit across (2025 has over 20) wraps onto more rows, rather than run off the edge.
    const perRow = Math.max(1, Math.floor((width - first - R - 2) / STEP) + 1);
    const tops: number[] = [];
    let bottom = 4;
    for (let i = 0; i < span; i++) {
      tops.push(bottom);
      bottom += row * Math.max(1, Math.ceil((stacks.get(years.from + i)?.length ?? 0) / perRow));
    }
    height = bottom;
    place = (y, n) => [first + (n % perRow) * STEP, tops[y]! + row * (Math.floor(n / perRow) + 0.5)];
    for (let i = 0; i < span; i++) {
      const y = round(tops[i]! + row * 0.5);
      const empty = !stacks.has(years.from + i);
      labels.push(
        `<text x="${round(left - 6)}" y="${y}" dy="0.35em" text-anchor="end"${empty ? ' class="tl-empty-year"' : ""}>${years.from + i}</text>`,
      );
    }
    labels.push(`<line x1="${round(left)}" x2="${round(left)}" y1="4" y2="${height}" stroke="currentColor"/>`);
  }
  const dots = [...stacks].flatMap(([year, stack]) =>
    stack.map((e, n) => {
      const [cx, cy] = place(year - years.from, n);
      return `<a href="${escapeXml(e.href)}" data-event="${e.id}" data-category="${e.category}" data-year="${e.year}" aria-label="${escapeXml(e.label)}"><title>${escapeXml(e.label)}</title><circle cx="${round(cx)}" cy="${round(cy)}" r="${R}" fill="var(--tl-${e.category})"/></a>`;
    }),
  );
  return `<svg class="tl-strip-svg" viewBox="0 0 ${width} ${round(height)}" role="group" aria-label="${escapeXml(name)}" style="font-size:${fontSize}px"><g aria-hidden="true" class="tl-axis">${labels.join("")}</g>${dots.join("")}</svg>`;
}
