import { describe, expect, it } from "vitest";
import { asylumClaims } from "../../src/charts/asylumClaims.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, legendLabels, marksNamed, marksOf, NARROW, renderAll } from "./helpers.ts";

const data = fixture("asylum-claims");
const { rows } = data;
const spec = (overrides = {}) => asylumClaims.spec(rows, context(asylumClaims, data, overrides));
const years = (mark: { data: unknown[] }) => (mark.data as Row[]).map((r) => r.year);

describe("asylumClaims.spec(rows, context)", () => {
  it("draws one bar per COMAR year and a marker for each Urgent Action figure", () => {
    const [bars, markers] = marksOf(spec());
    expect(bars!.constructor.name).toBe("BarY");
    expect(years(bars!)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(markers!.constructor.name).toBe("TickY");
    expect(years(markers!)).toEqual([2016, 2017]);
  });

  it("limits the to-2018 view to the years up to 2018", () => {
    expect(spec({ view: "to-2018" }).x!.domain).toEqual([2015, 2016, 2017, 2018]);
    expect(years(marksOf(spec({ view: "to-2018" }))[0]!)).toEqual([2015, 2016, 2017, 2018]);
  });

  it("labels every other year when more than eight years share a narrow chart, and every year otherwise", () => {
    const twelve: Row[] = Array.from({ length: 12 }, (_, i) => ({ year: 2013 + i, claims: 1000, series: "comar", vintage: "2025-01-11", source: "x" }));
    expect(asylumClaims.spec(twelve, context(asylumClaims, { ...data, rows: twelve }, NARROW)).x!.ticks).toEqual([2014, 2016, 2018, 2020, 2022, 2024]);
    expect(spec(NARROW).x!.ticks).toEqual([2015, 2016, 2017, 2018, 2019]);
  });

  it("shades each publication date from a CSS custom property, oldest lightest, and gives the Urgent Action the accent", () => {
    expect(asylumClaims.legend(rows, language("asylum-claims")).map((e) => [e.key, e.color, e.shape])).toEqual([
      ["comar-2019-01-10", "var(--chart-seq-1)", "bar"],
      ["comar-2021-07-04", "var(--chart-seq-2)", "bar"],
      ["urgent-action-2018-08-28", "var(--chart-accent)", "marker"],
    ]);
  });

  it("gives every bar and marker a tooltip with its year, its claims and who published it", () => {
    const [bars, markers] = marksOf(spec());
    const labels = legendLabels(asylumClaims, rows);
    expect(channel(bars!, "title", rows[3])).toBe(`2017: 14,600 claims\n${labels["comar-2019-01-10"]}`);
    expect(channel(markers!, "title", rows[4])).toBe(`2017: 14,500 claims\n${labels["urgent-action-2018-08-28"]}`);
  });

  it("marks the policy events in its years as numbered links to the timeline, stacked when two share a year", () => {
    const dots = marksNamed(spec(), "Dot");
    expect(dots.map((m) => (m.data as { id: string }[]).map((e) => e.id))).toEqual([["first-2018"], ["second-2018"]]); // 2025 is past the data
    expect(dots.every((m) => "href" in m.channels && "title" in m.channels)).toBe(true);
    expect(marksNamed(spec({ view: "to-2018" }), "Dot")).toHaveLength(2);
  });

  it("makes room above the bars for each row of event markers", () => {
    const one = data.events.slice(0, 1);
    const marginTop = (events = data.events) => spec({ events }).marginTop as number;
    expect(marginTop(one)).toBeGreaterThan(marginTop([]));
    expect(marginTop()).toBeGreaterThan(marginTop(one));
  });
});

describe("asylumClaims.summary(rows, lang)", () => {
  it("gives the range, the peak and its multiple of the first year, and both vintages of the Urgent Action's years", () => {
    expect(asylumClaims.summary(rows, language("asylum-claims"))).toEqual({
      first: "2015",
      firstValue: "3,000",
      last: "2019",
      lastValue: "70,400",
      peak: "2019",
      peakValue: "70,400",
      ratio: "23",
      uaYears: "2016 and 2017",
      uaValues: "8,700 and 14,500",
      revisedValues: "8,800 and 14,600",
    });
  });
});

describe("asylum-claims SVG", () => {
  const svgs = renderAll(asylumClaims, data);

  it("is a group, not an image, because its event markers are links, which open outside any embedding frame", () => {
    expect(svgs).toMatch(/^<!-- all narrow -->\n<svg[^>]* role="group"/);
    expect(svgs).toMatch(/<a target="_top" href="\/timeline\/#second-2018"[^>]*><title>2\. Second<\/title><circle/);
  });

  it("matches the committed snapshot for every view and width", async () => {
    await expect(svgs).toMatchFileSnapshot("__snapshots__/asylum-claims.svg");
  });
});
