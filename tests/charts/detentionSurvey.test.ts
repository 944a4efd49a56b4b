import { describe, expect, it } from "vitest";
import { detentionSurvey, stripLabel, strips } from "../../src/charts/detentionSurvey.ts";
import { channel, context, fixture, language, marksNamed, marksOf, NARROW, renderAll } from "./helpers.ts";

const data = fixture("detention-survey");
const { rows } = data;
const spec = (overrides = {}) => detentionSurvey.spec(rows, context(detentionSurvey, data, overrides));
type Segment = { strip: string; key: string; n: number };
const waffle = (overrides = {}) =>
  marksOf(spec(overrides))[0] as unknown as { data: Segment[]; multiple: number; channels: Record<string, unknown> };

describe("strips(rows)", () => {
  it("shows all responses, then the detained responses twice: once for asylum information, once for refoulement", () => {
    expect(strips(rows)).toEqual([
      { key: "detained", count: 290, of: 500 },
      { key: "not-told", count: 0.75 * 290, of: 290, share: 0.75 },
      { key: "refoulement", count: 116, of: 290, share: 116 / 290 },
    ]);
  });

  it("uses the report's figures, not the Urgent Action's wording of them, and says which row is missing", () => {
    const onlyUa = rows.filter((r) => r.reported_by !== "Amnesty");
    expect(() => strips(onlyUa)).toThrow('detention-survey: expected a row with figure "responses", found none');
  });
});

describe("stripLabel(strip, label, lang)", () => {
  it("says 'about' when the count comes from a rounded share, and gives the share", () => {
    const [detained, notTold, refoulement] = strips(rows);
    const lang = language("detention-survey");
    expect(stripLabel(detained!, "Detained", lang)).toBe("Detained: 290 of 500");
    expect(stripLabel(notTold!, "Not told", lang)).toBe("Not told: about 218 of 290 (75%)");
    expect(stripLabel(refoulement!, "Refoulement", lang)).toBe("Refoulement: 116 of 290 (40%)");
  });
});

describe("detentionSurvey.spec(rows, context)", () => {
  it("draws one square per response: highlighted ones filled, the others hollow after them, adding up to each strip's total", () => {
    const [filled, hollow] = marksNamed(spec(), "WaffleX");
    expect(filled!.data.map((s) => [(s as Segment).strip, (s as Segment).key, (s as Segment).n])).toEqual([
      ["detained", "detained", 290],
      ["not-told", "not-told", 217.5],
      ["refoulement", "refoulement", 116],
    ]);
    expect(hollow!.data.map((s) => [(s as Segment).strip, (s as Segment).key, (s as Segment).n])).toEqual([
      ["detained", "other", 210],
      ["not-told", "other", 72.5],
      ["refoulement", "other", 174],
    ]);
    expect(channel(hollow!, "x2", hollow!.data[1])).toBe("290"); // the hollow run ends at the strip's total
  });

  it("makes squares square and fits whole columns across the width", () => {
    const options = spec();
    const { multiple } = waffle();
    const [, most] = options.x!.domain as number[];
    expect(most! % multiple).toBe(0);
    expect(most).toBeGreaterThanOrEqual(500);
    const unit = (640 - 4) / most!;
    const band = (options.height! - options.marginTop! - options.marginBottom! - (3 - 1) * options.marginTop!) / 3;
    expect(band).toBeCloseTo(unit * multiple * multiple, 0);
  });

  it("puts more squares across a strip when narrow, so they stay big enough to see", () => {
    expect(waffle(NARROW).multiple).toBeGreaterThan(waffle().multiple);
  });

  it("gives each strip one tooltip, on a band over its squares, with the finding and the rest of the strip", () => {
    const labels = context(detentionSurvey, data).legend;
    const [band] = marksNamed(spec(), "Rect");
    expect((band!.data as { tip: string }[]).map((b) => b.tip)).toEqual([
      `${labels.detained}: 290 of 500\n${labels.other}: 210 of 500`,
      `${labels["not-told"]}: about 218 of 290 (75%)\n${labels.other}: about 73 of 290`,
      `${labels.refoulement}: 116 of 290 (40%)\n${labels.other}: 174 of 290`,
    ]);
    expect(waffle().channels).not.toHaveProperty("title"); // squares carry no tooltip of their own, so keyboard order is strip by strip
  });

  it("keys the three findings and the rest from CSS custom properties", () => {
    expect(
      detentionSurvey
        .legend(rows, language("detention-survey"), detentionSurvey.views[0]!)
        .map((e) => [e.key, e.color, e.shape]),
    ).toEqual([
      ["detained", "var(--chart-seq-2)", "bar"],
      ["not-told", "var(--chart-accent)", "bar"],
      ["refoulement", "var(--chart-seq-3)", "bar"],
      ["other", "var(--chart-neutral)", "outline"],
    ]);
  });
});

describe("detentionSurvey.summary(rows, lang)", () => {
  it("gives responses, people, the detained and both findings, the share's count rounded", () => {
    expect(detentionSurvey.summary(rows, language("detention-survey"))).toEqual({
      responses: "500",
      people: "400",
      detained: "290",
      notToldShare: "75%",
      notToldCount: "218",
      refoulement: "116",
      refoulementShare: "40%",
    });
  });
});

describe("detention-survey SVG", () => {
  it("matches the committed snapshot for every view and width, with pattern ids of its own", async () => {
    const svgs = renderAll(detentionSurvey, data);
    expect(svgs).not.toContain("plot-pattern-"); // renderSvg renumbers Plot's build-wide pattern ids per rendering
    await expect(svgs).toMatchFileSnapshot("__snapshots__/detention-survey.svg");
  });
});
