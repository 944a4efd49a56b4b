import * as Plot from "@observablehq/plot";
import { geoBounds, geoMercator, geoPath } from "d3";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import type { Topology } from "topojson-client";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { regionShapes, type Extent, type RegionShapes } from "./geo/regionShapes.ts";
import { word } from "./kit/word.ts";

/** ISO 3166-1 numeric codes, as Natural Earth (world-atlas) ids its countries; the chart names them by alpha-3 code. */
const MEXICO = "484";
const US = "840";
const GUATEMALA = "320";
const BELIZE = "084";
const ALPHA3: Record<string, string> = { [MEXICO]: "MEX", [US]: "USA", [GUATEMALA]: "GTM", [BELIZE]: "BLZ" };
/** Code of column `region` in content/datasets/claims-by-origin-2018.csv whose share of claims the alt text gives. */
const CENTRAL_AMERICA = "central-america";
/** The map is fitted to Mexico, Central America and Cuba; the southern US shows in the inset above them. */
const FRAME = [MEXICO, GUATEMALA, BELIZE, "222", "340", "558", "188", "591", "192"];
/** Shapes are taken from countries that meet this box; Plot clips them to the frame. */
const EXTENT: Extent = [[-125, 0], [-55, 40]];
/** Degrees of longitude the frame spans, to turn a tolerance in pixels into degrees. */
const FRAME_SPAN = 44;
/** Shapes are simplified to within this many SVG pixels: invisible, and it keeps each rendering small. */
const TOLERANCE_PX = 0.6;
/** Lower bounds of the shading classes above the first, in claims. */
const THRESHOLDS = [1000, 5000, 10000];
/**
 * The route north, drawn schematically (not a measured path), as [lon, lat]: from Honduras through Guatemala, across
 * Mexico's southern border near Tapachula, up the Gulf side of Mexico to its northern border on the Rio Grande.
 */
const ROUTE: [number, number][] = [
  [-87.6, 15.1],
  [-90.3, 14.9],
  [-92.3, 15.1],
  [-94.8, 17.6],
  [-97.6, 20.4],
  [-99.2, 24.2],
  [-99.4, 27.1],
];
type Anchor = "start" | "middle" | "end";
/** A label as drawn: its text at [lon, lat], anchored at its start, middle or end. */
interface Label {
  text: string;
  lon: number;
  lat: number;
  anchor: Anchor;
}
/** A map label: the key of its words in content/charts/route-map.yaml, and [lon, lat] with the text anchor in each rendering. */
interface Place {
  word: string;
  narrow: [number, number, Anchor];
  wide: [number, number, Anchor];
}
const US_LABEL: Place = { word: "country-USA", narrow: [-92, 34, "middle"], wide: [-97, 34, "middle"] };
const MEXICO_LABEL: Place = { word: "country-MEX", narrow: [-103, 24.5, "middle"], wide: [-103, 24.5, "middle"] };
const NORTHERN_LABEL: Place = { word: "northern-border", narrow: [-117.5, 33.6, "start"], wide: [-111, 33.5, "middle"] };
const SOUTHERN_LABEL: Place = { word: "southern-border", narrow: [-93, 14, "end"], wide: [-87.8, 18.4, "start"] };
const PLACES = [US_LABEL, MEXICO_LABEL, NORTHERN_LABEL, SOUTHERN_LABEL];
/**
 * Where the wide rendering names each origin country with its claims, by ISO code: a column of labels in the Pacific
 * with a leader line to a point inside the country, or (for Cuba) on the country itself.
 */
const COUNTRY_LABELS: Record<string, { label: [number, number]; anchor: Anchor; leader?: [number, number] }> = {
  "320": { label: [-92.6, 13.1], anchor: "end", leader: [-90.4, 15.4] },
  "222": { label: [-92.6, 12], anchor: "end", leader: [-88.9, 13.8] },
  "340": { label: [-92.6, 10.9], anchor: "end", leader: [-86.8, 14.7] },
  "558": { label: [-92.6, 9.8], anchor: "end", leader: [-85.2, 12.8] },
  "192": { label: [-79.3, 21.9], anchor: "middle" },
};

