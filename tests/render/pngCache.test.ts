import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pngCache, type Draw } from "../../src/render/pngCache.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "png-cache-"));
  dirs.push(dir);
  return join(dir, "share-cards");
};

/** A drawing function that records what it was asked to draw. */
function counting() {
  const drawn: string[] = [];
  const draw: Draw = async (svg, width) => {
    drawn.push(`${width}:${svg}`);
    return Buffer.from(`png of ${svg} at ${width}`);
  };
  return { drawn, draw };
}

describe("pngCache(dir, draw)", () => {
  it("draws an image once: asked again for the same SVG and width, it reads the bytes back", async () => {
    const { drawn, draw } = counting();
    const dir = tempDir();
    const first = await pngCache(dir, draw, "v1")("<svg>a</svg>", 1200);
    const again = await pngCache(dir, draw, "v1")("<svg>a</svg>", 1200); // a new build: same folder, new process state
    expect(drawn).toEqual(["1200:<svg>a</svg>"]);
    expect([first.drawn, again.drawn]).toEqual([true, false]);
    expect(again.png.equals(first.png)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readFileSync(again.file).equals(first.png), "the file the share cards link to").toBe(true);
  });

  it("draws again when the SVG, the width or the rasteriser's version changes", async () => {
    const { drawn, draw } = counting();
    const dir = tempDir();
    await pngCache(dir, draw, "v1")("<svg>a</svg>", 1200);
    await pngCache(dir, draw, "v1")("<svg>b</svg>", 1200);
    await pngCache(dir, draw, "v1")("<svg>a</svg>", 600);
    await pngCache(dir, draw, "v2")("<svg>a</svg>", 1200);
    expect(drawn).toHaveLength(4);
  });

  it("keeps nothing when drawing fails, so the next build tries again", async () => {
    const dir = tempDir();
    const failing: Draw = async () => {
      throw new Error("SVG data parsing failed");
    };
    await expect(pngCache(dir, failing, "v1")("<svg>", 1200)).rejects.toThrow("SVG data parsing failed");
    const { drawn, draw } = counting();
    await pngCache(dir, draw, "v1")("<svg>", 1200);
    expect(drawn).toHaveLength(1);
  });
});
