import * as Plot from "@observablehq/plot";
import { geoBounds, geoMercator, geoPath, type GeoProjection } from "d3";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import type { Topology } from "topojson-client";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import type { ChartLanguage, ChartModule, LegendEntry } from "./kit/chartModule.ts";
import type { Row } from "../schemas/dataset.ts";
import { regionShapes, type Extent, type RegionShapes } from "./geo/regionShapes.ts";
import { word } from "./kit/word.ts";
import { approxWidth } from "./kit/approxWidth.ts";
import { wrap } from "./kit/wrap.ts";
import { hitSize } from "./kit/hitAreas.ts";

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
const EXTENT: Extent = [
  [-125, 0],
  [-55, 40],
];
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
const NORTHERN_LABEL: Place = {
  word: "northern-border",
  narrow: [-117.5, 33.6, "start"],
  wide: [-111, 33.5, "middle"],
};
const SOUTHERN_LABEL: Place = { word: "southern-border", narrow: [-88, 18.2, "start"], wide: [-87.8, 18.4, "start"] };
const PLACES = [US_LABEL, MEXICO_LABEL, NORTHERN_LABEL, SOUTHERN_LABEL];
/**
 * A point inside each origin country in the frame, [lon, lat], where its label's leader ends. Cuba is named on itself,
 * above this point; the others in a column off the Pacific coast, west to east from the top.
 */
