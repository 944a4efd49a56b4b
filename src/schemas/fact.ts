import { z } from "zod";
import { kebabId } from "./source.ts";

/** How a figure is printed. */
export const factFormat = z.enum(["integer", "percent", "usd", "ratio"]);
export type FactFormat = z.infer<typeof factFormat>;

/** A figure taken from one cell of a dataset. */
const cellFact = z.strictObject({
  /** Id used in `<Fact id="…" />`. */
  id: kebabId,
  /** Dataset id. */
  dataset: kebabId,
  /** Column values that pick exactly one row. */
  where: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Column holding the figure. */
  column: z.string(),
  /** What the figure is, in a reader's words ("Asylum claims lodged in Mexico in 2017, as Amnesty reported them"): the figure's note prints it. */
  label: z.string().min(3).optional(),
  /** Print format; default integer. */
  format: factFormat.default("integer"),
});

/** A figure computed from two other facts. */
const derivedFact = z.strictObject({
  id: kebabId,
  /** percent-change: (b − a) ÷ a; percent-decline: (a − b) ÷ a; ratio: b ÷ a; per: a ÷ b. */
  derive: z.enum(["percent-change", "percent-decline", "ratio", "per"]),
  /** The two input fact ids, a then b. */
  from: z.tuple([kebabId, kebabId]),
  /** What the figure is, in a reader's words ("Rise in claims from 2016 to 2017"); its formula is printed beside it. */
  label: z.string().min(3).optional(),
  format: factFormat,
});

export const factSchema = z.union([cellFact, derivedFact]);
export type FactSpec = z.infer<typeof factSchema>;
export type CellFactSpec = z.infer<typeof cellFact>;
