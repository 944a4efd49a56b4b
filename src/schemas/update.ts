import { z } from "zod";
import { kebabId, partialDate } from "./source.ts";

/** What kind of change a reader is told about; it decides the entry's label on /updates/ and in the feed. */
export const updateKind = z.enum([
  /** New or revised figures in a dataset. */
  "new-data",
  /** A chapter added to the story. */
  "new-chapter",
  /** A chart added. */
  "new-chart",
  /** A figure or date the site had wrong, or a source document's error now shown beside the right one. */
  "correction",
  /** Any other change a returning reader should know about (a chapter rewritten, a view added). */
  "change",
]);
export type UpdateKind = z.infer<typeof updateKind>;

/** One thing an update is about: exactly one of a chapter, chart, dataset, correction or timeline event, by id. */
export const updateLinkSchema = z
  .strictObject({
    /** A chapter slug from content/chapters/*.mdx. */
    chapter: kebabId.optional(),
    /** A chart id from content/charts/*.yaml. */
    chart: kebabId.optional(),
    /** A dataset id from content/datasets/*.csv. */
    dataset: kebabId.optional(),
    /** A correction id from content/corrections.yaml. */
    correction: kebabId.optional(),
    /** A timeline event id from content/timeline/*.yaml. */
    event: kebabId.optional(),
  })
  .refine((link) => Object.values(link).filter((v) => v !== undefined).length === 1, {
    error: "expected exactly one of chapter, chart, dataset, correction or event, found none or several",
  });
export type UpdateLink = z.infer<typeof updateLinkSchema>;

/** An entry of content/updates.yaml: one dated change a reader should know about, on /updates/ and in its Atom feed. */
export const updateSchema = z.strictObject({
  /** Stable id: the anchor #<id> on /updates/ and part of the feed entry's id, so never reuse or rename one. */
  id: kebabId,
  /** The day the change was published, YYYY-MM-DD. */
  date: partialDate.refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date), {
    error: (issue) => `expected a full date written YYYY-MM-DD, found "${String(issue.input)}"`,
  }),
  kind: updateKind,
  /** A short heading, e.g. "Chapter 6 added". */
  title: z.string().min(1),
  /** One to three sentences: what changed, and why a reader would care. */
  summary: z.string().min(1),
  /** What the change is about, first the one the entry links to; at least one. */
  links: z.array(updateLinkSchema).min(1),
});
export type Update = z.infer<typeof updateSchema>;
