import { ContentError } from "./contentError.ts";

const REF = /<(Fact|Chart)\b[^>]*?\bid=["']([^"']+)["']/g;

/**
 * Checks every `<Fact id="…">` and `<Chart id="…">` in a chapter's MDX body against the known ids,
 * failing with the chapter file and line of the first unknown one.
 */
export function checkChapterRefs(body: string, file: string, known: { Fact: ReadonlySet<string>; Chart: ReadonlySet<string> }): void {
  body.split("\n").forEach((text, i) => {
    for (const [, kind, id] of text.matchAll(REF)) {
      const ids = known[kind as "Fact" | "Chart"];
      if (!ids.has(id!)) {
        const expected = kind === "Fact" ? "a fact id from content/facts/*.yaml" : "a chart id from content/charts/<id>.yaml";
        throw new ContentError(file, i + 1, `<${kind} id="${id}">: expected ${expected}, found an unknown id`);
      }
    }
  });
}
