import { describe, expect, it } from "vitest";
import { alongLine, labelOffset, placeLabels, type Box, type Side } from "../../../src/charts/kit/placeLabels.ts";

const frame: Box = { x0: 0, y0: 0, x1: 300, y1: 200 };
/** The box a label takes once placed, as placeLabels computes it. */
function boxOf(p: { x: number; y: number; w: number; h: number }, side: Side, gap: number): Box {
  const { dx, dy, textAnchor, lineAnchor } = labelOffset(side, gap);
  const x0 = textAnchor === "start" ? p.x + dx : textAnchor === "end" ? p.x + dx - p.w : p.x - p.w / 2;
  const y0 = lineAnchor === "top" ? p.y + dy : lineAnchor === "bottom" ? p.y + dy - p.h : p.y - p.h / 2;
  return { x0, y0, x1: x0 + p.w, y1: y0 + p.h };
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("placeLabels(points, frame, gap, lines, texts)", () => {
  it("puts a lone label above its point", () => {
    expect(placeLabels([{ x: 150, y: 100, w: 40, h: 30 }], frame, 7)).toEqual(["above"]);
  });

  it("keeps labels of two points a few pixels apart off each other, off both points and inside the frame", () => {
    const points = [
      { x: 40, y: 160, w: 40, h: 30 },
      { x: 45, y: 156, w: 45, h: 30 },
    ];
    const sides = placeLabels(points, frame, 7);
    const boxes = points.map((p, i) => boxOf(p, sides[i]!, 7));
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
    for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= 300 && b.y0 >= 0 && b.y1 <= 200).toBe(true);
    for (const [i, b] of boxes.entries())
      expect(
        overlap(b, {
          x0: points[1 - i]!.x - 5,
          x1: points[1 - i]!.x + 5,
          y0: points[1 - i]!.y - 5,
          y1: points[1 - i]!.y + 5,
        }),
      ).toBe(false);
  });

  it("moves a label off other text and off a line when it can", () => {
    const point = { x: 150, y: 100, w: 40, h: 30 };
    const text: Box = { x0: 100, y0: 50, x1: 200, y1: 80 }; // over the spot above the point
    expect(placeLabels([point], frame, 7, [], [text])).toEqual(["right"]);
    const line = alongLine([
      { x: 150, y: 100 },
      { x: 250, y: 100 },
    ]);
    expect(placeLabels([point], frame, 7, line, [text])).toEqual(["left"]);
  });

  it("keeps each label nearer its own point than any other, so a reader pairs them rightly", () => {
    // Text over the spots above and right of the right-hand point: above-left and left, its next choices, are clear
    // but nearer the left-hand point.
    const points = [
      { x: 100, y: 100, w: 40, h: 30 },
      { x: 150, y: 100, w: 40, h: 30 },
    ];
    const text: Box = { x0: 145, y0: 40, x1: 200, y1: 99 };
    const sides = placeLabels(points, frame, 7, [], [text]);
    const near = (p: { x: number; y: number }, b: Box) => Math.hypot((b.x0 + b.x1) / 2 - p.x, (b.y0 + b.y1) / 2 - p.y);
    for (const [i, p] of points.entries()) {
      const box = boxOf(p, sides[i]!, 7);
      expect(near(p, box), `label ${i} (${sides[i]})`).toBeLessThan(near(points[1 - i]!, box));
    }
  });

  it("lets a label cross a line rather than leave the frame", () => {
    const corner = { x: 10, y: 190, w: 40, h: 30 };
    const line = alongLine([
      { x: 0, y: 150 },
      { x: 300, y: 150 },
    ]);
    const [side] = placeLabels([corner], frame, 7, line);
    const box = boxOf(corner, side!, 7);
    expect(box.x0 >= 0 && box.y1 <= 200).toBe(true);
  });
});
