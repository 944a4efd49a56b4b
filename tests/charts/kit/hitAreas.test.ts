import { describe, expect, it } from "vitest";
import { hitClusters, hitGroups, hitRuns, hitSize } from "../../../src/charts/kit/hitAreas.ts";
import { RENDERINGS } from "../../../src/config.ts";

describe("hitSize(fontSize)", () => {
  it("is 24 CSS px or more wherever a rendering is shown (its text never below 12 CSS px)", () => {
    for (const { fontSize } of RENDERINGS) expect(hitSize(fontSize) * (12 / fontSize)).toBeGreaterThanOrEqual(24);
  });
});

describe("hitGroups(items, px, size)", () => {
  it("groups neighbours closer than size and leaves the others alone", () => {
    expect(hitGroups([0, 10, 30, 100, 120], (x) => x, 26)).toEqual([
      [0, 10, 30],
      [100, 120],
    ]);
    expect(hitGroups([0, 30, 60], (x) => x, 26)).toEqual([[0], [30], [60]]);
    expect(hitGroups([], (x: number) => x, 26)).toEqual([]);
  });
});

describe("hitRuns(items, step, size)", () => {
  it("gives each item its own hit area where the step is wide enough, and runs of neighbours where it is not", () => {
    expect(hitRuns([1, 2, 3], 30, 26)).toEqual([[1], [2], [3]]);
    expect(hitRuns([1, 2, 3, 4, 5], 20, 26)).toEqual([[1, 2], [3, 4], [5]]);
    expect(hitRuns([1, 2, 3, 4], 9, 26)).toEqual([[1, 2, 3], [4]]);
  });
});

describe("hitClusters(items, at, size)", () => {
  it("groups points whose hit areas would overlap, chained, and keeps points apart in either direction alone", () => {
    const at = (p: [number, number]) => p;
    expect(
      hitClusters(
        [
          [0, 0],
          [10, 100],
          [20, 5],
          [40, 10],
        ] as [number, number][],
        at,
        26,
      ),
    ).toEqual([
      [
        [0, 0],
        [20, 5],
        [40, 10],
      ],
      [[10, 100]],
    ]);
    expect(
      hitClusters(
        [
          [0, 0],
          [0, 30],
          [30, 0],
        ] as [number, number][],
        at,
        26,
      ),
    ).toEqual([[[0, 0]], [[0, 30]], [[30, 0]]]);
  });
});
