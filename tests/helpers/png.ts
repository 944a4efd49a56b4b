import { readFileSync } from "node:fs";

/** Width and height of a PNG file, from its IHDR chunk; fails on a file that is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString("ascii", 12, 16) !== "IHDR")
    throw new Error(`${file}: expected a PNG, found something else`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
