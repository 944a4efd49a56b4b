import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import { funnelItems, protectionFunnel } from "../../src/charts/protectionFunnel.ts";
import { wrap } from "../../src/charts/kit/wrap.ts";
import { chartModel } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("protection-funnel");
const content = siteContent();
const rows = content.datasets.get("protection-funnel")!.rows;
const context = { view: "all", width: 640, fontSize: 15, ...lang, legend: {} };
type Placed = { by: string; lo: number; hi: number; count: boolean; open: string | null; tip: string; top: number; bottom: number };
const marksOf = (spec: ReturnType<typeof protectionFunnel.spec>) => spec.marks as unknown as (Mark & { data: Placed[] })[];
/** The mark drawn by a Plot factory, found by its class name (rect, dot, arrow, text). */
const markNamed = (spec: ReturnType<typeof protectionFunnel.spec>, name: string, index = 0) => marksOf(spec).filter((m) => m?.constructor.name.toLowerCase() === name)[index]!;

describe("funnelItems(rows, locale)", () => {
  it("pairs a range's 'from' and 'to' rows into one line that spans them", () => {
    const ua = funnelItems(rows, "en-US")[0]!;
    expect(ua).toMatchObject({ stage: "Irregular entries", by: "Urgent Action, attributed to UNHCR", lo: 400_000, hi: 500_000, open: null, said: "400,000–500,000" });
  });

  it("keeps each publisher's own wording: 'about', 'up to' and 'more than' are separate lines, open-ended ones pointing left or right", () => {
    const entries = funnelItems(rows, "en-US").filter((i) => i.stage === "Irregular entries").slice(1);
    expect(entries.map((i) => [i.by, i.said, i.open])).toEqual([
      ["UNHCR", "about 500,000", null],
      ["UNHCR, mid-2016", "up to 400,000", "left"],
      ["Amnesty, citing UNHCR", "more than 500,000", "right"],
    ]);
  });

  it("computes the protection band from the share and the same source's estimate of entries, never from a typed figure", () => {
    const [atLeast, upTo] = funnelItems(rows, "en-US").filter((i) => i.stage === "May need protection");
    expect(atLeast).toMatchObject({ lo: 200_000, hi: 250_000, open: "right", said: "at least 50% of 400,000–500,000 → 200,000–250,000" });
    expect(upTo).toMatchObject({ lo: 250_000, hi: 250_000, open: "left", said: "up to 50% of more than 500,000 → 250,000" });
  });

  it("draws asylum claims as counts from zero, the Urgent Action's figure and COMAR's revision both", () => {
    const claims = funnelItems(rows, "en-US").filter((i) => i.stage === "Asylum claims");
    expect(claims.map((i) => [i.by, i.hi, i.count])).toEqual([["Urgent Action", 14_596, true], ["COMAR, revised", 14_619, true]]);
  });

  it("says which row is missing when a share has no estimate of entries from its source", () => {
    const orphan = rows.filter((r) => !(r.stage === "Irregular entries" && r.source === "amnesty-mexico-forzados-a-huir"));
    expect(() => funnelItems(orphan, "en-US")).toThrow(/share from "Amnesty, citing UNHCR and MSF" needs an estimate of entries from the same source/);
  });

  it("shortens hundreds of thousands when narrow but keeps the claims whole", () => {
    const narrow = funnelItems(rows, "en-US", true);
    expect(narrow[0]!.said).toBe("400K–500K");
    expect(narrow.at(-1)!.said).toBe("14,619");
  });
});

describe("protectionFunnel.spec(rows, context)", () => {
  it("draws ranges and counts as bars, single estimates as dots and one-sided estimates with arrows", () => {
    const spec = protectionFunnel.spec(rows, context);
    expect(markNamed(spec, "rect").data.map((p) => p.by)).toEqual(["Urgent Action, attributed to UNHCR", "Urgent Action, attributed to UNHCR", "Urgent Action", "COMAR, revised"]);
    expect(markNamed(spec, "dot").data.map((p) => p.by)).toEqual(["UNHCR", "UNHCR, mid-2016", "Amnesty, citing UNHCR", "Amnesty, citing UNHCR and MSF"]);
    expect(markNamed(spec, "arrow").data.map((p) => p.open)).toEqual(["left", "right", "right", "left"]);
  });

  it("gives every line a full-width tooltip band with stage, publisher, figure and unit, in reading order", () => {
    const bands = markNamed(protectionFunnel.spec(rows, context), "rect", 1);
    expect(bands.data).toHaveLength(9 - 1); // nine rows, the range's two rows make one line
    expect(bands.data[0]!.tip).toBe("Irregular entries\nUrgent Action, attributed to UNHCR: 400,000–500,000\n(people a year)");
    expect(bands.data.every((p, i) => i === 0 || p.top > bands.data[i - 1]!.bottom)).toBe(true);
  });

  it("keeps full figures in the tooltips of the narrow rendering", () => {
    const bands = markNamed(protectionFunnel.spec(rows, { ...context, width: 300, fontSize: 13 }), "rect", 1);
    expect(bands.data[0]!.tip).toContain("400,000–500,000");
  });

  it("is taller when narrow labels wrap, and uses fewer axis ticks", () => {
    const wide = protectionFunnel.spec(rows, context);
    const narrow = protectionFunnel.spec(rows, { ...context, width: 300, fontSize: 13 });
    expect(narrow.x!.ticks).toBe(3);
    expect(narrow.height! / 13).toBeGreaterThan(wide.height! / 15);
  });

  it("leaves room to the right of the largest estimate for a 'more than' arrow", () => {
    expect((protectionFunnel.spec(rows, context).x!.domain as number[])[1]).toBeGreaterThan(500_000 * 1.07);
  });

  it("summarises the data for the alt text, attributing the range and computing the band", () => {
    expect(protectionFunnel.summary(rows, lang)).toMatchObject({
      entriesBy: "Urgent Action, attributed to UNHCR",
      entriesRange: "400,000–500,000",
      protectionRange: "200,000–250,000",
      claims: "14,596 (Urgent Action) and 14,619 (COMAR, revised)",
      claimsShare: "4%",
    });
  });
});

describe("wrap(text, width, fontSize)", () => {
  it("breaks between words so no line is longer than the width allows", () => {
    const lines = wrap("Amnesty, citing UNHCR and MSF: up to 50% of more than 500K → 250K", 296, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= Math.floor(296 / (13 * 0.55)))).toBe(true);
    expect(lines.join(" ")).toBe("Amnesty, citing UNHCR and MSF: up to 50% of more than 500K → 250K");
  });
});

describe("protection-funnel SVG", () => {
  const model = chartModel(protectionFunnel, content, "en-US");

  it("is named and described, with the range attributed to the Urgent Action in the text alternative", () => {
    const svg = model.views[0]!.svgs[0]!.svg;
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(model.alt).toContain("400,000–500,000 a year according to the Urgent Action, attributed to UNHCR");
    expect(svg).toContain('aria-describedby="protection-funnel-all-narrow-desc"');
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/protection-funnel.svg");
  });
});
