import { z } from "zod";
import { kebabId } from "./source.ts";
import { chartTextSchema } from "./chart.ts";

// The files of a translation (content/<…>.<lang>.yaml beside each English file). Each holds only words: ids and codes
// say which English entry it translates; everything else (dates, sources, figures) comes from the English entry.

/** content/timeline/<file>.<lang>.yaml: one entry per event of the English file. */
export const timelineTranslation = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  /** Only where the English event has one; up to 24 characters. */
  short: z.string().min(1).max(24).optional(),
  summary: z.string().min(1),
  actors: z.array(z.string().min(1)).min(1),
  /** One per alternative date of the English event, in the same order. */
  alternatives: z.array(z.strictObject({ note: z.string().min(1) })).default([]),
});

/** content/glossary.<lang>.yaml. */
export const glossaryTranslation = z.strictObject({
  id: kebabId,
  term: z.string().min(1),
  also: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
});

/** content/facts/<file>.<lang>.yaml: what each figure is. */
export const factTranslation = z.strictObject({ id: kebabId, label: z.string().min(3) });

/**
 * content/publishers.<lang>.yaml: a publisher as the English sources write it, and as this language writes it. Names
 * stay as published; what this site adds around them ("via the Hindustan Times", "press release") is translated.
 */
export const publisherTranslation = z.strictObject({ publisher: z.string().min(1), text: z.string().min(1) });

/** content/sources/<file>.<lang>.yaml: the note of each source that has one (titles stay as published). */
export const sourceTranslation = z.strictObject({ id: kebabId, note: z.string().min(1) });

const sideTranslation = z.strictObject({ text: z.string().min(1).optional(), detail: z.string().min(1).optional() });
/** content/corrections.<lang>.yaml. */
export const correctionTranslation = z.strictObject({
  id: kebabId,
  subject: z.string().min(1),
  explanation: z.string().min(1),
  document: sideTranslation.default({}),
  correct: sideTranslation.default({}),
});

/** content/key-facts.<lang>.yaml: the claim of each key fact, with the same {tokens}. */
export const keyFactTranslation = z.strictObject({ fact: kebabId, claim: z.string().min(10) });

/** content/updates.<lang>.yaml: each update's title and summary, by the English entry's id. */
export const updateTranslation = z.strictObject({ id: kebabId, title: z.string().min(1), summary: z.string().min(1) });

/** content/datasets/<id>.meta.<lang>.yaml: a dataset's words, and its cells' words by their English text. */
export const datasetTranslation = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().min(1),
  licence: z.string().min(1),
  /** Every column of the English metadata, in the same order, names unchanged. */
  columns: z.array(
    z.strictObject({
      name: z.string().min(1),
      label: z.string().min(1),
      description: z.string().min(1),
      values: z.record(z.string(), z.string().min(1)).optional(),
    }),
  ),
  notes: z.array(z.string()).default([]),
  /** Every distinct text of the string columns that have no `values`, English → translation. */
  strings: z.record(z.string(), z.string()).default({}),
});

/** content/charts/<id>.<lang>.yaml: the whole words file of a chart. */
export const chartTranslation = chartTextSchema;

export type TimelineTranslation = z.infer<typeof timelineTranslation>;
export type DatasetTranslation = z.infer<typeof datasetTranslation>;
