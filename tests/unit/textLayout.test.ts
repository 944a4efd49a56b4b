import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fontMetrics } from "../../src/render/fontMetrics.ts";
import { wrapText } from "../../src/charts/kit/wrapText.ts";

const FONT = createRequire(import.meta.url).resolve(
  "@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf",
);
const font = fontMetrics(readFileSync(FONT));
/** A monospace measure: every character 10 px. */
const mono = (text: string) => text.length * 10;

describe("fontMetrics(bytes)", () => {
  it("reads advance widths from the shipped font: wide letters are wider than narrow ones", () => {
    expect(font.measure("MMMM", 20)).toBeGreaterThan(font.measure("iiii", 20) * 2);
  });
  it("scales with the font size and adds up over the text", () => {
    expect(font.measure("Mérida", 40)).toBeCloseTo(font.measure("Mérida", 20) * 2, 5);
    expect(font.measure("ab", 20)).toBeCloseTo(font.measure("a", 20) + font.measure("b", 20), 5);
  });
  it("measures accented letters and typographic marks the site prints", () => {
    for (const char of ["é", "ñ", "—", "−", "·", "’", "…"]) expect(font.measure(char, 20), char).toBeGreaterThan(0);
  });
  it("fails with the table's name on a file that is not a font", () => {
    expect(() => fontMetrics(new Uint8Array(64))).toThrow(/expected a "head" table/);
  });
});

describe("wrapText(text, maxWidth, measure, maxLines)", () => {
  it("breaks at spaces so that no line is wider than the room", () => {
    const lines = wrapText("one two three four five six", 100, mono);
    expect(lines).toEqual(["one two", "three four", "five six"]);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(100);
  });
  it("never breaks at a no-break space: a figure keeps its unit (Intl joins '400\u00a0k' in es-MX)", () => {
    expect(wrapText("hasta 400\u00a0k", 80, mono)).toEqual(["hasta", "400\u00a0k"]);
    expect(wrapText("at 10:00\u202fAM", 60, mono)).toEqual(["at", "10:00\u202fAM"]);
  });
  it("puts a word longer than a line on its own line rather than losing it", () => {
    expect(wrapText("a incomprehensibilities b", 50, mono)).toEqual(["a", "incomprehensibilities", "b"]);
  });
  it("cuts after maxLines at a word, ends with an ellipsis, and keeps the last line within the room", () => {
    const lines = wrapText("one two three four five six seven", 95, mono, 2);
    expect(lines).toEqual(["one two", "three…"]);
    expect(mono(lines[1]!)).toBeLessThanOrEqual(95);
  });
  it("drops trailing punctuation before the ellipsis", () => {
    expect(wrapText("alpha, beta gamma delta", 70, mono, 1)).toEqual(["alpha…"]);
  });
});
