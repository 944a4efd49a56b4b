import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { asylumClaims } from "../../src/charts/asylumClaims.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("asylum-claims");
const content = siteContent();
const rows = content.datasets.get("asylum-claims")!.rows;
const context = { view: "all", width: 640, fontSize: 15, ...lang, legend: {} };
/** The data a mark was given, by reading Plot's mark object (the spec is plain options, no DOM). */
const dataOf = (mark: unknown) => (mark as Mark & { data: { year: number; series: string }[] }).data;

describe("asylumClaims.spec(rows, context)", () => {
  it("draws COMAR's series as bars and the Urgent Action's figures as markers for 2016 and 2017", () => {
    const [bars, markers] = asylumClaims.spec(rows, context).marks!;
    expect(dataOf(bars).every((r) => r.series === "comar")).toBe(true);
    expect(dataOf(bars).map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(dataOf(markers).map((r) => r.year)).toEqual([2016, 2017]);
  });

  it("limits the 2013–2018 view to those years", () => {
    const spec = asylumClaims.spec(rows, { ...context, view: "to-2018" });
    expect(spec.x!.domain).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
  });

  it("labels every other year when twelve years share a narrow chart", () => {
    expect(asylumClaims.spec(rows, { ...context, width: 300 }).x!.ticks).toEqual([2014, 2016, 2018, 2020, 2022, 2024]);
    expect((asylumClaims.spec(rows, context).x!.ticks as number[]).length).toBe(12);
  });

  it("colours each publication date from a CSS custom property", () => {
    expect(asylumClaims.legend(rows, lang).map((e) => e.color)).toEqual(["var(--chart-seq-1)", "var(--chart-seq-2)", "var(--chart-seq-3)", "var(--chart-accent)"]);
  });

  it("marks the policy events given to it, numbered, in their year's column, each linking to the timeline", () => {
    const events = [
      { id: "a", n: 1, date: "2018-08-28", year: 2018, label: "A", tip: "1. A", href: "/timeline/#a" },
      { id: "b", n: 2, date: "2018-12-20", year: 2018, label: "B", tip: "2. B", href: "/timeline/#b" },
      { id: "c", n: 3, date: "2025-01-20", year: 2025, label: "C", tip: "3. C", href: "/timeline/#c" },
    ];
    const marks = asylumClaims.spec(rows, { ...context, events }).marks!.slice(3) as unknown as (Mark & { data: typeof events; channels: Record<string, unknown> })[];
    const dots = marks.filter((_, i) => i % 2 === 0);
    expect(dots.map((m) => m.data.map((e) => e.id))).toEqual([["a"], ["b"]]); // two rows for 2018; 2025 is past the data
    expect(dots.every((m) => "href" in m.channels && "title" in m.channels)).toBe(true);
  });

  it("makes room above the bars for each row of event markers", () => {
    const plain = asylumClaims.spec(rows, context).marginTop as number;
    const one = { id: "a", n: 1, date: "2020-03-20", year: 2020, label: "A", tip: "A", href: "#a" };
    expect(asylumClaims.spec(rows, { ...context, events: [one] }).marginTop).toBeGreaterThan(plain);
    expect(asylumClaims.spec(rows, { ...context, events: [one, { ...one, id: "b", n: 2 }] }).marginTop).toBeGreaterThan(asylumClaims.spec(rows, { ...context, events: [one] }).marginTop as number);
  });

  it("summarises the data for the alt text: range, peak and both vintages", () => {
    expect(asylumClaims.summary(rows, lang)).toMatchObject({ first: "2013", peak: "2023", uaValues: "8,788 and 14,596", revisedValues: "8,796 and 14,619" });
  });
});

describe("asylum-claims SVG", () => {
  const model = chartModel(asylumClaims, content, "en-US");

  it("is named and described for assistive technology, as a group because it holds links", () => {
    const svg = model.views[0]!.svgs[0]!.svg;
    expect(svg).toMatch(/^<svg[^>]* role="group"/);
    expect(svg).toContain('aria-labelledby="asylum-claims-all-narrow-title"');
    expect(svg).toContain(`<desc id="asylum-claims-all-narrow-desc">${model.alt.replace(/'/g, "'")}</desc>`);
  });

  it("links each timeline event that annotates it, the link carrying the mark's tooltip and leaving any embedding frame", () => {
    expect(model.events.map((e) => e.href)).toEqual(["/timeline/#urgent-action-150-18", "/timeline/#mpp-announced", "/timeline/#joint-declaration", "/timeline/#title-42-begins", "/timeline/#mpp-ends", "/timeline/#title-42-ends"]);
    const svg = model.views[0]!.svgs[1]!.svg;
    expect(svg).toMatch(/<a target="_top" href="\/timeline\/#mpp-announced"[^>]*><title>2\. Dec 20, 2018: DHS announces Remain in Mexico\nOpen it on the timeline<\/title><circle/);
    expect(model.views[1]!.svgs[1]!.svg.match(/<a [^>]*href=/g)).toHaveLength(2); // 2013–2018 shows only the 2018 events
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/asylum-claims.svg");
  });
});
