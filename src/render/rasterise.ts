import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { fontMetrics, type FontMetrics } from "./fontMetrics.ts";
import { rasterPool } from "./rasterPool.ts";
import { encodePng } from "./encodePng.ts";
import * as zlib from "node:zlib";
import { projectRoot } from "../load/projectRoot.ts";

/** The font every build-time image is set in. It ships in node_modules: a fresh machine has no system fonts. */
export const FONT_FAMILY = "Source Sans 3";

/** Resolves from the project (projectRoot()), not from this module, which the build moves into its output folder. */
const projectRequire = () => createRequire(join(projectRoot(), "package.json"));
const fontDir = () => dirname(projectRequire().resolve("@expo-google-fonts/source-sans-3/package.json"));
const FONT_FILES = {
  regular: "400Regular/SourceSans3_400Regular.ttf",
  bold: "700Bold/SourceSans3_700Bold.ttf",
} as const;
export type Weight = keyof typeof FONT_FILES;

const fontPath = (weight: Weight) => join(fontDir(), FONT_FILES[weight]);

const metrics = new Map<Weight, FontMetrics>();
/** Width in pixels of `text` at `size` px in the image font's `weight`, for line breaking. */
export function measureText(text: string, size: number, weight: Weight = "regular"): number {
  let font = metrics.get(weight);
  if (!font) metrics.set(weight, (font = fontMetrics(readFileSync(fontPath(weight)))));
  return font.measure(text, size);
}

/** The project's own font and no system fonts, so every machine draws the same pixels. */
const options = (width: number): ResvgRenderOptions => ({
  fitTo: { mode: "width", value: width },
  font: {
    fontFiles: (Object.keys(FONT_FILES) as Weight[]).map(fontPath),
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  logLevel: "error",
});

/** Renders an SVG (colours already resolved: resvg reads no stylesheet variables) to a PNG `width` pixels wide. */
export function rasterise(svg: string, width: number): Buffer {
  const image = new Resvg(svg, options(width)).render();
  return encodePng(image.pixels, image.width, image.height, zlib);
}

let pool: ReturnType<typeof rasterPool> | undefined;
/** The same, drawn on a worker thread (render/rasterPool.ts), so several images are drawn at once on several cores. */
export function rasteriseAsync(svg: string, width: number): Promise<Buffer> {
  pool ??= rasterPool(projectRequire().resolve("@resvg/resvg-js"));
  return pool(svg, options(width));
}

let version: string | undefined;
/** What else decides a PNG's bytes besides the SVG and the width: the rasteriser's, the font's and the encoder's versions. */
export function rasteriserVersion(): string {
  const of = (name: string) =>
    (JSON.parse(readFileSync(projectRequire().resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  return (version ??= `resvg ${of("@resvg/resvg-js")}, ${FONT_FAMILY} ${of("@expo-google-fonts/source-sans-3")}, encodePng 1`);
}
