import { DEFAULT_LANG, LANGUAGES, type Lang } from "../config.ts";
import { isLang, langParam } from "./lang.ts";

/** A site path in a language: the default language at the root, others under /<lang>/. Without the base path. */
export function localePath(path: string, lang: Lang): string {
  const prefix = langParam(lang);
  return prefix ? `/${prefix}${path}` : path;
}

/**
 * Every page and file of the site, by what it is: one place that knows the URL scheme. Paths are relative to the
 * site's base; wrap them in `href()` for a link or `absoluteUrl()` for an address read off the site.
 */
export const paths = {
  home: (lang: Lang) => localePath("/", lang),
  chapterList: (lang: Lang) => localePath("/#chapters", lang),
  chapter: (slug: string, lang: Lang) => localePath(`/chapters/${slug}/`, lang),
  charts: (lang: Lang) => localePath("/charts/", lang),
  chart: (id: string, lang: Lang) => localePath(`/charts/${id}/`, lang),
  /** A chart as a picture: `svg` or `png`. */
  chartImage: (id: string, ext: "svg" | "png", lang: Lang) => localePath(`/charts/${id}.${ext}`, lang),
  embed: (id: string, lang: Lang) => localePath(`/embed/${id}/`, lang),
  /** The compact embed: under WordPress's 1,000 px frame cap. */
  embedCompact: (id: string, lang: Lang) => localePath(`/embed/${id}/compact/`, lang),
  oembed: (id: string, lang: Lang) => localePath(`/oembed/${id}.json`, lang),
  /** A chart's, dataset's or chapter's citation file, beside its page: CSL-JSON or RIS. */
  citation: (kind: "chart" | "dataset" | "chapter", id: string, format: "csl.json" | "ris", lang: Lang) =>
    localePath(`/${{ chart: "charts", dataset: "data", chapter: "chapters" }[kind]}/${id}.${format}`, lang),
  /** A correction in the list on the sources page. */
  correction: (id: string, lang: Lang) => localePath(`/sources/#correction-${id}`, lang),
  /** Dated changes a reader should know about, and their Atom feed. */
  updates: (lang: Lang) => localePath("/updates/", lang),
  updatesFeed: (lang: Lang) => localePath("/updates.xml", lang),
  timeline: (lang: Lang) => localePath("/timeline/", lang),
  /** An event's own page (what its share link gives). */
  event: (id: string, lang: Lang) => localePath(`/timeline/${id}/`, lang),
  /** An event in its place on the timeline. */
  eventOnTimeline: (id: string, lang: Lang) => localePath(`/timeline/#${id}`, lang),
  facts: (lang: Lang) => localePath("/facts/", lang),
  fact: (id: string, lang: Lang) => localePath(`/facts/${id}/`, lang),
  sources: (lang: Lang) => localePath("/sources/", lang),
  source: (id: string, lang: Lang) => localePath(`/sources/#${id}`, lang),
  about: (lang: Lang) => localePath("/about/", lang),
  data: (lang: Lang) => localePath("/data/", lang),
  dataset: (id: string, lang: Lang) => localePath(`/data/#${id}`, lang),
  /** A dataset's file: the CSV is one file for every language (stable column codes); JSON and README are per language. */
  dataFile: (id: string, ext: "csv" | "json" | "txt", lang: Lang) => localePath(`/data/${id}.${ext}`, lang),
  glossary: (lang: Lang) => localePath("/glossary/", lang),
  /** Search (a static index of everything without JavaScript); `?q=` carries a query. */
  search: (lang: Lang) => localePath("/search/", lang),
  term: (id: string, lang: Lang) => localePath(`/glossary/#${id}`, lang),
  /** Scripts and files that are the same in every language. */
  embedScript: () => "/embed.js",
  favicon: () => "/favicon.svg",
} as const;

/** A site path (without the base) split into its language and the same path in the default language. */
export function pathLanguage(path: string): { lang: Lang; rest: string } {
  const first = path.split("/")[1] ?? "";
  return first && first !== DEFAULT_LANG && isLang(first)
    ? { lang: first, rest: path.slice(first.length + 1) || "/" }
    : { lang: DEFAULT_LANG, rest: path };
}

/** The same page in every language the site is built in: what hreflang links and the language switch point at. */
export const inEveryLanguage = (path: string): { lang: Lang; path: string }[] =>
  LANGUAGES.map((lang) => ({ lang, path: localePath(pathLanguage(path).rest, lang) }));