const INSIDE: Record<string, [number, number]> = {
  "320": [-90.4, 15.4],
  "222": [-88.9, 13.8],
  "340": [-86.8, 14.7],
  "558": [-85.2, 12.8],
  "192": [-79.3, 21.9],
};
const CUBA = "192";

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
  if (!found)
    shapesCache.set(tolerance, (found = regionShapes(world as unknown as Topology, "countries", EXTENT, tolerance)));
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
        countries: lang.format.list(
          members.map((r) =>
            word(lang, "with-claims", { country: countryOf(lang, r), claims: number(Number(r.claims)) }),
          ),
        ),
      },
      shape: "bar",
    };
  });
  const other = rows.find((r) => r.iso === null);
  return [
    ...classes.reverse(),
    {
      key: "other",
      color: "var(--chart-map-0)",
      label: "other",
      values: { value: other ? number(Number(other.claims)) : "" },
      shape: "area",
    },
    { key: "borders", color: "var(--chart-accent)", label: "borders", values: {}, shape: "marker" },
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

/** A hit area drawn as a box in pixels, as a GeoJSON polygon for the projected map; it carries a tooltip. */
type HitBox = Feature<Polygon, { tip: string }>;
function pixelBox(projection: GeoProjection, [x0, y0, x1, y1]: [number, number, number, number], tip: string): HitBox {
  const corners = (
    [
      [x0, y1],
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ] as [number, number][]
  ).map((p) => projection.invert!(p)!);
  return { type: "Feature", properties: { tip }, geometry: { type: "Polygon", coordinates: [corners] } }; // clockwise on screen, as d3-geo expects
}

const position = ([lon, lat, anchor]: [number, number, Anchor]) => ({ lon, lat, anchor });

/** Labels on a halo of the page colour, one text mark per anchor (Plot's textAnchor is one value per mark); they let the pointer through. */
function labelMarks(labels: Label[], fontSize: number): Plot.Markish[] {
  return (["start", "middle", "end"] as const).map((anchor) =>
    Plot.text(
      labels.filter((l) => l.anchor === anchor),
      {
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
      },
    ),
  );
}

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
    const claims = (r: Row) =>
      `${word(context, "tip", { country: countryOf(context, r), claims: number(Number(r.claims)) })}\n${r.locator}`;
    const wide = width >= 480;

    // Fit the frame to Mexico, Central America and Cuba, with room above for the southern US and its labels; lay the
    // labels out in pixels on the same projection Plot will fit (the map's own height is set by the width alone).
    const frame: FeatureCollection = {
      type: "FeatureCollection",
      features: all.filter((f) => FRAME.includes(String(f.id))),
    };
    const countries = all.filter((f) => geoBoundsMeet(f, frame));
    const [[x0, y0], [x1, y1]] = geoPath(geoMercator()).bounds(frame);
    const insetTop = fontSize * 3;
    const mapHeight = (width * (y1 - y0)) / (x1 - x0);
    const projection = geoMercator().fitExtent(
      [
        [0, insetTop],
        [width, insetTop + mapHeight],
      ],
      frame,
    );
    const at = (lonLat: [number, number]) => projection(lonLat)!;
    const lonLat = (x: number, y: number) => projection.invert!([x, y])!;
    const hit = hitSize(fontSize);

    // Origin countries in the frame, named with their claims in a column off the Pacific coast (west to east from
    // the top, a leader to each), Cuba on itself: on a phone too, and each name a hit area of 24 CSS px or more.
    const named = origins(rows).filter((r) => INSIDE[String(r.iso)] && countries.some((f) => f.id === r.iso));
    const column = named
      .filter((r) => r.iso !== CUBA)
      .sort((a, b) => INSIDE[String(a.iso)]![0] - INSIDE[String(b.iso)]![0]);
    const nameText = (r: Row) =>
      word(context, "country-claims", { country: countryOf(context, r), claims: number(Number(r.claims)) });
    const points = column.map((r) => at(INSIDE[String(r.iso)]!));
    const rowStep = Math.max(hit, fontSize * 1.4);
    const columnWidth = Math.max(0, ...column.map((r) => approxWidth(nameText(r), fontSize))) + fontSize * 0.6;
    const columnRight = Math.min(...points.map(([x]) => x)) - hit;
    const columnTop = points.length ? points[0]![1] : 0;
    const columnBoxes = column.map((r, i): [number, number, number, number] => [
      columnRight - columnWidth,
      columnTop + i * rowStep,
      columnRight,
      columnTop + (i + 1) * rowStep,
    ]);
    const cuba = named.find((r) => r.iso === CUBA);
    const cubaAt = at(INSIDE[CUBA]!);
    const cubaWidth = cuba ? Math.max(hit, approxWidth(nameText(cuba), fontSize) + fontSize * 0.6) : 0;
    const cubaBox: [number, number, number, number] = [
      cubaAt[0] - cubaWidth / 2,
      cubaAt[1] - hit * 1.1,
      cubaAt[0] + cubaWidth / 2,
      cubaAt[1] - hit * 0.1,
    ]; // above the island, not over it
    // One corner, one label: Venezuela is the only origin beyond the frame.
    const beyond = origins(rows)
      .filter((r) => !countries.some((f) => f.id === r.iso))
      .slice(0, 1);
    const beyondText = (r: Row) =>
      word(context, "beyond", { country: countryOf(context, r), claims: number(Number(r.claims)) });
    const columnBottom = columnBoxes.at(-1)?.[3] ?? 0;
    const insetBottom =
      Math.max(fontSize * 0.5, columnBottom - insetTop - mapHeight + fontSize * 0.5) + (beyond.length ? hit : 0);
    const height = Math.round(insetTop + mapHeight + insetBottom);
    const beyondWidth = Math.max(0, ...beyond.map((r) => approxWidth(beyondText(r), fontSize))) + fontSize * 0.6;
    const beyondBox: [number, number, number, number] = [
      width - beyondWidth - 2,
      height - hit - 2,
      width - 2,
      height - 2,
    ];

    const borders = [
      { place: SOUTHERN_LABEL, neighbours: [GUATEMALA, BELIZE] },
      { place: NORTHERN_LABEL, neighbours: [US] },
    ].map(({ place, neighbours }) => ({
      type: "Feature" as const,
      properties: {
        tip: word(context, "border-tip", {
          border: word(context, place.word),
          neighbours: format.list(neighbours.map(nameOf)),
        }),
      },
      geometry: border(MEXICO, neighbours),
    }));
    const shaded = countries.filter(rowOf);
    const centre = (box: [number, number, number, number]) => lonLat((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    const labels: Label[] = [
      // A label set from a point rightwards wraps to the room left before the frame's edge.
      ...PLACES.map((place) => {
        const [lon, lat, anchor] = wide ? place.wide : place.narrow;
        const text = word(context, place.word);
        return {
          text: anchor === "start" ? wrap(text, width - at([lon, lat])[0] - 4, fontSize).join("\n") : text,
          ...position([lon, lat, anchor]),
        };
      }),
      ...column.map((r, i) => ({
        text: nameText(r),
        ...position([...lonLat(columnRight - fontSize * 0.3, (columnBoxes[i]![1] + columnBoxes[i]![3]) / 2), "end"]),
      })),
      ...(cuba ? [{ text: nameText(cuba), ...position([...centre(cubaBox), "middle"]) }] : []),
      ...beyond.map((r) => ({ text: beyondText(r), ...position([...centre(beyondBox), "middle"]) })),
    ];
    // Hit areas, west to east and top to bottom as the figure orders them: the column, Cuba, Venezuela's corner.
    const hits: HitBox[] = [
      ...column.map((r, i) => pixelBox(projection, columnBoxes[i]!, claims(r))),
      ...(cuba ? [pixelBox(projection, cubaBox, claims(cuba))] : []),
      ...beyond.map((r) => pixelBox(projection, beyondBox, claims(r))),
    ];
    const end = ROUTE.at(-1)!;
    const tipOf = (f: { properties: { tip: string } }) => f.properties.tip;
    return {
      width,
      height,
      projection: { type: "mercator", domain: frame, insetTop, insetBottom },
      style: { fontSize: `${fontSize}px` },
      color: { type: "identity" },
      marks: [
        // Land outlined in --muted, 3:1 or more against the sea (the page) where the pale land alone is not.
        Plot.geo(
          countries.filter((f) => !rowOf(f)),
          { fill: "var(--chart-map-0)", stroke: "var(--muted)", strokeWidth: 0.6 },
        ),
        Plot.geo(
          countries.filter((f) => f.id === MEXICO),
          { stroke: "currentColor", strokeWidth: 1 },
        ),
        Plot.geo(shaded, {
          fill: (f: Feature) => shade(classOf(Number(rowOf(f)!.claims))),
          stroke: "var(--bg)",
          strokeWidth: 0.75,
        }),
        Plot.geo(borders, { stroke: "var(--chart-accent)", strokeWidth: 3.5, strokeLinecap: "round" }),
        // The route on a halo of the page colour, so its dashes show on the darkest country too.
        Plot.line(ROUTE, { curve: "catmull-rom", stroke: "var(--bg)", strokeWidth: 5, strokeLinecap: "round" }),
        Plot.line(ROUTE, { curve: "catmull-rom", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "5 4" }),
        Plot.vector([end], {
          x: (p: [number, number]) => p[0],
          y: (p: [number, number]) => p[1],
          rotate: bearing(ROUTE.at(-2)!, end),
          length: fontSize * 0.9,
          anchor: "end",
          shape: arrowhead,
          fill: "currentColor",
          stroke: "none",
          pointerEvents: "none",
        }),
        Plot.link(column, {
          x1: (_: Row, i: number) => lonLat(columnRight, (columnBoxes[i]![1] + columnBoxes[i]![3]) / 2)[0],
          y1: (_: Row, i: number) => lonLat(columnRight, (columnBoxes[i]![1] + columnBoxes[i]![3]) / 2)[1],
          x2: (r: Row) => INSIDE[String(r.iso)]![0],
          y2: (r: Row) => INSIDE[String(r.iso)]![1],
          stroke: "currentColor",
          strokeWidth: 1,
          pointerEvents: "none",
        }),
        ...labelMarks(labels, fontSize),
        // Tooltips on hit areas a finger can find: a band as wide as a hit area along each border and the route, a
        // box under each name (the figure orders tooltip targets by their boxes, which a text's transform would hide).
        Plot.geo(borders, { stroke: "transparent", strokeWidth: hit, strokeLinecap: "round", title: tipOf }),
        Plot.line(ROUTE, {
          curve: "catmull-rom",
          stroke: "transparent",
          strokeWidth: hit,
          title: () => legendLabels.route ?? "",
        }),
        Plot.geo(hits, { fill: "transparent", title: tipOf }),
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
