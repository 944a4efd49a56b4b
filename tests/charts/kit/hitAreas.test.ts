import { describe, expect, it } from "vitest";
import { hitGroups, hitSize } from "../../../src/charts/kit/hitAreas.ts";
import { RENDERINGS } from "../../../src/config.ts";

describe("hitSize(fontSize)", () => {
  it("is 24 CSS px or more wherever a rendering is shown (its text never below 12 CSS px)", () => {
    for (const { fontSize } of RENDERINGS) expect(hitSize(fontSize) * (12 / fontSize)).toBeGreaterThanOrEqual(24);
  });
});

describe("hitGroups(items, px, size)", () => {
  it("groups neighbours closer than size and leaves the others alone", () => {
    expect(hitGroups([0, 10, 30, 100, 120], (x) => x, 26)).toEqual([[0, 10, 30], [100, 120]]);
    expect(hitGroups([0, 30, 60], (x) => x, 26)).toEqual([[0], [30], [60]]);
    expect(hitGroups([], (x: number) => x, 26)).toEqual([]);
  });
});
