import { z } from "zod";
import { kebabId } from "./source.ts";

/** How a figure is printed. */
export const factFormat = z.enum(["integer", "percent", "usd", "ratio"]);
export type FactFormat = z.infer<typeof factFormat>;

/** What the figure is, in a reader's words: every fact has one, because the figure's note prints it. */
const label = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "expected a label (what the figure is, in a reader's words), found none"
        : `expected a label in words, found ${JSON.stringify(issue.input)}`,
  })
  .min(3, { error: (issue) => `expected a label of a few words, found ${JSON.stringify(issue.input)}` });

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
  label,
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
  label,
  format: factFormat,
});

/** Either kind of fact. A spec that is neither fails with the nearer kind's first problem (a missing label, say), not "Invalid input". */
export const factSchema = z.union([cellFact, derivedFact], {
  error: (issue) => {
    if (issue.code !== "invalid_union" || !issue.errors?.length) return undefined;
    const nearest = [...issue.errors].sort((a, b) => a.length - b.length)[0]![0];
    return nearest && `${nearest.path.length ? `field "${nearest.path.join(".")}": ` : ""}${nearest.message}`;
  },
});
export type FactSpec = z.infer<typeof factSchema>;
export type CellFactSpec = z.infer<typeof cellFact>;
