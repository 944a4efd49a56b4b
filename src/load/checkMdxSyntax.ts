import { mdxToMdast } from "satteri";
import { ContentError } from "./contentError.ts";

/**
 * Parses an MDX file as Astro's MDX compiler (satteri) will, so a syntax error (an unclosed tag, a stray `<` or `{`)
 * stops the build with the line and column of the file, frontmatter included, before any page renders. The
 * frontmatter is replaced by as many empty lines, so the parser's positions are the file's.
 */
export function checkMdxSyntax(source: string, file: string): void {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\n]/g, ""));
  try {
    mdxToMdast(body);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(text);
    if (!at) throw new ContentError(file, undefined, `expected valid MDX, found: ${text}`);
    throw new ContentError(file, Number(at[1]), `column ${at[2]}: expected valid MDX, found: ${at[3]!.trim()}`);
  }
}
