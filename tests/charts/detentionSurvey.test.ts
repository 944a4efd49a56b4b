import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { detentionSurvey, stripLabel, strips } from "../../src/charts/detentionSurvey.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("detention-survey");
const content = siteContent();
const rows = content.datasets.get("detention-survey")!.rows;
const labels = { detained: "Detained", "not-told": "Not told", refoulement: "Refoulement", other: "Other" };
const context = { view: "all", width: 640, fontSize: 15, ...lang, legend: labels };
type Segment = { strip: string; key: string; n: number };
const waffle = (width = 640) => detentionSurvey.spec(rows, { ...context, width, fontSize: width < 480 ? 13 : 15 }).marks![0] as unknown as Mark & { data: Segment[]; multiple: number; channels: Record<string, unknown> };

describe("strips(rows)", () => {
  it("shows all responses, then the detained responses twice: once for asylum information, once for refoulement", () => {
    expect(strips(rows)).toEqual([
      { key: "detained", count: 297, of: 500 },
      { key: "not-told", count: 0.75 * 297, of: 297, share: 0.75 },
      { key: "refoulement", count: 120, of: 297, share: 120 / 297 },
    ]);
  });

  it("uses the report's figures, not the Urgent Action's wording of them", () => {
    const onlyUa = rows.filter((r) => r.reported_by !== "Amnesty");
    expect(() => strips(onlyUa)).toThrow('detention-survey: expected a row "Survey responses" reported by Amnesty, found none');
  });
});

describe("stripLabel(strip, label, locale)", () => {
  it("says 'about' when the count comes from a rounded share, and gives the share", () => {
    const [detained, notTold, refoulement] = strips(rows);
    expect(stripLabel(detained!, "Detained", "en-US")).toBe("Detained: 297 of 500");
    expect(stripLabel(notTold!, "Not told", "en-US")).toBe("Not told: about 223 of 297 (75%)");
    expect(stripLabel(refoulement!, "Refoulement", "en-US")).toBe("Refoulement: 120 of 297 (40%)");
  });
});

describe("detentionSurvey.spec(rows, context)", () => {
  it("draws one square per response: highlighted and other responses add up to each strip's total", () => {
    const segments = waffle().data;
    expect(segments.map((s) => [s.strip, s.key, s.n])).toEqual([
      ["detained", "detained", 297],
      ["detained", "other", 203],
      ["not-told", "not-told", 222.75],
      ["not-told", "other", 74.25],
      ["refoulement", "refoulement", 120],
      ["refoulement", "other", 177],
    ]);
  });

  it("makes squares square and fits whole columns across the width", () => {
    const spec = detentionSurvey.spec(rows, context);
    const mark = waffle();
    const [, most] = spec.x!.domain as number[];
    expect(most! % mark.multiple).toBe(0);
    expect(most).toBeGreaterThanOrEqual(500);
    const unit = (640 - 4) / most!;
    const band = (spec.height! - spec.marginTop! - spec.marginBottom! - (3 - 1) * spec.marginTop!) / 3;
    expect(band).toBeCloseTo(unit * mark.multiple * mark.multiple, 0);
  });

  it("puts more squares across a strip when narrow, so they stay big enough to see", () => {
    expect(waffle(300).multiple).toBeGreaterThan(waffle(640).multiple);
  });

  it("gives each strip one tooltip, on a band over its squares, with the finding and the rest of the strip", () => {
    const bands = detentionSurvey.spec(rows, context).marks!.at(-1) as unknown as Mark & { data: { key: string; tip: string }[] };
    expect(bands.data.map((b) => b.tip)).toEqual([
      "Detained: 297 of 500\nOther: 203 of 500",
      "Not told: about 223 of 297 (75%)\nOther: about 74 of 297",
      "Refoulement: 120 of 297 (40%)\nOther: 177 of 297",
    ]);
    expect(waffle().channels).not.toHaveProperty("title"); // squares carry no tooltip of their own, so keyboard order is strip by strip
  });

  it("keys the three findings and the rest from CSS custom properties", () => {
    expect(detentionSurvey.legend(rows, lang).map((e) => [e.key, e.color])).toEqual([
      ["detained", "var(--chart-seq-2)"],
      ["not-told", "var(--chart-accent)"],
      ["refoulement", "var(--chart-seq-3)"],
      ["other", "var(--chart-neutral)"],
    ]);
  });

  it("summarises the survey for the alt text: responses, people, the detained and both findings", () => {
    expect(detentionSurvey.summary(rows, lang)).toEqual({
      responses: "500",
      people: "385",
      detained: "297",
      notToldShare: "75%",
      notToldCount: "223",
      refoulement: "120",
      refoulementShare: "40%",
    });
  });
});

describe("detention-survey SVG", () => {
  const model = chartModel(detentionSurvey, content, "en-US");

  it("states the survey accurately in its text alternative: responses from people, and the detained as the base", () => {
    expect(model.alt).toContain("all 500 responses, given by 385 people, with the 297 from people detained");
    expect(model.alt).toContain("about 223 (75%)");
  });

  it("matches the committed snapshot for every view and width, with pattern ids of its own", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    expect(all).not.toContain("plot-pattern-"); // renderSvg renumbers Plot's build-wide pattern ids per rendering
    await expect(all).toMatchFileSnapshot("__snapshots__/detention-survey.svg");
  });
});
