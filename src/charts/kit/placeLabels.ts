/** A box in SVG pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** How far a point is from the middle of a box: a reader pairs a label with the point its words sit nearest. */
const distance = (p: { x: number; y: number }, b: Box) => Math.hypot((b.x0 + b.x1) / 2 - p.x, (b.y0 + b.y1) / 2 - p.y);

/** Where a label goes relative to its point, in order of preference. */
export const SIDES = [
  "above",
  "right",
  "above-left",
  "above-right",
  "left",
  "below",
  "below-right",
  "below-left",
] as const;
export type Side = (typeof SIDES)[number];

const horizontal = (side: Side) =>
  side === "right" || side.endsWith("-right") ? 1 : side === "left" || side.endsWith("-left") ? -1 : 0;
const vertical = (side: Side) => (side.startsWith("above") ? -1 : side.startsWith("below") ? 1 : 0);

/** The box a label of size w × h takes on `side` of a point, `gap` pixels away. */
function spot(p: { x: number; y: number; w: number; h: number }, side: Side, gap: number): Box {
  const [h, v] = [horizontal(side), vertical(side)];
  const x0 = h > 0 ? p.x + gap : h < 0 ? p.x - gap - p.w : p.x - p.w / 2;
  const y0 = v < 0 ? p.y - gap - p.h : v > 0 ? p.y + gap : p.y - p.h / 2;
  return { x0, y0, x1: x0 + p.w, y1: y0 + p.h };
}

/**
 * Places a label beside each point so that no label leaves the frame or covers a point, another label, other text
 * (`texts`) or a line (`lines`: small boxes along it), and each label is nearer its own point than any other, so a
 * reader pairs them rightly. Every combination of sides is tried, so keep the points few; the clear one that best
 * keeps each label on its preferred side wins, and if none is clear, the least bad: a label cut by the frame is worst,
 * one over a point or text next, one nearer another point next, one across a line least.
 */
export function placeLabels(
  points: { x: number; y: number; w: number; h: number }[],
  frame: Box,
  gap: number,
  lines: Box[] = [],
  texts: Box[] = [],
): Side[] {
  const dots: Box[] = [
    ...points.map((p) => ({ x0: p.x - gap, y0: p.y - gap, x1: p.x + gap, y1: p.y + gap })),
    ...texts,
  ];
  const inside = (b: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;
  const nearerOther = (box: Box, i: number) => {
    const own = distance(points[i]!, box);
    return points.some((p, j) => j !== i && distance(p, box) < own);
  };
  const clash = (box: Box, i: number, boxes: Box[]) =>
    (inside(box) ? 0 : 1e6) +
    1e4 * (dots.filter((d, j) => j !== i && overlaps(d, box)).length + boxes.filter((b) => overlaps(b, box)).length) +
    (nearerOther(box, i) ? 1e3 : 0) +
    1e2 * lines.filter((l) => overlaps(l, box)).length;
  let best: { sides: Side[]; cost: number } = { sides: points.map(() => "above"), cost: Infinity };
  const search = (i: number, chosen: Side[], boxes: Box[], cost: number) => {
    if (cost >= best.cost) return;
    if (i === points.length) return void (best = { sides: [...chosen], cost });
    SIDES.forEach((side, preference) => {
      const box = spot(points[i]!, side, gap);
      search(i + 1, [...chosen, side], [...boxes, box], cost + clash(box, i, boxes) + preference);
    });
  };
  search(0, [], [], 0);
  return best.sides;
}

/** Plot text options that put a label on `side` of its point, `gap` pixels away. */
export function labelOffset(side: Side, gap: number) {
  const [h, v] = [horizontal(side), vertical(side)];
  return {
    dx: h * gap,
    dy: v * gap,
    textAnchor: h > 0 ? ("start" as const) : h < 0 ? ("end" as const) : ("middle" as const),
    lineAnchor: v < 0 ? ("bottom" as const) : v > 0 ? ("top" as const) : ("middle" as const),
  };
}

/** Small boxes every `step` pixels along a polyline, for placeLabels to keep labels off it. */
export function alongLine(points: { x: number; y: number }[], step = 4): Box[] {
  return points.slice(1).flatMap((b, i) => {
    const a = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    return Array.from({ length: n }, (_, k) => ({
      x: a.x + ((b.x - a.x) * k) / n,
      y: a.y + ((b.y - a.y) * k) / n,
    })).map((q) => ({ x0: q.x - 1, x1: q.x + 1, y0: q.y - 1, y1: q.y + 1 }));
  });
}
