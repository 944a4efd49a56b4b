import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { checkNoBareFigures } from "./findBareFigures.ts";

/** An MDX file of content/ as read once: where it is, its text, and its frontmatter (parsed once). */
export interface MdxFile {
  /** Path for messages, e.g. "content/chapters/the-deal.mdx". */
  file: string;
  source: string;
  /** The parsed frontmatter; undefined when missing or unreadable (the chapter schema reports it). */
  frontmatter: Record<string, unknown> | undefined;
}

/** The frontmatter at the top of an MDX text, parsed; undefined when missing or broken. */
function frontmatterOf(source: string): Record<string, unknown> | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (block === undefined) return undefined;
  try {
    const data: unknown = parse(block);
    return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // a broken frontmatter is the chapter schema's to report
  }
}

/**
 * Reads every .mdx file of a folder (none when it is missing) and checks its prose: a figure typed into it instead of a
 * `<Fact id="…" />` fails here, with file, line and column, before Astro renders anything.
 */
export function readMdxFiles(dir: string, label: string): MdxFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = `${label}/${name}`;
      const source = readFileSync(join(dir, name), "utf8");
      checkNoBareFigures(source, file);
      return { file, source, frontmatter: frontmatterOf(source) };
    });
}

/** The `slug` of every chapter file that has one, so content outside the chapters can be checked against them. */
export const slugsOf = (files: MdxFile[]): Set<string> =>
  new Set(files.map((f) => f.frontmatter?.slug).filter((slug): slug is string => typeof slug === "string"));
