import { describe, expect, it } from "vitest";
import { removalsMexicoVsUs } from "../../src/charts/removalsMexicoVsUs.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, marksOf, NARROW, renderAll } from "./helpers.ts";

const data = fixture("removals-mexico-vs-us");
const { rows } = data;
const spec = (overrides = {}) => removalsMexicoVsUs.spec(rows, context(removalsMexicoVsUs, data, overrides));
const marks = (view: string, overrides = {}) => marksOf(spec({ view, ...overrides }));
const row = (measure: string, year: number, by = "Mexico") => rows.find((r) => r.measure === measure && r.year === year && r.by === by)!;

describe("removalsMexicoVsUs.spec(rows, context)", () => {
  it("switches between removals (the default) and detentions", () => {
    expect(removalsMexicoVsUs.views).toEqual(["removals", "detentions"]);
  });

  it("puts Mexico's and the US's removals side by side for each fiscal year, Mexico in the accent colour", () => {
    const [bars] = marks("removals");
    expect((bars!.data as Row[]).map((r) => `${r.year} ${r.by}`)).toEqual(["2015 Mexico", "2015 United States", "2016 Mexico", "2016 United States"]);
    expect((bars!.data as Row[]).slice(0, 2).map((r) => channel(bars!, "fill", r))).toEqual(["var(--chart-accent)", "var(--chart-seq-2)"]);
  });

  it("labels removals by fiscal year and says in the tooltip who removed how many, and what was counted", () => {
    expect((spec().fx as { tickFormat: (y: number) => string }).tickFormat(2015)).toBe("FY2015");
    const [bars] = marks("removals");
    const labels = context(removalsMexicoVsUs, data).legend;
    expect(channel(bars!, "title", row("removals", 2015))).toBe(`${labels.mexico}, FY2015\n160,000 Northern Triangle nationals removed`);
  });

  it("draws detention events by calendar year, leaving an empty, labelled slot with a tooltip for a year without a figure", () => {
    expect(spec({ view: "detentions" }).x!.domain).toEqual([2019, 2020, 2021, 2022, 2023]);
    const [bars, , label, column] = marks("detentions");
    expect((bars!.data as Row[]).map((r) => r.year)).toEqual([2019, 2020, 2021, 2023]);
    expect(label!.data).toEqual([2022]);
    expect(column!.data).toEqual([2022]);
    expect(channel(column!, "title", 2022)).toBe("2022: no full-year figure found");
  });

  it("never draws the published parts of a year's total as bars of their own", () => {
    const [bars] = marks("detentions");
    expect((bars!.data as Row[]).every((r) => r.measure === "detentions")).toBe(true);
  });

  it("colours years counted under the 2021 definition apart from earlier ones, and says which definition in the tooltip", () => {
    const [bars] = marks("detentions");
    expect([2020, 2021, 2023].map((y) => channel(bars!, "fill", row("detentions", y)))).toEqual(["var(--chart-accent)", "var(--chart-seq-3)", "var(--chart-seq-3)"]);
    expect(channel(bars!, "title", row("detentions", 2021))).toBe("2021: 300,000 detention events\nCounted as presented or channelled");
  });

  it("drops the value labels on the narrow detentions chart, where they would collide, and labels every other year", () => {
    expect(marks("detentions", NARROW)).toHaveLength(marks("detentions").length - 1);
    expect(spec({ view: "detentions", ...NARROW }).x!.ticks).toEqual([2019, 2021, 2023]);
  });

  it("keys Mexico, the US and the new definition from CSS custom properties", () => {
    expect(removalsMexicoVsUs.legend(rows, language("removals-mexico-vs-us")).map((e) => [e.key, e.color])).toEqual([
      ["mexico", "var(--chart-accent)"],
      ["us", "var(--chart-seq-2)"],
      ["new-definition", "var(--chart-seq-3)"],
    ]);
  });
});

describe("removalsMexicoVsUs.summary(rows, lang)", () => {
  it("summarises both views: the first and last fiscal years, the lowest and highest detentions, the new definition and the gap", () => {
    expect(removalsMexicoVsUs.summary(rows, language("removals-mexico-vs-us"))).toEqual({
      first: "2015",
      last: "2016",
      mexicoFirst: "160,000",
      usFirst: "75,000",
      ratioFirst: "2.1",
      mexicoLast: "150,000",
      usLast: "76,000",
      detentionFirst: "2019",
      detentionLast: "2023",
      lowYear: "2020",
      lowValue: "80,000",
      highYear: "2023",
      highValue: "780,000",
      changedFrom: "2021",
      missing: "2022",
    });
  });
});

describe("removals-mexico-vs-us SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(removalsMexicoVsUs, data)).toMatchFileSnapshot("__snapshots__/removals-mexico-vs-us.svg");
  });
});
