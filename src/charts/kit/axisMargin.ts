import { scaleLinear } from "d3";
import { approxWidth } from "./approxWidth.ts";

/**
 * The left margin that fits the widest tick label of a linear y axis from zero to `max` with about `count` ticks, as
 * `format` writes them in the reader's language ("160K", "160 k", "$3B", "3,000 M"), and never less than `least`.
 */
export function axisMargin(
  max: number,
  format: (value: number) => string,
  fontSize: number,
  least: number,
  count = 10,
): number {
  const ticks = scaleLinear().domain([0, max]).nice(count).ticks(count);
  return Math.max(least, ...ticks.map((v) => approxWidth(format(v), fontSize) + fontSize * 0.9));
}
