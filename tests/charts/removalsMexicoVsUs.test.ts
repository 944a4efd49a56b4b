import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { removalsMexicoVsUs } from "../../src/charts/removalsMexicoVsUs.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("removals-mexico-vs-us");
const content = siteContent();
const rows = content.datasets.get("removals-and-detentions")!.rows;
const labels = { mexico: "Mexico", us: "United States", "new-definition": "Mexico, new count" };
const context = { view: "removals", width: 640, fontSize: 15, ...lang, legend: labels };
type AnyMark = Mark & { data: unknown[]; channels: Record<string, { value: unknown }> };
const marks = (view: string, width = 640) => removalsMexicoVsUs.spec(rows, { ...context, view, width, fontSize: width < 480 ? 13 : 15 }).marks!.filter(Boolean) as unknown as AnyMark[];
const fillOf = (mark: AnyMark) => mark.channels.fill!.value as (r: Row) => string;
const titleOf = (mark: AnyMark) => mark.channels.title!.value as (d: unknown) => string;

describe("removalsMexicoVsUs.spec(rows, context)", () => {
  it("switches between removals (the default) and detentions", () => {
    expect(removalsMexicoVsUs.views).toEqual(["removals", "detentions"]);
  });

  it("puts Mexico's and the US's removals side by side for each fiscal year, Mexico in the accent colour", () => {
    const [bars] = marks("removals");
    const data = bars!.data as Row[];
    expect(data.map((r) => `${r.year} ${r.by}`)).toEqual(["2015 Mexico", "2015 United States", "2016 Mexico", "2016 United States", "2017 Mexico", "2017 United States"]);
    expect(data.map(fillOf(bars!)).slice(0, 2)).toEqual(["var(--chart-accent)", "var(--chart-seq-2)"]);
  });

  it("labels removals by fiscal year and tells who removed how many, and what was counted, in the tooltip", () => {
    const spec = removalsMexicoVsUs.spec(rows, context);
    expect((spec.fx as { tickFormat: (y: number) => string }).tickFormat(2015)).toBe("FY2015");
    const [bars] = marks("removals");
    expect(titleOf(bars!)((bars!.data as Row[])[0])).toBe("Mexico, FY2015\n165,524 Northern Triangle nationals removed");
  });

  it("draws detention events by calendar year, leaving an empty, labelled slot for a year without a figure", () => {
    const spec = removalsMexicoVsUs.spec(rows, { ...context, view: "detentions" });
    expect(spec.x!.domain).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const [bars, , label, column] = marks("detentions");
    expect((bars!.data as Row[]).map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2023]);
    expect(label!.data).toEqual([2022]);
    expect(column!.data).toEqual([2022]);
    expect(titleOf(column!)(2022)).toBe("2022: no full-year figure found");
  });

  it("never draws the published parts of a year's total as bars of their own", () => {
    const [bars] = marks("detentions");
    expect((bars!.data as Row[]).every((r) => r.measure === "detentions")).toBe(true);
  });

  it("colours years counted under the 2021 definition apart from earlier ones", () => {
    const [bars] = marks("detentions");
    const colour = (year: number) => fillOf(bars!)((bars!.data as Row[]).find((r) => r.year === year)!);
    expect([colour(2020), colour(2021), colour(2023)]).toEqual(["var(--chart-accent)", "var(--chart-seq-3)", "var(--chart-seq-3)"]);
    expect(titleOf(bars!)((bars!.data as Row[]).find((r) => r.year === 2021))).toBe("2021: 307,569 detention events\nCounted as presented or channelled");
  });

  it("drops the value labels on the narrow detentions chart, where they would collide, and labels every other year", () => {
    expect(marks("detentions", 300)).toHaveLength(marks("detentions").length - 1);
    expect(removalsMexicoVsUs.spec(rows, { ...context, view: "detentions", width: 300, fontSize: 13 }).x!.ticks).toEqual([2015, 2017, 2019, 2021, 2023]);
  });

  it("keys Mexico, the US and the new definition from CSS custom properties", () => {
    expect(removalsMexicoVsUs.legend(rows, lang).map((e) => [e.key, e.color])).toEqual([
      ["mexico", "var(--chart-accent)"],
      ["us", "var(--chart-seq-2)"],
      ["new-definition", "var(--chart-seq-3)"],
    ]);
  });

  it("summarises both views for the alt text", () => {
    expect(removalsMexicoVsUs.summary(rows, lang)).toMatchObject({
      first: "2015",
      ratioFirst: "2.2",
      mexicoLast: "94,587",
      usLast: "74,789",
      lowYear: "2020",
      highYear: "2023",
      changedFrom: "2021",
      missing: "2022",
    });
  });
});

describe("removals-mexico-vs-us SVG", () => {
  const model = chartModel(removalsMexicoVsUs, content, "en-US");

  it("renders both views at both widths, each named after its view", () => {
    expect(model.views.map((v) => [v.id, v.svgs.length])).toEqual([["removals", 2], ["detentions", 2]]);
    expect(model.views[1]!.svgs[0]!.svg).toContain("(Detentions in Mexico)</title>");
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/removals-mexico-vs-us.svg");
  });
});
