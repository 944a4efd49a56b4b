import { z } from "zod";
import { kebabId, partialDate } from "./source.ts";

/**
 * One side of a correction: what a document says, or what the better source says. Exactly one of `fact`, `date` or
 * `text` gives the figure. In `text`, `detail` and a correction's `subject` and `explanation`, `{fact-id}` prints that
 * fact, so a figure is never typed where a fact exists.
 */
export const correctionSideSchema = z
  .strictObject({
    /** A fact id from content/facts/*.yaml: the figure, printed as the chapters print it, with the fact's sources. */
    fact: kebabId.optional(),
    /** A date written YYYY, YYYY-MM or YYYY-MM-DD, printed at its own precision. */
    date: partialDate.optional(),
    /** Words: a name, a phrasing or a range as the source gives it. */
    text: z.string().min(1).optional(),
    /** A short gloss printed after the figure, e.g. "of the responses from people in detention". */
    detail: z.string().min(1).optional(),
    /** Source ids that show this side; required for a date or words, added to a fact's own sources. */
    sources: z.array(kebabId).default([]),
  })
  .refine((side) => [side.fact, side.date, side.text].filter((v) => v !== undefined).length === 1, {
    error: "expected exactly one of fact, date or text, found none or several",
  })
  .refine((side) => side.fact !== undefined || side.sources.length > 0, {
    error: "expected sources for a date or text (a fact carries its own), found none",
  });
export type CorrectionSide = z.infer<typeof correctionSideSchema>;

/** How the document's figure relates to the better one; it decides the label of the second figure. */
export const correctionKind = z.enum([
  /** The document was wrong (a date, a name, a share of the wrong base). */
  "corrected",
  /** The publisher of the figure later changed it. */
  "revised",
  /** Newer figures from the same kind of source replaced it. */
  "outdated",
  /** The document attributes it to someone, and no such statement was found. */
  "unconfirmed",
  /** The document's figure is right but easy to misread; the other side says exactly what it covers. */
  "clarified",
  /** Sources disagree (a date, most often) and none settles it; the site shows both and picks neither. */
  "disputed",
]);

/** An entry of content/corrections.yaml: a figure in a source document next to the corrected or revised one. */
export const correctionSchema = z.strictObject({
  /** Stable id: the anchor #correction-<id> on /sources/. */
  id: kebabId,
  /** What the figure is about, as a short heading. */
  subject: z.string().min(1),
  kind: correctionKind,
  /** What the source document says: the figure the site does not adopt. */
  document: correctionSideSchema,
  /** The corrected, revised or later figure, or what the sources actually show. */
  correct: correctionSideSchema,
  /** One or two sentences: what went wrong, and which figure the site uses. */
  explanation: z.string().min(1),
  /** Slugs of the chapters where the difference matters. */
  chapters: z.array(kebabId).default([]),
});
export type Correction = z.infer<typeof correctionSchema>;
