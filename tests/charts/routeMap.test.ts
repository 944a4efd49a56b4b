import { describe, expect, it } from "vitest";
import type { Feature, Polygon } from "geojson";
import { geoMercator, geoPath } from "d3";
import { routeMap } from "../../src/charts/routeMap.ts";
import { RENDERINGS } from "../../src/site/chartModel.ts";
import {
  channel,
  context,
  fixture,
  language,
  legendLabels,
  marksNamed,
  marksOf,
  NARROW,
  renderAll,
  type Inspected,
} from "./helpers.ts";

const data = fixture("route-map");
const { rows } = data;
const spec = (overrides = {}) => routeMap.spec(rows, context(routeMap, data, overrides));
/** The geo mark of the shaded origin countries (filled by a channel). */
const shaded = () => marksNamed(spec(), "Geo").find((m) => m.channels.fill)!;
/** The transparent boxes that carry the names' tooltips. */
const hitBoxes = (overrides = {}) =>
  marksNamed(spec(overrides), "Geo").find(
    (m) => (m.data as Feature[])[0]?.geometry.type === "Polygon" && m.channels.title,
  )!;
const countryIds = (mark: Inspected) => (mark.data as Feature[]).map((f) => f.id);
/** Every text a rendering prints on the map. */
const texts = (overrides = {}) =>
  marksNamed(spec(overrides), "Text").flatMap((m) => m.data.map((d) => channel(m, "text", d)));

describe("routeMap.spec(rows, context)", () => {
  it("fits a Mercator projection to Mexico, Central America and Cuba", () => {
    const projection = spec().projection as { type: string; domain: { features: Feature[] } };
    expect(projection.type).toBe("mercator");
    expect(projection.domain.features.map((f) => f.properties!.name).sort()).toEqual([
      "Belize",
      "Costa Rica",
      "Cuba",
      "El Salvador",
      "Guatemala",
      "Honduras",
      "Mexico",
      "Nicaragua",
      "Panama",
    ]);
  });

  it("shades each origin country by its claims, from CSS custom properties, most claims darkest", () => {
    const mark = shaded();
    const fills = Object.fromEntries(
      (mark.data as Feature[]).map((f) => [f.properties!.name, channel(mark, "fill", f)]),
    );
    expect(fills).toEqual({
      Honduras: "var(--chart-map-4)",
      "El Salvador": "var(--chart-map-3)",
      Guatemala: "var(--chart-map-2)",
      Cuba: "var(--chart-map-1)",
    });
  });

  it("names every origin in the frame with its claims at every width, a phone's too: a column west to east with leaders, Cuba on itself", () => {
    for (const rendering of RENDERINGS) {
      expect(
        texts(rendering)
          .filter((t) => /\d/.test(t))
          .sort(),
      ).toEqual(["Cuba 999", "El Salvador 5,000", "Guatemala 1,000", "Honduras 12,000", "Venezuela 6,000 →"]);
      const leaders = marksNamed(spec(rendering), "Link")[0]!;
      expect(leaders.data.map((r) => (r as { iso: string }).iso)).toEqual(["320", "222", "340"]);
    }
  });

  it("puts each name on a hit area of 24 CSS px or more, where a small country's own shape is too small to tap", () => {
    for (const rendering of RENDERINGS) {
      const { fontSize } = rendering;
      const boxes = hitBoxes(rendering).data as Feature<Polygon>[];
      expect(boxes).toHaveLength(5);
      const options = spec(rendering);
      const projection = options.projection as { insetTop: number; insetBottom: number; domain: Feature<Polygon> };
      const fitted = geoMercator().fitExtent(
        [
          [0, projection.insetTop],
          [rendering.width, (options.height as number) - projection.insetBottom],
        ],
        projection.domain,
      );
      for (const box of boxes) {
        const [[x0, y0], [x1, y1]] = geoPath(fitted).bounds(box);
        expect(Math.min(x1 - x0, y1 - y0) * (12 / fontSize)).toBeGreaterThanOrEqual(23.5); // CSS px where the rendering is shown smallest
      }
    }
    expect(shaded().channels.title).toBeUndefined(); // the shapes themselves carry none
  });

  it("draws Mexico, the southern US and countries without a figure as plain land, outlined, without tooltips", () => {
    const land = marksNamed(spec(), "Geo").find((m) => !m.channels.title && !m.channels.fill)!;
    expect(countryIds(land)).toEqual(expect.arrayContaining(["484", "840", "084", "558", "188", "591"]));
    expect(countryIds(land)).not.toContain("340");
  });

  it("gives every origin's name a tooltip with its name, its claims and where the figure is in the source", () => {
    const mark = hitBoxes();
    expect(channel(mark, "title", mark.data[2])).toBe("Honduras: 12,000 claims in 2018\nCOMAR's figures, table 1");
  });

  it("names Venezuela, which lies beyond the frame, in its corner with its claims, with a tooltip on the label", () => {
    expect(countryIds(shaded())).not.toContain("862");
    expect(texts()).toContain("Venezuela 6,000 →");
    const tags = hitBoxes();
    expect(channel(tags, "title", tags.data.at(-1))).toBe("Venezuela: 6,000 claims in 2018\nCOMAR's figures, table 1");
  });

  it("marks Mexico's southern border with Guatemala and Belize and its northern border with the US, each with a tooltip", () => {
    const borders = marksNamed(spec(), "Geo").find((m) => m.data.length === 2 && m.channels.title)!;
    expect(borders.data.map((d) => channel(borders, "title", d))).toEqual([
      "Southern border: Mexico with Guatemala and Belize",
      "Northern border: Mexico with United States",
    ]); // names from the chart's words, not world-atlas's English
    for (const f of borders.data as Feature[]) expect(f.geometry.type).toBe("MultiLineString");
    expect(texts()).toEqual(expect.arrayContaining(["Southern border", "Northern border"]));
  });

  it("draws the route north as a dashed line from Honduras to the Rio Grande, ending in an arrowhead, titled by its legend label", () => {
    const route = marksNamed(spec(), "Line").find((m) => m.channels.title);
    const points = route!.data as [number, number][];
    expect(points[0]![0]).toBeGreaterThan(-89.4); // starts in Honduras, east of Guatemala
    expect(points.at(-1)![1]).toBeGreaterThan(26); // ends at the Rio Grande
    expect(channel(route!, "title", points[0])).toBe(legendLabels(routeMap, rows).route);
    expect(marksNamed(spec(), "Vector")).toHaveLength(1);
  });

  it("sets every label at the rendering's font size", () => {
    for (const rendering of RENDERINGS) {
      for (const mark of marksNamed(spec(rendering), "Text"))
        expect((mark as unknown as { fontSize: number }).fontSize).toBe(rendering.fontSize);
    }
  });
});

