import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rasteriseAsync, rasteriserVersion } from "./rasterise.ts";

/** Draws an SVG to PNG bytes `width` px wide. */
export type Draw = (svg: string, width: number) => Promise<Buffer>;

/** A PNG and whether it was drawn now (false: read from the cache). */
export interface CachedPng {
  png: Buffer;
  drawn: boolean;
}

/**
 * PNGs kept on disk under `dir`, named by a hash of everything that decides their pixels (the SVG, the width, the
 * rasteriser's and font's versions), so an image whose inputs did not change is read back instead of drawn again.
 * `draw` is injected so tests can count the drawing.
 */
export function pngCache(dir: string, draw: Draw = rasteriseAsync, salt = rasteriserVersion()) {
  const fileOf = (svg: string, width: number) => join(dir, `${createHash("sha256").update(`${salt}\n${width}\n${svg}`).digest("hex").slice(0, 32)}.png`);
  return async function cached(svg: string, width: number): Promise<CachedPng> {
    const file = fileOf(svg, width);
    if (existsSync(file)) return { png: readFileSync(file), drawn: false };
    const png = await draw(svg, width);
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.tmp`, png);
    renameSync(`${file}.tmp`, file); // a build stopped mid-write never leaves a truncated image to be read back
    return { png, drawn: true };
  };
}
