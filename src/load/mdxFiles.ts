import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { ContentError } from "./contentError.ts";
import { checkNoBareFigures } from "./findBareFigures.ts";
import { checkMdxSyntax } from "./checkMdxSyntax.ts";
import { readText } from "./readText.ts";

/** An MDX file of content/ as read once: where it is, its text, and its frontmatter (parsed once). */
export interface MdxFile {
  /** Path for messages, e.g. "content/chapters/the-deal.mdx". */
  file: string;
  source: string;
  /** The parsed frontmatter; undefined when missing or unreadable (the chapter schema reports it). */
  frontmatter: Record<string, unknown> | undefined;
  /** The line of the file on which a frontmatter field is written, for messages about it. */
  lineOf(field: string): number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The frontmatter at the top of an MDX text, parsed as every other YAML file of content/ is (YAML 1.2: dates stay
 * strings, so `updated: 2026-02-30` is checked as written instead of rolling over into March), with its fields' lines.
 */
function frontmatterOf(source: string, file: string): Pick<MdxFile, "frontmatter" | "lineOf"> {
  const block = FRONTMATTER.exec(source)?.[1];
  if (block === undefined) return { frontmatter: undefined, lineOf: () => undefined };
  const lineCounter = new LineCounter();
  const doc = parseDocument(block, { lineCounter, prettyErrors: false });
  const [syntax] = doc.errors;
  // The block starts on line 2, below the opening ---.
  if (syntax)
    throw new ContentError(
      file,
      lineCounter.linePos(syntax.pos[0]).line + 1,
      `this frontmatter is not valid YAML: ${syntax.message.split("\n")[0]}`,
    );
  const data: unknown = doc.toJS();
  const lineOf = (field: string) => {
    const node = doc.get(field, true) as { range?: [number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line + 1 : undefined;
  };
  return { frontmatter: data && typeof data === "object" ? (data as Record<string, unknown>) : undefined, lineOf };
}

/** Validates a frontmatter against its schema, failing with the field's line; a missing field is said to be missing. */
function checkFrontmatter(
  schema: z.ZodType,
  frontmatter: Record<string, unknown> | undefined,
  file: string,
  lineOf: MdxFile["lineOf"],
): void {
  const result = schema.safeParse(frontmatter ?? {});
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const [top] = issue.path;
  if (top === undefined) throw new ContentError(file, 1, `frontmatter: ${issue.message}`);
  const field = issue.path.join(".");
  const missing = frontmatter?.[String(top)] === undefined;
  throw new ContentError(
    file,
    lineOf(String(top)) ?? 1,
    `field "${field}": ${missing ? "expected a value, found none" : issue.message}`,
  );
}

/**
 * Reads every .mdx file of a folder (none when it is missing) and checks it before Astro renders anything, each
 * failure with file and line: UTF-8, the MDX syntax, the prose (a figure typed in instead of a `<Fact id="…" />` fails
 * with its column), and the frontmatter against `schema` when given.
 */
export function readMdxFiles(dir: string, label: string, schema?: z.ZodType): MdxFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = `${label}/${name}`;
      const source = readText(join(dir, name), file);
      const { frontmatter, lineOf } = frontmatterOf(source, file);
      checkMdxSyntax(source, file);
      checkNoBareFigures(source, file);
      if (schema) checkFrontmatter(schema, frontmatter, file, lineOf);
      return { file, source, frontmatter, lineOf };
    });
}

/**
 * Checks that no two chapters share a slug (a URL) or an order (a place in the story), naming both files: Astro's
 * loader would keep one of two chapters with the same slug and drop the other with only a warning.
 */
export function checkUniqueChapters(files: MdxFile[]): void {
  for (const field of ["slug", "order"] as const) {
    const seen = new Map<unknown, MdxFile>();
    for (const chapter of files) {
      const value = chapter.frontmatter?.[field];
      const first = seen.get(value);
      if (first) {
        throw new ContentError(
          chapter.file,
          chapter.lineOf(field),
          `field "${field}": expected ${field === "order" ? "an order" : "a slug"} no other chapter has, found ${JSON.stringify(value)}, already the ${field} of ${first.file}:${first.lineOf(field)}`,
        );
      }
      seen.set(value, chapter);
    }
  }
}

/** The `slug` of every chapter file that has one, so content outside the chapters can be checked against them. */
export const slugsOf = (files: MdxFile[]): Set<string> =>
  new Set(files.map((f) => f.frontmatter?.slug).filter((slug): slug is string => typeof slug === "string"));
