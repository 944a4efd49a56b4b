import { describe, expect, it } from "vitest";
import { funnelItems, protectionFunnel } from "../../src/charts/protectionFunnel.ts";
import { context, fixture, language, marksNamed, NARROW, renderAll } from "./helpers.ts";

const data = fixture("protection-funnel");
const { rows } = data;
const lang = language("protection-funnel");
const spec = (overrides = {}) => protectionFunnel.spec(rows, context(protectionFunnel, data, overrides));
type Placed = { by: string; open: string | null; tip: string; top: number; bottom: number };
/** The n-th mark of a Plot class, with its laid-out lines as data. */
const mark = (name: string, index = 0, overrides = {}) =>
  marksNamed(spec(overrides), name)[index]! as unknown as { data: Placed[] };

describe("funnelItems(rows, lang)", () => {
  it("pairs a range's 'from' and 'to' rows into one line that spans them", () => {
    expect(funnelItems(rows, lang)[0]).toMatchObject({
      stage: "entries",
      by: "Agency A",
      lo: 400_000,
      hi: 500_000,
      open: null,
      said: "400,000–500,000",
    });
  });

  it("keeps each publisher's own wording: 'up to' points left and 'more than' points right", () => {
    const entries = funnelItems(rows, lang)
      .filter((i) => i.stage === "entries")
      .slice(1);
    expect(entries.map((i) => [i.by, i.said, i.open])).toEqual([
      ["Agency B", "up to 400,000", "left"],
      ["Agency C", "more than 500,000", "right"],
    ]);
  });

  it("computes the protection band from the share and the same source's estimate of entries, never from a typed figure", () => {
    const [atLeast, upTo] = funnelItems(rows, lang).filter((i) => i.stage === "protection");
    expect(atLeast).toMatchObject({
      lo: 200_000,
      hi: 250_000,
      open: "right",
      said: "at least 50% of 400,000–500,000 → 200,000–250,000",
    });
    // Half of a number with no upper limit has no upper limit: drawn from half the floor, open to the right, never as a ceiling.
    expect(upTo).toMatchObject({
      lo: 250_000,
      hi: 250_000,
      open: "right",
      said: "up to 50% of more than 500,000: no upper limit",
    });
  });

  it("draws asylum claims as a count from zero", () => {
    expect(funnelItems(rows, lang).at(-1)).toMatchObject({
      stage: "claims",
      by: "Registry",
      lo: 14_600,
      hi: 14_600,
      count: true,
      said: "14,600",
    });
  });

  it("says which row is missing when a share has no estimate of entries from its source", () => {
    const orphan = rows.filter((r) => !(r.figure === "entries" && r.source === "c"));
    expect(() => funnelItems(orphan, lang)).toThrow(
      'the share from "Agency C" needs an estimate of entries from the same source (c)',
    );
  });

  it("shortens hundreds of thousands when narrow but keeps smaller counts whole", () => {
    const narrow = funnelItems(rows, lang, true);
    expect(narrow[0]!.said).toBe("400K–500K");
    expect(narrow.at(-1)!.said).toBe("14,600");
  });
});

describe("protectionFunnel.spec(rows, context)", () => {
  it("draws ranges and counts as bars, single estimates as dots and one-sided estimates with arrows", () => {
    expect(mark("Rect").data.map((p) => p.by)).toEqual(["Agency A", "Agency A", "Registry"]);
    expect(mark("Dot").data.map((p) => p.by)).toEqual(["Agency B", "Agency C", "Agency C"]);
    expect(mark("Arrow").data.map((p) => p.open)).toEqual(["left", "right", "right", "right"]);
  });

  it("gives every line a full-width tooltip band with stage, publisher, figure and unit, in reading order", () => {
    const bands = mark("Rect", 1).data;
    expect(bands).toHaveLength(6); // seven rows; the range's two rows make one line
    expect(bands[0]!.tip).toBe("Irregular entries\nAgency A: 400,000–500,000\n(people a year)");
    expect(bands.at(-1)!.tip).toBe("Asylum claims\nRegistry: 14,600\n(claims lodged in 2017)");
    expect(bands.every((p, i) => i === 0 || p.top > bands[i - 1]!.bottom)).toBe(true);
  });

  it("keeps full figures in the tooltips of the narrow rendering", () => {
    expect(mark("Rect", 1, NARROW).data[0]!.tip).toContain("400,000–500,000");
  });

  it("is taller, for its font size, when narrow labels wrap, and uses fewer axis ticks", () => {
    const [wide, narrow] = [spec(), spec(NARROW)];
    expect(narrow.x!.ticks).toBe(3);
    expect(narrow.height! / NARROW.fontSize).toBeGreaterThan(wide.height! / 15);
  });

  it("leaves room right of the largest estimate for a 'more than' arrow", () => {
    expect((spec().x!.domain as number[])[1]).toBeGreaterThan(500_000 * 1.07);
  });

  it("has no legend: each line says who gave its figure", () => {
    expect(protectionFunnel.legend(rows, language("protection-funnel"), protectionFunnel.views[0]!)).toEqual([]);
  });
});

describe("protectionFunnel.summary(rows, lang)", () => {
  it("attributes the range, lists the other estimates and computes the band and the claims' share", () => {
    expect(protectionFunnel.summary(rows, language("protection-funnel"))).toEqual({
      entriesBy: "Agency A",
      entriesRange: "400,000–500,000",
      otherEntries: "up to 400,000 (Agency B) and more than 500,000 (Agency C)",
      protection: "at least 50% of 400,000–500,000 (Agency A) and up to 50% of more than 500,000 (Agency C)",
      protectionRange: "200,000–250,000",
      claims: "14,600 (Registry)",
      claimsShare: "4%",
    });
  });
});

describe("protection-funnel SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(protectionFunnel, data)).toMatchFileSnapshot("__snapshots__/protection-funnel.svg");
  });
});
