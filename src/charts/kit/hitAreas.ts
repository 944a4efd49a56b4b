/** Smallest hit area of a mark a reader points at or taps, in CSS pixels (WCAG 2.5.8, target size minimum). */
export const HIT_CSS = 24;
/** Chart text is never shown below 12 CSS px (config.ts RENDERINGS): an SVG pixel is never smaller than 12 / fontSize CSS px. */
const MIN_TEXT_CSS = 12;

/** The smallest hit area in SVG pixels for a rendering at `fontSize`: 24 CSS px where that rendering is shown smallest. */
export const hitSize = (fontSize: number) => Math.ceil((HIT_CSS * fontSize) / MIN_TEXT_CSS);

/**
 * Groups items drawn along a line whose neighbours are closer than `size` pixels, so that each group gets one hit area
 * (and one tooltip listing its items) instead of several that overlap. Items must be in drawing order.
 */
export function hitGroups<T>(items: T[], px: (item: T) => number, size: number): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    if (group && px(item) - px(group.at(-1)!) < size) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * Splits items drawn at an even `step` (bars a year apart) into runs of as few neighbours as make a hit area of at
 * least `size` pixels: one item each where a step is wide enough, pairs where it is half as wide, and so on.
 */
export function hitRuns<T>(items: T[], step: number, size: number): T[][] {
  const per = Math.max(1, Math.ceil(size / step));
  return Array.from({ length: Math.ceil(items.length / per) }, (_, i) => items.slice(i * per, (i + 1) * per));
}

/**
 * Groups points whose hit areas (`size` square, centred on each) would overlap, chained, so each group gets one hit
 * area (and one tooltip listing its points) that no other group's overlaps. Groups come in order of their first point.
 */
export function hitClusters<T>(items: T[], at: (item: T) => [number, number], size: number): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const [x, y] = at(item);
    const near = groups.filter((g) =>
      g.some((other) => Math.abs(at(other)[0] - x) < size && Math.abs(at(other)[1] - y) < size),
    );
    const merged = [...near.flat(), item];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups
    .sort((a, b) => items.indexOf(a[0]!) - items.indexOf(b[0]!))
    .map((g) => g.sort((a, b) => items.indexOf(a) - items.indexOf(b)));
}
