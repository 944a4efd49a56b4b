import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { meridaFunding, asReported, formatUsd, instant } from "../../src/charts/meridaFunding.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { factView } from "../../src/site/factView.ts";
import { formatValue } from "../../src/i18n/formatValue.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("merida-funding");
const content = siteContent();
const rows = content.datasets.get("merida-funding")!.rows;
const reported = rows.filter((r) => r.kind === "reported-total");
const labels = Object.fromEntries(chartModel(meridaFunding, content, "en-US").legend.map((e) => [e.key, e.label]));
const context = { view: "all", width: 640, fontSize: 15, ...lang, legend: labels };

/** A Plot mark as the spec built it: its data, its channels (title is a function of a row) and, for lines, its curve. */
type Inspected = Mark & { data: Row[]; channels: Record<string, { value: unknown }>; curve?: { name: string }; constructor: { name: string } };
const marks = (ctx = context) => meridaFunding.spec(rows, ctx).marks as unknown as Inspected[];
const kindOf = (mark: Inspected) => mark.constructor.name;
const titleOf = (mark: Inspected, row: Row) => (mark.channels.title!.value as (r: Row) => string)(row);
const dotsOf = (kind: string) => marks().find((m) => kindOf(m) === "Dot" && m.data.every((r) => r.kind === kind))!;

