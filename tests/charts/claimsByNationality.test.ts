import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { claimsByNationality } from "../../src/charts/claimsByNationality.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("claims-by-nationality");
const content = siteContent();
const rows = content.datasets.get("claims-by-nationality")!.rows;
const labels = { comar: "COMAR", "urgent-action": "Urgent Action" };
const context = { view: "2018", width: 640, fontSize: 15, ...lang, legend: labels };
/** The data a mark was given, by reading Plot's mark object (the spec is plain options, no DOM). */
const dataOf = (mark: unknown) => (mark as Mark & { data: Row[] }).data;
const nationalities = (mark: unknown) => dataOf(mark).map((r) => r.nationality);

describe("claimsByNationality.spec(rows, context)", () => {
  it("offers one view per year with data, oldest first, and every view has rows", () => {
    const years = [...new Set(rows.map((r) => String(r.year)))].sort();
    expect(claimsByNationality.views).toEqual(years);
    for (const view of claimsByNationality.views) expect(dataOf(claimsByNationality.spec(rows, { ...context, view }).marks![0]).length, view).toBeGreaterThan(0);
  });

  it("draws one year at a time, largest group first and Other last", () => {
    const [bars] = claimsByNationality.spec(rows, context).marks!;
    expect(nationalities(bars)).toEqual(["Honduras", "Venezuela", "El Salvador", "Guatemala", "Nicaragua", "Cuba", "Other"]);
    expect(dataOf(bars).every((r) => r.year === 2018)).toBe(true);
  });

  it("shows only the three groups the Urgent Action named in 2017, in its accent colour", () => {
    const spec = claimsByNationality.spec(rows, { ...context, view: "2017" });
    expect(spec.y!.domain).toEqual(["Honduras", "Venezuela", "El Salvador"]);
    expect(claimsByNationality.legend(rows, lang)).toEqual([
      expect.objectContaining({ key: "comar", color: "var(--chart-seq-2)", values: { years: "2018, 2022, and 2024" } }),
      expect.objectContaining({ key: "urgent-action", color: "var(--chart-accent)", values: { date: "Aug 28, 2018" } }),
    ]);
  });

  it("uses one scale for every year, reaching the largest figure of any year, so switching years shows growth", () => {
    const largest = Math.max(...rows.map((r) => Number(r.claims)));
    for (const view of claimsByNationality.views) expect(claimsByNationality.spec(rows, { ...context, view }).x!.domain).toEqual([0, largest]);
  });

  it("gives every row a tooltip band of the same width with nationality, year, claims and who published it", () => {
    const marks = claimsByNationality.spec(rows, { ...context, view: "2017" }).marks!;
    const bands = marks.at(-1) as unknown as Mark & { data: Row[]; channels: Record<string, { value: unknown }> };
    expect(nationalities(bands)).toEqual(["Honduras", "Venezuela", "El Salvador"]);
    const title = bands.channels.title!.value as (r: Row) => string;
    expect(title(dataOf(bands)[0]!)).toBe("Honduras, 2017: 4,272 claims\nUrgent Action");
    const comar = claimsByNationality.spec(rows, context).marks!.at(-1)!;
    expect(title(dataOf(comar)[1]!)).toBe("Venezuela, 2018: 6,351 claims\nCOMAR");
  });

  it("grows the chart with the number of groups, so bars keep their thickness", () => {
    const height = (view: string) => claimsByNationality.spec(rows, { ...context, view }).height!;
    expect(height("2018")).toBeGreaterThan(height("2017"));
    expect((height("2018") - height("2017")) / 4).toBeCloseTo(15 * 2.4, 0);
  });

  it("uses fewer axis ticks when narrow", () => {
    expect(claimsByNationality.spec(rows, { ...context, width: 300, fontSize: 13 }).x!.ticks).toBe(3);
    expect(claimsByNationality.spec(rows, context).x!.ticks).toBe(6);
  });

  it("summarises the data for the title and alt text: who led which years, with the figures", () => {
    expect(claimsByNationality.summary(rows, lang)).toEqual({
      years: "2017, 2018, 2022, and 2024",
      first: "2017",
      last: "2024",
      firstLeader: "Honduras",
      firstRunnersUp: "Venezuela (4,042) and El Salvador (3,708)",
      lastRunnersUp: "Cuba (17,884) and Haiti (10,853)",
      leader: "Honduras",
      leaderYears: "2017, 2018, 2022, and 2024",
      leaderValues: "4,272 (2017), 13,669 (2018), 31,086 (2022), and 27,888 (2024)",
    });
  });

  it("names only the years in which the latest leader actually led", () => {
    const cubaLeads2024 = rows.map((r) => (r.year === 2024 && r.nationality === "Cuba" ? { ...r, claims: 99999 } : r));
    expect(claimsByNationality.summary(cubaLeads2024, lang)).toMatchObject({ leader: "Cuba", leaderYears: "2024" });
  });
});

describe("claims-by-nationality SVG", () => {
  const model = chartModel(claimsByNationality, content, "en-US");

  it("has a title and alt text with every token filled", () => {
    expect(model.title).toBe("Honduras topped asylum claims in Mexico in 2017, 2018, 2022, and 2024");
    expect(model.alt).not.toMatch(/\{\w+\}/);
    expect(model.alt).toContain("4,272 (2017)");
  });

  it("is named and described for assistive technology in every view", () => {
    for (const view of model.views) {
      const svg = view.svgs[0]!.svg;
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg).toContain(`aria-labelledby="claims-by-nationality-${view.id}-narrow-title"`);
      expect(svg).toContain(`(${view.id})</title>`);
    }
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/claims-by-nationality.svg");
  });
});
