import { describe, expect, it } from "vitest";
import { removalsMexicoVsUs } from "../../src/charts/removalsMexicoVsUs.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, marksNamed, marksOf, renderAll } from "./helpers.ts";

const data = fixture("removals-mexico-vs-us");
const { rows } = data;
const spec = (overrides = {}) => removalsMexicoVsUs.spec(rows, context(removalsMexicoVsUs, data, overrides));
const row = (measure: string, year: number, by = "Mexico") =>
  rows.find((r) => r.measure === measure && r.year === year && r.by === by)!;

describe("removalsMexicoVsUs.spec(rows, context)", () => {
  it("has one view: Mexico's detentions are the mexico-detentions chart's, from its fuller dataset", () => {
    expect(removalsMexicoVsUs.views).toEqual(["removals"]);
    const drawn = marksOf(spec())
      .flatMap((m) => m.data)
      .filter((d): d is Row => typeof d === "object" && d !== null);
    expect(drawn.every((r) => r.measure === "removals")).toBe(true);
  });

  it("puts Mexico's and the US's removals side by side for each fiscal year, Mexico in the accent colour", () => {
    const [bars] = marksOf(spec());
    expect((bars!.data as Row[]).map((r) => `${r.year} ${r.by}`)).toEqual([
      "2015 Mexico",
      "2015 United States",
      "2016 Mexico",
      "2016 United States",
    ]);
    expect((bars!.data as Row[]).slice(0, 2).map((r) => channel(bars!, "fill", r))).toEqual([
      "var(--chart-accent)",
      "var(--chart-seq-2)",
    ]);
  });

  it("names each bar under it, so Mexico and the US are told apart without colour", () => {
    const names = marksNamed(spec(), "Text").find((m) => channel(m, "text", (m.data as Row[])[0]) === "Mexico")!;
    expect((names.data as Row[]).map((r) => channel(names, "text", r))).toEqual(["Mexico", "US", "Mexico", "US"]);
  });

  it("labels removals by fiscal year and says in the tooltip who removed how many, and what was counted", () => {
    expect((spec().fx as { tickFormat: (y: number) => string }).tickFormat(2015)).toBe("FY2015");
    const [bars] = marksOf(spec());
    const labels = context(removalsMexicoVsUs, data).legend;
    expect(channel(bars!, "title", row("removals", 2015))).toBe(
      `${labels.mexico}, FY2015\n160,000 Northern Triangle nationals removed`,
    );
  });

  it("keys Mexico and the US from CSS custom properties", () => {
    expect(
      removalsMexicoVsUs.legend(rows, language("removals-mexico-vs-us"), "removals").map((e) => [e.key, e.color]),
    ).toEqual([
      ["mexico", "var(--chart-accent)"],
      ["us", "var(--chart-seq-2)"],
    ]);
  });
});

describe("removalsMexicoVsUs.summary(rows, lang)", () => {
  it("gives the first and last fiscal years, each country's removals in them, and the first year's ratio", () => {
    expect(removalsMexicoVsUs.summary(rows, language("removals-mexico-vs-us"))).toEqual({
      first: "2015",
      last: "2016",
      mexicoFirst: "160,000",
      usFirst: "75,000",
      ratioFirst: "2.1",
      mexicoLast: "150,000",
      usLast: "76,000",
    });
  });
});

describe("removals-mexico-vs-us SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(removalsMexicoVsUs, data)).toMatchFileSnapshot("__snapshots__/removals-mexico-vs-us.svg");
  });
});