describe("routeMap.legend(rows, lang)", () => {
  it("has one class per threshold, highest first, each naming its countries and their claims, then the rest of the map", () => {
    const legend = routeMap.legend(rows, language("route-map"), "2018");
    expect(legend.map((e) => [e.key, e.color, e.values.countries ?? e.values.value ?? ""])).toEqual([
      ["class-3", "var(--chart-map-4)", "Honduras (12,000)"],
      ["class-2", "var(--chart-map-3)", "Venezuela (6,000) and El Salvador (5,000)"],
      ["class-1", "var(--chart-map-2)", "Guatemala (1,000)"],
      ["class-0", "var(--chart-map-1)", "Cuba (999)"],
      ["other", "var(--chart-map-0)", "1,001"],
      ["borders", "var(--chart-accent)", ""],
      ["route", "currentColor", ""],
    ]);
    expect(legend.slice(0, 4).map((e) => [e.values.min, e.values.max])).toEqual([
      ["10,000", ""],
      ["5,000", "9,999"],
      ["1,000", "4,999"],
      ["0", "999"],
    ]);
  });
});

describe("routeMap.summary(rows, lang)", () => {
  it("computes Central America's share of all claims from the rows, the rest of the world included", () => {
    expect(routeMap.summary(rows, language("route-map"))).toEqual({
      total: "26,000",
      top: "Honduras",
      topValue: "12,000",
      second: "Venezuela",
      secondValue: "6,000",
      third: "El Salvador",
      thirdValue: "5,000",
      central: "Honduras, El Salvador, and Guatemala",
      centralShare: "69%",
    });
  });
});

describe("route-map SVG", () => {
  const svgs = renderAll(routeMap, data);

  it("is drawn at every width, each rendering under 60 KB", () => {
    const each = svgs.split(/<!-- \S+ \S+ -->\n/).slice(1);
    expect(each).toHaveLength(RENDERINGS.length);
    for (const svg of each) expect(svg.length).toBeLessThan(60_000);
  });

  it("has one tooltip per named origin (four in the frame, Venezuela at the edge), per border, and for the route", () => {
    for (const svg of svgs.split(/<!-- \S+ \S+ -->\n/).slice(1)) expect(svg.match(/<title>/g)).toHaveLength(5 + 2 + 1);
  });

  it("matches the committed snapshot for every view and width", async () => {
    await expect(svgs).toMatchFileSnapshot("__snapshots__/route-map.svg");
  });
});
