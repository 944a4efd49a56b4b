/**
 * The white space a line may break at: any but the no-break spaces (U+00A0, U+2007 figure space, U+202F narrow), which
 * Intl puts between a number and its unit ("400 k", "1.2 M" in es-MX) so that the two stay on one line.
 */
export const BREAKS = /[^\S\u00a0\u2007\u202f]+/;

/**
 * The one line-breaking rule, for chart labels (measured by approxWidth) and build-time images (measured by the font):
 * breaks `text` into lines no wider than `maxWidth` (as measured by `measure`), at spaces, never at a no-break space
 * (BREAKS). A word longer than a line stands on its own line. Past `maxLines`, the last line is cut at a word and
 * ends with "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(BREAKS)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const words = kept[maxLines - 1]!.split(" ");
  while (words.length > 1 && measure(`${words.join(" ")}…`) > maxWidth) words.pop();
  kept[maxLines - 1] = `${words.join(" ").replace(/[\s,;:.–—-]+$/, "")}…`;
  return kept;
}
