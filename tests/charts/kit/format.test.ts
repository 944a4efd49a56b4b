import { describe, expect, it } from "vitest";
import { chartFormat } from "../../../src/charts/kit/format.ts";

describe("chartFormat(locale)", () => {
  const en = chartFormat("en-US");
  const mx = chartFormat("es-MX");

  it("is built once per locale", () => {
    expect(chartFormat("en-US")).toBe(en);
  });

  it("writes counts whole unless asked for decimals, and short numbers for axes", () => {
    expect([en.number(14596), en.number(2.26), en.number(2.26, 1)]).toEqual(["14,596", "2", "2.3"]);
    expect([en.compact(120_000), en.compact(1_500), en.compact(1_500, 0)]).toEqual(["120K", "1.5K", "2K"]);
    expect(mx.number(14596)).toBe("14,596");
  });

  it("names the dollar wherever '$' would be read as the local currency: '$' in en-US, 'USD' in es-MX", () => {
    expect([en.usd(1176), en.usd(3e9, "short"), en.usd(2.5e9, "words"), en.usd(2e7, "words")]).toEqual([
      "$1,176",
      "$3B",
      "$2.5 billion",
      "$20 million",
    ]);
    expect([mx.usd(1176), mx.usd(2e7, "words"), mx.usd(1.12e9, "words")]).toEqual([
      "1,176 dólares",
      "20 millones de dólares",
      "1.12 mil millones de dólares",
    ]);
    for (const amount of [mx.usd(1176), mx.usd(3e9, "short"), mx.usd(2e7, "words")]) expect(amount).not.toMatch(/\$/);
  });

  it("writes shares, dates at their own precision and lists in the locale's words", () => {
    expect([en.percent(0.75), mx.percent(0.75)]).toEqual(["75%", "75%"]);
    expect([en.date("2018"), en.date("2023-01"), en.date("2018-08-28"), en.date("2018-08-28", "long")]).toEqual([
      "2018",
      "Jan 2023",
      "Aug 28, 2018",
      "August 28, 2018",
    ]);
    expect(mx.date("2018-08-28", "long")).toBe("28 de agosto de 2018");
    expect([en.list(["2016", "2017"]), mx.list(["2016", "2017"])]).toEqual(["2016 and 2017", "2016 y 2017"]);
  });
});
