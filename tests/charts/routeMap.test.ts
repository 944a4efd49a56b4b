import { describe, expect, it } from "vitest";
import type { Mark } from "@observablehq/plot";
import type { Feature } from "geojson";
import { routeMap } from "../../src/charts/routeMap.ts";
import { chartModel, RENDERINGS } from "../../src/site/chartModel.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { chartLanguage } from "../helpers/chartLanguage.ts";

const lang = chartLanguage("route-map");
const content = siteContent();
const rows = content.datasets.get("claims-by-origin-2018")!.rows;
const model = chartModel(routeMap, content, "en-US");
const labels = Object.fromEntries(model.legend.map((e) => [e.key, e.label]));
const wide = { view: "2018", width: 640, fontSize: 15, ...lang, legend: labels };
const narrow = { ...wide, width: 300, fontSize: 13 };

/** A Plot mark as the spec built it: its kind, its data and its channels (fill and title are functions of a datum). */
type Inspected = Mark & { data: unknown[]; channels: Record<string, { value: unknown }>; constructor: { name: string } };
const marks = (ctx = wide) => routeMap.spec(rows, ctx).marks as unknown as Inspected[];
/** A channel's value for one datum: a function of it, or the name of one of its fields. */
const apply = (mark: Inspected, channel: string, datum: unknown) => {
  const value = mark.channels[channel]!.value;
  return typeof value === "function" ? String(value(datum)) : String((datum as Record<string, unknown>)[value as string]);
};
/** The geo mark whose countries carry tooltips: the shaded origin countries. */
const shaded = (ctx = wide) => marks(ctx).find((m) => m.constructor.name === "Geo" && m.channels.fill && m.channels.title)!;
const countryIds = (mark: Inspected) => (mark.data as Feature[]).map((f) => f.id);
/** Every text a rendering prints on the map. */
const texts = (ctx = wide) =>
  marks(ctx)
    .filter((m) => m.constructor.name === "Text")
    .flatMap((m) => m.data.map((d) => apply(m, "text", d)));

