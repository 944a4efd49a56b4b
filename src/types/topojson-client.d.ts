// The part of topojson-client that src/charts/geo/regionShapes.ts uses (the package ships no types).
declare module "topojson-client" {
  import type { Feature, FeatureCollection, MultiLineString } from "geojson";

  /** A TopoJSON geometry: a polygon or multipolygon as indexes into the topology's arcs (~i is arc i reversed). */
  export interface TopoGeometry {
    type: "Polygon" | "MultiPolygon" | null;
    id?: string;
    properties?: Record<string, unknown>;
    arcs?: number[][] | number[][][];
  }
  export interface TopoCollection {
    type: "GeometryCollection";
    geometries: TopoGeometry[];
  }
  export interface Topology {
    type: "Topology";
    /** Present when arcs are quantised and delta-encoded. */
    transform?: { scale: [number, number]; translate: [number, number] };
    arcs: [number, number][][];
    objects: Record<string, TopoCollection>;
  }

  export function feature(topology: Topology, object: TopoCollection): FeatureCollection;
  export function mesh(
    topology: Topology,
    object: TopoCollection,
    filter?: (a: TopoGeometry, b: TopoGeometry) => boolean,
  ): MultiLineString;
  export type { Feature };
}
