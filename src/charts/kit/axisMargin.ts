import { scaleLinear } from "d3";
import { approxWidth } from "./approxWidth.ts";

/**
 * The left margin that fits the widest tick label of a linear y axis from zero to `max` (its nice top, as `format`
 * writes it in the reader's language: "160K", "160 k"), and never less than `least`.
 */
export function axisMargin(max: number, format: (value: number) => string, fontSize: number, least: number): number {
  const top = scaleLinear().domain([0, max]).nice().domain()[1]!;
  return Math.max(least, approxWidth(format(top), fontSize) + fontSize * 0.9);
}
