import { readFileSync } from "node:fs";
import { ContentError } from "./contentError.ts";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Length of the UTF-8 sequence that starts at `i`, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [length, min] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80]
      : b >= 0xe0 && b <= 0xef
        ? [3, 0x800]
        : b >= 0xf0 && b <= 0xf4
          ? [4, 0x10000]
          : [0, 0];
  if (!length || i + length > bytes.length) return 0;
  let code = b & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k]!;
    if ((next & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  return code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0 : length;
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (!length) return i;
    i += length;
  }
  return -1;
}

/**
 * Reads a content file as UTF-8 text. Bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252) fail with the
 * file, the line and the byte offset, instead of reaching readers as U+FFFD. A leading byte-order mark is dropped.
 */
export function readText(path: string, label: string): string {
  const bytes = readFileSync(path);
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 10).length + 1;
    const hex = [...bytes.subarray(at, at + 1)]
      .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`)
      .join(" ");
    throw new ContentError(
      label,
      line,
      `byte ${at}: expected UTF-8 text, found the byte ${hex}, which UTF-8 does not allow there (save the file as UTF-8)`,
    );
  }
}
