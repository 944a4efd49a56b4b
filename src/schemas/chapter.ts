import { z } from "zod";
import { kebabId, partialDate } from "./source.ts";

/** Frontmatter of a chapter MDX file. */
export const chapterSchema = z.strictObject({
  /** Headline of the chapter. */
  title: z.string().min(1),
  /** One- or two-sentence standfirst. */
  dek: z.string().min(1),
  /** Position in the story, from 1. */
  order: z.number().int().positive(),
  /** URL segment: /chapters/<slug>/. */
  slug: kebabId,
  /** Source ids the chapter relies on. */
  sources: z.array(kebabId).min(1),
  /** Date of the last substantive change, YYYY-MM-DD. */
  updated: partialDate,
});
export type ChapterMeta = z.infer<typeof chapterSchema>;
