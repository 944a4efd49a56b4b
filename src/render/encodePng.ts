/**
 * Encodes straight RGBA pixels as a PNG: rows unfiltered, deflated at level 1. resvg's own encoder tries every row
 * filter at a higher level, twice the time for files within a few per cent of these. Self-contained (the zlib
 * functions are passed in, nothing is imported) because render/rasterPool.ts sends its source to worker threads.
 */
export function encodePng(
  pixels: Uint8Array,
  width: number,
  height: number,
  zlib: { deflateSync(data: Uint8Array, options: { level: number }): Uint8Array; crc32(data: Uint8Array): number },
): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height); // each row: filter type 0 (none), then its pixels
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
