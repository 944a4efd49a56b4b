import { describe, expect, it } from "vitest";
import { brokenAxis, eras, instant } from "../../../src/charts/kit/brokenTimeAxis.ts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dates = [
  "2002-12-05",
  "2004-12-29",
  "2018-04",
  "2019-09-25",
  "2021-02-06",
  "2024-12",
  "2025-03-10",
  "2025-12",
].map(instant);

describe("instant(date)", () => {
  it("places a date without a day mid-month, and one without a month mid-year", () => {
    expect(iso(instant("2018-09-12"))).toBe("2018-09-12");
    expect(iso(instant("2018-09"))).toBe("2018-09-15");
    expect(iso(instant("2018"))).toBe("2018-07-01");
  });
});

describe("eras(dates, gapYears, tailMonths)", () => {
  it("splits where two dates are more than gapYears apart; earlier eras span whole years, the last runs from a month before its first date to tailMonths past its last", () => {
    const list = eras(dates, 3, 6);
    expect(list.map((e) => [iso(e.from), iso(e.to), e.count])).toEqual([
      ["2002-01-01", "2005-01-01", 2],
      ["2018-01-01", "2022-01-01", 3],
      ["2024-11-01", "2026-06-01", 3],
    ]);
  });

  it("keeps dates in one era when none are far apart", () => {
    expect(eras([instant("2025-02"), instant("2025-08-05")], 3, 6)).toHaveLength(1);
  });
});

describe("brokenAxis(eras, left, right, gap, base, minGap)", () => {
  const list = eras(dates, 3, 6);
  const axis = brokenAxis(list, 0, 300, 10, 3, 40);

  it("lays the eras out left to right with a gap between them, wider for eras with more in them", () => {
    expect(axis.spans[0]![0]).toBe(0);
    expect(axis.spans.at(-1)![1]).toBeCloseTo(300);
    expect(axis.spans[1]![0] - axis.spans[0]![1]).toBeCloseTo(10);
    const width = ([a, b]: [number, number]) => b - a;
    expect(width(axis.spans[1]!)).toBeGreaterThan(width(axis.spans[0]!));
  });

  it("maps a date to a pixel and back, as Plot's piecewise scale does", () => {
    for (const d of dates) expect(iso(axis.fromPx(axis.toPx(d)))).toBe(iso(d));
    expect(axis.toPx(list[1]!.from)).toBeCloseTo(axis.spans[1]![0]);
    expect(axis.range).toEqual(axis.spans.flat());
  });

  it("ticks 1 January of years inside the eras, never an era's end (it sits on the break) and never two labels too close", () => {
    const years = axis.ticks.map((d) => d.getUTCFullYear());
    expect(years).not.toContain(2005);
    expect(years).not.toContain(2022);
    for (let i = 1; i < axis.ticks.length; i++)
      expect(axis.toPx(axis.ticks[i]!) - axis.toPx(axis.ticks[i - 1]!)).toBeGreaterThanOrEqual(40);
    expect(years[0]).toBe(2002);
  });
});
