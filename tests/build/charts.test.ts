// The live charts, as built: every registered chart's figure on its page, with every view at every width, named and
// described, drawn from its dataset (one table row per data row), and a few truths about the data they draw. The
// charts' specs are tested on fixtures in tests/charts/; this file is where a data update shows.
import { describe, expect, it } from "vitest";
import { chartModules } from "../../src/charts/index.ts";
import { RENDERINGS } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { page } from "../helpers/site.ts";

const content = siteContent();
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";
const rowsOf = (dataset: string) => content.datasets.get(dataset)!.rows;

describe("every chart in the built site, on its page /charts/<id>/", () => {
  for (const [id, module] of chartModules) {
    let built: Document | undefined; // read in the tests, so a chart missing from the build fails its own tests only
    const doc = () => (built ??= page(`/charts/${id}/`));
    const figure = () => doc().querySelector(`figure#${id}.chart`)!;

    it(`${id}: its figure holds every view at every width, the first view shown, the others hidden until chosen`, () => {
      expect(figure(), id).not.toBeNull();
      const views = [...figure().querySelectorAll(".chart-view")];
      expect(views.map((v) => v.getAttribute("data-view"))).toEqual(module.views);
      expect(views.map((v) => v.hasAttribute("hidden"))).toEqual(module.views.map((_, i) => i > 0));
      for (const view of views) {
        for (const { name } of RENDERINGS)
          expect(
            view.querySelector(`:scope > .chart-${name} > svg.chart-svg`),
            `${view.getAttribute("data-view")} ${name}`,
          ).not.toBeNull();
      }
      expect(figure().querySelectorAll(".chart-controls button").length).toBe(
        module.views.length > 1 ? module.views.length : 0,
      );
    });

    it(`${id}: every SVG is named by its title and described by the alt text, with every {token} filled`, () => {
      for (const svg of figure().querySelectorAll(".chart-view svg.chart-svg")) {
        expect(["img", "group"]).toContain(svg.getAttribute("role"));
        const title = text(doc().getElementById(svg.getAttribute("aria-labelledby")!));
        const alt = text(doc().getElementById(svg.getAttribute("aria-describedby")!));
        expect(title.length).toBeGreaterThan(10);
        expect(alt.length).toBeGreaterThan(40);
        expect(`${title} ${alt}`).not.toMatch(/\{[\w-]+\}/);
      }
      expect(text(doc().querySelector("h1"))).not.toMatch(/\{[\w-]+\}/);
    });

    it(`${id}: every view draws marks a reader can point at, each with a tooltip`, () => {
      for (const svg of figure().querySelectorAll(".chart-view svg.chart-svg")) {
        const tips = [...svg.querySelectorAll("title")].filter((t) => t.parentNode !== svg);
        expect(tips.length, svg.getAttribute("aria-labelledby")!).toBeGreaterThan(0);
      }
    });

    it(`${id}: a data table with one row per row of its dataset, and every source linked under the chart`, () => {
      const dataset = content.charts.get(id)!.dataset;
      expect(figure().querySelectorAll("details.chart-data tbody tr").length).toBe(rowsOf(dataset).length);
      const linked = new Set(
        [...figure().querySelectorAll(".chart-foot a[href^='http']")].map((a) => a.getAttribute("href")),
      );
      for (const source of new Set(rowsOf(dataset).map((r) => r.source))) {
        const url = content.sources.get(source)?.url;
        if (url) expect(linked, source).toContain(url);
      }
    });
  }
});

describe("the data the charts draw", () => {
  it("merida-funding: one report per source, and a running total that never falls from one report to the next", () => {
    const rows = rowsOf("merida-funding");
    expect(new Set(rows.map((r) => r.source)).size).toBe(rows.length);
    const totals = rows
      .filter((r) => r.kind === "reported-total")
      .sort((a, b) => String(a.as_of).localeCompare(String(b.as_of)))
      .map((r) => Number(r.amount_usd));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it("merida-funding draws the removal plan with the amount and date of the removal-plan-2018 dataset's report from the same source", () => {
    const plan = rowsOf("merida-funding").find((r) => r.kind === "removal-plan")!;
    const same = rowsOf("removal-plan-2018").find((r) => r.source === plan.source)!;
    expect(plan.amount_usd).toBe(same.amount_usd);
    expect(plan.as_of).toBe(same.reported);
  });

  it("chapter 4 keeps the Urgent Action's Mérida figure apart from CRS's later, higher one, and derives the cost per removal", () => {
    expect(content.facts.get("merida-urgent-action-figure")!.value).toBeLessThan(
      content.facts.get("merida-total-2017-06")!.value,
    );
    const fact = content.facts.get("removal-plan-cost-per-removal")!;
    expect(fact.derived).toEqual({ kind: "per", from: ["removal-plan-amount", "removal-plan-removals"] });
    expect(fact.value).toBeCloseTo(
      content.facts.get("removal-plan-amount")!.value / content.facts.get("removal-plan-removals")!.value,
      6,
    );
  });

  it("route-map's 2018 claims by origin add up to the total of claims-by-nationality's 2018 rows (both COMAR's figures as the CNDH published them)", () => {
    const sum = (rows: ReturnType<typeof rowsOf>) => rows.reduce((total, r) => total + Number(r.claims), 0);
    expect(sum(rowsOf("claims-by-origin-2018"))).toBe(
      sum(rowsOf("claims-by-nationality").filter((r) => r.year === 2018)),
    );
  });

  it("detention-survey keeps the report's figures and the Urgent Action's wording of them apart", () => {
    const by = new Set(rowsOf("detention-survey").map((r) => r.reported_by));
    expect([...by].sort()).toEqual(["Amnesty", "Urgent Action"]);
  });
});