/** An origin country's name, by column `iso3` (ISO 3166-1 alpha-3), from the words `country-<code>`. */
const countryOf = (lang: ChartLanguage, row: Row) => word(lang, `country-${row.iso3}`);
const origins = (rows: Row[]) => rows.filter((r) => r.iso !== null).sort((a, b) => Number(b.claims) - Number(a.claims));
/** Shading class of a claims count: 0 below the first threshold, up to THRESHOLDS.length. */
const classOf = (claims: number) => THRESHOLDS.filter((t) => claims >= t).length;
const shade = (cls: number) => `var(--chart-map-${cls + 1})`;

/** Region shapes per tolerance, computed once per build and width. */
const shapesCache = new Map<number, RegionShapes>();
function shapes(width: number): RegionShapes {
  const tolerance = (TOLERANCE_PX * FRAME_SPAN) / width;
  let found = shapesCache.get(tolerance);
  if (!found) shapesCache.set(tolerance, (found = regionShapes(world as unknown as Topology, "countries", EXTENT, tolerance)));
  return found;
}

/** One legend entry per shading class (highest first) naming its countries and their claims, then the rest of the map. */
function legend(rows: Row[], lang: ChartLanguage): LegendEntry[] {
  const number = (n: number) => lang.format.number(n);
  const listed = origins(rows);
  const bounds = [0, ...THRESHOLDS];
  const classes = bounds.map((min, cls): LegendEntry => {
    const next = bounds[cls + 1];
    const members = listed.filter((r) => classOf(Number(r.claims)) === cls);
    return {
      key: `class-${cls}`,
      color: shade(cls),
      label: cls === 0 ? "class-lowest" : next === undefined ? "class-highest" : "class",
      values: {
        min: number(min),
        max: next === undefined ? "" : number(next - 1),
        limit: next === undefined ? "" : number(next),
        countries: lang.format.list(members.map((r) => word(lang, "with-claims", { country: countryOf(lang, r), claims: number(Number(r.claims)) }))),
      },
      shape: "bar",
    };
  });
  const other = rows.find((r) => r.iso === null);
  return [
    ...classes.reverse(),
    { key: "other", color: "var(--chart-map-0)", label: "other", values: { value: other ? number(Number(other.claims)) : "" }, shape: "bar" },
    { key: "borders", color: "var(--chart-map-border)", label: "borders", values: {}, shape: "marker" },
    { key: "route", color: "currentColor", label: "route", values: {}, shape: "dash" },
  ];
}

/** Whether a feature's bounding box meets the frame's, in degrees (origins that do not are named at the frame's edge). */
function geoBoundsMeet(feature: Feature, frame: FeatureCollection): boolean {
  const [[west, south], [east, north]] = geoBounds(feature);
  const [[frameWest, frameSouth], [frameEast, frameNorth]] = geoBounds(frame);
  const overlaps = (w: number, e: number) => w <= frameEast && e >= frameWest;
  // A box that crosses the antimeridian (the US, with the Aleutians) has west > east: test both of its halves.
  const meetsLongitude = west <= east ? overlaps(west, east) : overlaps(west, 180) || overlaps(-180, east);
  return meetsLongitude && south <= frameNorth && north >= frameSouth;
}

/** A label in the frame's bottom-right corner: its text and centre, and a box around it as a GeoJSON polygon. */
type Tag = Feature<Polygon, { text: string; at: [number, number]; row: Row }>;
function cornerTag(text: string, row: Row, frame: FeatureCollection, width: number, fontSize: number, insetBottom: number): Tag {
  const [[west, south], [east]] = geoBounds(frame);
  const degrees = (east - west) / width; // per pixel, across and (near the equator) up
  const [w, h, pad] = [text.length * fontSize * 0.6 * degrees, fontSize * 1.5 * degrees, (fontSize / 4) * degrees];
  const [right, bottom] = [east - pad, south - insetBottom * degrees + pad];
  const [left, top] = [right - w, bottom + h];
  return {
    type: "Feature",
    properties: { text, at: [(left + right) / 2, (top + bottom) / 2], row },
    geometry: { type: "Polygon", coordinates: [[[left, bottom], [left, top], [right, top], [right, bottom], [left, bottom]]] }, // clockwise, as d3-geo expects
  };
}

