import { approxWidth } from "./approxWidth.ts";
import { wrapText } from "./wrapText.ts";

/** Greedy word wrap for a label by its estimated width (approxWidth), never fewer than 8 characters a line, so the layout knows how many lines it takes. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  return wrapText(text, Math.max(width, approxWidth("12345678", fontSize)), (line) => approxWidth(line, fontSize));
}
