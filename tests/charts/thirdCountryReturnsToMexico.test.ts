import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { thirdCountryReturnsToMexico } from "../../src/charts/thirdCountryReturnsToMexico.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { channel, context, fixture, language, marksNamed, NARROW, renderAll } from "./helpers.ts";

const data = fixture("third-country-returns-to-mexico");
const { rows } = data;
const sources: Record<string, string> = { a: "Paper A", b: "Paper B", c: "Radio C" };
const spec = (overrides = {}) =>
  thirdCountryReturnsToMexico.spec(
    rows,
    context(thirdCountryReturnsToMexico, data, { source: (id: string) => sources[id], ...overrides }),
  );
const texts = (overrides = {}) =>
  marksNamed(spec(overrides), "Text").flatMap((m) => m.data.map((d) => channel(m, "text", d)));
const hitAreas = (overrides = {}) => marksNamed(spec(overrides), "Rect").find((m) => m.channels.title)!;

describe("thirdCountryReturnsToMexico.spec(rows, context)", () => {
  it("draws a dot for each date a figure for non-Mexicans was given, in date order, and nothing for Mexicans or the total", () => {
    const [dots] = marksNamed(spec(), "Dot");
    expect((dots!.data as Row[]).map((r) => [r.date, r.value])).toEqual([
      ["2025-02-07", 2500],
      ["2025-02-14", 3000],
      ["2025-12-10", 12000],
    ]);
  });

  it("joins the dots with a dotted line that starts from zero on the first day counted", () => {
    const [line] = marksNamed(spec(), "Line");
    expect((line!.data as { date: string; value: number }[])[0]).toEqual({ date: "2025-01-20", value: 0 });
    expect(line!.data).toHaveLength(4);
  });

  it("labels every dot with its figure and its date, and the span the last figure covers, never as a year's total", () => {
    const all = texts();
    for (const label of ["2,500\nFeb 7", "3,000\nFeb 14", "12,000\nDec 10"]) expect(all).toContain(label);
    expect(all).toContain("Counted from Jan 20, 2025 to Dec 10, 2025");
    expect(all).toContain("Received since Jan 20, 2025");
  });

  it("keeps the labels of two dots a week apart on a phone from covering each other or leaving the chart", () => {
    const sides = marksNamed(spec(NARROW), "Text").filter((m) => (m.data[0] as Row)?.measure === "non-mexicans");
    const sideOf = (date: string) => sides.find((m) => (m.data as Row[]).some((r) => r.date === date))!;
    expect(sideOf("2025-02-07")).not.toBe(sideOf("2025-02-14")); // on different sides of their dots
  });

  it("gives dots closer than a hit area one shared hit area whose tooltip lists each figure with its totals and source", () => {
    const areas = hitAreas(NARROW);
    expect((areas.data as Row[][]).map((g) => g.map((r) => r.date))).toEqual([
      ["2025-02-07", "2025-02-14"],
      ["2025-12-10"],
    ]);
    expect(channel(areas, "title", areas.data[0])).toBe(
      "Feb 7, 2025: 2,500 non-Mexicans received since Jan 20, 2025\n11,000 people in all, 8,500 of them Mexican\nSource: Paper A\n\n" +
        "Feb 14, 2025: 3,000 non-Mexicans received since Jan 20, 2025\n13,500 people in all, 10,500 of them Mexican\nSource: Paper B",
    );
  });

  it("makes every hit area at least 24 CSS px where its rendering is shown smallest", () => {
    for (const [overrides, smallest] of [
      [{}, 540 / 640],
      [NARROW, 288 / 300],
    ] as const) {
      const svg = renderSvg(spec(overrides), { idPrefix: "t", title: "t", description: "t" });
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      const rects = [...document.querySelectorAll("rect")].filter((r) => r.querySelector("title"));
      expect(rects).toHaveLength(2);
      for (const r of rects)
        expect(
          Math.min(Number(r.getAttribute("width")), Number(r.getAttribute("height"))) * smallest,
        ).toBeGreaterThanOrEqual(24);
    }
  });

  it("summarises the data for the title and alt text, the share of everyone received included", () => {
    expect(thirdCountryReturnsToMexico.summary(rows, language("third-country-returns-to-mexico"))).toEqual({
      count: "3",
      fromDate: "January 20, 2025",
      toDate: "December 10, 2025",
      firstDate: "February 7, 2025",
      firstValue: "2,500",
      lastDate: "December 10, 2025",
      lastValue: "12,000",
      lastTotal: "152,000",
      lastShare: "8%",
    });
  });
});

describe("third-country-returns-to-mexico SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(thirdCountryReturnsToMexico, data)).toMatchFileSnapshot(
      "__snapshots__/third-country-returns-to-mexico.svg",
    );
  });
});
