import { describe, expect, it } from "vitest";
import { asylumClaims } from "../../src/charts/asylumClaims.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, marksNamed, NARROW, renderAll } from "./helpers.ts";

const data = fixture("asylum-claims");
const { rows } = data;
const spec = (overrides = {}) => asylumClaims.spec(rows, context(asylumClaims, data, overrides));
const years = (mark: { data: unknown[] }) => (mark.data as Row[]).map((r) => r.year);

const rectsWithTips = (options: ReturnType<typeof spec>) =>
  marksNamed(options, "Rect").filter((m) => "title" in m.channels);

describe("asylumClaims.spec(rows, context)", () => {
  it("draws one bar per COMAR year, all in one colour whenever COMAR published the figure", () => {
    const [bars] = marksNamed(spec(), "Rect");
    expect(years(bars!)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(new Set((bars!.data as Row[]).map((r) => String(r.vintage))).size).toBe(2); // two publications …
    expect(bars!.channels.fill).toBeUndefined(); // … one constant colour, not a channel by vintage
  });

  it("draws the Urgent Action's figures as outlined dots beside their bars, not on them, named by one label", () => {
    const [dots] = marksNamed(spec(), "Dot");
    expect(years(dots!)).toEqual([2016, 2017]);
    for (const r of dots!.data as Row[]) {
      const x = Number(channel(dots!, "x", r));
      expect(x).toBeGreaterThan(Number(r.year) + 0.3); // right of the bar, which ends at year + 0.34
      expect(x).toBeLessThan(Number(r.year) + 0.5); // and before the next year's band
    }
    const labels = marksNamed(spec(), "Text").map((m) => channel(m, "text", m.data[0]));
    expect(labels).toContain("Amnesty's figures, 2018");
  });

  it("limits the to-2018 view to the years up to 2018", () => {
    expect(spec({ view: "to-2018" }).x!.domain).toEqual([2014.5, 2018.5]);
    expect(years(marksNamed(spec({ view: "to-2018" }), "Rect")[0]!)).toEqual([2015, 2016, 2017, 2018]);
  });

  it("labels every other year when more than eight years share a narrow chart, and every year otherwise", () => {
    const twelve: Row[] = Array.from({ length: 12 }, (_, i) => ({
      year: 2013 + i,
      claims: 1000,
      series: "comar",
      vintage: "2025-01-11",
      source: "x",
    }));
    const yearLabels = (options: ReturnType<typeof spec>) =>
      marksNamed(options, "Text").find((m) => typeof m.data[0] === "number")!.data;
    expect(yearLabels(asylumClaims.spec(twelve, context(asylumClaims, { ...data, rows: twelve }, NARROW)))).toEqual([
      2014, 2016, 2018, 2020, 2022, 2024,
    ]);
    expect(yearLabels(spec(NARROW))).toEqual([2015, 2016, 2017, 2018, 2019]);
  });

  it("keys one blue for COMAR and an outlined accent dot for the Urgent Action, in every view that draws them", () => {
    for (const view of asylumClaims.views) {
      expect(asylumClaims.legend(rows, language("asylum-claims"), view).map((e) => [e.key, e.color, e.shape])).toEqual([
        ["comar", "var(--chart-seq-2)", "bar"],
        ["urgent-action", "var(--chart-accent)", "ring"],
      ]);
    }
    const later = rows.filter((r) => Number(r.year) >= 2018);
    expect(asylumClaims.legend(later, language("asylum-claims"), "all").map((e) => e.key)).toEqual(["comar"]); // no dot drawn, none keyed
  });

  it("gives each year a full-height hit column whose tooltip has COMAR's figure and date, the Urgent Action's, and the year's events", () => {
    const [columns] = rectsWithTips(spec());
    expect((columns!.data as number[][]).map((run) => run)).toEqual([[2015], [2016], [2017], [2018], [2019]]);
    expect(channel(columns!, "title", [2017])).toBe(
      "2017: 14,600 claims\nCOMAR, published Jan 10, 2019\nAmnesty's Urgent Action (Aug 28, 2018): 14,500",
    );
    expect(channel(columns!, "title", [2018])).toBe(
      "2018: 29,600 claims\nCOMAR, published Jul 4, 2021\nEvent 1: First\nEvent 2: Second",
    );
  });

  it("pairs neighbouring years in one hit column where a year is narrower than 24 CSS px", () => {
    const twelve: Row[] = Array.from({ length: 12 }, (_, i) => ({
      year: 2013 + i,
      claims: 1000,
      series: "comar",
      vintage: "2025-01-11",
      source: "x",
    }));
    const [columns] = rectsWithTips(
      asylumClaims.spec(twelve, context(asylumClaims, { ...data, rows: twelve }, NARROW)),
    );
    expect((columns!.data as number[][]).map((run) => run.length)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("marks the policy events in its years as numbered markers on leaders to their year's bar; links with a hit area when wide", () => {
    const [leaders] = marksNamed(spec(), "Link");
    expect(leaders!.data).toEqual([2018]); // 2025 is past the data
    expect(channel(leaders!, "y1", 2018)).toBe("29600"); // down to the top of 2018's bar
    const links = marksNamed(spec(), "Dot").filter((m) => "href" in m.channels);
    expect(links).toHaveLength(1);
    expect((links[0]!.data as { id: string }[]).map((e) => e.id)).toEqual(["first-2018", "second-2018"]);
    expect(marksNamed(spec(NARROW), "Dot").filter((m) => "href" in m.channels)).toHaveLength(0); // too close to tap apart on a phone: the tooltip and the list under the chart carry them
  });

  it("lists under each view only the events that view draws", () => {
    expect(asylumClaims.eventsIn!(rows, "all", data.events).map((e) => e.n)).toEqual([1, 2]);
    const early = rows.filter((r) => Number(r.year) <= 2017);
    expect(asylumClaims.eventsIn!(early, "to-2018", data.events)).toEqual([]);
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

  it("is a group, not an image, where its event markers are links, which open outside any embedding frame", () => {
    expect(svgs).toMatch(/<!-- all wide -->\n<svg[^>]* role="group"/);
    expect(svgs).toMatch(/<a target="_top" href="\/timeline\/#second-2018"[^>]*><title>2\. Second<\/title><circle/);
  });

  it("matches the committed snapshot for every view and width", async () => {
    await expect(svgs).toMatchFileSnapshot("__snapshots__/asylum-claims.svg");
  });
});