describe("routeMap.spec(rows, context)", () => {
  it("fits a Mercator projection to Mexico, Central America and Cuba", () => {
    const projection = routeMap.spec(rows, wide).projection as { type: string; domain: { features: Feature[] } };
    expect(projection.type).toBe("mercator");
    expect(projection.domain.features.map((f) => f.properties!.name).sort()).toEqual(
      ["Belize", "Costa Rica", "Cuba", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama"],
    );
  });

  it("shades each origin country on the map by its claims, from CSS custom properties, most claims darkest class", () => {
    const mark = shaded();
    const fills = Object.fromEntries((mark.data as Feature[]).map((f) => [f.properties!.name, apply(mark, "fill", f)]));
    expect(fills).toEqual({
      Honduras: "var(--chart-map-4)",
      "El Salvador": "var(--chart-map-3)",
      Guatemala: "var(--chart-map-2)",
      Nicaragua: "var(--chart-map-2)",
      Cuba: "var(--chart-map-1)",
    });
  });

  it("draws Mexico, the southern US and countries without their own figure as plain land, without tooltips", () => {
    const land = marks().find((m) => m.constructor.name === "Geo" && !m.channels.title && !m.channels.fill)!;
    expect(countryIds(land)).toEqual(expect.arrayContaining(["484", "840", "084", "188", "591"]));
    expect(countryIds(land)).not.toContain("340");
  });

  it("gives every shaded country a tooltip with its name, its 2018 claims and its source", () => {
    const mark = shaded();
    const honduras = (mark.data as Feature[]).find((f) => f.id === "340")!;
    expect(apply(mark, "title", honduras)).toBe("Honduras: 13,669 claims in 2018\nCOMAR's 2018 figures by nationality, published by the CNDH");
    for (const f of mark.data as Feature[]) expect(apply(mark, "title", f)).toMatch(/^[\w ]+: [\d,]+ claims in 2018\n.*CNDH/);
  });

  it("names Venezuela, which lies beyond the frame, in its corner with its claims, with a tooltip on the label", () => {
    expect(countryIds(shaded())).not.toContain("862");
    expect(texts()).toContain("Venezuela, 6,351 →");
    const tag = marks().find((m) => m.constructor.name === "Geo" && (m.data as Feature[])[0]?.properties?.text)!;
    expect(apply(tag, "title", tag.data[0])).toMatch(/^Venezuela: 6,351 claims in 2018\n/);
  });

  it("marks Mexico's southern border with Guatemala and Belize and its northern border with the US, each with a tooltip", () => {
    const borders = marks().find((m) => m.constructor.name === "Geo" && m.data.length === 2 && m.channels.title)!;
    const tips = borders.data.map((d) => apply(borders, "title", d));
    expect(tips).toEqual(["Southern border: Mexico with Guatemala and Belize", "Northern border: Mexico with United States of America"]);
    for (const f of borders.data as Feature[]) expect(f.geometry.type).toBe("MultiLineString");
    expect(texts()).toEqual(expect.arrayContaining(["Southern border", "Northern border"]));
  });

  it("draws the route north as a dashed line ending in an arrowhead at the northern border, titled as schematic", () => {
    const route = marks().find((m) => m.constructor.name === "Line")!;
    const points = route.data as [number, number][];
    expect(points[0]![0]).toBeGreaterThan(-89.4); // starts in Honduras, east of Guatemala
    expect(points.at(-1)![1]).toBeGreaterThan(26); // ends at the Rio Grande
    expect(apply(route, "title", points[0])).toBe("Route north (schematic)");
    expect(marks().some((m) => m.constructor.name === "Vector")).toBe(true);
  });

  it("labels countries with their claims in the wide rendering only; the narrow one leaves that to the key", () => {
    expect(texts()).toEqual(expect.arrayContaining(["Honduras 13,669", "El Salvador 6,189", "Guatemala 1,348", "Nicaragua 1,271", "Cuba 218"]));
    expect(texts(narrow).filter((t) => /\d/.test(t))).toEqual(["Venezuela, 6,351 →"]);
  });

  it("sets every label at the rendering's font size", () => {
    for (const ctx of [narrow, wide]) {
      for (const mark of marks(ctx).filter((m) => m.constructor.name === "Text")) {
        expect((mark as unknown as { fontSize: number }).fontSize).toBe(ctx.fontSize);
      }
    }
  });
});

describe("routeMap.legend(rows, locale)", () => {
  it("lists every class with the countries in it and their claims, highest first, then the rest of the map", () => {
    expect(model.legend.map((e) => e.label)).toEqual([
      "10,000 or more: Honduras (13,669)",
      "5,000 to 9,999: Venezuela (6,351) and El Salvador (6,189)",
      "1,000 to 4,999: Guatemala (1,348) and Nicaragua (1,271)",
      "Under 1,000: Cuba (218)",
      "Not listed separately: 601 claims from all other nationalities together",
      "Mexico's southern and northern borders",
      "Route north (schematic)",
    ]);
    expect(model.legend.map((e) => e.color)).toEqual([
      "var(--chart-map-4)",
      "var(--chart-map-3)",
      "var(--chart-map-2)",
      "var(--chart-map-1)",
      "var(--chart-map-0)",
      "var(--chart-map-border)",
      "currentColor",
    ]);
  });
});

describe("routeMap.summary(rows, locale)", () => {
  it("computes Central America's share of all claims from the rows", () => {
    const total = rows.reduce((sum, r: Row) => sum + Number(r.claims), 0);
    expect(total).toBe(29647); // COMAR's 2018 total as published by the CNDH
    expect(routeMap.summary(rows, lang)).toMatchObject({
      total: "29,647",
      top: "Honduras",
      topValue: "13,669",
      second: "Venezuela",
      central: "Honduras, El Salvador, Guatemala, and Nicaragua",
      centralShare: "76%",
    });
    expect(model.title).toBe("76% of 2018's asylum claims in Mexico came from four Central American countries");
  });
});

describe("route-map SVG", () => {
  const svgs = model.views.flatMap((v) => v.svgs);

  it("is drawn at every width, each rendering under 60 KB", () => {
    expect(svgs.map((s) => s.name)).toEqual(RENDERINGS.map((r) => r.name));
    for (const { svg } of svgs) expect(svg.length).toBeLessThan(60_000);
  });

  it("is named and described for assistive technology, with no unfilled {token}", () => {
    const svg = svgs[0]!.svg;
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="route-map-2018-narrow-title"');
    expect(model.alt).not.toMatch(/\{\w+\}/);
    expect(model.alt).toContain("Honduras had the most, 13,669 claims");
  });

  it("has one tooltip per shaded country, per border and for the route and Venezuela's label", () => {
    for (const { svg } of svgs) expect(svg.match(/<title>/g)!.length).toBe(5 + 2 + 1 + 1);
  });

  it("matches the committed snapshot for every view and width", async () => {
    const all = model.views.flatMap((v) => v.svgs.map((s) => `<!-- ${v.id} ${s.name} -->\n${s.svg}`)).join("\n");
    await expect(all).toMatchFileSnapshot("__snapshots__/route-map.svg");
  });
});
