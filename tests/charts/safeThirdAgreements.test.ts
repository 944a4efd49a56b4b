import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { safeThirdAgreements } from "../../src/charts/safeThirdAgreements.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { channel, context, fixture, language, marksNamed, NARROW, renderAll, type Inspected } from "./helpers.ts";

const data = fixture("safe-third-agreements");
const { rows } = data;
const spec = (overrides = {}) => safeThirdAgreements.spec(rows, context(safeThirdAgreements, data, overrides));
type Placed = { partner: string; status: string; rows: Row[]; px: number };
type Segment = { from: Date; to: Date; style: string; partner: string };
/** The dots of the tracks (not the key's), the hit areas with their tooltips, and the agreements' line segments. */
const steps = (overrides = {}) =>
  marksNamed(spec(overrides), "Dot").find((m) => (m.data[0] as Placed).rows !== undefined)!;
const hitAreas = (overrides = {}) => marksNamed(spec(overrides), "Rect").find((m) => m.channels.title)!;
const segments = (overrides = {}) =>
  marksNamed(spec(overrides), "Link")
    .flatMap((m) => m.data)
    .filter((d): d is Segment => (d as Segment).style !== undefined);
const texts = (overrides = {}) =>
  marksNamed(spec(overrides), "Text").flatMap((m) => m.data.map((d) => channel(m, "text", d)));
/** The hit areas of a rendering as drawn: width, height and tooltip of every rect that carries a <title>. */
function drawnHitAreas(overrides = {}) {
  const svg = renderSvg(spec(overrides), { idPrefix: "t", title: "t", description: "t" });
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll("rect")]
    .filter((r) => r.querySelector("title"))
    .map((r) => ({
      width: Number(r.getAttribute("width")),
      height: Number(r.getAttribute("height")),
      tip: r.querySelector("title")!.textContent!,
    }));
}

