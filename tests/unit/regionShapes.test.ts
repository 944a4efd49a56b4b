import { describe, expect, it } from "vitest";
import { geoArea } from "d3";
import type { Topology } from "topojson-client";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import { regionShapes, simplifyArc } from "../../src/charts/geo/regionShapes.ts";

const atlas = world as unknown as Topology;
const MIDDLE_AMERICA: [[number, number], [number, number]] = [
  [-118, 7],
  [-74, 33],
];

describe("simplifyArc(arc, tolerance)", () => {
  it("drops points closer to the line than the tolerance and keeps both ends", () => {
    const arc: [number, number][] = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyArc(arc, 0.1)).toEqual([
      [0, 0],
      [2, -0.01],
      [3, 1],
      [4, 0],
    ]);
    expect(simplifyArc(arc, 2)).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });

  it("keeps a small island whole rather than let it collapse or turn inside out", () => {
    const island: [number, number][] = [
      [0, 0],
      [0, 0.1],
      [0.05, 0.12],
      [0.1, 0.1],
      [0.1, 0],
      [0, 0],
    ];
    expect(simplifyArc(island, 1)).toEqual(island);
  });
});

describe("regionShapes(topology, object, extent, tolerance)", () => {
  const { countries, border } = regionShapes(atlas, "countries", MIDDLE_AMERICA, 0.1);
  const names = countries.map((f) => f.properties!.name);

  it("keeps the countries that meet the extent and leaves out the rest of the world", () => {
    expect(names).toEqual(
      expect.arrayContaining(["Mexico", "Guatemala", "Belize", "Honduras", "Cuba", "United States of America"]),
    );
    expect(names).not.toContain("France");
    expect(names).not.toContain("Brazil");
  });

  it("simplifies without turning any country inside out (none covers more than a hemisphere)", () => {
    for (const tolerance of [0.05, 0.1, 0.2]) {
      for (const f of regionShapes(atlas, "countries", MIDDLE_AMERICA, tolerance).countries)
        expect(geoArea(f)).toBeLessThan(2 * Math.PI);
    }
  });

  it("has fewer points the larger the tolerance", () => {
    const points = (tolerance: number) =>
      JSON.stringify(regionShapes(atlas, "countries", MIDDLE_AMERICA, tolerance).countries).split("],[").length;
    expect(points(0.2)).toBeLessThan(points(0.05));
  });

  it("gives the border between two countries as the line they share, and nothing for countries that do not touch", () => {
    const south = border("484", ["320", "084"]);
    expect(south.type).toBe("MultiLineString");
    const lats = south.coordinates.flat().map((p) => p[1]!);
    expect(Math.min(...lats)).toBeGreaterThan(14); // from the Pacific at the Suchiate river…
    expect(Math.max(...lats)).toBeLessThan(19); // …to the Caribbean at Chetumal Bay
    expect(border("484", ["340"]).coordinates).toEqual([]); // Mexico and Honduras share no border
  });
});