describe("merida-funding data", () => {
  it("has one row per report, each with a date, a figure, who reported it and a known source", () => {
    for (const row of rows) {
      expect(row.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.amount_usd).toBeGreaterThan(0);
      expect(row.reported_by).toBeTruthy();
      expect(content.sources.has(row.source)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.source)).size).toBe(rows.length); // one source per point
  });

  it("never falls from one report to the next (a running total cannot shrink)", () => {
    const amounts = [...reported].sort((a, b) => String(a.as_of).localeCompare(String(b.as_of))).map((r) => Number(r.amount_usd));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  it("draws the removal plan with the same amount as the removal-plan-2018 dataset's first report", () => {
    const plan = rows.find((r) => r.kind === "removal-plan")!;
    const first = content.datasets.get("removal-plan-2018")!.rows.find((r) => r.source === plan.source)!;
    expect(plan.amount_usd).toBe(first.amount_usd);
    expect(plan.as_of).toBe(first.reported);
  });
});

describe("meridaFunding.spec(rows, context)", () => {
  it("draws one dot per report, in date order, and a connector through exactly those points (no yearly series in between)", () => {
    const dots = dotsOf("reported-total");
    expect(dots.data.map((r) => r.as_of)).toEqual([...reported].map((r) => r.as_of).sort());
    const line = marks().find((m) => kindOf(m) === "Line")!;
    expect(line.data.length).toBe(reported.length);
    expect(line.curve?.name).toBe("stepAfter"); // holds each reported total until the next report; never a slope between them
  });

  it("labels the connector on the chart itself as 'as reported', under its longest flat stretch", () => {
    const label = marks().find((m) => kindOf(m) === "Text" && Array.isArray(m.data[0]))!;
    expect((label.channels.text!.value as () => string)()).toBe("as reported");
    const [from, to] = label.data[0] as unknown as [Row, Row];
    expect([from.as_of, to.as_of]).toEqual(["2011-12-02", "2015-05-07"]);
  });

  it("gives every dot a tooltip with its figure as the source hedged it, its date and who reported it", () => {
    const dots = dotsOf("reported-total");
    const byDate = (date: string) => titleOf(dots, reported.find((r) => r.as_of === date)!);
    expect(byDate("2015-05-07")).toBe("May 7, 2015: some $2.5 billion\nTotal for Mexico since 2008, as reported on that date\nCRS report R41349");
    expect(byDate("2020-07-20")).toMatch(/^Jul 20, 2020: roughly \$3\.1 billion\n/);
    expect(byDate("2009-06-25")).toMatch(/^Jun 25, 2009: \$1\.12 billion\n.*\nUS Embassy in Mexico$/);
  });

  it("draws the $20 million removal plan as its own accent dot on the same linear scale from zero, with a label", () => {
    const plan = dotsOf("removal-plan");
    expect(plan.data).toHaveLength(1);
    expect(titleOf(plan, plan.data[0]!)).toBe("Sep 12, 2018: $20 million\nPlan to pay for removals from Mexico, 2018 (not Mérida money)\nThe New York Times");
    const spec = meridaFunding.spec(rows, context);
    expect(spec.y).toMatchObject({ type: "linear", zero: true });
    const label = marks().find((m) => kindOf(m) === "Text" && m.data[0]?.kind === "removal-plan")!;
    expect((label.channels.text!.value as (r: Row) => string)(plan.data[0]!)).toBe("$20 million plan");
  });

  it("colours marks only from CSS custom properties or currentColor", () => {
    expect(meridaFunding.legend(rows, lang).map((e) => e.color)).toEqual(["var(--chart-seq-2)", "currentColor", "var(--chart-accent)"]);
  });

  it("labels a year every two years when wide and every four when narrow, and drops the first point's label when narrow", () => {
    const years = (width: number) => (meridaFunding.spec(rows, { ...context, width }).x!.ticks as Date[]).map((d) => d.getUTCFullYear());
    expect(years(640)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
    expect(years(300)).toEqual([2008, 2012, 2016, 2020]);
    const pointLabels = (width: number) => marks({ ...context, width }).filter((m) => kindOf(m) === "Text" && m.data[0]?.kind === "reported-total").length;
    expect(pointLabels(640)).toBe(2);
    expect(pointLabels(300)).toBe(1);
  });

  it("summarises the data for the title and alt text", () => {
    expect(meridaFunding.summary(rows, lang)).toMatchObject({
      count: "11",
      firstAmount: "$400 million",
      firstYear: "2008",
      lastAmount: "$3.5 billion",
      lastYear: "2022",
      planAmount: "$20 million",
      planDate: "September 12, 2018",
      atPlanAmount: "almost $2.8 billion",
      atPlanDate: "June 29, 2017",
      planRatio: "140",
    });
  });
});

describe("merida-funding helpers", () => {
  it("formatUsd(amount, locale) writes dollars as a reader says them", () => {
    expect([2.5e9, 1.12e9, 4e8, 2e7].map((v) => formatUsd(v, "en-US"))).toEqual(["$2.5 billion", "$1.12 billion", "$400 million", "$20 million"]);
  });
  it("asReported(row, locale) keeps the source's hedge and adds none of its own", () => {
    expect(asReported({ amount_usd: 3.1e9, qualifier: "roughly", source: "x" }, "en-US")).toBe("roughly $3.1 billion");
    expect(asReported({ amount_usd: 1.6e9, qualifier: null, source: "x" }, "en-US")).toBe("$1.6 billion");
  });
  it("instant(date) places a date without a day mid-month, and one without a month mid-year", () => {
    expect(instant("2018-09-12").toISOString()).toBe("2018-09-12T00:00:00.000Z");
    expect(instant("2018-09").toISOString()).toBe("2018-09-15T00:00:00.000Z");
    expect(instant("2018").toISOString()).toBe("2018-07-01T00:00:00.000Z");
  });
});

describe("chapter 4 facts", () => {
  it("derives the cost per removal from the plan's amount and its cap, never typed", () => {
    const fact = content.facts.get("removal-plan-cost-per-removal")!;
    expect(fact.derived).toEqual({ kind: "per", from: ["removal-plan-amount", "removal-plan-removals"] });
    expect(fact.value).toBeCloseTo(20_000_000 / 17_000, 6);
    expect(formatValue(fact.value, fact.format, "en-US")).toBe("$1,176");
    expect(factView(content, "removal-plan-cost-per-removal", "en-US").description).toBe("Formula: $20M ÷ 17,000.");
  });
  it("keeps the Urgent Action's Mérida figure apart from CRS's later, higher one", () => {
    expect(content.facts.get("merida-urgent-action-figure")!.value).toBeLessThan(content.facts.get("merida-total-2017-06")!.value);
    expect(content.facts.get("merida-urgent-action-figure")!.sources).toEqual(["amnesty-ua-150-18"]);
  });
});

describe("merida-funding SVG", () => {
  const model = chartModel(meridaFunding, content, "en-US");

  it("is named and described for assistive technology", () => {
    const svg = model.views[0]!.svgs[0]!.svg;
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="merida-funding-all-narrow-title"');
    expect(model.alt).toContain("$20 million plan");
  });

  it("lists every point's source under the chart and in its data table", () => {
    const publishers = new Set(model.table.rows.flatMap((cells) => cells.filter((c) => c.href).map((c) => c.href)));
    for (const row of rows) expect(publishers).toContain(content.sources.get(row.source)!.url);
    expect(model.sources.map((s) => s.id)).toEqual(expect.arrayContaining(rows.map((r) => r.source)));
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/merida-funding.svg");
  });
});
