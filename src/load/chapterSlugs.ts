import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * The `slug` of every chapter in a folder of MDX files, read from their frontmatter, so content outside the chapters
 * (timeline events) can be checked against them before Astro renders anything. A file without a slug is skipped:
 * the chapter schema reports it.
 */
export function chapterSlugs(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const slugs = readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), "utf8"))?.[1])
    .map((front) => {
      try {
        return front === undefined ? undefined : (parse(front) as { slug?: unknown } | null)?.slug;
      } catch {
        return undefined; // a broken frontmatter is the chapter schema's to report
      }
    });
  return new Set(slugs.filter((slug): slug is string => typeof slug === "string"));
}
