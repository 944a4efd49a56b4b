import { existsSync } from "node:fs";
import { z } from "zod";
import { readYaml } from "./readYaml.ts";
import { ContentError } from "./contentError.ts";
import { factTokensIn } from "./factTokens.ts";
import { findBareFigures } from "./findBareFigures.ts";
import { mdxRefs } from "./mdxRefs.ts";
import type { MdxFile } from "./mdxFiles.ts";
import { glossaryTermSchema, type GlossaryTerm } from "../schemas/glossary.ts";

/** The ids a glossary entry may point at; anything else fails the build. */
export interface GlossaryRefs {
  sources: ReadonlySet<string>;
  /** Fact ids that `{fact-id}` tokens in definitions may quote. */
  facts: ReadonlySet<string>;
}

/**
 * Reads content/glossary.yaml (a list; a missing file is an empty glossary), validates each term, and checks that ids
 * are unique, sources and `{fact-id}` tokens exist, and no figure is typed into a definition. Errors name the file, the
 * line and the field, what was expected and what was found.
 */
export function loadGlossary(path: string, label: string, known: GlossaryRefs): GlossaryTerm[] {
  if (!existsSync(path)) return [];
  const { data, lineOf } = readYaml(path, label, z.array(glossaryTermSchema));
  const seen = new Map<string, number | undefined>();
  data.forEach((term, i) => {
    const fail = (field: (string | number)[], problem: string): never => {
      throw new ContentError(label, lineOf([i, ...field]) ?? lineOf([i]), `term "${term.id}": ${problem}`);
    };
    if (seen.has(term.id))
      fail(["id"], `expected a unique id, found "${term.id}" again (first at line ${seen.get(term.id)})`);
    seen.set(term.id, lineOf([i]));
    term.sources.forEach((id, j) => {
      if (!known.sources.has(id))
        fail(
          ["sources", j],
          `field "sources": expected a source id listed in content/sources/*.yaml, found unknown "${id}"`,
        );
    });
    for (const id of factTokensIn(term.definition)) {
      if (!known.facts.has(id))
        fail(
          ["definition"],
          `field "definition": expected {…} to name a fact id from content/facts/*.yaml, found {${id}}`,
        );
    }
    const bare = findBareFigures(term.definition)[0];
    if (bare)
      fail(["definition"], `field "definition": expected figures as {fact-id} tokens, found "${bare.text}" typed in`);
  });
  return data;
}

/**
 * Checks every `<Term id="…">` in the given MDX files against the glossary, failing with the file and line of the
 * first unknown id.
 */
export function checkTermRefs(files: MdxFile[], terms: readonly GlossaryTerm[]): void {
  const ids = new Set(terms.map((term) => term.id));
  for (const { file, source } of files) {
    for (const { tag, attributes, line } of mdxRefs(source)) {
      if (tag !== "Term") continue;
      const id = attributes.id;
      if (id === undefined || !ids.has(id))
        throw new ContentError(
          file,
          line,
          `<Term id="${id ?? ""}">: expected a term id from content/glossary.yaml, found ${id === undefined ? "no id" : "an unknown id"}`,
        );
    }
  }
}
