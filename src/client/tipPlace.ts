/** A box in CSS px, relative to the chart figure. */
export type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Where the tooltip goes: never over its mark and its ring, and over as little of the chart's text (a value written
 * beside the mark, say) as can be; to the right of the mark, its left, below or above, in that order of preference,
 * flush with the mark's top or centred on it, and kept inside the figure's width.
 */
export function tipPlace(
  mark: Box,
  tip: { width: number; height: number },
  width: number,
  gap: number,
  texts: Box[],
): { left: number; top: number } {
  const inside = (left: number) => Math.min(Math.max(0, left), Math.max(0, width - tip.width));
  const centre = inside((mark.left + mark.right) / 2 - tip.width / 2);
  const top = Math.max(0, mark.top);
  const candidates = [
    { left: inside(mark.right + gap), top },
    { left: inside(mark.left - gap - tip.width), top },
    { left: centre, top: mark.bottom + gap },
    { left: centre, top: mark.top - gap - tip.height },
  ];
  const ringed = { left: mark.left - gap, top: mark.top - gap, right: mark.right + gap, bottom: mark.bottom + gap };
  const cost = ({ left, top }: { left: number; top: number }) => {
    const box = { left, top, right: left + tip.width, bottom: top + tip.height };
    if (top < 0 || overlap(box, ringed) > 0) return Infinity;
    return texts.reduce((sum, t) => sum + overlap(box, t), 0);
  };
  const costs = candidates.map(cost);
  const best = costs.indexOf(Math.min(...costs));
  return best >= 0 && costs[best] !== Infinity ? candidates[best]! : candidates[2]!; // below always fits: the page goes on
}
