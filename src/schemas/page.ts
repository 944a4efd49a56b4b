import { z } from "zod";
import { partialDate } from "./source.ts";

/** Frontmatter of a standalone page written in MDX (content/pages/<name>.mdx). */
export const pageSchema = z.strictObject({
  /** Headline of the page. */
  title: z.string().min(1),
  /** One- or two-sentence standfirst; also the page's description. */
  dek: z.string().min(1),
  /** Date of the last substantive change, YYYY-MM-DD. */
  updated: partialDate,
});
export type PageMeta = z.infer<typeof pageSchema>;

/** Validates a page's frontmatter, failing the build with the file, the field, what was expected and what was found. */
export function pageMeta(frontmatter: unknown, file: string): PageMeta {
  const result = pageSchema.safeParse(frontmatter);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new Error(`${file}: field "${issue!.path.join(".")}": ${issue!.message}`);
}
