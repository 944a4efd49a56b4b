import { describe, expect, it } from "vitest";
import { rasterise, rasteriseAsync } from "../../src/render/rasterise.ts";

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="40" font-size="24">${text}</text></svg>`;

describe("rasteriseAsync(svg, width)", () => {
  it("draws on worker threads exactly the bytes the main thread would", async () => {
    const texts = ["One", "Two", "Three", "Four", "Five"];
    const pngs = await Promise.all(texts.map((text) => rasteriseAsync(svg(text), 400)));
    pngs.forEach((png, i) => expect(png.equals(rasterise(svg(texts[i]!), 400)), texts[i]).toBe(true));
    expect(new Set(pngs.map((png) => png.toString("base64"))).size).toBe(texts.length);
  });

  it("fails with resvg's own message on an SVG it cannot read", async () => {
    await expect(rasteriseAsync("<svg><title>a & b</title></svg>", 100)).rejects.toThrow(
      /SVG data parsing failed|entity/i,
    );
  });
});
