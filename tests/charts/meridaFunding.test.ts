import { describe, expect, it } from "vitest";
import { meridaFunding, asReported, instant } from "../../src/charts/meridaFunding.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import {
  channel,
  context,
  fixture,
  language,
  marksNamed,
  marksOf,
  NARROW,
  renderAll,
  type Inspected,
} from "./helpers.ts";

const data = fixture("merida-funding");
const { rows } = data;
const spec = (overrides = {}) => meridaFunding.spec(rows, context(meridaFunding, data, overrides));
const reported = rows.filter((r) => r.kind === "reported-total");
const plan = rows.find((r) => r.kind === "removal-plan")!;
const dotsOf = (kind: string) =>
  marksNamed(spec(), "Dot").find((m) => (m.data as Row[]).every((r) => r.kind === kind))!;
/** Text marks that label one of the rows (not the connector's label, whose datum is a pair of rows). */
const rowLabels = (overrides = {}) => marksNamed(spec(overrides), "Text").filter((m) => !Array.isArray(m.data[0]));

describe("meridaFunding.spec(rows, context)", () => {
  it("draws one dot per report, in date order, and a connector through exactly those points that holds each total until the next", () => {
    expect((dotsOf("reported-total").data as Row[]).map((r) => r.as_of)).toEqual([
      "2008-07-07",
      "2010-08-16",
      "2011-12-02",
      "2015-05-07",
      "2022-04-07",
    ]);
    const [line] = marksNamed(spec(), "Line") as (Inspected & { curve: { name: string } })[];
    expect(line!.data).toHaveLength(reported.length);
    expect(line!.curve.name).toBe("stepAfter"); // never a slope between reports: nothing between them is estimated
  });

  it("labels the connector on the chart itself, under its longest flat stretch", () => {
    const label = marksNamed(spec(), "Text").find((m) => Array.isArray(m.data[0]))!;
    const [from, to] = label.data[0] as [Row, Row];
    expect([from.as_of, to.as_of]).toEqual(["2015-05-07", "2022-04-07"]);
    expect(channel(label, "text", label.data[0]).length).toBeGreaterThan(0);
  });

  it("gives every dot a tooltip with its date, its figure as the source hedged it, what it counts and who reported it", () => {
    const labels = context(meridaFunding, data).legend;
    const [hits] = marksNamed(spec(), "Rect");
    const tipOf = (row: Row) =>
      channel(
        hits!,
        "title",
        (hits!.data as Row[][]).find((g) => g.includes(row)),
      );
    expect(tipOf(reported[3]!)).toBe(`May 7, 2015: some $2.5 billion\n${labels["reported-total"]}\nReport D`);
    expect(tipOf(reported[0]!)).toBe(`Jul 7, 2008: $400 million\n${labels["reported-total"]}\nReport A`);
  });

  it("puts each dot on a hit area of 24 CSS px or more, one shared by dots too close to tap apart", () => {
    for (const overrides of [{}, NARROW]) {
      const [hits] = marksNamed(spec(overrides), "Rect");
      const groups = hits!.data as Row[][];
      expect(groups.flat()).toHaveLength(rows.length); // every dot in exactly one
      expect(groups.some((g) => g.length > 1) || groups.length === rows.length).toBe(true);
    }
  });

  it("draws the removal plan as its own accent dot, labelled, on the same linear scale from zero", () => {
    const labels = context(meridaFunding, data).legend;
    const planDot = dotsOf("removal-plan");
    expect(planDot.data).toEqual([plan]);
    const [hits] = marksNamed(spec(), "Rect");
    expect(
      channel(
        hits!,
        "title",
        (hits!.data as Row[][]).find((g) => g.includes(plan)),
      ),
    ).toContain(`Sep 12, 2018: $20 million\n${labels["removal-plan"]}\nNewspaper`);
    expect(spec().y).toMatchObject({ type: "linear", zero: true });
    const label = rowLabels().find((m) => (m.data as Row[])[0]!.kind === "removal-plan")!;
    expect(channel(label, "text", plan)).toContain("$20 million");
  });

  it("colours marks only from CSS custom properties or currentColor", () => {
    expect(meridaFunding.legend(rows, language("merida-funding"), meridaFunding.views[0]!).map((e) => e.color)).toEqual(
      ["var(--chart-seq-2)", "currentColor", "var(--chart-accent)"],
    );
  });

  it("labels a year every two years when wide and every four when narrow, and drops the first point's label when narrow", () => {
    const years = (overrides = {}) => (spec(overrides).x!.ticks as Date[]).map((d) => d.getUTCFullYear());
    expect(years()).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
    expect(years(NARROW)).toEqual([2008, 2012, 2016, 2020]);
    const pointLabels = (overrides = {}) =>
      rowLabels(overrides).filter((m) => (m.data as Row[])[0]!.kind === "reported-total").length;
    expect(pointLabels()).toBe(2);
    expect(pointLabels(NARROW)).toBe(1);
  });
});

describe("meridaFunding.summary(rows, lang)", () => {
  it("gives the first and last reports, the plan, and the total reported before the plan as a multiple of it", () => {
    expect(meridaFunding.summary(rows, language("merida-funding"))).toMatchObject({
      count: "5",
      firstAmount: "$400 million",
      firstYear: "2008",
      lastAmount: "$3.5 billion",
      lastYear: "2022",
      planAmount: "$20 million",
      planDate: "September 12, 2018",
      atPlanAmount: "some $2.5 billion",
      atPlanDate: "May 7, 2015",
      planRatio: "125",
    });
  });
});

describe("merida-funding helpers", () => {
  it("asReported(row, lang) keeps the source's hedge, worded by the chart's words, and adds none of its own", () => {
    expect(asReported(reported[1]!, language("merida-funding"))).toBe("roughly $1.5 billion");
    expect(asReported(reported[2]!, language("merida-funding"))).toBe("$1.6 billion");
  });

  it("instant(date) places a date without a day mid-month, and one without a month mid-year", () => {
    expect(instant("2018-09-12").toISOString()).toBe("2018-09-12T00:00:00.000Z");
    expect(instant("2018-09").toISOString()).toBe("2018-09-15T00:00:00.000Z");
    expect(instant("2018").toISOString()).toBe("2018-07-01T00:00:00.000Z");
  });
});

describe("merida-funding SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(meridaFunding, data)).toMatchFileSnapshot("__snapshots__/merida-funding.svg");
  });
});
