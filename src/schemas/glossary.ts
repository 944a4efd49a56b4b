import { z } from "zod";
import { kebabId } from "./source.ts";

/** One term of content/glossary.yaml: a name a reader meets in the story, with a short sourced definition. */
export const glossaryTermSchema = z.strictObject({
  /** Stable kebab-case id: the anchor /glossary/#<id> and the `id` of `<Term>` in chapters. Never change it once published. */
  id: kebabId,
  /** The name as a reader meets it, e.g. "COMAR" or "Asylum Cooperative Agreement (ACA)". */
  term: z.string().min(1),
  /** Other names, initials and translations, in any language; default none. */
  also: z.array(z.string().min(1)).default([]),
  /** One or two sentences in our own words; figures only as `{fact-id}` tokens, never typed. */
  definition: z.string().min(1),
  /** Source ids from content/sources/*.yaml that support the definition; at least one. */
  sources: z.array(kebabId).min(1, { error: "expected at least one source id, found none" }),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
