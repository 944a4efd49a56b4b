import { describe, expect, it } from "vitest";
import { mexicoDetentions, breakYear } from "../../src/charts/mexicoDetentions.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, marksNamed, NARROW, renderAll } from "./helpers.ts";

const data = fixture("mexico-detentions");
const { rows } = data;
const sources: Record<string, string> = { a: "Publisher A", b: "Publisher B", c: "Publisher C", d: "Publisher D" };
const spec = (overrides = {}) =>
  mexicoDetentions.spec(rows, context(mexicoDetentions, data, { source: (id: string) => sources[id], ...overrides }));
const rects = (overrides = {}) => marksNamed(spec(overrides), "Rect");
const bars = (overrides = {}) => rects(overrides).find((m) => !m.channels.title)!;
const columns = (overrides = {}) => rects(overrides).find((m) => m.channels.title)!;
const texts = (overrides = {}) =>
  marksNamed(spec(overrides), "Text").flatMap((m) => m.data.map((d) => channel(m, "text", d)));
const year = (y: number) => rows.find((r) => r.year === y && r.figure === "year-total")!;

describe("mexicoDetentions.spec(rows, context)", () => {
  it("draws a bar for each year's full-year government total, never a figure for part of a year or another body's count", () => {
    expect((bars().data as Row[]).map((r) => [r.year, r.events])).toEqual([
      [2019, 180000],
      [2020, 80000],
      [2021, 300000],
      [2022, 440000],
      [2023, 780000],
    ]);
  });

  it("marks the year the way of counting changed with a rule before it and its words beside it", () => {
    expect(breakYear(rows)).toBe(2021);
    const [rule] = marksNamed(spec(), "RuleX");
    expect(rule!.data).toEqual([2020.5]);
    expect(texts().join(" ").replace(/\s+/g, " ")).toContain(
      "From 2021, also counts families and children sent to shelters",
    ); // wrapped to the room left of the rule
  });

  it("draws no rule when every year is counted the same way", () => {
    const same = rows.map((r) => ({ ...r, counted_as: "held in stations" }));
    expect(breakYear(same)).toBeUndefined();
    expect(
      marksNamed(mexicoDetentions.spec(same, context(mexicoDetentions, { ...data, rows: same })), "RuleX"),
    ).toEqual([]);
  });

  it("says in each year's tooltip the figure, what it counts and where it was read, and any other count of the same year", () => {
    expect(channel(columns(), "title", year(2019))).toBe(
      "2019: 180,000 detention events\nCounted: held in stations\nSource: Publisher A",
    );
    expect(channel(columns(), "title", year(2022))).toBe(
      "2022: 440,000 detention events\nCounted: held or sent to shelters\nSource: Publisher C\nAlso: 445,000 (UN agency)",
    );
  });

  it("puts each tooltip on a column as wide and tall as its year, so even the shortest bar is easy to hit", () => {
    const column = columns();
    expect(column.data).toHaveLength(5);
    const x1 = column.channels.x1!.value as (r: Row) => number;
    const x2 = column.channels.x2!.value as (r: Row) => number;
    expect(x2(year(2020)) - x1(year(2020))).toBe(1); // the whole year
    expect(channel(column, "y2", year(2020))).toBe(channel(column, "y2", year(2023)));
  });

  it("writes every bar's value when wide, and on a phone only the first, the peak, the last and the last before the break", () => {
    const labelled = (overrides = {}) =>
      marksNamed(spec(overrides), "Text")
        .find((m) => (m.data[0] as Row)?.figure === "year-total")!
        .data.map((r) => (r as Row).year);
    expect(labelled()).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(labelled(NARROW)).toEqual([2019, 2020, 2023]);
    expect(texts()).toContain("780K");
  });

  it("summarises the data for the title and alt text", () => {
    expect(mexicoDetentions.summary(rows, language("mexico-detentions"))).toEqual({
      firstYear: "2019",
      lastYear: "2023",
      lastValue: "780,000",
      peakYear: "2023",
      peakValue: "780,000",
      lowYear: "2020",
      lowValue: "80,000",
      breakYear: "2021",
      otherYears: "2022",
      otherBy: "UN agency",
      otherValues: "445,000",
    });
  });
});

describe("mexico-detentions SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(mexicoDetentions, data)).toMatchFileSnapshot("__snapshots__/mexico-detentions.svg");
  });
});
