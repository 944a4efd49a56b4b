import type { Content } from "../load/loadContent.ts";
import type { Lang } from "../config.ts";
import { localeOf } from "../i18n/translations.ts";
import { paths } from "../i18n/paths.ts";
import { chartIds, chartTitle } from "./chartModels.ts";
import { siteKeyFacts } from "./keyFacts.ts";
import { whenView } from "./timelineModel.ts";

/**
 * The kinds of result search tells apart, as filter codes, in the order results are grouped: pages mark themselves
 * with `data-pagefind-filter` (searchFilter), lists of entries with `data-search-records`, and the search page offers
 * one filter per kind ("page": the about page). Labels live in content/ui (search.type.*).
 */
export const SEARCH_TYPES = ["chapter", "chart", "fact", "event", "term", "source", "page"] as const;
/** One kind of page in search. */
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The `data-pagefind-filter` value that files a page under a kind: `type:<kind>`. */
export const searchFilter = (type: SearchType): string => `type:${type}`;

/** One link of the static index: what it is called, its site path and, for events, its date. */
export interface SearchIndexItem {
  title: string;
  path: string;
  detail?: string;
}

/** The static index of /search/, one group per kind in SEARCH_TYPES order (sources and about are single pages, linked apart). */
export interface SearchIndexGroup {
  type: Exclude<SearchType, "source" | "page">;
  items: SearchIndexItem[];
}

/** A chapter as the index needs it. */
export interface SearchChapter {
  slug: string;
  title: string;
  order: number;
}

/**
 * Everything a reader can search for, as links in a language: what /search/ lists with JavaScript off. Chapters in
 * reading order, charts, key figures and glossary terms in their pages' order, events by date.
 */
export function searchIndex(content: Content, chapters: SearchChapter[], lang: Lang): SearchIndexGroup[] {
  const locale = localeOf(lang);
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [
    {
      type: "chapter",
      items: [...chapters]
        .sort((a, b) => a.order - b.order)
        .map((c) => ({ title: c.title, path: paths.chapter(c.slug, lang) })),
    },
    {
      type: "chart",
      items: chartIds().map((id) => ({ title: chartTitle(content, id, lang), path: paths.chart(id, lang) })),
    },
    {
      type: "fact",
      items: siteKeyFacts(content, lang).map((f) => ({
        title: f.claim,
        path: paths.fact(f.id, lang),
        detail: f.value,
      })),
    },
    {
      type: "event",
      items: content.timeline.map((e) => ({
        title: e.title,
        path: paths.event(e.id, lang),
        detail: whenView(e.date, e.end, locale).text,
      })),
    },
    {
      type: "term",
      items: [...content.glossary]
        .sort((a, b) => collator.compare(a.term, b.term))
        .map((g) => ({ title: g.term, path: paths.term(g.id, lang) })),
    },
  ];
}
