import { describe, expect, it } from "vitest";
import { tipPlace, type Box } from "../../src/client/tipPlace.ts";

const tip = { width: 100, height: 40 };
const boxOf = (at: { left: number; top: number }): Box => ({
  ...at,
  right: at.left + tip.width,
  bottom: at.top + tip.height,
});
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("tipPlace(mark, tip, width, gap, texts)", () => {
  it("puts the tooltip to the right of its mark, flush with its top, when there is room", () => {
    expect(tipPlace({ left: 50, top: 100, right: 70, bottom: 200 }, tip, 400, 8, [])).toEqual({ left: 78, top: 100 });
  });

  it("flips to the left at the figure's right edge, and below when neither side has room", () => {
    expect(tipPlace({ left: 280, top: 100, right: 300, bottom: 200 }, tip, 320, 8, [])).toEqual({
      left: 172,
      top: 100,
    });
    expect(tipPlace({ left: 10, top: 100, right: 300, bottom: 130 }, tip, 320, 8, [])).toEqual({ left: 105, top: 138 });
  });

  it("never covers its mark, and moves off the value written beside it", () => {
    const mark = { left: 50, top: 100, right: 70, bottom: 200 };
    const value = { left: 72, top: 100, right: 110, bottom: 115 }; // a label just right of the bar
    const placed = boxOf(tipPlace(mark, tip, 400, 8, [value]));
    expect(overlaps(placed, mark)).toBe(false);
    expect(overlaps(placed, value)).toBe(false);
  });
});
