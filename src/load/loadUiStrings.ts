import { ContentError, shown } from "./contentError.ts";
import { readText } from "./readText.ts";

/** The 1-based line of a character offset in a text. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * Reads one `content/ui/<lang>.json`: a JSON object of UI strings by key. Invalid JSON fails with the file and the
 * line of the fault, a value that is not text with its key and line, so a broken strings file is never reported as an
 * unloadable Astro config (it was imported by the config's own imports).
 */
export function loadUiStrings(path: string, label: string): Record<string, string> {
  const text = readText(path, label);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const problem = message.replace(/ in JSON at position \d+.*$/s, "");
    if (position === undefined) throw new ContentError(label, undefined, `this is not valid JSON: ${problem}`);
    const at = Number(position);
    throw new ContentError(
      label,
      lineAt(text, at),
      `column ${at - text.lastIndexOf("\n", at - 1)}: this is not valid JSON: ${problem}`,
    );
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new ContentError(label, 1, `expected an object of UI strings by key, found ${shown(data)}`);
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "string") {
      const at = text.indexOf(JSON.stringify(key));
      throw new ContentError(
        label,
        at < 0 ? undefined : lineAt(text, at),
        `"${key}": expected a string, found ${shown(value)}`,
      );
    }
  }
  return data as Record<string, string>;
}
