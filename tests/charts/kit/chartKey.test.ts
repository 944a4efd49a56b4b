import { describe, expect, it } from "vitest";
import { chartKey } from "../../../src/charts/kit/chartKey.ts";

describe("chartKey(entries, columns, columnWidth, fontSize)", () => {
  const entries = ["announced", "signed", "first people sent to the partner country", "suspended"].map((text, i) => ({
    kind: "symbol" as const,
    key: String(i),
    text,
  }));

  it("fills the columns row by row, a row as tall as its longest wrapped label", () => {
    const { items, height, lineHeight } = chartKey(entries, 2, 120, 13);
    expect(items.map((i) => [i.column, i.top])).toEqual([
      [0, 0],
      [1, 0],
      [0, items[2]!.top],
      [1, items[2]!.top],
    ]);
    expect(items[2]!.top).toBeGreaterThan(0);
    expect(items[2]!.lines.length).toBeGreaterThan(1);
    expect(height).toBeGreaterThanOrEqual(items[2]!.top + items[2]!.lines.length * lineHeight);
  });

  it("keeps every word of every label", () => {
    const { items } = chartKey(entries, 3, 100, 15);
    expect(items.map((i) => i.lines.join(" "))).toEqual(entries.map((e) => e.text));
  });
});