const position = ([lon, lat, anchor]: [number, number, Anchor]) => ({ lon, lat, anchor });

/** Labels on a halo of the page colour, one text mark per anchor (Plot's textAnchor is one value per mark); they let the pointer through. */
function labelMarks(labels: Label[], fontSize: number): Plot.Markish[] {
  return (["start", "middle", "end"] as const).map((anchor) =>
    Plot.text(labels.filter((l) => l.anchor === anchor), {
      x: "lon",
      y: "lat",
      text: "text",
      textAnchor: anchor,
      fontSize,
      fill: "currentColor",
      stroke: "var(--bg)",
      strokeWidth: fontSize / 4,
      paintOrder: "stroke",
      pointerEvents: "none",
    }),
  );
}

/** The longitude halfway across a feature's bounding box. */
const midLongitude = (feature: Feature) => {
  const [[west], [east]] = geoBounds(feature);
  return (west + east) / 2;
};

/** A filled arrowhead whose tip sits on the vector's anchor. */
const arrowhead = {
  draw(context: CanvasPath, length: number) {
    context.moveTo(0, -length);
    context.lineTo(-length * 0.55, 0);
    context.lineTo(length * 0.55, 0);
    context.closePath();
  },
};

/** Compass bearing in degrees from a to b; Mercator keeps angles, so it is also the on-screen rotation. */
function bearing([x0, y0]: [number, number], [x1, y1]: [number, number]): number {
  const k = Math.cos(((y0 + y1) / 2) * (Math.PI / 180));
  return (Math.atan2((x1 - x0) * k, y1 - y0) * 180) / Math.PI;
}

