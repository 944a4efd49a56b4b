import { feature, mesh, type TopoCollection, type TopoGeometry, type Topology } from "topojson-client";
import type { Feature, MultiLineString } from "geojson";

type Point = [number, number];
/** [[west, south], [east, north]] in degrees. */
export type Extent = [Point, Point];

/** The countries of one map region, ready to draw, and the borders between them. */
export interface RegionShapes {
  /** Countries whose bounding box meets the extent, as GeoJSON features with their topology id and name. */
  countries: Feature[];
  /** The border between country `a` and any of `others`, by topology id. */
  border(a: string, others: string[]): MultiLineString;
}

/** Absolute [lon, lat] points of every arc, undoing world-atlas's quantisation and delta encoding. */
function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  if (!t) return topology.arcs;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Point => [
      (x += dx) * t.scale[0] + t.translate[0],
      (y += dy) * t.scale[1] + t.translate[1],
    ]);
  });
}

/** Distance from p to the segment a–b, in the plane of the coordinates. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const s = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - s * dx, p[1] - a[1] - s * dy);
}

/** Douglas–Peucker: the fewest points of `arc` that stay within `tolerance` of it. Keeps both ends; keeps small rings whole. */
export function simplifyArc(arc: Point[], tolerance: number): Point[] {
  if (arc.length <= 2) return arc;
  const keep = new Uint8Array(arc.length);
  keep[0] = keep[arc.length - 1] = 1;
  const stack: [number, number][] = [[0, arc.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(arc[i]!, arc[first]!, arc[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  const kept = arc.filter((_, i) => keep[i]);
  const closed = arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
  if (!closed) return kept;
  // A small island can collapse into a sliver wound the other way, which d3-geo would fill as the rest of the globe.
  const [before, after] = [signedArea(arc), signedArea(kept)];
  return kept.length < 4 || Math.sign(after) !== Math.sign(before) || Math.abs(after) < Math.abs(before) / 2
    ? arc
    : kept;
}

/** Twice the signed planar area of a closed ring (shoelace formula); its sign is the ring's winding. */
function signedArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum;
}

/** Arc indexes a polygon or multipolygon uses (a negative index ~i means arc i, reversed). */
const arcIndexes = (geometry: TopoGeometry): number[] => (geometry.arcs ?? []).flat(2).map((i) => (i < 0 ? ~i : i));

/** Whether the bounding box of `points` meets `extent`. */
function meets(points: Point[], [[west, south], [east, north]]: Extent): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.min(...xs) <= east && Math.max(...xs) >= west && Math.min(...ys) <= north && Math.max(...ys) >= south;
}

/**
 * The countries of `object` in a world-atlas topology that meet `extent`, with every arc simplified once (Douglas–Peucker
 * within `tolerance` degrees) before the shapes are assembled, so neighbours still share their borders exactly.
 */
export function regionShapes(topology: Topology, object: string, extent: Extent, tolerance: number): RegionShapes {
  const arcs = decodeArcs(topology);
  const collection = topology.objects[object];
  if (!collection)
    throw new Error(
      `regionShapes: expected an object "${object}" in the topology, found ${Object.keys(topology.objects).join(", ")}`,
    );
  const geometries = collection.geometries.filter(
    (g) =>
      g.type !== null &&
      meets(
        arcIndexes(g).flatMap((i) => arcs[i]!),
        extent,
      ),
  );
  const region: TopoCollection = { type: "GeometryCollection", geometries };
  const simplified: Topology = {
    type: "Topology",
    objects: { [object]: region },
    arcs: arcs.map((arc) => simplifyArc(arc, tolerance)),
  };
  return {
    countries: feature(simplified, region).features,
    border: (a, others) =>
      mesh(
        simplified,
        region,
        (g, h) => g !== h && ((g.id === a && others.includes(h.id!)) || (h.id === a && others.includes(g.id!))),
      ),
  };
}
