/**
 * Advance widths read straight from a TrueType/OpenType font file (tables head, hhea, hmtx and a format-4 cmap), so
 * build-time images can wrap text where the shipped font will actually break it. Kerning is ignored: widths are a few
 * per cent generous at worst, which only ends lines slightly early.
 */
export interface FontMetrics {
  /** Width in pixels of `text` set at `size` pixels. */
  measure(text: string, size: number): number;
}

/** Parses a font file's bytes into a measurer. Fails with the missing table's name on a file it cannot read. */
export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`fontMetrics: expected a "${tag}" table in the font, found none`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const numberOfHMetrics = view.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmap4(view, table("cmap"));
  const cache = new Map<number, number>();
  const width = (code: number) => {
    let units = cache.get(code);
    if (units === undefined) cache.set(code, (units = advance(glyphOf(code))));
    return units;
  };
  return {
    measure(text, size) {
      let units = 0;
      for (const char of text) units += width(char.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
  };
}

/** The Unicode BMP subtable (format 4) of a cmap: code point → glyph index, 0 (.notdef) when absent. */
function cmap4(view: DataView, cmap: number): (code: number) => number {
  const count = view.getUint16(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (view.getUint16(offset) === 4) sub = offset;
    }
  }
  if (sub < 0) throw new Error("fontMetrics: expected a Unicode cmap subtable of format 4, found none");
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (code) => {
    if (code > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (code > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
