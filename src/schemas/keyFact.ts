import { z } from "zod";
import { kebabId } from "./source.ts";

/**
 * A key fact: one of the few figures a campaigner would quote, with a page (/facts/<fact id>/) and a share card.
 * content/key-facts.yaml lists them, in the order the facts page shows them.
 */
export const keyFactSchema = z.strictObject({
  /** A fact id from content/facts/*.yaml: the figure the card shows large. */
  fact: kebabId,
  /**
   * The claim in one line, in our own words, attributed. `{value}` is the figure; `{<fact id>}` prints any other fact.
   * No figure is typed: the build fills them from the data.
   */
  claim: z
    .string()
    .min(10)
    .refine((text) => text.includes("{value}"), { error: "expected the claim to contain {value}, found none" }),
  /** Also shown on the home page (three of them); default false. */
  home: z.boolean().default(false),
});
