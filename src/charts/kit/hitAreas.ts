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
