import { describe, expect, it } from "vitest";
import * as zlib from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { encodePng } from "../../src/render/encodePng.ts";

describe("encodePng(pixels, width, height, zlib)", () => {
  it("writes a PNG that decodes to the same pixels resvg drew", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#fafaf7"/><circle cx="10" cy="10" r="6" fill="rgba(200,30,30,0.5)"/></svg>`;
    const image = new Resvg(svg).render();
    const png = encodePng(image.pixels, image.width, image.height, zlib);
    const decoded = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"><image width="40" height="20" xlink:href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
    ).render();
    expect([decoded.width, decoded.height]).toEqual([40, 20]);
    expect(Buffer.compare(decoded.pixels, image.pixels)).toBe(0);
  });

  it("starts with the PNG signature and an RGBA header of the image's size", () => {
    const png = encodePng(new Uint8Array(3 * 2 * 4).fill(255), 3, 2, zlib);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.toString("latin1", 12, 16)).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 6]);
  });
});