describe("safeThirdAgreements.spec(rows, context)", () => {
  it("draws asylum agreements in the first view and deals to take deportees, kept apart, in the second", () => {
    expect(safeThirdAgreements.views).toEqual(["asylum", "removal"]);
    expect(new Set((steps().data as Placed[]).map((m) => m.partner))).toEqual(new Set(["CAN", "MEX", "HND"]));
    expect(new Set((steps({ view: "removal" }).data as Placed[]).map((m) => m.partner))).toEqual(new Set(["PAN"]));
  });

  it("labels each partner's row by name, in the order of its first step, and a partner that only refused as never having signed", () => {
    const [names] = marksNamed(spec(), "Text").filter(
      (m) => typeof m.data[0] === "string" && /^[A-Z]{3}$/.test(m.data[0] as string),
    );
    expect(names!.data).toEqual(["CAN", "MEX", "HND"]);
    expect(names!.data.map((p) => channel(names!, "text", p))).toEqual(["Canada", "Mexico: never signed", "Honduras"]);
  });

  it("breaks the time scale between eras years apart and gives each era width by how much happens in it", () => {
    const x = spec().x as { domain: Date[]; range: number[] };
    expect(x.domain.map((d) => d.toISOString().slice(0, 7))).toEqual([
      "2002-01",
      "2005-01",
      "2019-01",
      "2022-01",
      "2025-05",
      "2026-04",
    ]);
    const widths = [0, 2, 4].map((i) => x.range[i + 1]! - x.range[i]!);
    expect(widths[2]).toBeGreaterThan(widths[0]!); // five steps in 2025 against two in 2002–2004
    expect(x.range[2]! - x.range[1]!).toBeGreaterThan(0); // a visible gap at each break
  });

  it("draws a line per agreement: thin on paper, thick once people were sent or it came into force, stopping where it was suspended", () => {
    const line = (partner: string, from: string) =>
      segments().filter((s) => s.partner === partner && s.from >= new Date(from));
    expect(line("CAN", "2002").map((s) => s.style)).toEqual(["paper", "use"]);
    const hnd2019 = segments().filter((s) => s.partner === "HND" && s.from.getUTCFullYear() < 2022);
    expect(hnd2019.map((s) => s.style)).toEqual(["paper", "use"]);
    expect(hnd2019.at(-1)!.to.toISOString().slice(0, 10)).toBe("2021-02-06"); // ends at the suspension
    expect(line("HND", "2025").map((s) => s.style)).toEqual(["paper", "paper", "paper", "use"]);
    const end = (spec().x as { domain: Date[] }).domain.at(-1)!;
    expect(line("CAN", "2002").at(-1)!.to).toEqual(end); // no end found: the line runs to the edge
  });

  it("draws one mark with a count for steps of one kind too close to tell apart, and nudges different steps side by side", () => {
    const mexico = (steps(NARROW).data as Placed[]).filter((m) => m.partner === "MEX");
    expect(mexico.map((m) => m.rows.length)).toEqual([2, 1]);
    expect(texts(NARROW)).toContain("2×");
    const sameDay = (steps(NARROW).data as Placed[]).filter(
      (m) => m.partner === "HND" && String(m.rows[0]!.date) === "2025-06-26",
    );
    expect(sameDay.map((m) => m.status)).toEqual(["announced", "denied-by-partner"]);
    expect(sameDay[1]!.px - sameDay[0]!.px).toBeGreaterThanOrEqual(10); // apart, in date order
  });

  it("gives every status its own shape, so the key reads without colour, and keys only the statuses the view draws", () => {
    const key = marksNamed(spec(), "Dot").find((m) => (m.data[0] as { kind?: string }).kind === "symbol")!;
    const statuses = (key.data as { key: string }[]).map((i) => i.key);
    expect(statuses).toEqual([
      "announced",
      "signed",
      "published",
      "in-force",
      "used",
      "suspended",
      "denied-by-partner",
      "refused",
    ]);
    const shapes = (key.data as object[]).map((i) => (key.channels.symbol!.value as (d: object) => unknown)(i));
    const fills = (key.data as object[]).map((i) => channel(key, "fill", i));
    expect(new Set(shapes.map((s, i) => (s === "circle" ? `circle ${fills[i]}` : s))).size).toBe(statuses.length); // an open and a filled circle differ
    expect(texts({ view: "removal" })).not.toContain("refused to sign");
  });

  it("gives every mark a hit area of at least 24 CSS px where its rendering is shown smallest, one per group of neighbouring marks, whose tooltip names the partner and every step", () => {
    for (const [overrides, smallest] of [
      [{}, 540 / 640],
      [NARROW, 288 / 300],
    ] as const) {
      const areas = drawnHitAreas(overrides);
      expect(areas.length).toBeGreaterThan(0);
      for (const a of areas) expect(Math.min(a.width, a.height) * smallest).toBeGreaterThanOrEqual(24);
    }
    const tips = (hitAreas(NARROW).data as Placed[][]).map((g) => channel(hitAreas(NARROW) as Inspected, "title", g));
    expect(tips).toContain(
      "Honduras\nJun 26, 2025: announced\nJun 26, 2025: partner denied\nJul 8, 2025: published\nOct 10, 2025: first people sent",
    );
    expect(tips).toContain("Mexico\nJun 7, 2019: refused to sign\nJul 22, 2019: refused to sign");
  });

  it("summarises the agreements for the title and alt text", () => {
    expect(safeThirdAgreements.summary(rows, language("safe-third-agreements"))).toEqual({
      agreementCount: "3",
      partnerCount: "2",
      firstYear: "2002",
      lastYear: "2025",
      latestYear: "2025",
      latestCount: "1",
      partners: "Canada (2002) and Honduras (2019 and 2025)",
      usedCount: "3",
      usedPartners: "Canada (2002), Honduras (2019), and Honduras (2025)",
      suspendedCount: "1",
      suspendedPartners: "Honduras (2019)",
      deniedPartners: "Honduras",
      refusalCount: "3",
      refusalFirst: "June 7, 2019",
      refusalLast: "June 24, 2025",
      removalCount: "1",
      removalYears: "2025",
      removalPartners: "Panama",
    });
  });
});

describe("safe-third-agreements SVG", () => {
  it("matches the committed snapshot for every view and width", async () => {
    await expect(renderAll(safeThirdAgreements, data)).toMatchFileSnapshot("__snapshots__/safe-third-agreements.svg");
  });
});
