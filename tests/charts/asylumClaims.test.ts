import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { asylumClaims } from "../../src/charts/asylumClaims.ts";
import { chartModel } from "../../src/lib/chartModel.ts";
import { siteContent } from "../../src/lib/loadContent.ts";

const content = siteContent();
const rows = content.datasets.get("asylum-claims")!.rows;
const context = { view: "all", width: 640, fontSize: 15, locale: "en-US", legend: {} };
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
    expect(asylumClaims.legend(rows, "en-US").map((e) => e.color)).toEqual(["var(--chart-seq-1)", "var(--chart-seq-2)", "var(--chart-seq-3)", "var(--chart-accent)"]);
  });

  it("summarises the data for the alt text: range, peak and both vintages", () => {
    expect(asylumClaims.summary(rows, "en-US")).toMatchObject({ first: "2013", peak: "2023", uaValues: "8,788 and 14,596", revisedValues: "8,796 and 14,619" });
  });
});

describe("asylum-claims SVG", () => {
  const model = chartModel(asylumClaims, content, "en-US");

  it("is named and described for assistive technology", () => {
    const svg = model.views[0]!.svgs[0]!.svg;
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="asylum-claims-all-narrow-title"');
    expect(svg).toContain(`<desc id="asylum-claims-all-narrow-desc">${model.alt.replace(/'/g, "'")}</desc>`);
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/asylum-claims.svg");
  });
});
