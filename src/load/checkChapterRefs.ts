import { ContentError } from "./contentError.ts";
import { mdxRefs } from "./mdxRefs.ts";

const EXPECTED = { Fact: "a fact id from content/facts/*.yaml", Chart: "a chart id from content/charts/<id>.yaml" } as const;

/**
 * Checks every `<Fact id="…">` and `<Chart id="…">` in a chapter's MDX body against the known ids,
 * failing with the chapter file and line of the first unknown one.
 */
export function checkChapterRefs(body: string, file: string, known: { Fact: ReadonlySet<string>; Chart: ReadonlySet<string> }): void {
  for (const { tag, attributes, line } of mdxRefs(body)) {
    if (tag !== "Fact" && tag !== "Chart") continue;
    const id = attributes.id;
    if (id !== undefined && !known[tag].has(id)) throw new ContentError(file, line, `<${tag} id="${id}">: expected ${EXPECTED[tag]}, found an unknown id`);
  }
}