/** Origin countries shaded by 2018 asylum claims in Mexico, Mexico's southern and northern borders, and the route north. */
export const routeMap: ChartModule = {
  id: "route-map",
  views: ["2018"],
  legend,
  spec(rows, context) {
    const { width, fontSize, format, legend: legendLabels } = context;
    const number = (n: number) => format.number(n);
    const { countries: all, border } = shapes(width);
    const byIso = new Map(origins(rows).map((r) => [String(r.iso), r]));
    const rowOf = (f: Feature) => byIso.get(String(f.id));
    const nameOf = (id: string) => word(context, `country-${ALPHA3[id]}`);
    const claims = (r: Row) => `${word(context, "tip", { country: countryOf(context, r), claims: number(Number(r.claims)) })}\n${r.locator}`;
    const wide = width >= 480;

    // Fit the frame to Mexico, Central America and Cuba, with room above for the southern US and its labels.
    const frame: FeatureCollection = { type: "FeatureCollection", features: all.filter((f) => FRAME.includes(String(f.id))) };
    const countries = all.filter((f) => geoBoundsMeet(f, frame));
    const [[x0, y0], [x1, y1]] = geoPath(geoMercator()).bounds(frame);
    const [insetTop, insetBottom] = [fontSize * 3, fontSize * 0.5];
    const height = Math.round((width * (y1 - y0)) / (x1 - x0) + insetTop + insetBottom);

    const borders = [
      { place: SOUTHERN_LABEL, neighbours: [GUATEMALA, BELIZE] },
      { place: NORTHERN_LABEL, neighbours: [US] },
    ].map(({ place, neighbours }) => ({
      type: "Feature" as const,
      properties: { tip: word(context, "border-tip", { border: word(context, place.word), neighbours: format.list(neighbours.map(nameOf)) }) },
      geometry: border(MEXICO, neighbours),
    }));
    const beyond = origins(rows).filter((r) => !countries.some((f) => f.id === r.iso));
    // West to east, so the first tab stop in the map is the westernmost origin country.
    const shaded = countries.filter(rowOf).sort((a, b) => midLongitude(a) - midLongitude(b));
    const labelled = wide ? origins(rows).filter((r) => COUNTRY_LABELS[String(r.iso)]) : [];
    const placeOf = (r: Row) => COUNTRY_LABELS[String(r.iso)]!;
    const leaders = labelled.filter((r) => placeOf(r).leader);
    // One corner, one label: Venezuela is the only origin beyond the frame.
    const tags = beyond.slice(0, 1).map((row) => cornerTag(word(context, "beyond", { country: countryOf(context, row), claims: number(Number(row.claims)) }), row, frame, width, fontSize, insetBottom));
    const labels: Label[] = [
      ...PLACES.map((place) => ({ text: word(context, place.word), ...position(wide ? place.wide : place.narrow) })),
      ...labelled.map((r) => ({ text: word(context, "country-claims", { country: countryOf(context, r), claims: number(Number(r.claims)) }), ...position([...placeOf(r).label, placeOf(r).anchor]) })),
      ...tags.map((tag) => ({ text: tag.properties.text, ...position([...tag.properties.at, "middle"]) })),
    ];
    const end = ROUTE.at(-1)!;
    return {
      width,
      height,
      projection: { type: "mercator", domain: frame, insetTop, insetBottom },
      style: { fontSize: `${fontSize}px` },
      color: { type: "identity" },
      marks: [
        Plot.geo(countries.filter((f) => !rowOf(f)), { fill: "var(--chart-map-0)", stroke: "var(--bg)", strokeWidth: 0.75 }),
        Plot.geo(countries.filter((f) => f.id === MEXICO), { stroke: "currentColor", strokeWidth: 1 }),
        Plot.geo(shaded, { fill: (f: Feature) => shade(classOf(Number(rowOf(f)!.claims))), stroke: "var(--bg)", strokeWidth: 0.75, title: (f: Feature) => claims(rowOf(f)!) }),
        Plot.geo(borders, { stroke: "var(--chart-map-border)", strokeWidth: 3.5, strokeLinecap: "round", title: (f: { properties: { tip: string } }) => f.properties.tip }),
        Plot.line(ROUTE, { curve: "catmull-rom", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "5 4", title: () => legendLabels.route ?? "" }),
        Plot.vector([end], { x: (p: [number, number]) => p[0], y: (p: [number, number]) => p[1], rotate: bearing(ROUTE.at(-2)!, end), length: fontSize * 0.9, anchor: "end", shape: arrowhead, fill: "currentColor", stroke: "none", pointerEvents: "none" }),
        Plot.link(leaders, { x1: (r: Row) => placeOf(r).label[0] + 0.3, y1: (r: Row) => placeOf(r).label[1] + 0.2, x2: (r: Row) => placeOf(r).leader![0], y2: (r: Row) => placeOf(r).leader![1], stroke: "currentColor", strokeWidth: 1, pointerEvents: "none" }),
        // The tooltip of an origin beyond the frame sits on a transparent box under its label: the figure orders tooltip
        // targets by their boxes, which a text's transform would hide.
        Plot.geo(tags, { fill: "transparent", title: (tag: Tag) => claims(tag.properties.row) }),
        ...labelMarks(labels, fontSize),
      ],
    };
  },
  summary(rows, lang) {
    const format = (n: number) => lang.format.number(n);
    const name = (r: Row | undefined) => (r ? countryOf(lang, r) : "");
    const listed = origins(rows);
    const total = rows.reduce((sum, r) => sum + Number(r.claims), 0);
    const central = listed.filter((r) => r.region === CENTRAL_AMERICA);
    const centralClaims = central.reduce((sum, r) => sum + Number(r.claims), 0);
    const [first, second, third] = listed;
    return {
      total: format(total),
      top: name(first),
      topValue: format(Number(first?.claims)),
      second: name(second),
      secondValue: format(Number(second?.claims)),
      third: name(third),
      thirdValue: format(Number(third?.claims)),
      central: lang.format.list(central.map(name)),
      centralShare: lang.format.percent(centralClaims / total),
    };
  },
};
