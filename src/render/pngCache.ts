import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rasteriseAsync, rasteriserVersion } from "./rasterise.ts";

/** Draws an SVG to PNG bytes `width` px wide. */
export type Draw = (svg: string, width: number) => Promise<Buffer>;

/** A PNG, whether it was drawn now (false: read from the cache), and the cache's file that holds it. */
export interface CachedPng {
  png: Buffer;
  drawn: boolean;
  file: string;
}

/**
 * PNGs kept on disk under `dir`, named by a hash of everything that decides their pixels (the SVG, the width, the
 * rasteriser's and font's versions), so an image whose inputs did not change is read back instead of drawn again.
 * `draw` is injected so tests can count the drawing.
 */
export function pngCache(dir: string, draw: Draw = rasteriseAsync, salt = rasteriserVersion()) {
  const fileOf = (svg: string, width: number) =>
    join(dir, `${createHash("sha256").update(`${salt}\n${width}\n${svg}`).digest("hex").slice(0, 32)}.png`);
  return async function cached(svg: string, width: number): Promise<CachedPng> {
    const file = fileOf(svg, width);
    if (existsSync(file)) return { png: readFileSync(file), drawn: false, file };
    const png = await draw(svg, width);
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.tmp`, png);
    renameSync(`${file}.tmp`, file); // a build stopped mid-write never leaves a truncated image to be read back
    return { png, drawn: true, file };
  };
}

/** Where the build keeps drawn images: `<Astro cacheDir>/png/`, set by integrations/shareCards.ts through Vite. */
export const PNG_CACHE_ENV = "import.meta.env.PNG_CACHE_DIR";

/** The folder the build set, written exactly so Vite's `define` replaces it; plain Node has no import.meta.env. */
function configuredDir(): string | undefined {
  try {
    return import.meta.env.PNG_CACHE_DIR as string | undefined;
  } catch {
    return undefined;
  }
}

let sitePngCache: ReturnType<typeof pngCache> | undefined;
/**
 * Draws a PNG of the site (a chart download, a share card): read back from the build's image cache when the same
 * picture was drawn before, else drawn on the thread pool and kept. Outside a build (tests) it just draws.
 */
export async function sitePng(svg: string, width: number): Promise<Buffer> {
  const dir = configuredDir();
  if (!dir) return rasteriseAsync(svg, width);
  sitePngCache ??= pngCache(dir);
  return (await sitePngCache(svg, width)).png;
}
