import { describe, expect, it } from "vitest";
import { claimsByNationality } from "../../src/charts/claimsByNationality.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { channel, context, fixture, language, legendLabels, marksOf, NARROW, renderAll } from "./helpers.ts";

const data = fixture("claims-by-nationality");
const { rows } = data;
const spec = (overrides = {}) => claimsByNationality.spec(rows, context(claimsByNationality, data, overrides));
const nationalities = (mark: { data: unknown[] }) => (mark.data as Row[]).map((r) => r.nationality);
/** The transparent bands that carry the tooltips: the last mark. */
const bands = (view: string) => marksOf(spec({ view })).at(-1)!;

describe("claimsByNationality.spec(rows, context)", () => {
  it("offers 2017, 2018, 2022 and 2024 as views, 2017 (the Urgent Action's year) first", () => {
    expect(claimsByNationality.views).toEqual(["2017", "2018", "2022", "2024"]);
  });

  it("draws one year at a time, largest group first and Other last whatever its size", () => {
    const [bars] = marksOf(spec({ view: "2018" }));
    expect(nationalities(bars!)).toEqual(["Honduras", "Venezuela", "Cuba", "Other"]);
    expect((bars!.data as Row[]).every((r) => r.year === 2018)).toBe(true);
    const y = spec({ view: "2017" }).y!;
    expect(y.domain).toEqual(["HND", "VEN", "SLV"]); // rows are keyed by ISO code (column iso3) and named by the chart's words
    expect((y.domain as string[]).map(y.tickFormat as (code: string) => string)).toEqual([
      "Honduras",
      "Venezuela",
      "El Salvador",
    ]);
  });

  it("uses one scale for every year, reaching the largest figure of any year, so switching years shows growth", () => {
    for (const view of claimsByNationality.views) expect(spec({ view }).x!.domain, view).toEqual([0, 28000]);
  });

  it("colours COMAR's figures in the chart's blue and the Urgent Action's in the accent, each view keying only its own year", () => {
    const legend = (view: string) => claimsByNationality.legend(rows, language("claims-by-nationality"), view);
    expect(legend("2017")).toEqual([
      expect.objectContaining({ key: "urgent-action", color: "var(--chart-accent)", values: { date: "Aug 28, 2018" } }),
    ]);
    expect(legend("2024")).toEqual([
      expect.objectContaining({ key: "comar", color: "var(--chart-seq-2)", values: { years: "2024" } }),
    ]);
  });

  it("gives every row a full-width tooltip band with nationality, year, claims and who published it", () => {
    const labels = (view: string) => legendLabels(claimsByNationality, rows, view);
    expect(nationalities(bands("2017"))).toEqual(["Honduras", "Venezuela", "El Salvador"]);
    expect(channel(bands("2017"), "title", rows[0])).toBe(
      `Honduras, 2017: 4,000 claims\n${labels("2017")["urgent-action"]}`,
    );
    expect(channel(bands("2024"), "title", rows[10])).toBe(`Nicaragua, 2024: 900 claims\n${labels("2024").comar}`);
    expect([bands("2024").channels.x1!.value, bands("2024").channels.x2!.value]).toEqual([0, 28000]); // the scale, not the bar: a tap target even for 900
    expect(nationalities(bands("2024"))).toEqual(["Honduras", "Cuba", "Nicaragua"]);
  });

  it("grows with the number of groups, so every bar keeps its thickness", () => {
    const height = (view: string) => spec({ view }).height!;
    expect(height("2018") - height("2017")).toBeCloseTo(15 * 2.4, 0); // one more group
  });

  it("uses fewer axis ticks when narrow", () => {
    expect(spec(NARROW).x!.ticks).toBe(3);
    expect(spec().x!.ticks).toBe(6);
  });
});

describe("claimsByNationality.summary(rows, lang)", () => {
  it("says who led which years, with the figures, and who came next in the first and last years", () => {
    expect(claimsByNationality.summary(rows, language("claims-by-nationality"))).toEqual({
      years: "2017, 2018, 2022, and 2024",
      first: "2017",
      last: "2024",
      firstLeader: "Honduras",
      firstRunnersUp: "Venezuela (3,000) and El Salvador (2,000)",
      lastRunnersUp: "Cuba (18,000) and Nicaragua (900)",
      leader: "Honduras",
      leaderYears: "2017, 2018, 2022, and 2024",
      leaderValues: "4,000 (2017), 13,000 (2018), 20,000 (2022), and 28,000 (2024)",
    });
  });

  it("names only the years in which the latest leader actually led, and never Other", () => {
    const cubaLeads = rows.map((r) => (r.year === 2024 && r.nationality === "Cuba" ? { ...r, claims: 30000 } : r));
    expect(claimsByNationality.summary(cubaLeads, language("claims-by-nationality"))).toMatchObject({
      leader: "Cuba",
      leaderYears: "2024",
      leaderValues: "200 (2018) and 30,000 (2024)",
    });
  });
});

describe("claims-by-nationality SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(claimsByNationality, data)).toMatchFileSnapshot("__snapshots__/claims-by-nationality.svg");
  });
});
