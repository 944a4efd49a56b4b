import type { Content } from "../load/loadContent.ts";
import { usesRef } from "../load/mdxRefs.ts";
import { localeOf } from "../i18n/translations.ts";
import { paths } from "../i18n/paths.ts";
import type { Lang } from "../config.ts";
import { fillFacts } from "./fillFacts.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";

/** A chapter as the glossary needs it: where it is, what it is called, and its MDX body (to find its `<Term>`s). */
export interface GlossaryChapter {
  slug: string;
  title: string;
  order: number;
  body: string;
}

/** One term as /glossary/ prints it. */
export interface GlossaryEntry {
  /** The anchor: /glossary/#<id>. */
  id: string;
  term: string;
  also: string[];
  /** The definition with its `{fact-id}` tokens printed as figures. */
  definition: string;
  sources: SourceRef[];
  /** Site path of the entry (paths.term), for its copyable link. */
  path: string;
  /** The chapters that link a use of the term here, in reading order, with their site paths. */
  chapters: { path: string; title: string }[];
}

/** Every glossary term in alphabetical order of its name (in the page's locale), ready to print. */
export function glossaryEntries(content: Content, chapters: GlossaryChapter[], lang: Lang): GlossaryEntry[] {
  const locale = localeOf(lang);
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  return [...content.glossary]
    .sort((a, b) => collator.compare(a.term, b.term))
    .map((term) => ({
      id: term.id,
      term: term.term,
      also: term.also,
      definition: fillFacts(term.definition.trim(), content, locale),
      sources: sourceRefs(term.sources, content.sources, locale),
      path: paths.term(term.id, lang),
      chapters: ordered
        .filter((c) => usesRef(c.body, "Term", term.id))
        .map((c) => ({ path: paths.chapter(c.slug, lang), title: c.title })),
    }));
}
