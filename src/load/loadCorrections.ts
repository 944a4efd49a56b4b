import { existsSync } from "node:fs";
import { z } from "zod";
import { readYaml } from "./readYaml.ts";
import { ContentError } from "./contentError.ts";
import type { Fact } from "./resolveFacts.ts";
import { correctionSchema, type Correction, type CorrectionSide } from "../schemas/correction.ts";
import { factTokensIn } from "./factTokens.ts";

/** The ids a correction may point at; anything else fails the build. */
export interface CorrectionRefs {
  sources: ReadonlySet<string>;
  facts: ReadonlyMap<string, Fact>;
  chapters: ReadonlySet<string>;
}

/**
 * Reads content/corrections.yaml (a list; a missing file is an empty list), validates each entry and checks its ids:
 * facts (in `fact` and in `{tokens}`), sources and chapters must exist, and correction ids must be unique.
 */
export function loadCorrections(path: string, label: string, known: CorrectionRefs): Correction[] {
  if (!existsSync(path)) return [];
  const { data, lineOf } = readYaml(path, label, z.array(correctionSchema));
  const seen = new Map<string, number | undefined>();
  data.forEach((correction, i) => {
    const at = (...field: (string | number)[]) => lineOf([i, ...field]) ?? lineOf([i]);
    const fail = (field: (string | number)[], problem: string) =>
      new ContentError(label, at(...field), `correction "${correction.id}", field "${field.join(".")}": ${problem}`);
    if (seen.has(correction.id))
      throw new ContentError(
        label,
        at(),
        `expected a unique correction id, found "${correction.id}" again (first at line ${seen.get(correction.id)})`,
      );
    seen.set(correction.id, at());
    const checkTokens = (field: (string | number)[], text: string | undefined) => {
      for (const id of factTokensIn(text)) {
        if (!known.facts.has(id))
          throw fail(field, `expected {…} to name a fact id from content/facts/*.yaml, found {${id}}`);
      }
    };
    checkTokens(["subject"], correction.subject);
    checkTokens(["explanation"], correction.explanation);
    for (const name of ["document", "correct"] as const) {
      const side: CorrectionSide = correction[name];
      if (side.fact !== undefined && !known.facts.has(side.fact))
        throw fail([name, "fact"], `expected a fact id from content/facts/*.yaml, found "${side.fact}"`);
      side.sources.forEach((id, j) => {
        if (!known.sources.has(id))
          throw fail([name, "sources", j], `expected a source id listed in content/sources/*.yaml, found "${id}"`);
      });
      checkTokens([name, "text"], side.text);
      checkTokens([name, "detail"], side.detail);
    }
    correction.chapters.forEach((slug, j) => {
      if (!known.chapters.has(slug))
        throw fail(["chapters", j], `expected a chapter slug from content/chapters/*.mdx, found "${slug}"`);
    });
  });
  return data;
}
